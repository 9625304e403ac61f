"""Score extract_figures against the corpus gold files and the seed report's curated figures.

Run from the worktree: PYTHONPATH=src python benchmarks/score_figures.py [CORPUS_DIR ...] [--verbose]
CORPUS_DIR defaults to ../shared/corpus; the input is each gold file's paragraphs, so the score does
not depend on format parsing (../shared/corpus-layouts, benchmarks/heldout, heldout2 work the same way).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tipcli.importing.extract.figures import FoundFigure, extract_figures

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10 has no tomllib; tomli is the same parser
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parents[0] / "shared" / "corpus"
SEED = ROOT / "src" / "tipcli" / "data" / "report.toml"


@dataclass(slots=True)
class Tally:
    """Counts for one file."""

    gold: int = 0
    found: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("unit", "qualifier", "kind", "year"), 0))
    notes: list[str] = field(default_factory=list)


def _same(a: float | None, b: float | None) -> bool:
    """Compare two numbers (or two Nones) with a small tolerance."""
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-3


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Return every span of quote in text."""
    out, pos = [], text.find(quote)
    while pos >= 0:
        out.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    return out


def _match(
    text: str, found: list[FoundFigure], gold: list[dict[str, Any]]
) -> list[tuple[FoundFigure | None, dict[str, Any] | None]]:
    """Pair found and gold figures of one paragraph by value and high, preferring overlapping quotes."""
    free = list(gold)
    pairs: list[tuple[FoundFigure | None, dict[str, Any] | None]] = []
    for fig in found:
        same = [g for g in free if _same(g["value"], fig.value) and _same(g.get("high"), fig.high)]
        overlap = [g for g in same if any(s < fig.end and fig.start < e for s, e in _spans(text, g["quote"]))]
        pick = (overlap or same)[0] if overlap or same else None
        if pick is not None:
            free.remove(pick)
        pairs.append((fig, pick))
    pairs += [(None, g) for g in free]
    return pairs


def _score_paragraph(
    tally: Tally, where: str, text: str, gold: list[dict[str, Any]], *, attrs: tuple[str, ...]
) -> None:
    """Add one paragraph's pairs to the tally."""
    found = extract_figures(text)
    tally.gold += len(gold)
    tally.found += len(found)
    for fig, g in _match(text, found, gold):
        if fig is None and g is not None:
            tally.notes.append(f"MISSED {where}: {g['quote']!r} = {g['value']}")
        elif g is None and fig is not None:
            tally.notes.append(f"EXTRA  {where}: {text[fig.start : fig.end]!r} = {fig.value} {fig.unit} {fig.kind}")
        elif fig is not None and g is not None:
            tally.matched += 1
            for attr in attrs:
                if getattr(fig, attr) == g.get(attr):
                    tally.right[attr] += 1
                else:
                    tally.notes.append(
                        f"WRONG  {where} {attr}: {text[fig.start : fig.end]!r} got {getattr(fig, attr)!r}"
                        f" want {g.get(attr)!r} (gold quote {g['quote']!r})"
                    )


def score_gold(path: Path) -> Tally:
    """Score one gold file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    tally = Tally()
    for section in data["sections"]:
        for number, text in enumerate(section["paragraphs"], 1):
            gold = [f for f in data["figures"] if f["section"] == section["id"] and f["paragraph"] == number]
            where = f"{section['id']} {number}"
            _score_paragraph(tally, where, text, gold, attrs=("unit", "qualifier", "kind", "year"))
    return tally


def score_seed(path: Path) -> Tally:
    """Score the seed report's curated figures (value and high only count for recall)."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    tally = Tally()
    del tally.right["year"]  # the seed's figures have no year
    for section in data["sections"]:
        for number, text in enumerate(section["paragraphs"], 1):
            gold = [f for f in data.get("figures", []) if f["section"] == section["id"] and f["paragraph"] == number]
            _score_paragraph(tally, f"{section['id']} {number}", text, gold, attrs=("unit", "qualifier", "kind"))
    return tally


def _pct(part: int, whole: int) -> str:
    """Format a percentage."""
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


def _report(name: str, tally: Tally, verbose: bool) -> None:
    """Print one line (and the mismatches when verbose)."""
    rights = "  ".join(f"{k} {_pct(v, tally.matched)}" for k, v in tally.right.items())
    print(
        f"{name:28} gold {tally.gold:3}  found {tally.found:3}  matched {tally.matched:3}  "
        f"recall {_pct(tally.matched, tally.gold)}  precision {_pct(tally.matched, tally.found)}  {rights}"
    )
    if verbose:
        for note in tally.notes:
            print("    " + note)


def _timing() -> float:
    """Return milliseconds to extract the figures of every corpus paragraph of the largest gold file."""
    paragraphs = []
    for path in sorted(CORPUS.glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        paragraphs += [p for s in data["sections"] for p in s["paragraphs"]]
    began = time.perf_counter()
    for text in paragraphs:
        extract_figures(text)
    return (time.perf_counter() - began) * 1000 / 4


def main(argv: list[str]) -> int:
    """Score every gold file and the seed; print a table."""
    verbose = "--verbose" in argv or "-v" in argv
    dirs = [Path(arg) for arg in argv if not arg.startswith("-")] or [CORPUS]
    total = Tally()
    for path in sorted(p for d in dirs for p in d.glob("*.gold.json")):
        tally = score_gold(path)
        _report(path.name, tally, verbose)
        total.gold, total.found, total.matched = (
            total.gold + tally.gold,
            total.found + tally.found,
            total.matched + tally.matched,
        )
        for key, value in tally.right.items():
            total.right[key] += value
    _report("ALL CORPUS", total, False)
    if SEED.exists():
        _report("seed report.toml", score_seed(SEED), verbose)
    print(f"average time per narrative: {_timing():.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
