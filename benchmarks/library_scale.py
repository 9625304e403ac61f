"""Time the report library at 10, 100 and 1,000 reports: search across it, list it, and a change in it.

    python benchmarks/library_scale.py [--sizes 10,100,1000] [--rounds 10]

Each size gets a generated library in a temporary folder (never committed): copies of the
packaged report under other countries and years, each with its text twice over (a second section
repeats the first sections) so that a report holds about 25 KB of text, as a long narrative does.
For each size, with a warm cache and index, every command runs as a new process, in turn with its
baseline, and the medians of per-round ratios are reported:
  search shelter --all --json   against   search shelter --json (the packaged report)    goal 2x
  reports --json                against   summary --json                                 goal 1.5x
  the first search --all after one file changed, against a warm one                      goal 3x
  peak memory of search --all --json against search shelter --json                       goal 2x
It also prints the first (cold) indexing of each library, the index's size on disk, and each
command's absolute warm time (median) and peak memory, so that one sees how each grows from 10 to
100 to 1,000 reports; besides the four above, the cross-report commands stats, agencies and
timeline --all --json, tiers --json and export --sqlite --all are timed (reported, not goals).
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


def run(tipcli: str, args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run tipcli once; return wall seconds and peak memory (KiB)."""
    start = time.perf_counter()
    process = subprocess.Popen([tipcli, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"tipcli {' '.join(args)} failed")
    return elapsed, usage.ru_maxrss


BASELINES = {
    "search shelter --json": ["search", "shelter", "--json"],
    "summary --json": ["summary", "--json"],
}
GOALS = {  # name: (command, its baseline, goal)
    "search --all": (["search", "shelter", "--all", "--json"], "search shelter --json", 2),
    "reports": (["reports", "--json"], "summary --json", 1.5),
}
OTHERS = {
    "stats --all --json": ["stats", "--all", "--json"],
    "agencies --all --json": ["agencies", "--all", "--json"],
    "timeline --all --json": ["timeline", "--all", "--json"],
    "tiers --json": ["tiers", "--json"],
    "export --sqlite --all": ["export", "--sqlite", "{tmp}/library.sqlite3", "--all"],
}


def measure(tipcli: str, size: int, rounds: int) -> dict[str, float]:
    """Measure one size; print the goals' ratios; return each command's median warm seconds."""
    with tempfile.TemporaryDirectory() as tmp:
        library, cache = Path(tmp) / "reports", Path(tmp) / "cache"
        library.mkdir()
        make_library(library, size)
        text_kib = sum(p.stat().st_size for p in library.iterdir()) / 1024
        env = {**os.environ, "TIPCLI_LIBRARY": str(library), "TIPCLI_CACHE_DIR": str(cache)}
        cold, _ = run(tipcli, GOALS["search --all"][0], env)
        index_mib = sum(p.stat().st_size for p in cache.glob("library-*")) / 2**20
        commands = {**BASELINES, **{name: c for name, (c, _, _) in GOALS.items()}, **OTHERS}
        commands = {name: [a.format(tmp=tmp) for a in c] for name, c in commands.items()}
        times: dict[str, list[float]] = {name: [] for name in commands}
        memory: dict[str, list[int]] = {name: [] for name in commands}
        pairs: dict[str, list[float]] = {"search --all": [], "reports": [], "memory": [], "after a change": []}
        for _ in range(rounds):
            for name, command in commands.items():
                elapsed, peak = run(tipcli, command, env)
                times[name].append(elapsed)
                memory[name].append(peak)
            for name, (_, baseline, _) in GOALS.items():
                pairs[name].append(times[name][-1] / times[baseline][-1])
            pairs["memory"].append(memory["search --all"][-1] / memory["search shelter --json"][-1])
            changed = next(library.iterdir())
            changed.write_text(changed.read_text(encoding="utf-8").replace("shelter", "shelter "), encoding="utf-8")
            e, f = run(tipcli, commands["search --all"], env)[0], run(tipcli, commands["search --all"], env)[0]
            pairs["after a change"].append(e / f)
        goals = {"search --all": 2, "reports": 1.5, "memory": 2, "after a change": 3}
        print(
            f"{size:>5} reports, {text_kib / 1024:6.1f} MiB of report files; first indexing {cold:6.2f} s, index {index_mib:6.1f} MiB"
        )
        for name, ratios in pairs.items():
            ratio = statistics.median(ratios)
            verdict = "met" if ratio <= goals[name] else "MISSED"
            print(f"      {name:15} {ratio:5.2f}x  (goal {goals[name]}x) {verdict}")
        for name in commands:
            median = statistics.median(times[name])
            print(f"      {name:25} {median * 1000:7.0f} ms  {max(memory[name]) / 1024:6.0f} MiB peak")
        return {name: statistics.median(t) for name, t in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
    sizes = [int(s) for s in args.sizes.split(",")]
    grown = {size: measure(tipcli, size, args.rounds) for size in sizes}
    print("warm ms by library size: " + "  ".join(f"{size:>7}" for size in sizes))
    for name in grown[sizes[0]]:
        print(f"  {name:24}" + "  ".join(f"{grown[size][name] * 1000:7.0f}" for size in sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
