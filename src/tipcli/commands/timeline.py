"""tipcli timeline: the report's dated events in date order."""

import typer

from tipcli import queries, serialize
from tipcli.commands.common import CsvOption, JsonOption, command_app, load
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def timeline(ctx: typer.Context, json: JsonOption = False, csv: CsvOption = False) -> None:
    """List the report's dated events in date order, as precisely as the text dates them.

    \b
    Examples:
      tipcli timeline
      tipcli timeline --csv > events.csv
    """
    report = load(ctx)
    events = queries.timeline(report)
    document = [serialize.event(e) for e in events]
    emit(output_format(json, csv), document, lambda render: render.timeline(events), columns=serialize.EVENT_COLUMNS)
