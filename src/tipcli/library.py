"""The report library: a folder of report files, one TOML file a report, its id the file's stem.

The packaged report is always in the library as `mexico-2010`, unless a file of that id is in the
folder: then the user's file wins (`--report mexico-2010`, `--all` and `reports` use it, and `reports`
and `import` say so), while a command without `--report` still answers from the packaged report.
Users add, edit and delete files by hand; every listing reads the folder anew.
"""

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from tipcli.errors import Problem, ReportError, warn

if TYPE_CHECKING:
    from tipcli import index

PACKAGED_ID = "mexico-2010"


def folder() -> Path:
    """Return $TIPCLI_LIBRARY, else $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports."""
    if os.environ.get("TIPCLI_LIBRARY"):
        return Path(os.environ["TIPCLI_LIBRARY"])
    data_home = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(data_home):  # the XDG specification says to ignore a relative path
        data_home = str(Path.home() / ".local" / "share")
    return Path(data_home) / "tipcli" / "reports"


def packaged_file() -> Path:
    """Return the packaged report's file (its cache entries are keyed on it)."""
    from tipcli.loading import report_file

    return report_file()


def scan() -> "list[index.Entry]":
    """Return every report in the library, the packaged one (file None) first, each with the identity
    of its file's bytes now: one scan of the folder, one stat a file (how a hand edit is noticed),
    no Path a file (a thousand Paths cost more than the answer they serve)."""
    from tipcli import index

    where = str(folder())
    found = []
    try:
        with os.scandir(where) as listing:
            for item in listing:
                name = item.name
                if name.endswith(".toml") and not name.startswith("."):
                    found.append(index.Entry(name[:-5], os.path.join(where, name), _identity(item)))
    except OSError:  # no folder, or one that cannot be read: only the packaged report
        found = []
    found.sort(key=lambda entry: str(entry.file))  # by file name, as strings: the order of answers across reports
    if all(entry.id != PACKAGED_ID for entry in found):
        found.insert(0, index.Entry(PACKAGED_ID, None, index.identity(None)))
    return found


def _identity(item: os.DirEntry[str]) -> str | None:
    from tipcli import index

    try:
        st = item.stat()  # follows a symbolic link, as reading the file does
    except OSError:
        return None
    return index.file_key(st)


def entries() -> list[tuple[str, Path | None]]:
    """Return (id, file) for every report in the library, the packaged one (file None) first."""
    return [(entry.id, Path(entry.file) if entry.file is not None else None) for entry in scan()]


def shadow_note(file: Path) -> str:
    """Say that a library file takes the packaged report's id, and where the packaged one still answers."""
    return (
        f"{file} has the packaged report's id, {PACKAGED_ID}: in the library it takes the packaged report's "
        "place; commands without --report still read the packaged one"
    )


def resolve(value: str) -> Path | None:
    """Return the file `--report VALUE` means: a path, or a library id (None: the packaged report)."""
    path = Path(value)
    if path.suffix.lower() == ".toml" or os.sep in value or path.exists():
        return path
    file = folder() / f"{value}.toml"
    if not value.startswith(".") and file.is_file():
        return file
    if value == PACKAGED_ID:
        return None
    message = f"no such file, nor a report of that id in the library ({folder()}); 'tipcli reports' lists them"
    raise ReportError([Problem(file=value, message=message)])


def parse_years(text: str) -> tuple[int, int]:
    """Return the years `--year 2015` or `--year 2010..2015` means, as (first, last)."""
    from tipcli.errors import UsageError

    match = re.fullmatch(r"\s*([0-9]{4})\s*(?:\.\.\s*([0-9]{4}))?\s*", text)
    if not match:
        raise UsageError(f"--year {text!r}: give a year (2015) or a range (2010..2015)")
    first, last = int(match[1]), int(match[2] or match[1])
    if last < first:
        raise UsageError(f"--year {text!r}: the range ends before it begins")
    return first, last


def left_out(report_id: str, problem: object) -> None:
    """Say on stderr, once, that a report of the library was left out, and why."""
    warn(f"left out {report_id}: {problem}")
