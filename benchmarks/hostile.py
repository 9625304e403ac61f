"""Time tipcli on reports built to make mention finding slow, at two sizes, to show it grows linearly.

    python benchmarks/hostile.py

Two shapes, each at n and 2n: one long paragraph where an agency's phrase stands in every sentence,
and n agencies times n paragraphs. Each run parses and builds the report (TIPCLI_NO_CACHE=1).
Goal (issue 15): doubling the input at most about doubles the time (x2 at most 2.5).
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ATLANTIS = Path(__file__).parent.parent / "tests" / "data" / "atlantis.toml"
ANCHOR = 'paragraphs = ["The Reef Guard patrolled 3,000 km of coast in 2030. The Tide Court heard no appeals."'


def one_long_paragraph(n: int) -> str:
    return ATLANTIS.read_text(encoding="utf-8").replace(
        ANCHOR, ANCHOR + ', "' + "The Ministry of Tides said. " * n + '"'
    )


def many_agencies(n: int) -> str:
    paragraphs = ", ".join(f'"Agency{i} Board met. Nothing else happened {i}."' for i in range(n))
    agencies = "".join(
        f'\n[[agencies]]\nid = "a{i}"\nname = "Agency{i} Board"\nlevel = "federal"\nphrases = ["Agency{i} Board"]\n'
        for i in range(n)
    )
    return ATLANTIS.read_text(encoding="utf-8").replace(ANCHOR, ANCHOR + ", " + paragraphs) + agencies


def seconds(path: Path) -> float:
    env = {**os.environ, "TIPCLI_NO_CACHE": "1"}
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            ["tipcli", "--report", str(path), "agencies", "--json"], env=env, check=True, capture_output=True
        )
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ok = True
    with tempfile.TemporaryDirectory() as work:
        for name, make, n in (
            ("one long paragraph", one_long_paragraph, 20_000),
            ("agencies x paragraphs", many_agencies, 4_000),
        ):
            times = []
            for size in (n, 2 * n):
                path = Path(work) / f"{size}.toml"
                path.write_text(make(size), encoding="utf-8")
                times.append(seconds(path))
            growth = times[1] / times[0]
            ok &= growth <= 2.5
            print(f"{name:24} n={n:>6}: {times[0]:.2f} s   2n: {times[1]:.2f} s   x{growth:.2f}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
