"""A per-user cache of built reports and their search indexes: a start then costs one read, not
parse + validate (+ index).

Every tipcli answer is a new process, so without it each one parses and checks the whole TOML
file again (about 10 ms for the packaged report, seconds for a report 100 times its size), and
each search indexes every sentence again (1 ms, a tenth of a second at 100 times). An entry
belongs to one report path and holds the key it was built for (tipcli and Python version, the size
and mtime of the model, loader and search code, the file's size, modification time and inode, and
for an index the SQLite version); anything else (no entry, another key, an unreadable or corrupt
file) rebuilds and rewrites it. The folder is $TIPCLI_CACHE_DIR, else $XDG_CACHE_HOME/tipcli,
else ~/.cache/tipcli; TIPCLI_NO_CACHE=1 turns the cache off. A folder that cannot be written only
means no cache.

Entries are written with marshal, which is built into Python (pickle costs 2.5 ms to import, a
fifth of tipcli's own start): a model object is stored as a list of its class name and its field
values, a date as ["date", ISO text]; the model uses tuples, never lists, so nothing else is a list.
"""

from __future__ import annotations

import datetime as dt
import marshal
import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from stat import S_ISREG
from typing import Any

from tipcli import __version__, model
from tipcli.model import Report, Value


def folder() -> Path | None:
    """Return the cache folder, or None when the cache is off."""
    if os.environ.get("TIPCLI_NO_CACHE", "") not in ("", "0"):
        return None
    if os.environ.get("TIPCLI_CACHE_DIR"):
        return Path(os.environ["TIPCLI_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tipcli"


def load(source: Path, build: Callable[[], Report]) -> Report:
    """Return the cached report built from `source`, or build, store and return it."""
    found = _entry(source, "marshal")
    if found is None:
        return build()  # no cache, or a file that is not there: build() says what is wrong
    entry, key = found
    try:
        if isinstance(report := _decode(_read(entry, key)), Report):
            return report
    except Exception:  # an entry that does not decode: rebuild it
        pass
    report = build()
    _store(entry, marshal.dumps((key, _encode(report))))
    return report


def load_index(source: Path, build: Callable[[], bytes], version: str) -> bytes:
    """Return the cached search index (SQLite database bytes) of the report in `source`, or build,
    store and return it; `version` names the SQLite that built it."""
    found = _entry(source, "fts5")
    if found is None:
        return build()
    entry, key = found
    key = (*key, version)
    if isinstance(data := _read(entry, key), bytes):
        return data
    data = build()
    _store(entry, marshal.dumps((key, data)))
    return data


def _read(entry: Path, key: tuple[Any, ...]) -> object:
    """Return what `entry` holds for `key`; None if there is no entry, another key or a corrupt file."""
    try:
        stored_key, data = marshal.loads(entry.read_bytes())
    except Exception:
        return None
    return data if stored_key == key else None


def _entry(source: Path, kind: str) -> tuple[Path, tuple[Any, ...]] | None:
    """Return the cache file of this kind for `source` and the key it must hold, or None."""
    where = folder()
    if where is None:
        return None
    try:
        stat = source.stat()
        real = str(source.resolve())
    except (OSError, RuntimeError):
        return None
    if not S_ISREG(stat.st_mode):
        return None
    key = (__version__, sys.version, _code_stamp(), real, stat.st_size, stat.st_mtime_ns, stat.st_ino)
    return where / f"{zlib.crc32(real.encode()):08x}.{kind}", key


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


def _code_stamp() -> tuple[int, ...]:
    """Return the size and mtime of the code that shapes a built report or index: a reinstall of
    another commit with the same version number must not read entries built by the old code."""
    here = Path(__file__).parent
    stamp: list[int] = []
    for name in ("model.py", "loading.py", "schema.py", "crosscheck.py", "build.py", "spans.py", "search.py"):
        try:
            code = (here / name).stat()
            stamp += [code.st_size, code.st_mtime_ns]
        except OSError:
            stamp += [-1, -1]
    return tuple(stamp)


def _store(entry: Path, data: bytes) -> None:
    import tempfile  # only when writing

    temporary = None
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=entry.parent, prefix=".tmp-", delete=False) as f:
            temporary = f.name
            f.write(data)
        os.replace(temporary, entry)
    except OSError:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
