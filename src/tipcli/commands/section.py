"""tipcli section: a section's text, or the list of sections."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import SECTIONS, JsonOption, command_app, load
from tipcli.errors import UsageError
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def section(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="Section id or title, any case, or a unique prefix; omit to list.",
            click_type=SECTIONS,
        ),
    ] = None,
    paragraph: Annotated[
        int | None, typer.Option("--paragraph", "-p", help="Show only paragraph N.", show_default=False)
    ] = None,
    json: JsonOption = False,
) -> None:
    """Show a section's paragraphs, numbered, with annotations and errata marked.

    \b
    Examples:
      tipcli section prosecution
      tipcli section prot --paragraph 2
      tipcli section            (lists the sections)
    """
    report = load(ctx)
    fmt = output_format(json)
    if name is None:
        if paragraph is not None:
            raise UsageError("--paragraph needs a section name, e.g. 'tipcli section prosecution -p 2'")
        emit(fmt, serialize.section_list(report), lambda render: render.section_list(report))
        return
    chosen = queries.find_section(report, name)
    count = len(chosen.paragraphs)
    if paragraph is not None and not 1 <= paragraph <= count:
        raise UsageError(f"{chosen.id} has paragraphs 1 to {count}, not {paragraph}")
    emit(
        fmt,
        serialize.section(report, chosen, paragraph),
        lambda render: render.section(report, chosen, paragraph),
    )
