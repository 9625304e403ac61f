"""tipcli summary: what the report is."""

from __future__ import annotations

import typer

from tipcli import serialize
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
    key = [f for f in report.figures if f.key] or list(report.figures[:5])
    emit(output_format(json), serialize.summary(report, key), lambda render: render.summary(report, key))
