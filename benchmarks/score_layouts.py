"""Score how `tipcli import` reads narratives in real layouts: does each import with no flags, with the
right country, year and tier, every paragraph word for word, no extra paragraph, and the right section?

    python benchmarks/score_layouts.py DIR [--verbose]

DIR holds narratives with NAME.gold.json files in the format of ../shared/corpus-layouts (sections with
ids and paragraphs, country, year, tier.placement). Each narrative is imported with NO flags by the
installed `tipcli` into a temporary library. Prints one aggregate row per file and a pooled row; only
--verbose lists the individual misses (do not use it on a blind set you are tuning against). Not a
test: the goals are in BENCHMARKS.md.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

from cli_import import Imported, flat, import_folder, paragraphs, pct


def score(item: Imported, verbose: bool) -> dict[str, int]:
    """Count one narrative's structure results (and print its misses when verbose)."""
    gold, report = item.gold, item.report
    wanted = [(s["id"], flat(p)) for s in gold["sections"] for p in s["paragraphs"]]
    got = [(sid, flat(text)) for sid, _, text in paragraphs(report)]
    free = Counter(text for _, text in got)
    sections = {text: sid for sid, text in reversed(got)}  # first occurrence wins
    found = right = 0
    for sid, text in wanted:
        if free[text] > 0:
            free[text] -= 1
            found += 1
            right += sections[text] == sid
            if verbose and sections[text] != sid:
                print(f"    section {sections[text]} should be {sid}: {text[:70]!r}")
        elif verbose:
            print(f"    missed ({sid}): {text[:70]!r}")
    extra = sum(free.values())
    if verbose:
        for text, n in free.items():
            for _ in range(n):
                print(f"    extra: {text[:70]!r}")
    meta: dict[str, Any] = (report or {}).get("report", {})
    tier = ((report or {}).get("tier") or {}).get("placement")
    if verbose and report is None:
        print(f"    refused: {item.error}")
    if verbose and report is not None:
        print(f"    country {meta.get('country')!r} year {meta.get('year')!r} tier {tier!r}")
    return {
        "imported": int(report is not None),
        "country": int(meta.get("country") == gold["country"]),
        "year": int(meta.get("year") == gold["year"]),
        "tier": int(tier == gold["tier"]["placement"]),
        "paragraphs": len(wanted),
        "found": found,
        "extra": extra,
        "sections": right,
    }


def row(name: str, n: int, c: dict[str, int]) -> str:
    """One line of results."""
    return (
        f"{name:24} imported {c['imported']}/{n}  country {c['country']}/{n}  year {c['year']}/{n}  "
        f"tier {c['tier']}/{n}  paragraphs {pct(c['found'], c['paragraphs'])}  extra {c['extra']}  "
        f"sections right {pct(c['sections'], c['paragraphs'])}"
    )


def main(argv: list[str]) -> int:
    """Import and score every narrative in the folder; print a row each and the pooled row."""
    dirs = [a for a in argv if not a.startswith("-")]
    if len(dirs) != 1 or not Path(dirs[0]).is_dir():
        print("usage: python benchmarks/score_layouts.py DIR [--verbose]", file=sys.stderr)
        return 2
    verbose = "--verbose" in argv
    total: Counter[str] = Counter()
    items = import_folder(Path(dirs[0]))
    for item in items:
        if verbose:
            print(item.gold["file"])
        counts = score(item, verbose)
        total.update(counts)
        print(row(item.gold["file"], 1, counts))
    print(row("ALL", len(items), total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
