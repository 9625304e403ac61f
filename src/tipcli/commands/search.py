"""tipcli search: full-text search over the report's sentences, or over many reports of the library."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import (
    AllOption,
    CountryOption,
    CsvOption,
    JsonOption,
    SectionOption,
    YearOption,
    chosen_reports,
    command_app,
    load,
    report_path,
)
from tipcli.errors import NothingFound, UsageError
from tipcli.model import Report
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
    all_reports: AllOption = False,
    country: CountryOption = None,
    year: YearOption = None,
    json: JsonOption = False,
    csv: CsvOption = False,
) -> None:
    """Search the report's sentences, best first; stems, accents and case do not matter.

    Words must all match; "a phrase" matches in order; word* matches a prefix; AND, OR and NOT
    (in capitals) combine. No match exits 1, as grep does. With --all, --country or --year: the
    sentences of those reports in the library, ranked together; each hit names its report.

    \b
    Examples:
      tipcli search shelter --section protection
      tipcli search '"forced labor" NOT child'
      tipcli search convict* --context 1
      tipcli search '"forced labor" agriculture' --all
    """
    from tipcli import library
    from tipcli.search import Scope
    from tipcli.search import search as run_search  # sqlite3: only for search

    fmt = output_format(json, csv)
    reports = chosen_reports(all_reports, country, year)
    scope: Scope
    if reports is None:
        report, file = load(ctx), report_path(ctx)
        scope = [(None, report, file or library.packaged_file())]
        section_id = queries.find_section(report, section).id if section is not None else None
    else:
        files = dict(library.entries())
        scope = [(report_id, report, files[report_id] or library.packaged_file()) for report_id, report in reports]
        section_id = _section_across([r for _, r, _ in scope], section) if section is not None else None
    result = run_search(scope, " ".join(query), section=section_id, limit=limit, context=context)
    document = serialize.search_result(result, context)
    columns = (("report", "country", "year") if reports is not None else ()) + serialize.HIT_COLUMNS
    if result.total or fmt != "table":
        emit(fmt, document, lambda render: render.search(result), rows=document["hits"], columns=columns)
    if not result.total:
        raise NothingFound(f"no sentence matches {result.query!r}")


def _section_across(reports: list[Report], name: str) -> str:
    """Return the section id NAME means in the reports asked: an id, or a prefix of one id only."""
    ids = list(dict.fromkeys(s.id for report in reports for s in report.sections))
    wanted = queries.normalize(name)
    found = [i for i in ids if i == wanted] or [i for i in ids if i.startswith(wanted)]
    if len(found) != 1:
        raise UsageError(f"no single section {name!r} in these reports; choose from {', '.join(ids)}")
    return found[0]
