"""tipcli search: full-text search over the report's sentences, or over many reports of the library."""

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import (
    NONE_CHOSEN,
    AllOption,
    CountryOption,
    CsvOption,
    ExcelOption,
    JsonOption,
    SectionOption,
    YearOption,
    command_app,
    load_keyed,
)
from tipcli.errors import NothingFound, UsageError

if TYPE_CHECKING:
    import sqlite3

    from tipcli.search import SearchResult
from tipcli.output import CSV_FORMATS, emit, output_format

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
    excel: ExcelOption = False,
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
    from tipcli.search import search as search_report  # sqlite3: only for search

    fmt = output_format(json, csv, excel)
    text = " ".join(query)
    across = bool(all_reports or country or year)
    nothing = None  # why nothing matched, if not for the query
    if across:
        result, nothing = _search_library(text, country or (), year, section, limit, context)
    else:
        report, key = load_keyed(ctx)
        section_id = queries.find_section(report, section).id if section is not None else None
        result = search_report(report, text, section=section_id, limit=limit, context=context, key=key)
    columns = (("report", "country", "year") if across else ()) + serialize.HIT_COLUMNS
    columns += serialize.CONTEXT_COLUMNS if context else ()
    rows = [serialize.hit_row(hit, context) for hit in result.hits] if fmt in CSV_FORMATS else None
    if result.total or fmt != "table":
        document = serialize.search_result(result, context)
        emit(fmt, document, lambda render: render.search(result), rows=rows, columns=columns)
    if not result.total:
        raise NothingFound(nothing or f"no sentence matches {result.query!r}")


def _search_library(
    text: str, countries: Sequence[str], years: str | None, section: str | None, limit: int, context: int
) -> "tuple[SearchResult, str | None]":
    """Search the chosen reports of the library in its index, which alone makes the hits; and say
    why there are none if no report was chosen (the answer is then empty, as for no match)."""
    from tipcli import reportset
    from tipcli.search import SearchResult, search_library, to_fts

    chosen = reportset.choose(countries, years)
    if not chosen:
        to_fts(text)  # a query that is no query is still a usage error
        return SearchResult(query=text, total=0, hits=()), NONE_CHOSEN
    db = chosen.db
    section_id = _section_across(db, chosen.ids, section) if section is not None else None
    scope = None if chosen.everything else chosen.ids  # None: every report indexed is asked, no filter
    result = search_library(db, scope, text, section=section_id, limit=limit, context=context)
    return result, None


def _section_across(db: "sqlite3.Connection", ids: list[str], name: str) -> str:
    """Return the section id NAME means in the reports asked: an id, or a prefix of one id only."""
    from tipcli import index

    sections = index.sections(db, ids)
    wanted = queries.normalize(name)
    found = [i for i in sections if i == wanted] or [i for i in sections if i.startswith(wanted)]
    if len(found) != 1:
        raise UsageError(f"no single section {name!r} in these reports; choose from {', '.join(sections)}")
    return str(found[0])
