"""Time `tipcli import` of a 2020s narrative against `tipcli summary --json`, side by side.

    python benchmarks/import_speed.py [NARRATIVE] [--rounds N]

NARRATIVE defaults to ../shared/corpus/lorvanth-2023.txt (about 11 KB of plain text). Each round
runs both commands once, as new processes, in turn; the ratio is the median of the per-round
ratios, so that a slow spell of the machine falls on both. The goal (BENCHMARKS.md): at most 4x.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("narrative", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "lorvanth-2023.txt"))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
    with tempfile.TemporaryDirectory() as folder:
        target = str(Path(folder) / "out.toml")
        importing = [tipcli, "import", args.narrative, "-o", target, "--force"]
        summary = [tipcli, "summary", "--json"]
        timed(importing), timed(summary)  # warm the disk cache and tipcli's report cache
        pairs = [(timed(importing), timed(summary)) for _ in range(args.rounds)]
    size = Path(args.narrative).stat().st_size
    imports, summaries = zip(*pairs, strict=True)
    ratio = statistics.median(a / b for a, b in pairs)
    print(f"{args.rounds} rounds; {Path(args.narrative).name}, {size / 1024:.1f} KiB")
    print(f"import          {1000 * statistics.median(imports):7.1f} ms")
    print(f"summary --json  {1000 * statistics.median(summaries):7.1f} ms")
    print(f"ratio           {ratio:7.2f}x  (goal: at most 4x) {'met' if ratio <= 4 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
