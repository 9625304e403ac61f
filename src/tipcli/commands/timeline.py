"""tipcli timeline: the report's dated events in date order."""

from collections.abc import Callable

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
from tipcli.model import Event, Report
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
    found = [(e, report_id, r) for report_id, r in reports for e in r.events]
    found.sort(key=across_order(reports))
    rows = [across(report_id, r, serialize.event(e)) for e, report_id, r in found]
    labels = [report_id for _, report_id, _ in found]
    columns = ("report", "country", "year", *serialize.EVENT_COLUMNS)
    emit(fmt, rows, lambda render: render.timeline([e for e, _, _ in found], reports=labels), columns=columns)
    none_chosen(reports)


def across_order(reports: "list[tuple[str, Report]]") -> "Callable[[tuple[Event, str, Report]], tuple[object, ...]]":
    """Return the key of date order across reports: one date's events by report (as chosen), then
    in the order its text tells them."""
    orders = {report_id: (n, queries.text_order(r)) for n, (report_id, r) in enumerate(reports)}

    def key(item: "tuple[Event, str, Report]") -> tuple[object, ...]:
        event, report_id, _ = item
        n, where = orders[report_id]
        return event.date, n, where(event)

    return key
