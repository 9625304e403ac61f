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
    chosen_reports,
    command_app,
    load,
    none_chosen,
)
from tipcli.output import emit, output_format, stream

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
    from tipcli.reportset import event

    stream(  # from the library's index, in date order (one date's events by report, then in text order)
        fmt,
        reports.events(),
        lambda row: serialize.event_row(row[3:], {"report": row[0], "country": row[1], "year": row[2]}),
        lambda render, rows: render.timeline([event(r) for r in rows], reports=[r[0] for r in rows]),
        columns=("report", "country", "year", *serialize.EVENT_COLUMNS),
    )
    none_chosen(reports)
