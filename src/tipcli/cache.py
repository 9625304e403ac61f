"""A per-user cache of built reports and their search indexes: a start then costs one read, not
parse + validate (+ index).

Every tipcli answer is a new process, so without it each one parses and checks the whole TOML
file again (about 10 ms for the packaged report, seconds for a report 100 times its size), and
each search indexes every sentence again (1 ms, a tenth of a second at 100 times).

What it trusts. An entry belongs to one report path and is used only for the identity it was
built for: tipcli's and Python's versions, the size and mtime of the code that shapes it, and the
report file's size, mtime, ctime and inode from the one `fstat` taken on the open file before its
bytes were read (no `utime` can reset a ctime; a file replaced while it is read is another inode).
An index is stored under the identity of the report it was built from, plus the SQLite version,
so a report and an index are only ever used together when they describe the same bytes. Every
entry starts with a header (magic, format version, payload length, CRC-32 of the payload) that is
checked before anything is decoded: a truncated, bit-flipped or forged entry is rebuilt, never
decoded. A folder that is a symlink, is not the user's own, or is writable by group or others is
not used at all (another local user could plant an answer there); tipcli creates its folder 0700.

The folder is $TIPCLI_CACHE_DIR, else $XDG_CACHE_HOME/tipcli (when that is absolute, as the XDG
specification asks), else ~/.cache/tipcli; TIPCLI_NO_CACHE=1 turns the cache off. A folder that
cannot be used or written only means no cache.

Entries are written with marshal, which is built into Python (pickle costs 2.5 ms to import, a
fifth of tipcli's own start): a model object is stored as a list of its class name and its field
values, a date as ["date", ISO text]; the model uses tuples, never lists, so nothing else is a list.
"""

from __future__ import annotations

import datetime as dt
import functools
import marshal
import os
import stat
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tipcli import __version__, model
from tipcli.model import Report, Value

Key = tuple[Any, ...]

MAGIC = b"TIPC"
FORMAT = 2  # of the header and payload below; an entry of another format is rebuilt
_HEADER = len(MAGIC) + 1 + 8 + 4  # magic, format, payload length, CRC-32


def folder() -> Path | None:
    """Return the cache folder, or None when the cache is off or the folder is not safe to trust."""
    if os.environ.get("TIPCLI_NO_CACHE", "") not in ("", "0"):
        return None
    if os.environ.get("TIPCLI_CACHE_DIR"):
        where = Path(os.environ["TIPCLI_CACHE_DIR"])
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        where = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "tipcli"
    try:
        st = os.lstat(where)
    except FileNotFoundError:
        return where  # created, owner-only, when the first entry is stored
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None  # a symlink (lstat does not follow it), a file, or a folder others may write into
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return None
    return where


def identity(source: Path, st: os.stat_result) -> Key | None:
    """Return the key of the bytes of `source` that `st` (taken before they were read) describes."""
    if not stat.S_ISREG(st.st_mode):
        return None
    try:
        real = str(source.resolve())
    except (OSError, RuntimeError):
        return None
    return (__version__, sys.version, _code_stamp(), real, *file_identity(st))


def file_identity(st: os.stat_result) -> tuple[int, int, int, int]:
    """Return what tells one content of a file from another: size, mtime, ctime and inode (the
    last four items of identity())."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def load(key: Key | None, build: Callable[[], Report], *, store: bool = True) -> Report:
    """Return the report cached under `key`, or build, store and return it (key None: no cache;
    `store` False: a report built is not stored)."""
    entry = _entry(key, "report")
    if entry is None or key is None:
        return build()
    try:
        if isinstance(report := _decode(_read(entry, key)), Report):
            return report
    except Exception:  # an entry that passed its checksum and still does not decode: rebuild it
        pass
    report = build()
    if store:
        _write(entry, key, report)  # streamed (see _stream), never encoded whole
    return report


def load_index(key: Key | None, build: Callable[[], bytes], version: str) -> bytes:
    """Return the cached search index (SQLite database bytes) of the report loaded under `key`, or
    build, store and return it; `version` names the SQLite that built it."""
    entry = _entry(key, "fts5")
    if entry is None or key is None:
        return build()
    key = (*key, version)
    if isinstance(data := _read(entry, key), bytes):
        return data
    data = build()
    _write(entry, key, data)
    return data


def _entry(key: Key | None, kind: str) -> Path | None:
    """Return the cache file of this kind for the report file that `key` identifies."""
    where = folder() if key is not None else None
    return None if where is None or key is None else where / f"{zlib.crc32(os.fsencode(key[3])):08x}.{kind}"


def _read(entry: Path, key: Key) -> object:
    """Return what `entry` holds for `key`; None if there is no entry, another key, or a header
    that does not match its payload (checked before marshal sees a byte of it)."""
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    length, checksum = int.from_bytes(blob[5:13], "little"), int.from_bytes(blob[13:_HEADER], "little")
    payload = memoryview(blob)[_HEADER:]
    if blob[:5] != MAGIC + bytes([FORMAT]) or length != len(payload) or checksum != zlib.crc32(payload):
        return None
    try:
        stored_key, data = marshal.loads(payload)
    except Exception:
        return None
    return data if stored_key == key else None


def _write(entry: Path, key: Key, data: Any) -> None:
    """Store `data` (a report, or an index's bytes) for `key` in `entry`, header first, by rename: a
    reader sees all of it or none."""
    import tempfile  # only when writing

    temporary = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".tmp-", delete=False) as f:
            temporary = f.name
            f.write(bytes(_HEADER))  # filled in below, once the payload's length and checksum are known
            sink = _Sink(f)
            _stream((key, data), sink)
            f.seek(0)
            f.write(MAGIC + bytes([FORMAT]) + sink.length.to_bytes(8, "little") + sink.crc.to_bytes(4, "little"))
        os.replace(temporary, entry)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)


class _Sink:
    """A file written to, with the length and CRC-32 of what was written."""

    def __init__(self, file: Any) -> None:
        self.file, self.length, self.crc = file, 0, 0

    def write(self, data: bytes) -> None:
        self.file.write(data)
        self.length += len(data)
        self.crc = zlib.crc32(data, self.crc)


def _stream(value: object, sink: _Sink) -> None:
    """Write marshal.dumps(_encode(value), 2) piece by piece: a report, its sections and every tuple
    are written as their parts, each part (a paragraph, a figure, an agency) marshalled alone, so
    that no copy of the whole report is ever held: encoding and marshalling 10 MB of short sentences
    at once took 150 MB on top of the report. Version 2 keeps no table of the objects written, so
    parts marshalled apart make the same bytes as the whole; it reads back as fast as version 4."""
    if isinstance(value, tuple):
        sink.write(b"(" + len(value).to_bytes(4, "little"))
        for item in value:
            _stream(item, sink)
    elif isinstance(value, (model.Report, model.Section)):
        names = value.__dataclass_fields__
        sink.write(b"[" + (len(names) + 1).to_bytes(4, "little") + marshal.dumps(type(value).__name__, 2))
        for name in names:
            _stream(getattr(value, name), sink)
    else:
        sink.write(marshal.dumps(_encode(value), 2))


def _encode(value: object) -> Any:
    """Return a model object as plain data that marshal can write."""
    if isinstance(value, Value):
        return [type(value).__name__, *(_encode(getattr(value, name)) for name in value.__dataclass_fields__)]
    if isinstance(value, tuple):
        return tuple(_encode(item) for item in value)
    if isinstance(value, dt.date):
        return ["date", value.isoformat()]
    return value


def _decode(data: object) -> object:
    """Return the model object that _encode turned into `data`."""
    if isinstance(data, tuple):
        return tuple(_decode(item) for item in data)
    if isinstance(data, list):
        name, *values = data
        if name == "date":
            return dt.date.fromisoformat(values[0])
        # Anything but a model class with this many fields fails here, and the entry is rebuilt.
        return getattr(model, name)._restore(map(_decode, values))
    return data


@functools.cache  # once a process: the code does not change under a running answer
def _code_stamp() -> tuple[int, ...]:
    """Return the size and mtime of the code that shapes a built report or index: a reinstall of
    another commit with the same version number must not read entries built by the old code."""
    here = Path(__file__).parent
    stamp: list[int] = []
    shaping = ("model.py", "loading.py", "schema.py", "crosscheck.py", "leftout.py", "quoting.py", "build.py")
    for name in (*shaping, "spans.py", "search.py"):
        try:
            code = (here / name).stat()
            stamp += [code.st_size, code.st_mtime_ns]
        except OSError:
            stamp += [-1, -1]
    return tuple(stamp)
