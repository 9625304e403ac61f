"""Import a gold folder's narratives with the installed `tipcli` command, for the scorers.

Each narrative is imported in a subprocess into a temporary library (its own XDG folders too), so
scoring works on whatever tipcli is installed, whatever its internals, and touches no user data.
No tipcli import here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomllib


@dataclass
class Imported:
    """One narrative's gold labels and what `tipcli import` made of it (report None when refused)."""

    gold: dict[str, Any]
    report: dict[str, Any] | None
    flags: bool  # True when --country/--year from the gold were needed
    error: str  # the stderr of the refused import without flags, else ""


def flat(text: str) -> str:
    """Normalise no-break spaces and runs of white space, for comparing paragraph texts."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _command() -> list[str]:
    exe = shutil.which("tipcli", path=os.path.dirname(sys.executable)) or shutil.which("tipcli")
    return [exe] if exe else [sys.executable, "-m", "tipcli"]


def _run(path: Path, work: Path, extra: list[str]) -> tuple[dict[str, Any] | None, str]:
    out = work / (path.name + ".toml")
    out.unlink(missing_ok=True)
    env = os.environ | {
        "TIPCLI_LIBRARY": str(work / "library"),
        "XDG_CACHE_HOME": str(work / "cache"),
        "XDG_DATA_HOME": str(work / "data"),
    }
    done = subprocess.run(
        [*_command(), "import", str(path), "-o", str(out), *extra], env=env, capture_output=True, text=True
    )
    if done.returncode != 0 or not out.exists():
        return None, done.stderr.strip()
    return tomllib.loads(out.read_text(encoding="utf-8")), ""


def import_folder(folder: Path, *, retry_with_flags: bool = False) -> list[Imported]:
    """Import every narrative that has a *.gold.json in folder, without flags (then with, if asked)."""
    results = []
    with tempfile.TemporaryDirectory(prefix="tipcli-score-") as tmp:
        work = Path(tmp)
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            report, error = _run(folder / gold["file"], work, [])
            flags = False
            if report is None and retry_with_flags:
                report, _ = _run(
                    folder / gold["file"], work, ["--country", gold["country"], "--year", str(gold["year"])]
                )
                flags = report is not None
            results.append(Imported(gold, report, flags, error))
    return results


def paragraphs(report: dict[str, Any] | None) -> list[tuple[str, int, str]]:
    """(section id, paragraph number, text) of an imported report, in order."""
    if report is None:
        return []
    return [(s["id"], n, p) for s in report.get("sections", []) for n, p in enumerate(s.get("paragraphs", []), 1)]


def pct(part: int, whole: int) -> str:
    """Format part/whole with a percentage."""
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else f"{part}/0 (-)"
