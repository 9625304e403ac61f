"""Score the import of a made-up edition, from its PDF and from its plain text, against its gold labels.

    python benchmarks/edition_quality.py [--verbose]

Makes the 7-narrative edition with tests/edition_maker.py (two-word and accented country names, all
four tiers and a Special Case, a two-column page, a boxed story, a photo caption, running headers,
page numbers, about 50 hyphenated line ends), imports it as `tipcli import` does (edition.py,
pipeline.py) and reports: narratives with the right country, year and tier; paragraphs word for
word in the right section; paragraphs holding furniture (header, page number, box, caption text);
figures' recall and precision, pooled (a figure matches a gold one of the same section, paragraph,
value and high end). edition-copied.txt is the text as a PDF-to-text tool copies it (running
headers, page numbers and form feeds between pages, lines broken and hyphenated as printed; boxes
and captions left out, since in plain text nothing tells them from the narrative). Goals (issue 21): 7 of 7, >= 98%, none, >= 95% and >= 95%.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from edition_maker import make_edition
from tipcli.importing.edition import items_of
from tipcli.importing.pipeline import import_text


def score(path: Path, gold: dict[str, Any], verbose: bool) -> dict[str, Any]:
    """Import one edition file and compare each narrative with its gold."""
    items = items_of(str(path), path.read_bytes(), None)
    reports = [import_text(i.text, name=i.name, format=i.format, year=i.year).report for i in items]
    tally = {"narratives": len(reports), "identity": 0, "paragraphs": 0, "right": 0, "extra": 0, "furniture": 0}
    tally |= {"gold_figures": 0, "found_figures": 0, "matched": 0}
    furniture = [f for f in gold["furniture"] if f] + [f"{n} " for n in range(1, 400)]
    for report, want in zip(reports, gold["narratives"], strict=False):
        tier = report.tier.placement if report.tier else None
        tally["identity"] += (report.country, report.year, tier) == (want["country"], want["year"], want["tier"])
        got = {(s.id, " ".join(p.text.split())) for s in report.sections for p in s.paragraphs}
        wanted = {(sid, " ".join(p.split())) for sid, ps in want["sections"].items() for p in ps}
        tally["paragraphs"] += len(wanted)
        tally["right"] += len(wanted & got)
        tally["extra"] += len(got - wanted)
        for sid, text in got - wanted:
            tally["furniture"] += any(f.strip() in text for f in furniture[:4]) or text.strip().isdigit()
            if verbose:
                print(f"  {report.country}: extra or changed {sid}: {text[:160]}")
        for sid, text in wanted - got:
            if verbose:
                print(f"  {report.country}: missing {sid}: {text[:160]}")
        _figures(report, want, tally, verbose)
    return tally


def _figures(report: Any, want: dict[str, Any], tally: dict[str, Any], verbose: bool) -> None:
    gold = [(g["section"], g["paragraph"], round(g["value"], 3), g["high"]) for g in want["figures"]]
    found = [(f.section, f.paragraph, round(float(f.value), 3), f.high) for f in report.figures]
    tally["gold_figures"] += len(gold)
    tally["found_figures"] += len(found)
    free = list(gold)
    for item in found:
        sid, paragraph, value, high = item
        match = next((g for g in free if g[:3] == (sid, paragraph, value) and (g[3] or None) == (high or None)), None)
        if match:
            free.remove(match)
            tally["matched"] += 1
        elif verbose:
            print(f"  {report.country}: figure not in gold: {item}")
    for item in free:
        if verbose:
            print(f"  {report.country}: gold figure not found: {item}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        gold = make_edition(Path(folder))
        print(f"edition: {len(gold['narratives'])} narratives, {gold['hyphenated_line_ends']} hyphenated line ends")
        for name in ("edition.pdf", "edition.txt", "edition-copied.txt"):
            t = score(Path(folder) / name, gold, args.verbose)
            recall = t["matched"] / t["gold_figures"]
            precision = t["matched"] / t["found_figures"] if t["found_figures"] else 0.0
            print(
                f"{name:18} narratives {t['identity']}/{len(gold['narratives'])} right (of {t['narratives']} found); "
                f"paragraphs word for word {t['right']}/{t['paragraphs']} ({t['right'] / t['paragraphs']:.1%}), "
                f"{t['extra']} extra, {t['furniture']} holding furniture; "
                f"figures recall {recall:.1%} precision {precision:.1%} ({t['matched']} of {t['gold_figures']} gold, "
                f"{t['found_figures']} found)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
