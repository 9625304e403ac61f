"""Score `tipcli import` on narratives laid out as real copies are, with no flags (issue 20).

    python benchmarks/score_layouts.py [DIR ...] [--verbose]

Each DIR (default: ../shared/corpus-layouts and benchmarks/layouts-dev) holds narratives with
NAME.gold.json in the corpus-layouts format. Per file: whether it imports with no flags; country,
year and tier (and where the tier was read) right; gold paragraphs found word for word; extra
paragraphs; paragraphs in the right section. Not a test: the goals are in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tipcli.importing.pipeline import decode, import_text
from tipcli.importing.structure.narrative import NarrativeError

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (ROOT.parent / "shared" / "corpus-layouts", ROOT / "benchmarks" / "layouts-dev")
_WHERE = {"header": "header", "title": "title", "sentence": "sentence", "standards": "sentence"}


def score(path: Path, gold: dict, verbose: bool) -> dict[str, object]:
    try:
        imported = import_text(decode(path.read_bytes(), path.name), name=path.name)
    except NarrativeError as exc:
        return {"file": path.name, "imports": f"NO: {exc}"}
    report = imported.report
    got = [(s.id, p.text) for s in report.sections for p in s.paragraphs]
    want = [(s["id"], p) for s in gold["sections"] for p in s["paragraphs"]]
    texts = {p for _, p in got}
    found = sum(p in texts for _, p in want)
    placed = sum(pair in set(got) for pair in want)
    extra = [p for _, p in got if p not in {p for _, p in want}]
    tier = report.tier
    tier_ok = tier is not None and tier.placement == gold["tier"]["placement"]
    where = tier.provenance.split(".")[0] if tier else "-"
    if verbose:
        for p in extra:
            print(f"  + {path.name}: extra {p[:90]!r}")
        for sid, p in want:
            if (sid, p) not in set(got):
                now = next((s for s, q in got if q == p), None)
                print(f"  - {path.name}: {sid} paragraph {'in ' + now if now else 'missing'}: {p[:70]!r}")
        for w in imported.warnings:
            if "figure" not in w:
                print(f"  ! {path.name}: {w}")
    return {
        "file": path.name,
        "imports": "yes",
        "country": report.country == gold["country"],
        "year": report.year == gold["year"],
        "tier": tier_ok,
        "from": where,
        "paragraphs": f"{found}/{len(want)}",
        "extra": len(extra),
        "sections": f"{placed}/{len(want)}",
        "_counts": (found, placed, len(want), len(extra)),
    }


def main() -> int:
    verbose = "--verbose" in sys.argv
    dirs = [Path(a) for a in sys.argv[1:] if not a.startswith("-")] or [d for d in DEFAULT if d.is_dir()]
    rows = []
    for folder in dirs:
        for gold_path in sorted(folder.glob("*.gold.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            rows.append(score(folder / gold["file"], gold, verbose))
    print(f"{'file':28} {'imports':8} country year tier  {'tier from':38} paragraphs extra sections")
    total = [0, 0, 0, 0]
    for r in rows:
        if r["imports"] != "yes":
            print(f"{r['file']:28} {r['imports']}")
            continue
        ok = {k: "ok" if r[k] else "WRONG" for k in ("country", "year", "tier")}
        print(
            f"{r['file']:28} {'yes':8} {ok['country']:7} {ok['year']:4} {ok['tier']:5} {r['from']:38}"
            f" {r['paragraphs']:10} {r['extra']:5} {r['sections']}"
        )
        total = [a + b for a, b in zip(total, r["_counts"], strict=True)]  # type: ignore[arg-type]
    found, placed, want, extra = total
    imported = sum(r["imports"] == "yes" for r in rows)
    if want:
        print(
            f"\nimported with no flags {imported}/{len(rows)}; paragraphs {found}/{want} ({100 * found / want:.1f}%),"
            f" extra {extra}; sections right {placed}/{want} ({100 * placed / want:.1f}%)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
