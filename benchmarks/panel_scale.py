"""Time `tipcli panel` across a generated library, against its goals (issue 24).

    python benchmarks/panel_scale.py [--sizes 100,1000,5000] [--rounds 5]

The library is library_scale.py's: copies of the packaged report (34 figures, 20 of them coded)
under other countries and years, 20 editions a country. For each size, with a warm cache, each
command runs as a new process, in turn with its baseline, and the medians of per-round ratios are
reported:
  panel --country "Country 000" --json   against  --report country-000-2001 stats --json     goal 3x
  panel --wide --csv (the whole library)  against  the floor: the same rows read from the
      export's panel table and written by one csv.writer in Python                          goal 2x
  peak memory of panel --wide --csv                                                         goal 100 MB
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from library_scale import make_library, run

FLOOR = """
import csv, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT * FROM panel ORDER BY country, year, indicator")
out = csv.writer(sys.stdout)
out.writerow([d[0] for d in rows.description])
out.writerows(rows)
"""


def floor(database: Path) -> tuple[float, int]:
    """Run the floor once: a Python process that writes the export's panel rows as CSV."""
    import time

    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", FLOOR, str(database)], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("the floor failed")
    return time.perf_counter() - start, usage.ru_maxrss


def measure(tipcli: str, size: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        library, cache, database = Path(tmp) / "reports", Path(tmp) / "cache", Path(tmp) / "panel.sqlite3"
        library.mkdir()
        make_library(library, size)
        env = {**os.environ, "TIPCLI_LIBRARY": str(library), "TIPCLI_CACHE_DIR": str(cache)}
        run(tipcli, ["export", "--sqlite", str(database), "--all"], env)  # warms the cache and gives the floor's rows
        one = ["--report", "country-000-2001", "stats", "--json"]
        country = ["panel", "--country", "Country 000", "--json"]
        wide = ["panel", "--wide", "--csv"]
        ratios: dict[str, list[float]] = {"country": [], "wide": []}
        times: dict[str, list[float]] = {"one": [], "country": [], "wide": [], "floor": []}
        peak = 0
        for _ in range(rounds):
            t_one, _ = run(tipcli, one, env)
            t_country, _ = run(tipcli, country, env)
            t_wide, kib = run(tipcli, wide, env)
            t_floor, _ = floor(database)
            peak = max(peak, kib)
            ratios["country"].append(t_country / t_one)
            ratios["wide"].append(t_wide / t_floor)
            for name, t in (("one", t_one), ("country", t_country), ("wide", t_wide), ("floor", t_floor)):
                times[name].append(t)
        ms = {name: statistics.median(t) * 1000 for name, t in times.items()}
        print(f"{size:>5} reports")
        for name, goal, base in (("country", 3, "one"), ("wide", 2, "floor")):
            ratio = statistics.median(ratios[name])
            print(
                f"      panel {name:8} {ms[name]:7.0f} ms  vs {base:5} {ms[base]:6.0f} ms: {ratio:6.2f}x (goal {goal}x)"
                f" {'met' if ratio <= goal else 'MISSED'}"
            )
        print(
            f"      panel --wide --csv peak memory {peak / 1024:6.0f} MiB (goal 100 MB) {'met' if peak / 1024 <= 95 else 'MISSED'}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
    for size in (int(s) for s in args.sizes.split(",")):
        measure(tipcli, size, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
