"""tipcli export: the whole report as one JSON document."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import command_app, load
from tipcli.output import write_json

app = command_app()


@app.command()
def export(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="JSON: the default and only format.")] = True,
) -> None:
    """Print the whole report as one JSON document: metadata, sections, figures, agencies, events, notes.

    The parts have the shapes of the other commands' --json answers (see the README).

    \b
    Examples:
      tipcli export > report.json
      tipcli export | jq '.figures | length'
    """
    report = load(ctx)
    quotes = {a.id: queries.agency_quotes(report, a) for a in report.agencies}
    write_json(serialize.export(report, quotes))
