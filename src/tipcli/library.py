"""The report library: a folder of report files, one TOML file a report, its id the file's stem.

The packaged report is always in the library as `mexico-2010`, unless a file of that id is in the
folder: then the user's file wins (`--report mexico-2010`, `--all` and `reports` use it, and `reports`
and `import` say so), while a command without `--report` still answers from the packaged report.
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
    """Say that a library file takes the packaged report's id, and where the packaged one still answers."""
    return (
        f"{file} has the packaged report's id, {PACKAGED_ID}: in the library it takes the packaged report's "
        "place; commands without --report still read the packaged one"
    )


def resolve(value: str) -> Path | None:
    """Return the file `--report VALUE` means: a path, or a library id (None: the packaged report)."""
    path = Path(value)
    if path.suffix.lower() == ".toml" or os.sep in value or path.exists():
        if os.sep not in value and not path.exists() and (hint := did_you_mean(path.stem, _ids())):
            raise ReportError([Problem(file=value, message=f"no such file; {hint} (an id of the library)")])
        return path
    found = entries()
    for report_id, file in found:
        if report_id == value:
            return file
    message = f"no such file, nor a report of that id in the library ({folder()}); " + (
        did_you_mean(value, [report_id for report_id, _ in found]) or "'tipcli reports' lists them"
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


def choose(countries: Sequence[str] = (), years: str | None = None) -> list[tuple[str, Path | None]]:
    """Return (id, file) of the library's reports of these countries and years (all when none given).

    What each report is comes from the library's index (tipcli.index), brought up to date first;
    a report that does not load is left out, with one warning on stderr for each; an item of a
    report that no longer holds (a quote edited away) is left out of it, with a warning naming it.
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
    db = index.connect()
    index.sync(db, found, complete=True)
    listed = index.listing(db)
    chosen = []
    unknown_countries(countries, [str(s["country"]) for s, _ in listed.values() if s is not None])
    if years:
        unknown_years(years, first, last, [int(s["year"]) for s, _ in listed.values() if s is not None])  # type: ignore[call-overload]
    for report_id, file in found:
        summary, problem = listed.get(report_id, (None, "it changed while being read; ask again"))
        if summary is None:
            left_out(report_id, problem)
        elif (not wanted or normalize(str(summary["country"])) in wanted) and first <= int(summary["year"]) <= last:  # type: ignore[call-overload]
            chosen.append((report_id, file, summary))
            if summary.get("left_out"):
                warn_left_out(file)
    return chosen


def warn_left_out(file: Path | None) -> None:
    """Warn of each item of a report file left out because it no longer holds (see tipcli.leftout)."""
    from tipcli.loading import load_report

    try:
        report = load_report(file, lenient=True)  # from the cache: the index just built it
    except ReportError:  # it broke since it was indexed: select() says so
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


def select(countries: Sequence[str] = (), years: str | None = None) -> list[tuple[str, Report]]:
    """Return (id, report) for the library's reports of these countries and years, loaded (see choose)."""
    from tipcli.loading import load_report

    chosen = []
    for report_id, file in choose(countries, years):
        try:
            chosen.append((report_id, load_report(file, lenient=True)))
        except ReportError as exc:  # it broke since it was indexed
            left_out(report_id, exc.problems[0])
    return chosen
