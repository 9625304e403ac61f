"""tipcli summary: what the report is."""

import typer

from tipcli import queries, serialize
from tipcli.commands.common import JsonOption, command_app, load
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def summary(ctx: typer.Context, json: JsonOption = False) -> None:
    """Show what the report is: title, tier, source, sections, key figures.

    \b
    Examples:
      tipcli summary
      tipcli summary --json | jq .source
    """
    report = load(ctx)
    key = queries.key_figures(report)
    emit(output_format(json), serialize.summary(report, key), lambda render: render.summary(report, key))
