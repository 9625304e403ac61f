"""The library's persistent index: one SQLite database in the cache folder, kept in step with the files.

It holds, for every report of the library, the identity of the file it was built from (size,
mtime, ctime and inode, as the report cache keys them, and tipcli's code), what `tipcli reports`
lists of it, and its sentences in an FTS5 table, so that a listing reads no report that has not changed and a search across a
thousand reports is one query. A changed file is indexed again on the next question that
involves it; a file that left the library leaves the index. Scores of a search across reports use
the word statistics of the whole library (a search engine's filters work the same way).

Several tipcli processes may share it: SQLite's WAL mode lets readers go on while one process
writes, and every update happens inside BEGIN IMMEDIATE, after which the process checks again
what is stale, so that two processes never index the same file twice or store a half update.
"""

import contextlib
import functools
import json
import os
import sqlite3
import stat
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from tipcli import __version__, cache, tables
from tipcli.errors import MissingFeatureError, ReportError
from tipcli.loading import open_report, report_file
from tipcli.model import Report
from tipcli.search import FIGURE_WORDS_COLUMNS, INSERT_SENTENCES, SENTENCE_COLUMNS, sentence_rows
from tipcli.tables import REPORTS

ROWS = tables.TABLES[1:]  # the tables of a report's rows (reports is the index's own, above)

VERSION = 5  # of the layout below (with SHAPE): a file of another version is another file
LISTED = ("country", "year", "tier", "sections", "figures", "agencies", "events", "drafted")  # what `reports` lists
# The reports table: the file each row describes (identity), what `reports` lists, the published
# columns of tables.REPORTS, and the rowids of its sentences, one after another (first, last).
REPORT_COLUMNS = (
    "id",
    "identity",
    "packaged",
    *LISTED,
    "problem",
    "first",
    "last",
    *(c.name for c in REPORTS.columns if c.name not in ("id", "country", "year")),
)
TABLES = (
    f"CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, {', '.join(REPORT_COLUMNS[1:])});\n"
    f"CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5({SENTENCE_COLUMNS});\n"
    f"CREATE VIRTUAL TABLE IF NOT EXISTS figure_words USING fts5({FIGURE_WORDS_COLUMNS});\n"
    + "".join(tables.index_schema(table) for table in ROWS)
    # a sentence's paragraph, as an export links them
    + "CREATE INDEX IF NOT EXISTS paragraphs_by_place ON paragraphs (report, section, number);\n"
)
# The tables' columns, as tables.py declares them, in the file's name: a column added there is a
# new index, built at the next question, with no version to bump by hand.
SHAPE = f"{zlib.crc32(TABLES.encode()):08x}"


def connect() -> sqlite3.Connection:
    """Open the index (in memory when the cache is off or its folder cannot be used)."""
    where = cache.folder()
    path = ":memory:"
    if where is not None:
        try:
            where.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = str(where / f"library-{VERSION}-{SHAPE}.sqlite3")
        except OSError:
            pass
    try:
        return _open(path)
    except sqlite3.DatabaseError:  # not a database, or a broken one: start again
        Path(path).unlink(missing_ok=True)
        return _open(path)


def scratch() -> sqlite3.Connection:
    """Open an index of its own in memory, for reports asked for by file (export --sqlite --report)."""
    return _open(":memory:")


def _open(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=30, isolation_level=None)  # transactions are explicit below
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA journal_size_limit=4194304")  # a first indexing leaves 45 MiB of WAL at 1,000 reports
    try:
        db.executescript(TABLES)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc).lower():
            raise MissingFeatureError(
                f"tipcli needs SQLite with FTS5, which this Python's sqlite3 lacks ({exc})"
            ) from None
        raise
    return db


def identity(file: Path | None) -> str | None:
    """Return what identifies the bytes of a report file now (None if it cannot be stat'ed): the
    report cache's identity of the file (cache.file_identity) and of tipcli's code, as text."""
    try:
        st = os.stat(file or report_file())
    except OSError:
        return None
    return file_key(st)


def file_key(st: os.stat_result) -> str | None:
    """Return the identity of a file from its stat (None: not a regular file)."""
    return _key(cache.file_identity(st)) if stat.S_ISREG(st.st_mode) else None


def _key(file: Sequence[int]) -> str:
    size, mtime, ctime, inode = file
    return f"{_code()} {size} {mtime} {ctime} {inode}"  # a thousand of them an answer: no json.dumps


@functools.cache
def _code() -> str:
    """Return what identifies the code that built an entry (once a process: a library lists many files):
    the report cache's, and the code that makes the index's rows (a column changed: every report again)."""
    here = Path(__file__).parent
    rows = [(here / name).stat() for name in ("index.py", "tables.py", "formatting.py")]
    return json.dumps([__version__, sys.version, cache._code_stamp(), [(st.st_size, st.st_mtime_ns) for st in rows]])


class Entry(NamedTuple):
    """A report of the library as one scan of its folder finds it: its id, its file (None: the
    packaged report) and the identity of the file's bytes now (None: it cannot be read)."""

    id: str
    file: str | None
    identity: str | None


def sync(db: sqlite3.Connection, found: Sequence[Entry], *, complete: bool = False) -> None:
    """Bring the index up to date for these reports; `complete`: they are all there is."""
    now = {entry.id: entry.identity for entry in found}
    if not _stale(db, now, complete):
        return
    db.execute("BEGIN IMMEDIATE")  # one writer at a time; readers go on with what was committed
    try:
        stale = _stale(db, now, complete)  # again: another process may have done it while we waited
        for report_id in stale.get("gone", ()):
            _forget(db, report_id)
        files = {entry.id: entry.file for entry in found}
        for report_id in stale.get("changed", ()):
            # Reading a report (_prepare) is three quarters of indexing it, and it needs no index: a
            # first indexing could read in worker processes. Tried: on this 2-core machine, shared
            # and busy, it was no faster (BENCHMARKS.md), so it is done here, one report at a time.
            file = files[report_id]
            ready = _prepare((report_id, file))
            _index(db, report_id, Path(file) if file is not None else None, now[report_id], ready)
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    if len(stale.get("changed", ())) >= 100:  # a first indexing: give back the WAL's disk (45 MiB at 1,000)
        with contextlib.suppress(sqlite3.OperationalError):  # busy: the next writer resets it (journal_size_limit)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _stale(db: sqlite3.Connection, now: dict[str, str | None], complete: bool) -> dict[str, list[str]]:
    stored = dict(db.execute("SELECT id, identity FROM reports").fetchall())
    changed = [report_id for report_id, key in now.items() if key is None or stored.get(report_id) != key]
    gone = [report_id for report_id in stored if complete and report_id not in now]
    return {"changed": changed, "gone": gone} if changed or gone else {}


def _forget(db: sqlite3.Connection, report_id: str) -> None:
    """Take a report out of the index: its rows by report, its sentences by their rowids (by report,
    FTS5 would read every sentence of the library: 66 of the 116 s of a first indexing of 1,000)."""
    for first, last in db.execute("SELECT first, last FROM reports WHERE id = ?", (report_id,)).fetchall():
        if first is not None:
            db.execute("DELETE FROM sentences WHERE rowid BETWEEN ? AND ?", (first, last))
    db.execute("DELETE FROM figure_words WHERE rowid IN (SELECT rowid FROM figures WHERE report = ?)", (report_id,))
    for table in ROWS:
        db.execute(f"DELETE FROM {table.name} WHERE report = ?", (report_id,))
    db.execute("DELETE FROM reports WHERE id = ?", (report_id,))


class Prepared(NamedTuple):
    """A report read and made into the index's rows, its keys counting from 0 (see _KEYS)."""

    loaded: str | None  # the identity of the bytes it was built from
    problem: str | None  # or the first problem of a file that does not load
    sentences: list[tuple[object, ...]]
    rows: dict[str, list[tuple[object, ...]]]  # by table (tables.py)
    listed: tuple[object, ...]  # the reports table's columns after id, identity, packaged


def _prepare(job: tuple[str, str | None]) -> Prepared | None:
    """Read a report and make its rows (None: the packaged report with no file to key it on)."""
    report_id, file = job
    try:
        report, loaded = open_report(Path(file) if file is not None else None)
    except ReportError as exc:
        return Prepared(None, str(exc.problems[0]), [], {}, ())
    if loaded is None:
        return None
    place = tables.place(report_id, report, (0, 0, 0))
    listed = summary(report)
    (about,) = tables.rows(REPORTS, place)
    return Prepared(
        _key(loaded[-4:]),
        None,
        list(sentence_rows(report, report_id)),
        {table.name: tables.rows(table, place) for table in ROWS},
        (*(listed[c] for c in LISTED), *about[3:]),
    )


def _index(db: sqlite3.Connection, report_id: str, file: Path | None, key: str | None, ready: Prepared | None) -> None:
    """Index one report under the key of the bytes it was built from (a file replaced since `key`
    was taken is then stale again at the next question, never described by another file's key)."""
    _forget(db, report_id)
    if ready is None:
        return
    if ready.problem is not None:
        if key is not None and identity(file) == key:  # the problem is this file's, not a newer one's
            db.execute("INSERT INTO reports (id, identity, problem) VALUES (?, ?, ?)", (report_id, key, ready.problem))
        return
    db.executemany(INSERT_SENTENCES, ready.sentences)
    (last,) = db.execute("SELECT max(rowid) FROM sentences").fetchone() if ready.sentences else (None,)
    first = last - len(ready.sentences) + 1 if last is not None else None
    _insert_rows(db, report_id, ready.rows)
    listed = ready.listed[: len(LISTED)]
    values = (report_id, ready.loaded, file is None, *listed, None, first, last, *ready.listed[len(LISTED) :])
    db.execute(f"INSERT INTO reports ({', '.join(REPORT_COLUMNS)}) VALUES ({', '.join('?' * len(values))})", values)


# Where each table's rows hold a key (of sections, paragraphs or agencies): the keys a report's rows
# are made with count from 0, and are moved past every other report's when they are written.
_BASES = {"sections(key)": 0, "paragraphs(id)": 1, "agencies(key)": 2}
_OWN = {"sections": 0, "paragraphs": 1, "agencies": 2}
_KEYS = {
    table.name: [
        (n, _BASES[c.references] if c.references in _BASES else _OWN[table.name])
        for n, c in enumerate(table.columns)
        if c.references in _BASES or (n == 0 and table.name in _OWN)
    ]
    for table in ROWS
}


def _insert_rows(db: sqlite3.Connection, report_id: str, rows: dict[str, list[tuple[object, ...]]]) -> None:
    """Write a report's rows of every table (tables.py), its sections, paragraphs and agencies under
    keys no other report has, and its figures' words for --match."""
    (first,) = db.execute(
        "SELECT (SELECT coalesce(max([key]), 0) + 1 FROM sections), (SELECT coalesce(max(id), 0) + 1 FROM paragraphs),"
        " (SELECT coalesce(max([key]), 0) + 1 FROM agencies)"
    ).fetchall()
    for table in ROWS:
        made = rows[table.name]
        if not made:
            continue
        if _KEYS[table.name]:
            made = [_moved(row, _KEYS[table.name], first) for row in made]
        db.executemany(f"INSERT INTO {table.name} VALUES ({', '.join('?' * len(made[0]))})", made)
    db.execute(
        "INSERT INTO figure_words (rowid, text) SELECT rowid, label || ' ' || quote || ' ' || unit FROM figures"
        " WHERE report = ?",
        (report_id,),
    )


def _moved(row: tuple[object, ...], keys: list[tuple[int, int]], first: tuple[int, int, int]) -> tuple[object, ...]:
    moved = list(row)
    for n, base in keys:
        moved[n] += first[base]  # type: ignore[operator]  # a key column holds an int
    return tuple(moved)


def summary(report: Report) -> dict[str, object]:
    """Return what `tipcli reports` lists of a report."""
    return {
        "country": report.country,
        "year": report.year,
        "tier": report.tier.placement if report.tier else None,
        "sections": len(report.sections),
        "figures": len(report.figures),
        "agencies": len(report.agencies),
        "events": len(report.events),
        "drafted": sum(f.drafted for f in report.figures),
    }


def sections(db: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
    """Return the ids of the sections of these reports, sorted."""
    rows = db.execute(
        "SELECT DISTINCT id FROM sections WHERE report IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
    )
    return sorted(str(section) for (section,) in rows)


def places(db: sqlite3.Connection) -> dict[str, tuple[str | None, int | None, str | None]]:
    """Return every indexed report's country and year, or its problem: what choosing reports needs."""
    rows = db.execute("SELECT id, country, year, problem FROM reports")
    return {report_id: (country, year, problem) for report_id, country, year, problem in rows}


def listing(db: sqlite3.Connection) -> dict[str, tuple[dict[str, object] | None, str | None]]:
    """Return, for every indexed report, what `tipcli reports` lists of it, or the first problem of
    one that does not load."""
    rows = db.execute(f"SELECT id, problem, {', '.join(LISTED)} FROM reports")
    return {row[0]: (None if row[1] is not None else dict(zip(LISTED, row[2:], strict=True)), row[1]) for row in rows}
