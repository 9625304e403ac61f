"""tipcli timeline: the report's dated events in date order."""

import typer

from tipcli import queries, serialize
from tipcli.commands.common import (
    AllOption,
    CountryOption,
    CsvOption,
    ExcelOption,
    JsonOption,
    YearOption,
    across,
    chosen_reports,
    command_app,
    load,
    none_chosen,
)
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def timeline(
    ctx: typer.Context,
    all_reports: AllOption = False,
    country: CountryOption = None,
    year: YearOption = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """List the report's dated events in date order, as precisely as the text dates them.

    With --all, --country or --year: the events of those reports in the library, in one date
    order, each row naming its report, country and edition year.

    \b
    Examples:
      tipcli timeline
      tipcli timeline --csv > events.csv
      tipcli timeline --country mexico --year 2010..2015
    """
    fmt = output_format(json, csv, excel)
    reports = chosen_reports(all_reports, country, year)
    if reports is None:
        events = queries.timeline(load(ctx))
        document = [serialize.event(e) for e in events]
        emit(fmt, document, lambda render: render.timeline(events), columns=serialize.EVENT_COLUMNS)
        return
    found = sorted(((e, report_id, r) for report_id, r in reports for e in r.events), key=lambda item: item[0].date)
    rows = [across(report_id, r, serialize.event(e)) for e, report_id, r in found]
    labels = [report_id for _, report_id, _ in found]
    columns = ("report", "country", "year", *serialize.EVENT_COLUMNS)
    emit(fmt, rows, lambda render: render.timeline([e for e, _, _ in found], reports=labels), columns=columns)
    none_chosen(reports)
