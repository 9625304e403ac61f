"""Time the report library at 100, 1,000 and 5,000 reports: every answer across it, and a change in it.

    python benchmarks/library_scale.py [--sizes 100,1000,5000] [--rounds 5] [--only panel]

Each size gets a generated library in a temporary folder (never committed): copies of the
packaged report under other countries and years (20 editions a country), each with its text twice
over (a second section repeats the first sections) so that a report holds about 25 KB of text, as a
long narrative does. For each size it builds the index once (the first answer, no cache at all:
goal 60 s) and writes `export --sqlite --all` once (goal 15 s); then, warm, every command runs as a
new process once a round, and the medians of per-round ratios are reported:

  answers whose size does not grow with the library (--country, panel --country, search --all, reports, tiers)
      against  search shelter --json on the packaged report                          goal 3x
  answers that do (stats --all, stats --match convictions --all, agencies --all, timeline --all,
  panel --wide --csv)
      against  their floor: a Python process that selects the same rows from the export with
               sqlite3 and writes them with one json.dumps (indent=2, as tipcli writes), or for
               panel --wide --csv the coded figures of the export's panel table with one csv write  goal 2x
  the first answer after one file changed, against a warm one                         goal 3x
  peak memory of every one of them                                                    goal 100 MiB

It prints each command's absolute warm time (median) and peak memory, so that one sees how each
grows from 100 to 1,000 to 5,000 reports.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "src" / "tipcli" / "data" / "report.toml"


def make_library(folder: Path, size: int) -> None:
    text = PACKAGED.read_text(encoding="utf-8")
    sections = re.findall(r'(?ms)^\[\[sections\]\]\nid = "(\w+)".*?^paragraphs = \[\n(.*?)^\]\n', text)
    repeated = "".join(body for _, body in sections)
    extra = (
        f'\n[[sections]]\nid = "profile"\ntitle = "Trafficking profile"\naliases = []\nparagraphs = [\n{repeated}]\n'
    )
    at = text.index("\n# Wikipedia editors")  # before the annotations: after the last section
    body = text[:at] + extra + text[at:]
    for n in range(size):
        country, year = f"Country {n // 20:03d}", 2001 + n % 20
        report = body.replace('country = "Mexico"', f'country = "{country}"').replace("year = 2010", f"year = {year}")
        (folder / f"country-{n // 20:03d}-{year}.toml").write_text(report, encoding="utf-8")


def run(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run a command once; return wall seconds and peak memory (KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed")
    return elapsed, usage.ru_maxrss


BASELINE = ["search", "shelter", "--json"]
ONE_COUNTRY = "Country 007"
FIXED = {  # answers whose size does not grow with the library: goal 3x BASELINE
    "search --all": ["search", "shelter", "--all", "--json"],
    "search --country": ["search", "shelter", "--country", ONE_COUNTRY, "--json"],
    "stats --country": ["stats", "--country", ONE_COUNTRY, "--json"],
    "stats --match --country": ["stats", "--match", "convictions", "--country", ONE_COUNTRY, "--json"],
    "agencies --country": ["agencies", "--country", ONE_COUNTRY, "--json"],
    "timeline --year --country": ["timeline", "--year", "2005", "--country", ONE_COUNTRY, "--json"],
    "reports": ["reports", "--json"],
    "tiers": ["tiers", "--json"],
    "panel --country": ["panel", "--country", ONE_COUNTRY, "--json"],
}
# Answers that grow with the library: goal 2x a floor that selects the same rows from the export.
GROWING = {
    "stats --all": (
        ["stats", "--all", "--json"],
        "SELECT report, country, year, id, kind, value, high, unit, qualifier, figure_year, display, label, section, paragraph, quote FROM figures",
    ),
    "stats --match --all": (
        ["stats", "--match", "convictions", "--all", "--json"],
        "SELECT report, country, year, id, kind, value, high, unit, qualifier, figure_year, display, label, section, paragraph, quote FROM figures WHERE rowid IN (SELECT rowid FROM figures_fts WHERE figures_fts MATCH 'convictions')",
    ),
    "agencies --all": (
        ["agencies", "--all", "--json"],
        "SELECT report, country, year, id, name, acronym, spanish_name, level, role, sections, mentions, external, sentences FROM agencies",
    ),
    "timeline --all": (
        ["timeline", "--all", "--json"],
        'SELECT report, country, year, id, date, "end", precision, description, section, paragraph, quote FROM events ORDER BY date',
    ),
    # its floor: the coded figures the wide panel is made of, from the export's panel table, as CSV
    "panel --wide --csv": (
        ["panel", "--wide", "--csv"],
        "SELECT country, year, indicator, trafficking, value, unit, report, figure FROM panel",
    ),
}
FLOOR = """
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.row_factory = sqlite3.Row
rows = [dict(row) for row in db.execute(sys.argv[2])]
sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\\n")
"""
CSV_FLOOR = """
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
cursor = db.execute(sys.argv[2])
writer = csv.writer(sys.stdout)
writer.writerows([[d[0] for d in cursor.description], *cursor])
"""


def _wanted(name: str, only: str | None) -> bool:
    """Whether a command is measured: all of them, or those whose name holds --only's words."""
    return only is None or only in name


def measure(tipcli: str, size: int, rounds: int, only: str | None = None) -> dict[str, float]:
    """Measure one size; print the goals' ratios; return each command's median warm seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        library, cache = Path(tmp) / "reports", Path(tmp) / "cache"
        library.mkdir()
        make_library(library, size)
        text_kib = sum(p.stat().st_size for p in library.iterdir()) / 1024
        env = {**os.environ, "TIPCLI_LIBRARY": str(library), "TIPCLI_CACHE_DIR": str(cache)}
        cold, cold_peak = run([tipcli, "reports", "--json"], env)
        index_mib = sum(p.stat().st_size for p in cache.glob("library-*")) / 2**20
        export = f"{tmp}/library.sqlite3"
        exported, export_peak = run([tipcli, "export", "--sqlite", export, "--all"], env)
        commands = {"baseline": BASELINE, **FIXED, **{name: c for name, (c, _) in GROWING.items()}}
        commands = {name: c for name, c in commands.items() if name == "baseline" or _wanted(name, only)}
        floors = {
            name: [sys.executable, "-c", CSV_FLOOR if "--csv" in command else FLOOR, export, sql]
            for name, (command, sql) in GROWING.items()
            if _wanted(name, only)
        }
        times: dict[str, list[float]] = {name: [] for name in [*commands, *(f"floor {n}" for n in floors)]}
        memory: dict[str, list[int]] = {name: [] for name in times}
        ratios: dict[str, list[float]] = {name: [] for name in [*FIXED, *GROWING, "after a change"] if name in commands}
        ratios["after a change"] = []
        for _ in range(rounds):
            for name, command in commands.items():
                elapsed, peak = run([tipcli, *command], env)
                times[name].append(elapsed)
                memory[name].append(peak)
                if name in floors:
                    elapsed, peak = run(floors[name], env)
                    times[f"floor {name}"].append(elapsed)
                    memory[f"floor {name}"].append(peak)
                    ratios[name].append(times[name][-1] / elapsed)
                elif name in FIXED:
                    ratios[name].append(elapsed / times["baseline"][-1])
            changed = next(library.iterdir())
            changed.write_text(changed.read_text(encoding="utf-8").replace("shelter", "shelter "), encoding="utf-8")
            first = run([tipcli, *FIXED["stats --country"]], env)[0]
            again = run([tipcli, *FIXED["stats --country"]], env)[0]
            ratios["after a change"].append(first / again)
        print(
            f"{size:>5} reports, {text_kib / 1024:6.1f} MiB of report files; first index {cold:6.1f} s"
            f" ({cold_peak / 1024:.0f} MiB peak, goal 60 s), index {index_mib:6.1f} MiB;"
            f" export --sqlite --all {exported:5.1f} s ({export_peak / 1024:.0f} MiB peak, goal 15 s)"
        )
        for name, found in ratios.items():
            goal = 2 if name in GROWING else 3
            ratio = statistics.median(found)
            against = "its floor" if name in GROWING else "a warm answer" if name == "after a change" else "baseline"
            print(f"      {name:26} {ratio:5.2f}x {against} (goal {goal}x) {'met' if ratio <= goal else 'MISSED'}")
        for name in times:
            peak = max(memory[name]) / 1024
            verdict = "" if name.startswith("floor") else "  (goal 100 MiB) " + ("met" if peak <= 100 else "MISSED")
            print(f"      {name:32} {statistics.median(times[name]) * 1000:7.0f} ms  {peak:6.0f} MiB peak{verdict}")
        return {name: statistics.median(t) for name, t in times.items()} | {"first index": cold, "export": exported}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", help="measure only the answers whose name holds this (e.g. panel)")
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
    sizes = [int(s) for s in args.sizes.split(",")]
    grown = {size: measure(tipcli, size, args.rounds, args.only) for size in sizes}
    print("warm ms by library size: " + "  ".join(f"{size:>7}" for size in sizes))
    for name in grown[sizes[0]]:
        print(f"  {name:24}" + "  ".join(f"{grown[size][name] * 1000:7.0f}" for size in sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
