"""Score the indicator coding of imported figures (issue 24): `indicator` and `trafficking` per figure.

    python benchmarks/score_indicators.py DIR [--verbose]

DIR holds narratives with NAME.gold.json files whose figures carry `indicator` and `trafficking`
(heldout3's format). Each narrative is imported by the installed `tipcli` with no flags; a narrative
that is refused is imported again with the gold's --country and --year so its figures can still be
scored (the row says so). Gold and imported figures are paired within the paragraph that has the same
text (by value and high, preferring overlapping quotes: figure_match.pair, as score_figures.py). Then:

- indicator precision: of the paired figures the importer gave an indicator, how many have the gold one;
- indicator recall: of the gold figures with an indicator, how many were paired with that indicator;
- trafficking accuracy: of the paired figures, how many have the gold `trafficking` (absent = null).

Aggregates per file and pooled; --verbose lists the individual misses. Not a test.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cli_import import Imported, flat, import_folder, paragraphs, pct
from figure_match import pair


@dataclass
class Found:
    """An imported figure placed in its paragraph."""

    value: float | None
    high: float | None
    start: int
    end: int
    data: dict[str, Any]


def _found(report: dict[str, Any], section: str, number: int, text: str) -> list[Found]:
    out = []
    for f in report.get("figures", []):
        if f.get("section") == section and f.get("paragraph") == number:
            quote = flat(f.get("quote", ""))
            start = max(text.find(quote), 0)
            out.append(Found(f.get("value"), f.get("high"), start, start + len(quote), f))
    return out


def score(item: Imported, verbose: bool) -> Counter[str]:
    """Count one narrative's indicator results."""
    c: Counter[str] = Counter()
    gold = item.gold
    c["gold indicators"] = sum(1 for f in gold["figures"] if f.get("indicator"))
    c["gold figures"] = len(gold["figures"])
    mine = {flat(text): (sid, n) for sid, n, text in paragraphs(item.report)}
    for section in gold["sections"]:
        for number, raw in enumerate(section["paragraphs"], 1):
            text = flat(raw)
            wanted = [f for f in gold["figures"] if f["section"] == section["id"] and f["paragraph"] == number]
            place = mine.get(text) or next((k for t, k in mine.items() if text in t), None)
            found = _found(item.report or {}, place[0], place[1], text) if place else []
            for fig, g in pair(text, found, wanted):
                if fig is None or g is None:
                    continue
                _tally(c, fig.data, g, verbose)
    return c


def _tally(c: Counter[str], got: dict[str, Any], g: dict[str, Any], verbose: bool) -> None:
    c["paired"] += 1
    ind, want = got.get("indicator"), g.get("indicator")
    if ind:
        c["given"] += 1
        c["given right"] += ind == want
    if want:
        c["recalled"] += ind == want
    c["trafficking right"] += got.get("trafficking") == g.get("trafficking")
    if verbose and (ind != want or got.get("trafficking") != g.get("trafficking")):
        print(
            f"    {g['quote']!r}: indicator {ind!r} want {want!r}, trafficking {got.get('trafficking')!r} "
            f"want {g.get('trafficking')!r}"
        )


def row(name: str, c: Counter[str], note: str = "") -> str:
    """One line of results."""
    return (
        f"{name:24} figures paired {pct(c['paired'], c['gold figures'])}  indicator precision "
        f"{pct(c['given right'], c['given'])}  recall {pct(c['recalled'], c['gold indicators'])}  "
        f"trafficking {pct(c['trafficking right'], c['paired'])}{note}"
    )


def main(argv: list[str]) -> int:
    """Import and score every narrative in the folder; print a row each and the pooled row."""
    dirs = [a for a in argv if not a.startswith("-")]
    if len(dirs) != 1 or not Path(dirs[0]).is_dir():
        print("usage: python benchmarks/score_indicators.py DIR [--verbose]", file=sys.stderr)
        return 2
    verbose = "--verbose" in argv
    total: Counter[str] = Counter()
    for item in import_folder(Path(dirs[0]), retry_with_flags=True):
        if verbose:
            print(item.gold["file"])
        counts = score(item, verbose)
        total.update(counts)
        note = "  (imported with --country/--year)" if item.flags else ""
        note = "  (refused even with flags)" if item.report is None else note
        print(row(item.gold["file"], counts, note))
    print(row("ALL", total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
