"""Prove a change to the extraction rules keeps (or says exactly how it changes) what they find.

    python benchmarks/extraction_diff.py dump OUT.json [--src CHECKOUT/src]
    python benchmarks/extraction_diff.py compare BEFORE.json AFTER.json

`dump` runs the extractors (figures, zero counts, events, earlier tier placements, agencies, and each
figure's indicator and label) over every paragraph of the development sets (../shared/corpus,
../shared/corpus-layouts, ../shared/seed, the packaged report, heldout, heldout2, heldout3, heldout4,
layouts-dev, layouts-dev2, indicators_dev3, indicators_dev4, heldout7, events_dev; never a blind set) with the tipcli found
under --src (default: the installed one), and writes one record a paragraph. `compare` prints every
item one dump has and the other lacks, paragraph by paragraph, and exits 1 when any differs.

Moving a rule family from regular expressions to token rules (extract/matcher.py) is done when the
two dumps are equal, or each difference is one the commit message explains.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

import tomllib

HERE = Path(__file__).resolve().parent
SETS = [
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "layouts-dev",
    "layouts-dev2",
    "indicators_dev3",
    "indicators_dev4",
    "heldout7",  # development text since q7 tuned on it
    "events_dev",
]
SHARED = [HERE.parent.parent / "shared" / name for name in ("corpus", "corpus-layouts", "seed")]
KINDS = ("figures", "zero", "events", "placements", "agencies", "codings")


def paragraphs() -> list[str]:
    """Return each paragraph of the development narratives once (blank-line blocks of their files)."""
    files = [f for d in [*(HERE / s for s in SETS), *SHARED] if d.is_dir() for f in sorted(d.iterdir())]
    texts = [f.read_text(encoding="utf-8") for f in files if f.suffix in (".txt", ".html", ".md")]
    report = tomllib.loads((HERE.parent / "src" / "tipcli" / "data" / "report.toml").read_text(encoding="utf-8"))
    texts += [p if isinstance(p, str) else p.get("text", "") for s in report["sections"] for p in s["paragraphs"]]
    blocks = [block.strip() for text in texts for block in text.split("\n\n")]
    return list(dict.fromkeys(b for b in blocks if b))


def _plain(item: Any) -> Any:
    return dataclasses.asdict(item) if dataclasses.is_dataclass(item) and not isinstance(item, type) else repr(item)


def dump(out: Path) -> int:
    """Write what the extractors find in every paragraph."""
    from tipcli.importing.extract.agencies import extract_agencies
    from tipcli.importing.extract.events import extract_events
    from tipcli.importing.extract.figure_zero import zero_drafts
    from tipcli.importing.extract.figures import extract_figures
    from tipcli.importing.extract.indicators import code
    from tipcli.importing.extract.labels import figure_label
    from tipcli.importing.extract.placements import prior_placements

    records = []
    for text in paragraphs():
        figures = extract_figures(text)
        codings = [
            [
                _plain(code(text, f.start, f.end, unit=f.unit, kind=f.kind)),
                figure_label(text, f.start, f.end, unit=f.unit, kind=f.kind),
            ]
            for f in figures
        ]
        records.append(
            {
                "paragraph": text[:80],
                "figures": [_plain(f) for f in figures],
                "zero": [_plain(z) for z in zero_drafts(text)],
                "events": [_plain(e) for e in extract_events(text)],
                "placements": [_plain(p) for p in prior_placements(text)],
                "agencies": [_plain(a) for a in extract_agencies([("overview", 1, text)])],
                "codings": codings,
            }
        )
    out.write_text(json.dumps(records, default=repr), encoding="utf-8")
    print(f"{len(records)} paragraphs: " + ", ".join(f"{sum(len(r[k]) for r in records)} {k}" for k in KINDS))
    return 0


def compare(before: Path, after: Path) -> int:
    """Print what differs between two dumps; 1 when anything does."""
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    if [r["paragraph"] for r in a] != [r["paragraph"] for r in b]:
        print("the dumps hold different paragraphs: dump both with the same development sets", file=sys.stderr)
        return 2
    differences = 0
    for x, y in zip(a, b, strict=True):
        for kind in KINDS:
            xs, ys = ([json.dumps(i, sort_keys=True) for i in r[kind]] for r in (x, y))
            if xs != ys:
                differences += 1
                print(f"== {kind} | {x['paragraph']}")
                print(
                    "\n".join(
                        [f"  - {i[:300]}" for i in xs if i not in ys] + [f"  + {i[:300]}" for i in ys if i not in xs]
                    )
                )
    print(f"{differences} differences")
    return 1 if differences else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"] and len(argv) >= 2:
        if "--src" in argv:
            sys.path.insert(0, argv[argv.index("--src") + 1])
        return dump(Path(argv[1]))
    if argv[:1] == ["compare"] and len(argv) == 3:
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
