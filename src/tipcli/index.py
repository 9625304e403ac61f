"""The library's persistent index: one SQLite database a library folder, in the cache folder, kept in step with the files.

It holds, for every report of the library, the identity of the file it was built from (size,
mtime, ctime and inode, as the report cache keys them, and tipcli's code), what `tipcli reports`
lists of it, its sentences in an FTS5 table, and its rows of every table of tables.py (figures,
agencies, mentions, events, tiers ...), so that a listing reads no report that has not changed and
a search, a figure's series or a timeline across a thousand reports is one query. A changed file is
indexed again on the next question that involves it; a file that left the library leaves the index.
Scores of a search across reports use the word statistics of the whole library (a search engine's
filters work the same way).

Each library folder has its own index file (keyed by the folder's device and inode; its name also
holds a checksum of the tables' layout), checked before use: a file that is not exactly the tables
tipcli makes (damaged, another schema, a planted trigger or view) is discarded and built again.
Several tipcli processes may share it: SQLite's WAL mode lets readers go on while one process
writes, and updates happen in short batches inside BEGIN IMMEDIATE, after which the process checks
again what is stale, so that two processes never index the same file twice or store a half update.
"""

import contextlib
import functools
import json
import os
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tipcli import __version__, cache, tables
from tipcli.errors import MissingFeatureError, ReportError, warn
from tipcli.loading import open_report, report_file
from tipcli.model import Report
from tipcli.search import FIGURE_WORDS_COLUMNS, INSERT_SENTENCES, SENTENCE_COLUMNS, sentence_rows
from tipcli.tables import REPORTS

if TYPE_CHECKING:
    from tipcli import workers

ROWS = tables.TABLES[1:]  # the tables of a report's rows (reports is the index's own, above)

VERSION = 7  # of the layout below (with SHAPE) and of the file's name: a file of another version is another file
BUSY_SECONDS = 30  # how long one statement waits for another process's lock (a batch takes far less)
# what `reports` lists
LISTED = ("country", "year", "tier", "sections", "figures", "agencies", "events", "drafted", "left_out")
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
    # earlier placements a report's text states ("was on Tier 3 in 2016"), which `tiers` shows
    + "CREATE TABLE IF NOT EXISTS prior_tiers (report TEXT NOT NULL, year INTEGER, placement TEXT);\n"
    # a sentence's paragraph, as an export links them
    + "CREATE INDEX IF NOT EXISTS paragraphs_by_place ON paragraphs (report, section, number);\n"
)
# The tables' columns, as tables.py declares them, in the file's name: a column added there is a
# new index, built at the next question, with no version to bump by hand.
SHAPE = f"{zlib.crc32(TABLES.encode()):08x}"


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
            path = str(where / f"library-{VERSION}-{SHAPE}-{key}.sqlite3")
        except OSError:
            pass
    if path == ":memory:" and key in _in_memory:
        return _in_memory[key]
    if where is not None and path != ":memory:" and not os.path.exists(path):
        _remove_old(where, key)  # a new index: those of earlier versions are no longer read
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


def _remove_old(where: Path, key: str) -> None:
    """Delete the index files no longer read: those of earlier versions (one for all libraries,
    library-5.sqlite3 and before; library-6-KEY.sqlite3, one a library) and this library's of
    another layout (tables.py changed). Another library's index is never touched."""
    import re

    mine = re.compile(rf"library-(?:6|{VERSION}-[0-9a-f]{{8}})-{re.escape(key)}\.sqlite3")
    old = [where / f"library-{version}.sqlite3" for version in range(1, VERSION)]
    with contextlib.suppress(OSError):
        old += [where / name for name in os.listdir(where) if mine.fullmatch(name)]
    for path in old:
        if path.name == f"library-{VERSION}-{SHAPE}-{key}.sqlite3":
            continue
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").unlink()


def _library_key(library: Path) -> str:
    """Return what tells one library folder from another: its device and inode (a folder moved
    keeps its index; two folders never share one), or, for a folder not there, "none" (such a
    library is the packaged report alone, the same for all)."""
    try:
        st = os.stat(library)
    except OSError:
        return "none"
    return f"{st.st_dev}-{st.st_ino}"


def scratch() -> sqlite3.Connection:
    """Open an index of its own in memory, for reports asked for by file (export --sqlite --report)."""
    return _open(":memory:")


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
    return file_key(st)


def file_key(st: os.stat_result) -> str:
    """Return the identity of a file from its stat (what is not a regular file is marked unreadable)."""
    if stat.S_ISREG(st.st_mode):  # _key(cache.file_identity(st)), written out: a library scan asks 5,000 times
        return f"{_code()} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino}"
    return _key(cache.file_identity(st), "unreadable ")


def _key(file: Sequence[int], kind: str = "") -> str:
    size, mtime, ctime, inode = file
    return f"{_code()} {kind}{size} {mtime} {ctime} {inode}"  # a thousand of them an answer: no json.dumps


@functools.cache
def _code() -> str:
    """Return what identifies the code that built an entry (once a process: a library lists many files):
    the report cache's, and the code that makes the index's rows (a column changed: every report again)."""
    here = Path(__file__).parent
    rows = [(here / name).stat() for name in ("index.py", "tables.py", "formatting.py")]
    code = json.dumps([__version__, sys.version, cache._code_stamp(), [(st.st_size, st.st_mtime_ns) for st in rows]])
    # Its two checksums, not its 400 characters: every answer across reports reads every report's identity
    # (2 MiB of them at 5,000 reports, a sixth of choosing them).
    return f"{zlib.crc32(code.encode()):08x}{zlib.adler32(code.encode()):08x}"


class Entry(NamedTuple):
    """A report of the library as one scan of its folder finds it: its id, its file (None: the
    packaged report) and the identity of the file's bytes now (None: it cannot be read)."""

    id: str
    file: str | None
    identity: str | None


BATCH_SECONDS = 0.5  # a writer holds the lock this long at most, so another process never waits long


def sync(db: sqlite3.Connection, found: Sequence[Entry], *, complete: bool = False, workers: int | None = None) -> None:
    """Bring the index up to date for these reports; `complete`: they are all there is.

    It indexes in batches of short transactions: readers never wait (WAL), and a second process
    that finds another indexing says so on stderr and waits for it, or takes the next batch itself.
    A report is tried once a call: one that cannot be kept (it changed while it was read) is not
    tried forever. `workers`: how many processes read the reports (None: one a core, READERS at
    most; 1: none, all read here), when there are enough of them for that to pay (tipcli.workers).
    """
    now = {entry.id: entry.identity for entry in found}
    files = {entry.id: entry.file for entry in found}
    tried: set[str] = set()
    told = False
    reading = None  # the reports to index, read ahead in worker processes when there are many (tipcli.workers)
    try:
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
                if reading is None:
                    reading = _reading([(i, files[i]) for i in stale if i in files], workers)
            except BaseException:
                db.execute("ROLLBACK")
                raise
            _batch(db, stale, now, files, tried, reading)
    finally:
        if reading is not None:
            reading.close()
    if len(tried) >= 100:  # a first indexing: give back the WAL's disk (45 MiB at 1,000)
        db.execute("PRAGMA busy_timeout = 250")  # readers busy: never wait for them (the next writer resets it)
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")


def _batch(
    db: sqlite3.Connection,
    stale: list[str],
    now: dict[str, str | None],
    files: dict[str, str | None],
    tried: set[str],
    reading: "workers.Ahead[str, tuple[str, str | None], Prepared | None]",
) -> None:
    """Index stale reports, under the write lock this process holds, for BATCH_SECONDS at most; commit."""
    try:
        started = time.monotonic()
        for report_id in stale:
            tried.add(report_id)
            if report_id in files:
                file = files[report_id]
                ready = reading.get(report_id, (report_id, file))
                _index(db, report_id, Path(file) if file is not None else None, now[report_id], ready)
            else:
                _forget(db, report_id)
            if time.monotonic() - started > BATCH_SECONDS:
                break
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


# The most processes that read reports for one writer: it writes a report in a quarter of the time one
# takes to read it (3 and 12 ms), so a fifth would only wait, holding its 20 MB.
READERS = 4


def _reading(
    jobs: list[tuple[str, str | None]], workers: int | None
) -> "workers.Ahead[str, tuple[str, str | None], Prepared | None]":
    """Return what reads the reports to index: ahead in worker processes when there are many (a first
    index: the writer then only writes, 7 of 17 ms a report at 1,000 reports on 2 cores), else here."""
    from tipcli import workers as pool  # a library's first index, or many files changed, needs it

    workers = min(pool.cores(), READERS) if workers is None else workers
    return pool.Ahead(_prepare_ahead, _prepare, [(job[0], job) for job in jobs], workers)


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
    """Take a report out of the index: its rows by report, its sentences by their rowids (by report,
    FTS5 would read every sentence of the library: 66 of the 116 s of a first indexing of 1,000)."""
    for first, last in db.execute("SELECT first, last FROM reports WHERE id = ?", (report_id,)).fetchall():
        if first is not None:
            db.execute("DELETE FROM sentences WHERE rowid BETWEEN ? AND ?", (first, last))
    db.execute("DELETE FROM figure_words WHERE rowid IN (SELECT rowid FROM figures WHERE report = ?)", (report_id,))
    for table in ROWS:
        db.execute(f"DELETE FROM {table.name} WHERE report = ?", (report_id,))
    db.execute("DELETE FROM reports WHERE id = ?", (report_id,))
    db.execute("DELETE FROM prior_tiers WHERE report = ?", (report_id,))


class Prepared(NamedTuple):
    """A report read and made into the index's rows, its keys counting from 0 (see _KEYS)."""

    loaded: str | None  # the identity of the bytes it was built from
    problem: str | None  # or the first problem of a file that does not load
    sentences: Iterable[tuple[object, ...]]  # streamed: a list of them took 90 MB for 10 MB of short sentences
    rows: dict[str, list[tuple[object, ...]]]  # by table (tables.py, and the index's own prior_tiers)
    listed: tuple[object, ...]  # the reports table's columns after id, identity, packaged


def _prepare(job: tuple[str, str | None]) -> Prepared | None:
    """Read a report and make its rows (None: the packaged report with no file to key it on)."""
    report_id, file = job
    try:
        # lenient: an item that no longer holds is left out (the report keeps the rest). Not stored in
        # the report cache: answers across reports read the index, so a first index of 5,000 reports
        # would write 450 MB that only a later `--report ID` might read (1.2 of a report's 12 ms).
        report, loaded = open_report(Path(file) if file is not None else None, lenient=True, store=False)
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
        sentence_rows(report, report_id),
        {table.name: tables.rows(table, place) for table in ROWS}
        | {"prior_tiers": [(report_id, p.year, p.placement) for p in report.prior_tiers]},
        (*(listed[c] for c in LISTED), *about[3:]),
    )


LARGE = 2 * 1024 * 1024  # bytes of a report file a worker leaves to the writer (see _prepare_ahead)


def _prepare_ahead(job: tuple[str, str | None]) -> Prepared | None:
    """_prepare in a worker process: its sentences made a list, since a stream cannot be handed
    back; None for a large file, which the writer reads itself, streaming its sentences (a list of
    a 10 MiB report's sentences took 90 MB, and its copies on the way as much again)."""
    file = job[1]
    with contextlib.suppress(OSError):  # a file that cannot be stat'ed says why when it is read
        if file is not None and os.stat(file).st_size > LARGE:
            return None
    ready = _prepare(job)
    return ready if ready is None else ready._replace(sentences=list(ready.sentences))


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
    counted = [0]

    def rows() -> Iterator[tuple[object, ...]]:
        for row in ready.sentences:
            counted[0] += 1
            yield row

    db.executemany(INSERT_SENTENCES, rows())
    (last,) = db.execute("SELECT max(rowid) FROM sentences").fetchone() if counted[0] else (None,)
    first = last - counted[0] + 1 if last is not None else None
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
    db.executemany("INSERT INTO prior_tiers VALUES (?, ?, ?)", rows.get("prior_tiers", []))


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
        "left_out": len(report.left_out),  # items that no longer hold (reportset.choose warns of each)
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


def prior_tiers(db: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """Return (report id, year, placement) of every earlier placement an indexed report states."""
    return [(str(r), int(y), str(p)) for r, y, p in db.execute("SELECT report, year, placement FROM prior_tiers")]


CHOICE = ("country", "year", "tier", "left_out")  # of what `reports` lists, what choosing reports needs


def choices(db: sqlite3.Connection) -> dict[str, tuple[dict[str, object] | None, str | None]]:
    """Return, for every indexed report, its CHOICE columns, or the first problem of one that does
    not load: listing()'s narrower sibling, for a choice of reports (at 5,000 reports, 5 ms less)."""
    rows = db.execute(f"SELECT id, problem, {', '.join(CHOICE)} FROM reports")
    return {  # a dict written out, not dict(zip(CHOICE, ...)): 5,000 of them in 2 ms less
        i: (None if p is not None else {"country": c, "year": y, "tier": t, "left_out": left}, p)
        for i, p, c, y, t, left in rows
    }


def listing(db: sqlite3.Connection) -> dict[str, tuple[dict[str, object] | None, str | None]]:
    """Return, for every indexed report, what `tipcli reports` lists of it, or the first problem of
    one that does not load."""
    rows = db.execute(f"SELECT id, problem, {', '.join(LISTED)} FROM reports")
    return {row[0]: (None if row[1] is not None else dict(zip(LISTED, row[2:], strict=True)), row[1]) for row in rows}
