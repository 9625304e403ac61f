"""tipcli summary: what the report is."""

import typer

from tipcli import queries, serialize
from tipcli.commands.common import JsonOption, command_app, load, report_path
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def summary(ctx: typer.Context, json: JsonOption = False) -> None:
    """Show what the report is: title, tier, source, sections, key figures, and the file it is read from.

    \b
    Examples:
      tipcli summary
      tipcli summary --json | jq .source
    """
    from tipcli import library

    report = load(ctx)
    key = queries.key_figures(report)
    file = report_path(ctx)
    replaces = library.replaces_packaged(file)
    document = serialize.summary(report, key) | {"file": str(file) if file else None, "replaces_packaged": replaces}
    read_from = str(file) if file else "the packaged report"
    read_from += f" (the library's {library.PACKAGED_ID}, which replaces the packaged report)" if replaces else ""
    emit(output_format(json), document, lambda render: render.summary(report, key, read_from=read_from))
