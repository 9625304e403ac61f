"""Time `tipcli import` of a whole made-up edition PDF into an empty library, then again (unchanged).

    python benchmarks/edition_speed.py [--countries 200] [--length K]

Makes the edition with tests/edition_maker.py (the 7 made-up narratives and invented ones up to
--countries), then runs `tipcli import edition.pdf --json` as a new process into a new library and
cache: the first import (reads the PDF, extracts every narrative, writes the reports, indexes the
library) and a re-import of the unchanged edition (reads the PDF, finds every narrative's digest in
the library, writes nothing); then a copy of the PDF in other bytes (its text the same: the PDF is
read, no narrative extracted). Reports wall time, per-narrative cost and the process's peak memory
(maximum RSS). Goals (issue 21): first import <= 60 s, peak <= 300 MB, re-import <= 10 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from edition_maker import make_edition
from tipcli.importing.formats.pdf import read_pdf


def run(command: list[str], env: dict[str, str]) -> tuple[float, float, list[dict[str, object]]]:
    """Run one import; return seconds, peak MiB of that process and its JSON answer."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
    # ru_maxrss of the children is the largest any of them reached: a later, smaller run shows the earlier one's.
    return seconds, max(peak, before) / 1024, json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--countries", type=int, default=200)
    parser.add_argument("--length", type=int, default=1, help="repeat the sections' paragraphs K times (real size: 3)")
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
    with tempfile.TemporaryDirectory() as folder:
        made = make_edition(Path(folder) / "edition", count=args.countries, length=args.length)
        pdf = Path(folder) / "edition" / "edition.pdf"
        import pypdf

        pages, size = len(pypdf.PdfReader(pdf).pages), pdf.stat().st_size
        text = sum(len(p) for n in made["narratives"] for ps in n["sections"].values() for p in ps)
        env = dict(os.environ)
        env |= {"TIPCLI_LIBRARY": f"{folder}/library", "XDG_CACHE_HOME": f"{folder}/cache"}
        command = [tipcli, "import", str(pdf), "--json"]
        first, peak, rows = run(command, env)
        again, _, rows_again = run(command, env)
        start = time.perf_counter()
        read_pdf(pdf.read_bytes(), str(pdf))
        reading = time.perf_counter() - start
        copy = Path(folder) / "edition" / "copy.pdf"  # the same text in other bytes: every narrative is read
        copy.write_bytes(pdf.read_bytes() + b"%\n")
        resaved, _, rows_copy = run([tipcli, "import", str(copy), "--json"], env)
    n = len(rows)
    statuses = sorted({str(r["status"]) for r in rows})
    print(f"{args.countries} narratives, {pages} pages, {size / 1024:.0f} KiB of PDF")
    print(f"{text / n / 1024:.1f} KiB of narrative text a narrative")
    print(f"first import   {first:6.1f} s  ({1000 * first / n:.0f} ms a narrative; statuses {statuses})")
    print(f"peak memory    {peak:6.0f} MiB (maximum RSS)")
    print(f"  of which reading the PDF {reading:.1f} s ({1000 * reading / pages:.0f} ms a page), in-process")
    statuses = sorted({str(r["status"]) for r in rows_again})
    print(f"re-import      {again:6.1f} s  ({1000 * again / n:.0f} ms a narrative; statuses {statuses})")
    statuses = sorted({str(r["status"]) for r in rows_copy})
    print(f"a copy         {resaved:6.1f} s  (other bytes, same text: read, not extracted; statuses {statuses})")
    met = first <= 60 and peak <= 300 and again <= 10
    print(f"goals (<= 60 s, <= 300 MiB, re-import <= 10 s): {'met' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
