"""tipcli stats: the figures the report states."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import CsvOption, JsonOption, SectionOption, command_app, load
from tipcli.errors import NothingFound
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def stats(
    ctx: typer.Context,
    section: SectionOption = None,
    match: Annotated[
        str | None, typer.Option("--match", "-m", help="Only figures whose label or quote has these words.")
    ] = None,
    sort: Annotated[str, typer.Option("--sort", help="Order: report, value or section.")] = "report",
    quotes: Annotated[bool, typer.Option("--quotes", "-q", help="Add the quote each figure comes from.")] = False,
    json: JsonOption = False,
    csv: CsvOption = False,
) -> None:
    """List the figures the report states, as numbers with units, section and paragraph.

    \b
    Examples:
      tipcli stats --section protection --quotes
      tipcli stats --match shelter --sort value
      tipcli stats --csv > figures.csv
      tipcli stats --json | jq '.[] | select(.unit == "USD")'
    """
    report = load(ctx)
    fmt = output_format(json, csv)
    chosen_section = queries.find_section(report, section) if section is not None else None
    chosen = queries.figures(report, section=chosen_section, match=match, sort=sort)
    document = [serialize.figure(f) for f in chosen]
    emit(fmt, document, lambda render: render.figures(chosen, quotes=quotes), columns=serialize.FIGURE_COLUMNS)
    if not chosen:
        raise NothingFound("no figure matches")
