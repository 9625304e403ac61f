"""The report library: a folder of report files, one TOML file a report, its id the file's stem.

The packaged report is always in the library as `mexico-2010`, unless a file of that id is in the
folder (`import --force` of the seed writes one): then the user's file replaces it everywhere, so one
id never gives two answers: `--report mexico-2010`, `--all`, `--country`, and a command without
`--report` read it; `reports` marks it and `summary` says which it reads.
Users add, edit and delete files by hand; every listing reads the folder anew.
"""

import os
import re
from collections.abc import Sequence
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
    from operator import attrgetter

    from tipcli import index

    where = str(folder())
    found = []
    kind, key, make = index.Entry, index.file_key, tuple.__new__  # 5,000 files: no lookup a file, and an
    # Entry made as the tuple it is (Entry(...) runs NamedTuple's __new__, written in Python: 2 ms at 5,000)
    prefix = os.path.join(where, "")  # + a name: os.path.join(where, name), without its cost a file
    opened = None
    try:
        # By the folder's descriptor where the system allows: a file's stat then finds it by its name
        # alone, not by walking its whole path again (~/.local/share/tipcli/reports: 6 folders a file).
        if os.scandir in os.supports_fd:
            opened = os.open(where, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        with os.scandir(opened if opened is not None else where) as listing:
            for item in listing:
                name = item.name
                if name.endswith(".toml") and not name.startswith("."):
                    identity: str | None
                    try:
                        identity = key(item.stat())  # follows a symbolic link, as reading the file does
                    except OSError:  # a broken symbolic link (marked unreadable: left out once), or none at all
                        identity = index.identity(Path(prefix + name))
                    found.append(make(kind, (name[:-5], prefix + name, identity)))
    except OSError:  # no folder, or one that cannot be read: only the packaged report
        found = []
    finally:
        if opened is not None:
            os.close(opened)
    found.sort(key=attrgetter("file"))  # by file name, as strings: the order of answers across reports
    if all(entry.id != PACKAGED_ID for entry in found):
        found.insert(0, index.Entry(PACKAGED_ID, None, index.identity(None)))
    return found


def entries() -> list[tuple[str, Path | None]]:
    """Return (id, file) for every report in the library, the packaged one (file None) first."""
    return [(entry.id, Path(entry.file) if entry.file is not None else None) for entry in scan()]


def shadow_note(file: Path) -> str:
    """Say that a library file takes the packaged report's id, and so its place."""
    return (
        f"{file} has the packaged report's id, {PACKAGED_ID}: it replaces the packaged report in every answer "
        "(delete it to have the packaged one back)"
    )


def replacement() -> Path | None:
    """Return the library's file that replaces the packaged report, if there is one (one lstat)."""
    file = folder() / f"{PACKAGED_ID}.toml"
    return file if os.path.lexists(file) else None


def replaces_packaged(file: Path | None) -> bool:
    """Say whether `file` is (or would be) the library's replacement of the packaged report."""
    if file is None or file.name != f"{PACKAGED_ID}.toml":
        return False
    try:
        return os.path.samefile(file.parent, folder())
    except OSError:  # a folder not there yet (the first import makes it)
        return os.path.abspath(file.parent) == os.path.abspath(folder())


def resolve(value: str) -> Path | None:
    """Return the file `--report VALUE` means: a path, or a library id (None: the packaged report)."""
    path = Path(value)
    if path.suffix.lower() == ".toml" or os.sep in value or path.exists():
        if os.sep not in value and not path.exists() and (hint := did_you_mean(path.stem, _ids())):
            raise ReportError([Problem(file=value, message=f"no such file; {hint} (an id of the library)")])
        return path
    file = folder() / f"{value}.toml"
    if not value.startswith(".") and os.path.lexists(file):  # one lstat, no listing of the folder
        return file  # (a file that cannot be read says why when it is read)
    if value == PACKAGED_ID:
        return None
    message = f"no such file, nor a report of that id in the library ({folder()}); " + (
        did_you_mean(value, _ids()) or "'tipcli reports' lists them"
    )
    raise ReportError([Problem(file=value, message=message)])


def _ids() -> list[str]:
    return [report_id for report_id, _ in entries()]


def did_you_mean(value: str, names: Sequence[str]) -> str:
    """Return "did you mean 'x'?" for the names VALUE might mean (in any case, a prefix of them, or
    close in spelling: `veldmark`, `Veldmark-2011`, `Mexcio`), else ""."""
    import difflib  # only a name that is not found needs it

    from tipcli.queries import normalize

    wanted, folded = normalize(value), {normalize(name): name for name in names}
    close = [name for key, name in folded.items() if wanted and key.startswith(wanted)][:3]
    close = close or [folded[key] for key in difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.7)]
    return f"did you mean {' or '.join(repr(name) for name in close)}?" if close else ""


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


def warn_left_out(file: Path | None) -> None:
    """Warn of each item of a report file left out because it no longer holds (see tipcli.leftout)."""
    from tipcli.loading import load_report

    try:
        report = load_report(file, lenient=True)  # then kept in the cache (indexing does not keep it)
    except ReportError:  # it broke since it was indexed: the answer's reading of it says so
        return
    for item in report.left_out:
        warn(f"{file}: left out {item.item} ({item.path}): {item.message}")


def unknown_countries(countries: Sequence[str], known: Sequence[str]) -> None:
    """Warn of each --country that is no country of the library, with the ones it might mean."""
    from tipcli.queries import normalize

    have = {normalize(country) for country in known}
    for country in countries:
        if normalize(country) not in have:
            hint = did_you_mean(country, sorted(set(known))) or "'tipcli reports' lists the countries"
            warn(f"--country {country!r}: no report of the library is of that country; {hint}")


def unknown_years(text: str, first: int, last: int, known: Sequence[int]) -> None:
    """Warn of a --year that no edition of the library falls in, with the editions it holds."""
    if known and not any(first <= year <= last for year in known):
        editions = f"{min(known)}" if min(known) == max(known) else f"{min(known)} to {max(known)}"
        warn(f"--year {text.strip()}: no report of the library is of that edition; its editions: {editions}")


def left_out(report_id: str, problem: object) -> None:
    """Say on stderr, once, that a report of the library was left out, and why."""
    warn(f"left out {report_id}: {problem}")
