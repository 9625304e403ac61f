"""tipcli summary: what the report is."""

import typer

from tipcli import queries, serialize
from tipcli.app import JsonOption, app, emit, load, output_format


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
