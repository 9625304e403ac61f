"""tipcli reports: the reports in the library, with what each holds, or why it does not load."""

from typing import Annotated, Any

import typer

from tipcli.commands.common import CsvOption, JsonOption, command_app
from tipcli.errors import NothingFound, ReportError
from tipcli.output import emit, output_format

app = command_app()
COLUMNS = ("id", "country", "year", "tier", "sections", "figures", "agencies", "events", "drafted", "file", "problem")


@app.command()
def reports(
    country: Annotated[
        str | None, typer.Option("--country", help="Only the reports of this country (any case).", show_default=False)
    ] = None,
    json: JsonOption = False,
    csv: CsvOption = False,
) -> None:
    """List the reports in the library: country, year, tier, what each holds, and its file.

    The library is $TIPCLI_LIBRARY, else ~/.local/share/tipcli/reports; 'tipcli import' adds to it.
    A report that does not load is listed with its first problem ('tipcli validate ID' shows all).
    Use an id with --report: 'tipcli --report ID summary'.

    \b
    Examples:
      tipcli reports
      tipcli reports --country mexico --json
    """
    from tipcli import library
    from tipcli.loading import load_report
    from tipcli.queries import normalize

    fmt = output_format(json, csv)
    rows: list[dict[str, Any]] = []
    for report_id, file in library.entries():
        row: dict[str, Any] = dict.fromkeys(COLUMNS)
        row |= {"id": report_id, "file": str(file) if file else None}
        try:
            report = load_report(file)
        except ReportError as exc:
            rows.append(row | {"problem": str(exc.problems[0])})
            continue
        if country is not None and normalize(report.country) != normalize(country):
            continue
        rows.append(
            row
            | {
                "country": report.country,
                "year": report.year,
                "tier": report.tier.placement if report.tier else None,
                "sections": len(report.sections),
                "figures": len(report.figures),
                "agencies": len(report.agencies),
                "events": len(report.events),
                "drafted": sum(f.drafted for f in report.figures),
            }
        )
    emit(fmt, rows, lambda render: render.reports(rows, str(library.folder())), columns=COLUMNS)
    if not any(row["country"] for row in rows):
        raise NothingFound(f"no report of {country!r} in the library")
