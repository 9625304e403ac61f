"""tipcli tiers: each country's tier placement by edition year, across the library."""

from typing import Annotated, Any

import typer

from tipcli.commands.common import CsvOption, ExcelOption, JsonOption, command_app
from tipcli.completion import FromLibrary
from tipcli.errors import NothingFound
from tipcli.output import emit, output_format

app = command_app()
COLUMNS = ("country", "year", "placement", "report")


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
    has no report of that year.

    \b
    Examples:
      tipcli tiers
      tipcli tiers --country mexico --json
    """
    from tipcli import reportset
    from tipcli.queries import normalize

    # From the library's index, which keeps each report's tier: no report is loaded.
    rows: list[dict[str, Any]] = [
        {"country": summary["country"], "year": summary["year"], "placement": summary["tier"], "report": report_id}
        for report_id, _, summary in reportset.choose(country or ()).chosen
        if summary["tier"] is not None
    ]
    rows.sort(key=lambda row: (normalize(row["country"]), row["year"]))
    emit(output_format(json, csv, excel), rows, lambda render: render.tiers(rows), columns=COLUMNS)
    if not rows:
        raise NothingFound("no tier placement in the library" + (" for that country" if country else ""))
