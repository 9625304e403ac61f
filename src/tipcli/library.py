"""The report library: a folder of report files, one TOML file a report, its id the file's stem.

The packaged report is always in the library as `mexico-2010` (a file of that id in the folder
takes its place). Users add, edit and delete files by hand; every listing reads the folder anew.
"""

import os
from pathlib import Path

from tipcli.errors import Problem, ReportError

PACKAGED_ID = "mexico-2010"


def folder() -> Path:
    """Return $TIPCLI_LIBRARY, else $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports."""
    if os.environ.get("TIPCLI_LIBRARY"):
        return Path(os.environ["TIPCLI_LIBRARY"])
    data_home = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(data_home):  # the XDG specification says to ignore a relative path
        data_home = str(Path.home() / ".local" / "share")
    return Path(data_home) / "tipcli" / "reports"


def entries() -> list[tuple[str, Path | None]]:
    """Return (id, file) for every report in the library, the packaged one (file None) first."""
    try:
        files = sorted(p for p in folder().glob("*.toml") if not p.name.startswith("."))
    except OSError:  # no folder, or one that cannot be read: only the packaged report
        files = []
    found: list[tuple[str, Path | None]] = [(p.stem, p) for p in files]
    if all(report_id != PACKAGED_ID for report_id, _ in found):
        found.insert(0, (PACKAGED_ID, None))
    return found


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
