"""Peak memory of indexing one large report into the library's index (issue 23: under 20x its size).

    python benchmarks/index_memory.py [--megabytes 10]

It writes, in a temporary folder (never committed), a library of one report of about that size:
the packaged report with a last section that repeats its paragraphs until the file is that large.
Then, each as a new process with an empty cache (so that the report is parsed, checked, built and
indexed), it measures the peak resident memory (ru_maxrss of wait4) of:
  reports --json                     the first indexing of the library: the goal, <= 20x the file
  --report FILE summary --json       the same report loaded alone, for comparison (no index)
  python -c pass                     the interpreter's own floor
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGED = ROOT / "src" / "tipcli" / "data" / "report.toml"
GOAL = 20


# Short sentences are the worst case: each is an object of the model and a row of the index.
SHORT = '  "' + "Officials met. Courts sat. " * 40 + 'Police acted.",\n'


def make_report(path: Path, megabytes: float, shape: str) -> None:
    """Write the packaged report with a last section of its paragraphs (or of short sentences)
    repeated, `megabytes` in all."""
    text = PACKAGED.read_text(encoding="utf-8")
    bodies = re.findall(r'(?ms)^\[\[sections\]\]\nid = "\w+".*?^paragraphs = \[\n(.*?)^\]\n', text)
    once = "".join(bodies) if shape == "narrative" else SHORT
    times = max(1, int((megabytes * 1024 * 1024 - len(text.encode())) // len(once.encode())))
    extra = f'\n[[sections]]\nid = "profile"\ntitle = "Trafficking profile"\naliases = []\nparagraphs = [\n{once * times}]\n'
    at = text.index("\n# Wikipedia editors")  # before the annotations: after the last section
    path.write_text(text[:at] + extra + text[at:], encoding="utf-8")


# The peak is taken by a small Python process of its own: Linux keeps a process's peak across
# exec, so a child forked from this one (which holds the 10 MB text) would inherit its size.
_MEASURE = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)\n"
)


def peak(command: list[str], env: dict[str, str]) -> int:
    """Run a command once; return its peak resident memory in bytes."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], env=env, capture_output=True, text=True)
    code, kib = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr}")
    return int(kib) * 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--shape", choices=("narrative", "short"), default="narrative", help="what the extra text is")
    args = parser.parse_args()
    tipcli = str(Path(sys.executable).with_name("tipcli"))
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp) / "reports"
        library.mkdir()
        report = library / "big-2020.toml"
        make_report(report, args.megabytes, args.shape)
        size = report.stat().st_size
        runs = {
            "reports --json (first indexing)": [tipcli, "reports", "--json"],
            "--report FILE summary --json (loading alone)": [tipcli, "--report", str(report), "summary", "--json"],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        print(
            f"report: {size / 2**20:.1f} MiB ({size:,} bytes); goal: indexing <= {GOAL}x = {GOAL * size / 2**20:.0f} MiB"
        )
        for n, (name, command) in enumerate(runs.items()):
            env = {**os.environ, "TIPCLI_LIBRARY": str(library), "TIPCLI_CACHE_DIR": str(Path(tmp) / f"cache{n}")}
            used = peak(command, env)
            print(f"  {name:48} {used / 2**20:7.0f} MiB  {used / size:5.1f}x the report")


if __name__ == "__main__":
    main()
