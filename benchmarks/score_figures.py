"""Score extract_figures against the corpus gold files and the seed report's curated figures.

Run from the worktree: PYTHONPATH=src python benchmarks/score_figures.py [DIR] [--verbose]
DIR is a folder of *.gold.json files (default ../shared/corpus); the seed row is printed for the default only.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

from tipcli.importing.extract.figures import extract_figures

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10 has no tomllib; tomli is the same parser
    import tomli as tomllib

# figure_match.py sits beside this script; the tests load this file by path, so put its folder on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from figure_match import pair

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


def _score_paragraph(
    tally: Tally, where: str, text: str, gold: list[dict[str, Any]], *, attrs: tuple[str, ...]
) -> None:
    """Add one paragraph's pairs to the tally."""
    found = extract_figures(text)
    tally.gold += len(gold)
    tally.found += len(found)
    for fig, g in pair(text, found, gold):
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
    dirs = [Path(a) for a in argv if not a.startswith("-")]
    corpus = dirs[0] if dirs else CORPUS
    total = Tally()
    for path in sorted(corpus.glob("*.gold.json")):
        tally = score_gold(path)
        _report(path.name, tally, verbose)
        total.gold, total.found, total.matched = (
            total.gold + tally.gold,
            total.found + tally.found,
            total.matched + tally.matched,
        )
        for key, value in tally.right.items():
            total.right[key] += value
    _report("ALL CORPUS" if not dirs else f"ALL {corpus.name}", total, False)
    if SEED.exists() and not dirs:
        _report("seed report.toml", score_seed(SEED), verbose)
    print(f"average time per narrative: {_timing():.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
