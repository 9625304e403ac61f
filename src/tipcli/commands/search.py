"""tipcli search: full-text search over the report's sentences."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import CsvOption, JsonOption, SectionOption, command_app, load, report_path
from tipcli.errors import NothingFound
from tipcli.loading import report_file
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help='Words, "a phrase", prefix*, AND, OR, NOT.', show_default=False),
    ],
    section: SectionOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most N sentences.")] = 10,
    context: Annotated[int, typer.Option("--context", "-C", min=0, help="Show N neighbouring sentences.")] = 0,
    json: JsonOption = False,
    csv: CsvOption = False,
) -> None:
    """Search the report's sentences, best first; stems, accents and case do not matter.

    Words must all match; "a phrase" matches in order; word* matches a prefix; AND, OR and NOT
    (in capitals) combine. No match exits 1, as grep does.

    \b
    Examples:
      tipcli search shelter --section protection
      tipcli search '"forced labor" NOT child'
      tipcli search convict* --context 1
    """
    from tipcli.search import search as run_search  # sqlite3: only for search

    report = load(ctx)
    fmt = output_format(json, csv)
    chosen_section = queries.find_section(report, section) if section is not None else None
    result = run_search(
        report,
        " ".join(query),
        section=chosen_section,
        limit=limit,
        context=context,
        source=report_file(report_path(ctx)),
    )
    document = serialize.search_result(result, context)
    if result.total or fmt != "table":
        emit(fmt, document, lambda render: render.search(result), rows=document["hits"], columns=serialize.HIT_COLUMNS)
    if not result.total:
        raise NothingFound(f"no sentence matches {result.query!r}")
