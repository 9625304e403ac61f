"""Full-text search over the report's sentences: SQLite FTS5, in memory, ranked by BM25.

The user's query never reaches FTS5 as syntax: every word becomes a quoted FTS5 string, and only
"phrases", a trailing * (prefix) and the upper-case operators AND, OR and NOT keep their meaning.
"""

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from tipcli import cache
from tipcli.errors import MissingFeatureError, UsageError
from tipcli.model import Report, Sentence, Value, value

MAX_TERMS = 64
OPERATORS = ("AND", "OR", "NOT")
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_START, _END = "\x01", "\x02"


@value
class Hit(Value):
    """A matching sentence, its score (higher is better), the matched spans and its neighbours."""

    report: tuple[str, str, int] | None  # (id, country, year) when the search asked several reports
    section: str
    paragraph: int
    sentence: Sentence
    score: float
    matches: tuple[tuple[int, int], ...]
    before: tuple[Sentence, ...]
    after: tuple[Sentence, ...]


@value
class SearchResult(Value):
    """The hits shown (at most the limit) and how many sentences matched in all."""

    query: str
    total: int
    hits: tuple[Hit, ...]


def to_fts(query: str) -> str:
    """Translate a user's query into a safe FTS5 expression (UsageError if nothing is left)."""
    if not query.strip():
        raise UsageError('the search query is empty; give a word or a "phrase"')
    items: list[str] = []
    for match in _TOKEN.finditer(query.replace("\x00", " ")):
        phrase, bare = match[1], match[2]
        if bare in OPERATORS:
            if items and items[-1] not in OPERATORS:
                items.append(bare)
            continue
        text = phrase if phrase is not None else bare
        prefix = phrase is None and text.endswith("*")
        if any(char.isalnum() for char in text):  # a letter or digit: something FTS5 can index
            items.append('"' + text.rstrip("*" if prefix else "").replace('"', '""') + '"' + ("*" if prefix else ""))
    while items and items[-1] in OPERATORS:
        items.pop()
    terms = [i for i in items if i not in OPERATORS]
    if not terms:
        raise UsageError(f"the query {query.strip()[:40]!r} has no words to search for")
    if len(terms) > MAX_TERMS:
        raise UsageError(f"the query has {len(terms)} words; at most {MAX_TERMS} are searched at once")
    return " ".join(items)


Scope = Sequence[tuple[str | None, Report, Path | None]]  # (library id, report, its file) for each report asked


def search(
    scope: Scope,
    query: str,
    *,
    section: str | None = None,
    limit: int | None = None,
    context: int = 0,
) -> SearchResult:
    """Return the sentences of the reports in scope that match QUERY, best first, with the matched spans.

    One report (id None) is answered as always, its index kept in the cache (cache.py); several are
    ranked together, as one collection of sentences, and each hit names its report.
    """
    expression = to_fts(query)
    db = _index(scope[0][1], scope[0][2]) if len(scope) == 1 else _build_index([r for _, r, _ in scope])
    rows = db.execute(
        "SELECT report, section, paragraph, sentence, bm25(sentences), highlight(sentences, 0, ?, ?) FROM sentences"
        " WHERE sentences MATCH ? AND (? IS NULL OR section = ?) ORDER BY bm25(sentences), rowid",
        (_START, _END, expression, section, section),
    ).fetchall()
    hits = []
    for position, section_id, number, index, rank, marked in rows[:limit]:
        report_id, report, _ = scope[position]
        sentences = report.paragraph(section_id, number).sentences
        hits.append(
            Hit(
                report=(report_id, report.country, report.year) if report_id is not None else None,
                section=section_id,
                paragraph=number,
                sentence=sentences[index - 1],
                score=round(-rank, 6),
                matches=_spans(marked),
                before=sentences[max(0, index - 1 - context) : index - 1],
                after=sentences[index : index + context],
            )
        )
    return SearchResult(query=query, total=len(rows), hits=tuple(hits))


def _index(report: Report, source: Path | None) -> sqlite3.Connection:
    """Return the in-memory FTS5 index of every sentence, from the cache when the report has a file."""
    if source is None or not hasattr(sqlite3.Connection, "deserialize"):  # Python 3.10 has none
        return _build_index([report])
    data = cache.load_index(source, lambda: _build_index([report]).serialize(), sqlite3.sqlite_version)
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(data)
        db.execute("SELECT rowid FROM sentences LIMIT 1")
    except sqlite3.DatabaseError:  # bytes stored under the right key that are no index: build one
        return _build_index([report])
    return db


def _build_index(reports: Sequence[Report]) -> sqlite3.Connection:
    """Build the in-memory FTS5 index of every sentence of these reports, in report order."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(
            "CREATE VIRTUAL TABLE sentences USING fts5(text, report UNINDEXED, section UNINDEXED, paragraph UNINDEXED,"
            " sentence UNINDEXED, tokenize='porter unicode61 remove_diacritics 2')"
        )
    except sqlite3.OperationalError as exc:
        raise MissingFeatureError(f"search needs SQLite with FTS5, which this Python's sqlite3 lacks ({exc})") from None
    db.executemany(
        "INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
        (
            (s.text.replace(_START, " ").replace(_END, " "), position, section.id, p.number, s.index)
            for position, report in enumerate(reports)
            for section in report.sections
            for p in section.paragraphs
            for s in p.sentences
        ),
    )
    db.commit()  # serialize() copies what is committed
    return db


def _spans(marked: str) -> tuple[tuple[int, int], ...]:
    """Turn highlight() markers into (start, end) offsets in the unmarked text."""
    spans, start, position = [], 0, 0
    for char in marked:
        if char == _START:
            start = position
        elif char == _END:
            spans.append((start, position))
        else:
            position += 1
    return tuple(spans)
