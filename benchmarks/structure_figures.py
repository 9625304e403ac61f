"""How many figures the structure stage costs: figures imported from each narrative as it is laid out,
against the figures the importer finds in the same narrative's gold paragraphs laid out tidily.

    PYTHONPATH=src python benchmarks/structure_figures.py DIR [--verbose]

DIR holds narratives with NAME.gold.json files in the format of ../shared/corpus-layouts. For a set
whose gold labels structure only (no figures: benchmarks/layouts-dev2), this still tells whether a
layout loses or invents figures: the tidy copy (the header, then each section's title and its
paragraphs, a blank line between) has the gold structure, so any figure found in one and not in the
other (same section, paragraph, value and high end) comes from paragraphs split, merged, lost or
furniture kept. Not a test: the goals are in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tipcli.importing.pipeline import decode, import_text


def tidy(gold: dict[str, Any]) -> str:
    """Return the gold narrative as tidy text: a header line, headings, paragraphs."""
    tier = gold["tier"]["placement"]
    out = [f"{gold['country'].upper()}: {tier}", ""]
    for section in gold["sections"]:
        if section["id"] != "overview":
            out += [section["title"] or section["id"].upper(), ""]
        out += [p for paragraph in section["paragraphs"] for p in (paragraph, "")]
    return "\n".join(out)


def figures(text: str, name: str, year: int) -> Counter[tuple[str, int, float, float | None]]:
    report = import_text(text, name=name, year=year).report
    return Counter((f.section, f.paragraph, float(f.value), f.high) for f in report.figures)


def main(argv: list[str]) -> int:
    folder = Path(next((a for a in argv if not a.startswith("-")), "."))
    verbose = "--verbose" in argv
    total: Counter[str] = Counter()
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        path = folder / gold["file"]
        laid_out = figures(decode(path.read_bytes(), path.name), path.name, gold["year"])
        wanted = figures(tidy(gold), gold["file"] + ".tidy.txt", gold["year"])
        same = sum((laid_out & wanted).values())
        total.update(wanted=sum(wanted.values()), found=sum(laid_out.values()), same=same)
        print(
            f"{gold['file']:26} {same}/{sum(wanted.values())} of the tidy copy's figures, {sum(laid_out.values())} found"
        )
        if verbose:
            for item in wanted - laid_out:
                print(f"    - {item}")
            for item in laid_out - wanted:
                print(f"    + {item}")
    recall = total["same"] / total["wanted"] if total["wanted"] else 0.0
    precision = total["same"] / total["found"] if total["found"] else 0.0
    print(
        f"{'ALL':26} recall {total['same']}/{total['wanted']} ({recall:.1%}) precision {total['same']}/{total['found']} ({precision:.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
