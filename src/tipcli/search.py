"""Full-text search over the report's sentences: SQLite FTS5, in memory, ranked by BM25.

The user's query never reaches FTS5 as syntax: every word becomes a quoted FTS5 string, and only
"phrases", a trailing * (prefix) and the upper-case operators AND, OR and NOT keep their meaning.
"""

import re
import sqlite3
from collections.abc import Iterator, Sequence

from tipcli import cache
from tipcli.errors import MissingFeatureError, UsageError
from tipcli.model import Report, Sentence, Value, value

MAX_TERMS = 64
OPERATORS = ("AND", "OR", "NOT")
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


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
    if not query.isprintable() and any("\ud800" <= char <= "\udfff" for char in query):
        raise UsageError(f"the query {query!r} is not UTF-8 text: set the terminal to UTF-8, or type it again")
    items: list[str] = []
    for match in _TOKEN.finditer(query.replace("\x00", " ")):
        phrase, bare = match[1], match[2]
        if bare in OPERATORS:
            if not items or items[-1] in OPERATORS:
                before = f"after {items[-1]}" if items else "at the start"
                raise UsageError(f"{bare} {before} of the query has nothing to join; e.g. 'shelter {bare} women'")
            items.append(bare)
            continue
        text = phrase if phrase is not None else bare
        prefix = phrase is None and text.endswith("*")
        if any(char.isalnum() for char in text):  # a letter or digit: something FTS5 can index
            items.append('"' + text.rstrip("*" if prefix else "").replace('"', '""') + '"' + ("*" if prefix else ""))
    if items and items[-1] in OPERATORS:
        raise UsageError(f"the query ends with {items[-1]}: add the word it joins, e.g. 'shelter {items[-1]} women'")
    terms = [i for i in items if i not in OPERATORS]
    if not terms:
        raise UsageError(f"the query {query.strip()[:40]!r} has no words to search for")
    if len(terms) > MAX_TERMS:
        raise UsageError(f"the query has {len(terms)} words; at most {MAX_TERMS} are searched at once")
    return " ".join(items)


START, END = "\x01", "\x02"  # what highlight() puts around a match: taken out of the text indexed
# One table of sentences, for one report (in memory) and for the library (tipcli.index): the text
# as searched, where it is, and what a hit shows of it; `raw` only when the text had to be cleaned.
SENTENCE_COLUMNS = (
    "text, report UNINDEXED, section UNINDEXED, paragraph UNINDEXED, sentence UNINDEXED, start UNINDEXED,"
    " stop UNINDEXED, raw UNINDEXED, tokenize='porter unicode61 remove_diacritics 2'"
)
INSERT_SENTENCES = "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
# What `stats --match` searches, in one report and across the library alike: a figure's label,
# quote and unit as one text, its rowid the figure's (in the library's index, the figures table's).
FIGURE_WORDS_COLUMNS = "text, tokenize='porter unicode61 remove_diacritics 2'"
FIGURE_WORDS = "SELECT rowid FROM figure_words WHERE figure_words MATCH ?"
_WHERE = "WHERE sentences MATCH ? AND (? IS NULL OR section = ?) {scope}"
# Counting the matches apart, and asking for highlight() and the rows only up to the limit, is what
# keeps a search across a thousand reports fast: "shelter" matches 16,000 sentences there, and
# fetching all of them highlighted took 117 ms where the count and the best ten take 20.
_COUNT = "SELECT count(*) FROM sentences " + _WHERE
_QUERY = (
    "SELECT rowid, report, section, paragraph, sentence, start, stop, raw, bm25(sentences),"
    " highlight(sentences, 0, ?, ?) FROM sentences " + _WHERE + " ORDER BY bm25(sentences), rowid LIMIT ?"
)
# A paragraph's sentences are stored one after another: its neighbours are the rows around it.
_AROUND = "SELECT rowid, report, section, paragraph, sentence, start, stop, text, raw FROM sentences WHERE rowid BETWEEN ? AND ?"


def sentence_rows(report: Report, report_id: str | None) -> Iterator[tuple[object, ...]]:
    """Return the rows of the sentences table for a report, in its order (INSERT_SENTENCES)."""
    for section in report.sections:
        for p in section.paragraphs:
            for s in p.sentences:
                text = clean(s.text)
                yield text, report_id, section.id, p.number, s.index, s.start, s.end, None if text == s.text else s.text


def search(
    report: Report,
    query: str,
    *,
    section: str | None = None,
    limit: int | None = None,
    context: int = 0,
    key: "cache.Key | None" = None,
) -> SearchResult:
    """Return the sentences of one report that match QUERY, best first, with the matched spans.

    `key`, the cache key the report was loaded under (loading.open_report), lets its index be kept
    in the cache beside it (cache.py): an index is only ever used with the report it was built from.
    """
    return _answer(_index(report, key), query, "", [], section=section, limit=limit, context=context)


def search_library(
    db: sqlite3.Connection,
    ids: Sequence[str] | None,
    query: str,
    *,
    section: str | None = None,
    limit: int | None = None,
    context: int = 0,
) -> SearchResult:
    """Return the sentences of these library reports that match QUERY, ranked together, each naming its report.

    `db` is the library's index (tipcli.index), synced by the caller; `ids` None: every report in it.
    The hits come from the index alone, read in one transaction: no report is loaded, and a
    process updating the index meanwhile changes nothing of the answer.
    """
    if ids is None:
        return _answer(db, query, "", [], section=section, limit=limit, context=context)
    db.execute("BEGIN")  # the scope is read in the snapshot the answer is
    try:
        scope, params = _scope(db, ids)
        return _answer(db, query, scope, params, section=section, limit=limit, context=context)
    finally:
        db.execute("COMMIT")


def _scope(db: sqlite3.Connection, ids: Sequence[str]) -> tuple[str, list[object]]:
    """Return the SQL that keeps the sentences of these reports, by the rowid ranges the index
    keeps of each (a filter on the report column reads the row of every match: 80 ms for one
    report of 1,000, against the 14 ms of the whole search); by report when ranges are many."""
    import json  # only a search across reports names them

    chosen = json.dumps(list(ids))
    rows = db.execute(
        "SELECT first, last FROM reports WHERE id IN (SELECT value FROM json_each(?)) AND first IS NOT NULL"
        " ORDER BY first",
        (chosen,),
    ).fetchall()
    ranges: list[list[int]] = []
    for first, last in rows:  # reports indexed one after another make one range
        if ranges and first == ranges[-1][1] + 1:
            ranges[-1][1] = last
        else:
            ranges.append([first, last])
    if len(ranges) > 200:  # SQLite's expressions have a depth limit; this is still right, if slower
        return "AND report IN (SELECT value FROM json_each(?))", [chosen]
    if not ranges:
        return "AND 0", []
    return "AND (" + " OR ".join(["rowid BETWEEN ? AND ?"] * len(ranges)) + ")", [n for r in ranges for n in r]


def _answer(
    db: sqlite3.Connection,
    query: str,
    scope: str,
    params: list[object],
    *,
    section: str | None,
    limit: int | None,
    context: int,
) -> SearchResult:
    """Run the query on an index (one report's, or the library's) and make its hits, from it alone."""
    expression = to_fts(query)
    where = [expression, section, section, *params]
    began = not db.in_transaction
    if began:
        db.execute("BEGIN")  # one snapshot for the count, the hits and their neighbours
    try:
        (total,) = db.execute(_COUNT.format(scope=scope), where).fetchone()
        rows = db.execute(_QUERY.format(scope=scope), [START, END, *where, -1 if limit is None else limit]).fetchall()
        places = _places(db, {row[1] for row in rows} - {None})
        hits = []
        for rowid, report_id, section_id, number, index, start, stop, raw, rank, marked in rows:
            text = marked.replace(START, "").replace(END, "")
            near = _around(db, rowid, (report_id, section_id, number), context) if context else {}
            hits.append(
                Hit(
                    report=(report_id, *places[report_id]) if report_id is not None else None,
                    section=section_id,
                    paragraph=number,
                    sentence=Sentence(index=index, start=start, end=stop, text=raw if raw is not None else text),
                    score=round(-rank, 6),
                    matches=_spans(marked),
                    before=tuple(near[i] for i in range(index - context, index) if i in near),
                    after=tuple(near[i] for i in range(index + 1, index + context + 1) if i in near),
                )
            )
    finally:
        if began:
            db.execute("COMMIT")
    return SearchResult(query=query, total=total, hits=tuple(hits))


def _places(db: sqlite3.Connection, ids: set[str]) -> dict[str, tuple[str, int]]:
    """Return the country and year of these library reports (only a library's index has them)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    rows = db.execute(f"SELECT id, country, year FROM reports WHERE id IN ({marks})", sorted(ids))
    return {report_id: (country, year) for report_id, country, year in rows}


def _around(db: sqlite3.Connection, rowid: int, paragraph: tuple[object, ...], context: int) -> dict[int, Sentence]:
    """Return the sentences of the same paragraph within `context` rows of this one, by number."""
    rows = db.execute(_AROUND, (rowid - context, rowid + context))
    return {
        index: Sentence(index=index, start=start, end=stop, text=raw if raw is not None else text)
        for _, *where, index, start, stop, text, raw in rows
        if tuple(where) == paragraph
    }


def _index(report: Report, key: "cache.Key | None") -> sqlite3.Connection:
    """Return the in-memory FTS5 index of every sentence, from the cache when the report has a key."""
    if key is None or not hasattr(sqlite3.Connection, "deserialize"):  # Python 3.10 has none
        return _build_index(report)
    data = cache.load_index(key, lambda: _build_index(report).serialize(), sqlite3.sqlite_version)
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(data)
        db.execute("SELECT rowid FROM sentences LIMIT 1")
    except sqlite3.DatabaseError:  # bytes stored under the right key that are no index: build one
        return _build_index(report)
    return db


def _build_index(report: Report) -> sqlite3.Connection:
    """Build the in-memory FTS5 index of a report's sentences, as the library's index holds them."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE sentences USING fts5({SENTENCE_COLUMNS})")
    except sqlite3.OperationalError as exc:
        raise MissingFeatureError(f"search needs SQLite with FTS5, which this Python's sqlite3 lacks ({exc})") from None
    db.executemany(INSERT_SENTENCES, sentence_rows(report, None))
    db.commit()  # serialize() copies what is committed
    return db


def figure_words(report: Report, match: str) -> set[int]:
    """Return the positions (from 0) of a report's figures whose label, quote or unit matches MATCH
    as a search matches a sentence (stems, prefixes, accents, operators): the library's index asks
    its own figure_words table the same question (FIGURE_WORDS)."""
    expression = to_fts(match)
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE figure_words USING fts5({FIGURE_WORDS_COLUMNS})")
    except sqlite3.OperationalError as exc:
        raise MissingFeatureError(
            f"--match needs SQLite with FTS5, which this Python's sqlite3 lacks ({exc})"
        ) from None
    rows = ((n + 1, f"{f.label} {f.quote} {f.unit}") for n, f in enumerate(report.figures))
    db.executemany("INSERT INTO figure_words (rowid, text) VALUES (?, ?)", rows)
    return {rowid - 1 for (rowid,) in db.execute(FIGURE_WORDS, (expression,))}


def clean(text: str) -> str:
    """Return a sentence as an index holds it: without the characters that mark matches."""
    return text.replace(START, " ").replace(END, " ")


def _spans(marked: str) -> tuple[tuple[int, int], ...]:
    """Turn highlight() markers into (start, end) offsets in the unmarked text."""
    spans, start, position = [], 0, 0
    for char in marked:
        if char == START:
            start = position
        elif char == END:
            spans.append((start, position))
        else:
            position += 1
    return tuple(spans)
