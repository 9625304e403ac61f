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

from tipcli.errors import Problem, ReportError, warn
from tipcli.model import Report

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


def entries() -> list[tuple[str, Path | None]]:
    """Return (id, file) for every report in the library, the packaged one (file None) first."""
    where = folder()
    try:  # names, sorted as strings: a thousand Path objects sort ten times slower
        names = sorted(name for name in os.listdir(where) if name.endswith(".toml") and not name.startswith("."))
    except OSError:  # no folder, or one that cannot be read: only the packaged report
        names = []
    found: list[tuple[str, Path | None]] = [(name[:-5], where / name) for name in names]
    if all(report_id != PACKAGED_ID for report_id, _ in found):
        found.insert(0, (PACKAGED_ID, None))
    return found


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
        return path
    for report_id, file in entries():
        if report_id == value:
            return file
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


def choose(countries: Sequence[str] = (), years: str | None = None) -> list[tuple[str, Path | None]]:
    """Return (id, file) of the library's reports of these countries and years (all when none given).

    What each report is comes from the library's index (tipcli.index), brought up to date first;
    a report that does not load is left out, with one warning on stderr for each.
    """
    return [(report_id, file) for report_id, file, _ in described(countries, years)]


def described(
    countries: Sequence[str] = (), years: str | None = None
) -> list[tuple[str, Path | None, dict[str, object]]]:
    """Return (id, file, what `tipcli reports` lists of it) for the reports choose() chooses."""
    from tipcli import index
    from tipcli.queries import normalize

    wanted = {normalize(c) for c in countries}
    first, last = parse_years(years) if years else (0, 9999)
    found = entries()
    db = index.connect(folder())
    index.sync(db, found, complete=True)
    listed = index.listing(db)
    chosen = []
    for report_id, file in found:
        summary, problem = listed.get(report_id, (None, "it changed while being read; ask again"))
        if summary is None:
            left_out(report_id, problem)
        elif (not wanted or normalize(str(summary["country"])) in wanted) and first <= int(summary["year"]) <= last:  # type: ignore[call-overload]
            chosen.append((report_id, file, summary))
    return chosen


def left_out(report_id: str, problem: object) -> None:
    """Say on stderr, once, that a report of the library was left out, and why."""
    warn(f"left out {report_id}: {problem}")


def select(countries: Sequence[str] = (), years: str | None = None) -> list[tuple[str, Report]]:
    """Return (id, report) for the library's reports of these countries and years, loaded (see choose)."""
    from tipcli.loading import load_report

    chosen = []
    for report_id, file in choose(countries, years):
        try:
            chosen.append((report_id, load_report(file)))
        except ReportError as exc:  # it broke since it was indexed
            left_out(report_id, exc.problems[0])
    return chosen
