"""tipcli tiers: each country's tier placement by edition year, across the library."""

from typing import Annotated, Any

import typer

from tipcli.commands.common import CsvOption, ExcelOption, JsonOption, command_app
from tipcli.errors import NothingFound
from tipcli.output import emit, output_format

app = command_app()
COLUMNS = ("country", "year", "placement", "report")


@app.command()
def tiers(
    country: Annotated[
        list[str] | None,
        typer.Option("--country", help="Only this country (repeatable; any case).", show_default=False),
    ] = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """Show each country's tier placement by edition year, from the reports in the library.

    For people, a strip of coloured cells a country: one column a year, a gap where the library
    has no report of that year.

    \b
    Examples:
      tipcli tiers
      tipcli tiers --country mexico --json
    """
    from tipcli import library
    from tipcli.errors import ReportError
    from tipcli.loading import load_report
    from tipcli.queries import normalize

    wanted = {normalize(c) for c in country or ()}
    rows: list[dict[str, Any]] = []
    for report_id, file in library.entries():
        try:
            report = load_report(file)
        except ReportError:
            continue  # `tipcli reports` says why
        if report.tier is not None and (not wanted or normalize(report.country) in wanted):
            rows.append(
                {
                    "country": report.country,
                    "year": report.year,
                    "placement": report.tier.placement,
                    "report": report_id,
                }
            )
    rows.sort(key=lambda row: (normalize(row["country"]), row["year"]))
    emit(output_format(json, csv, excel), rows, lambda render: render.tiers(rows), columns=COLUMNS)
    if not rows:
        raise NothingFound("no tier placement in the library" + (" for that country" if wanted else ""))
