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
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from tipcli import __version__, cache
from tipcli.errors import MissingFeatureError, ReportError, warn
from tipcli.loading import open_report, report_file
from tipcli.model import Report
from tipcli.search import INSERT_SENTENCES, SENTENCE_COLUMNS, sentence_rows

VERSION = 7  # 7: prior_tiers; of the tables below and of the file's name: a file of another version is another file
BUSY_SECONDS = 30  # how long one statement waits for another process's lock (a batch takes far less)
# what `reports` lists
LISTED = ("country", "year", "tier", "sections", "figures", "agencies", "events", "drafted", "left_out")
TABLES = f"""
CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, identity TEXT NOT NULL, {", ".join(LISTED)}, problem TEXT,
    first INTEGER, last INTEGER);  -- the rowids of its sentences, one after another
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5({SENTENCE_COLUMNS});
CREATE TABLE IF NOT EXISTS prior_tiers (report TEXT NOT NULL, year INTEGER, placement TEXT);  -- stated by a later report
"""


def connect(library: Path) -> sqlite3.Connection:
    """Open the index of the library in this folder (in memory when the cache is off or its folder
    cannot be used: then one for the whole process, which every question of an answer shares). A
    file that is no index of ours (damaged, another schema, anything planted in it) is discarded,
    with a warning, and a new one made."""
    global opened
    where, key = cache.folder(), _library_key(library)
    path = ":memory:"
    if where is not None and key not in _in_memory:
        try:
            where.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = str(where / f"library-{VERSION}-{key}.sqlite3")
        except OSError:
            pass
    if path == ":memory:" and key in _in_memory:
        return _in_memory[key]
    if where is not None and path != ":memory:" and not os.path.exists(path):
        _remove_old(where)  # a new index: those of earlier versions are no longer read
    try:
        db = _open(path)
    except sqlite3.DatabaseError as exc:  # not a database, a broken one, or not ours: start again
        if isinstance(exc, sqlite3.OperationalError) and _busy(exc):
            raise
        warn(f"the library's index {path} {_why(exc)}; it was discarded and is built again")
        try:
            discard(path)
            db = _open(path)
        except (OSError, sqlite3.DatabaseError):  # not even a file we can remove: an index in memory
            path = ":memory:"
            db = _open(path)
    if path == ":memory:":
        _in_memory[key] = db
    opened = path
    return db


_in_memory: dict[str, sqlite3.Connection] = {}  # a library's index in this process when it has no file
opened: str | None = None  # the index this process opened: what discard_damaged() may throw away


def _remove_old(where: Path) -> None:
    """Delete the index files of earlier versions (one for all libraries, library-5.sqlite3 and before)."""
    for version in range(1, VERSION):
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                (where / f"library-{version}.sqlite3{suffix}").unlink()


def _library_key(library: Path) -> str:
    """Return what tells one library folder from another: its device and inode (a folder moved
    keeps its index; two folders never share one), or, for a folder not there, "none" (such a
    library is the packaged report alone, the same for all)."""
    try:
        st = os.stat(library)
    except OSError:
        return "none"
    return f"{st.st_dev}-{st.st_ino}"


def _open(path: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)  # transactions are explicit below
    try:
        # Before anything else reads it: only an index of exactly our tables is used (no trigger or
        # view a planted file holds ever runs: it fails this check and the file is discarded).
        schema = _tables(db)
        if schema and schema != _schema():
            raise sqlite3.DatabaseError("has tables other than tipcli's")
        db.execute("PRAGMA journal_mode=WAL")  # readers go on while a writer writes
        db.execute("PRAGMA journal_size_limit=4194304")  # a first indexing leaves 45 MiB of WAL at 1,000 reports
        if not schema:  # a new file: the tables, all at once (another process may be making them too)
            db.execute("BEGIN IMMEDIATE")
            if not _tables(db):
                for statement in _statements(TABLES):  # not executescript(), which would commit first
                    db.execute(statement)
            db.execute("COMMIT")
            if _tables(db) != _schema():
                raise sqlite3.DatabaseError("has tables other than tipcli's")
    except BaseException:
        db.close()
        raise
    return db


def _statements(script: str) -> list[str]:
    """Return the SQL statements of a script, one by one."""
    statements, statement = [], ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            statements.append(statement)
            statement = ""
    return statements


def _tables(db: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    return db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").fetchall()


@functools.cache
def _schema() -> list[tuple[str, str, str, str]]:
    """Return sqlite_master of a new index, as an index of ours must have it."""
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(TABLES)
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc).lower():
            raise MissingFeatureError(
                f"tipcli needs SQLite with FTS5, which this Python's sqlite3 lacks ({exc})"
            ) from None
        raise
    return _tables(db)


def _why(exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    return text if text.startswith("has ") else f"could not be used ({text})"


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def discard(path: str) -> None:
    """Delete an index file and its WAL and shared-memory files."""
    if path != ":memory:":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(path + suffix).unlink(missing_ok=True)


def discard_damaged(exc: BaseException) -> bool:
    """After `exc` ended an answer: if it says the index this process opened is damaged, discard the
    index (with a warning) and return True, so the answer can be asked again of a new one; once."""
    global opened
    if opened is None or type(exc) is not sqlite3.DatabaseError:  # "malformed", "not a database": not a lock, not a bug
        return False
    warn(f"the library's index {opened} could not be used ({exc}); it was discarded and is built again")
    discard(opened)
    opened = None
    return True


def identity(file: Path | None) -> str | None:
    """Return what identifies the bytes of a report file now (None if it cannot be stat'ed): the
    report cache's identity of the file (cache.file_identity) and of tipcli's code, as text. What is
    not a regular file (a folder, a FIFO, a broken symbolic link) has an identity too, marked
    unreadable: it is indexed once with its problem, not found changed at every question."""
    path = file or report_file()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        try:
            st = os.lstat(path)  # a broken symbolic link is there, as itself
        except OSError:
            return None
        return _key(cache.file_identity(st), "unreadable ")
    except OSError:
        return None
    return _key(cache.file_identity(st), "" if stat.S_ISREG(st.st_mode) else "unreadable ")


def _key(file: Sequence[int], kind: str = "") -> str:
    size, mtime, ctime, inode = file
    return f"{_code()} {kind}{size} {mtime} {ctime} {inode}"  # a thousand of them an answer: no json.dumps


@functools.cache
def _code() -> str:
    """Return what identifies the code that built an entry (once a process: a library lists many files)."""
    return json.dumps([__version__, sys.version, cache._code_stamp()])


BATCH_SECONDS = 0.5  # a writer holds the lock this long at most, so another process never waits long


def sync(db: sqlite3.Connection, wanted: Sequence[tuple[str, Path | None]], *, complete: bool = False) -> None:
    """Bring the index up to date for these reports (id, file); `complete`: they are all there is.

    It indexes in batches of short transactions: readers never wait (WAL), and a second process
    that finds another indexing says so on stderr and waits for it, or takes the next batch itself.
    A report is tried once a call: one that cannot be kept (it changed while it was read) is not
    tried forever.
    """
    now = {report_id: identity(file) for report_id, file in wanted}
    files = dict(wanted)
    tried: set[str] = set()
    told = False
    while stale := _stale(db, now, complete, tried):
        if not _lock(db):  # another process is indexing: wait for it, a batch at a time
            if not told:
                sys.stderr.write(
                    f"tipcli: note: another tipcli is indexing the library; waiting ({len(stale)} to go)\n"
                )
                told = True
            continue
        try:
            stale = _stale(db, now, complete, tried)  # again: another process may have done it while we waited
            started = time.monotonic()
            for report_id in stale:
                tried.add(report_id)
                if report_id in files:
                    _index(db, report_id, files[report_id], now[report_id])
                else:
                    _forget(db, report_id)
                if time.monotonic() - started > BATCH_SECONDS:
                    break
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    if len(tried) >= 100:  # a first indexing: give back the WAL's disk (45 MiB at 1,000)
        db.execute("PRAGMA busy_timeout = 250")  # readers busy: never wait for them (the next writer resets it)
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")


def _lock(db: sqlite3.Connection) -> bool:
    """Take the write lock, waiting a moment at most; False if another process holds it."""
    db.execute("PRAGMA busy_timeout = 250")
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if _busy(exc):
            return False
        raise
    finally:
        db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
    return True


def _stale(db: sqlite3.Connection, now: dict[str, str | None], complete: bool, tried: set[str]) -> list[str]:
    """Return the reports to take out of the index (first) or to index again, leaving out those tried."""
    stored = dict(db.execute("SELECT id, identity FROM reports").fetchall())
    gone = [report_id for report_id in stored if complete and report_id not in now]
    changed = [report_id for report_id, key in now.items() if key is None or stored.get(report_id) != key]
    return [report_id for report_id in gone + changed if report_id not in tried]


def _forget(db: sqlite3.Connection, report_id: str) -> None:
    """Take a report out of the index, its sentences by their rowids (by report, FTS5 would read
    every sentence of the library: 66 of the 116 s of a first indexing of 1,000 reports)."""
    for first, last in db.execute("SELECT first, last FROM reports WHERE id = ?", (report_id,)).fetchall():
        if first is not None:
            db.execute("DELETE FROM sentences WHERE rowid BETWEEN ? AND ?", (first, last))
    db.execute("DELETE FROM reports WHERE id = ?", (report_id,))
    db.execute("DELETE FROM prior_tiers WHERE report = ?", (report_id,))


def _index(db: sqlite3.Connection, report_id: str, file: Path | None, key: str | None) -> None:
    """Index one report under the key of the bytes it was built from (a file replaced since `key`
    was taken is then stale again at the next question, never described by another file's key)."""
    _forget(db, report_id)
    try:
        report, loaded = open_report(file, lenient=True)  # an item that no longer holds is left out
    except ReportError as exc:
        if key is not None and identity(file) == key:  # the problem is this file's, not a newer one's
            db.execute(
                "INSERT INTO reports (id, identity, problem) VALUES (?, ?, ?)", (report_id, key, str(exc.problems[0]))
            )
        return
    if loaded is None:
        return
    listed = summary(report)
    counted = [0]

    def rows() -> Iterator[tuple[object, ...]]:  # streamed: a list of them took 90 MB for 10 MB of short sentences
        for row in sentence_rows(report, report_id):
            counted[0] += 1
            yield row

    db.executemany(INSERT_SENTENCES, rows())
    (last,) = db.execute("SELECT max(rowid) FROM sentences").fetchone() if counted[0] else (None,)
    first = last - counted[0] + 1 if last is not None else None
    db.execute(
        f"INSERT INTO reports VALUES (?, ?, {', '.join('?' * len(LISTED))}, NULL, ?, ?)",
        (report_id, _key(loaded[-4:]), *(listed[column] for column in LISTED), first, last),
    )
    db.executemany(
        "INSERT INTO prior_tiers VALUES (?, ?, ?)", [(report_id, p.year, p.placement) for p in report.prior_tiers]
    )


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
        "left_out": len(report.left_out),  # items that no longer hold (library.described warns of each)
    }


def sections(db: sqlite3.Connection, ids: Sequence[str]) -> list[str]:
    """Return the section ids the sentences of these reports stand in, sorted."""
    rows = db.execute(
        "SELECT DISTINCT section FROM sentences WHERE report IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
    )
    return sorted(str(section) for (section,) in rows)


def places(db: sqlite3.Connection) -> dict[str, tuple[str | None, int | None, str | None]]:
    """Return every indexed report's country and year, or its problem: what choosing reports needs."""
    rows = db.execute("SELECT id, country, year, problem FROM reports")
    return {report_id: (country, year, problem) for report_id, country, year, problem in rows}


def prior_tiers(db: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """Return (report id, year, placement) of every earlier placement an indexed report states."""
    return [(str(r), int(y), str(p)) for r, y, p in db.execute("SELECT report, year, placement FROM prior_tiers")]


def listing(db: sqlite3.Connection) -> dict[str, tuple[dict[str, object] | None, str | None]]:
    """Return, for every indexed report, what `tipcli reports` lists of it, or the first problem of
    one that does not load."""
    rows = db.execute(f"SELECT id, problem, {', '.join(LISTED)} FROM reports")
    return {row[0]: (None if row[1] is not None else dict(zip(LISTED, row[2:], strict=True)), row[1]) for row in rows}
