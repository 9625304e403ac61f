"""tipcli tiers: each country's tier placement by edition year, across the library."""

from typing import TYPE_CHECKING, Annotated, Any

import typer

from tipcli.commands.common import CsvOption, ExcelOption, JsonOption, command_app
from tipcli.completion import FromLibrary
from tipcli.errors import NothingFound
from tipcli.output import emit, output_format

if TYPE_CHECKING:
    import sqlite3

app = command_app()
COLUMNS = ("country", "year", "placement", "report", "stated_by")


@app.command()
def tiers(
    country: Annotated[
        list[str] | None,
        typer.Option(
            "--country",
            help="Only this country (repeatable; any case).",
            show_default=False,
            click_type=FromLibrary("country"),
        ),
    ] = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """Show each country's tier placement by edition year, from the reports in the library.

    For people, a strip of coloured cells a country: one column a year, a gap where the library
    has no report of that year. A year with no report of its own shows the placement a later
    report's text states ("was on Tier 3 in 2016"), marked with *; in JSON and CSV such a row has
    report null and stated_by the later report's id.

    \b
    Examples:
      tipcli tiers
      tipcli tiers --country mexico --json
    """
    from tipcli import reportset
    from tipcli.queries import normalize

    # From the library's index, which keeps each report's tier: no report is loaded.
    reports = reportset.choose(country or ())
    chosen = reports.chosen
    rows: list[dict[str, Any]] = [
        {"country": summary["country"], "year": summary["year"], "placement": summary["tier"], "report": report_id}
        for report_id, _, summary in chosen
        if summary["tier"] is not None
    ]
    rows += stated_by_later_reports(rows, {report_id: summary for report_id, _, summary in chosen}, reports.db)
    rows.sort(key=lambda row: (normalize(row["country"]), row["year"]))
    emit(output_format(json, csv, excel), rows, lambda render: render.tiers(rows), columns=COLUMNS)
    if not rows:
        raise NothingFound("no tier placement in the library" + (" for that country" if country else ""))


def stated_by_later_reports(
    rows: list[dict[str, Any]], chosen: dict[str, dict[str, object]], db: "sqlite3.Connection"
) -> list[dict[str, Any]]:
    """Return a row for each year without a report of its own whose placement a chosen report states.

    The latest report that states a year wins: its text is the most recent account of that year.
    """
    from tipcli import index

    own = {(row["country"], row["year"]) for row in rows}
    found: dict[tuple[object, int], dict[str, Any]] = {}
    for report_id, year, placement in sorted(
        index.prior_tiers(db), key=lambda p: str(chosen.get(p[0], {}).get("year"))
    ):
        summary = chosen.get(report_id)
        if summary is None or (summary["country"], year) in own:
            continue
        row = {"country": summary["country"], "year": year, "placement": placement, "report": None}
        found[(summary["country"], year)] = row | {"stated_by": report_id}
    return list(found.values())
