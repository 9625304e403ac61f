"""Score the narrative reader on the corpus gold files and the seed's curated report.

Run from the repository root: PYTHONPATH=src python benchmarks/score_formats.py [CORPUS_DIR [SEED_FILE]]
Prints, per narrative, paragraphs recovered verbatim, section ids, tier, country and year. Exits 0.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tipcli.importing.structure.build import read_narrative
from tipcli.importing.structure.narrative import Narrative, NarrativeError

if sys.version_info >= (3, 11):
    import tomllib
else:  # tipcli depends on tomli before 3.11
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "tests" / "data" / "seed" / "human-trafficking-in-mexico.txt"
SEED_REPORT = ROOT / "src" / "tipcli" / "data" / "report.toml"
SOURCES = (".txt", ".html")


def _load_toml(path: Path) -> dict[str, Any]:
    """Return a TOML file's data (tomllib on 3.11+, tomli before)."""
    with path.open("rb") as f:
        return tomllib.load(f)


def _expected_sections(gold: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """Return the gold's (section id, paragraphs) pairs: exact, no-break spaces included."""
    return [(s["id"], list(s["paragraphs"])) for s in gold["sections"]]


def _score(name: str, narrative: Narrative, gold: dict[str, Any]) -> None:
    """Print one narrative's scores against its gold answers."""
    expected = _expected_sections(gold)
    got = {s.id: list(s.paragraphs) for s in narrative.sections}
    total = sum(len(ps) for _, ps in expected)
    verbatim = sum(1 for sid, ps in expected for i, p in enumerate(ps) if got.get(sid, [])[i : i + 1] == [p])
    ids_right = [s.id for s in narrative.sections] == [sid for sid, _ in expected]
    tier = gold.get("tier")
    mine = narrative.tier
    tier_right = (tier is None and mine is None) or (
        tier is not None and mine is not None and (mine.placement, mine.rank) == (tier["placement"], tier["rank"])
    )
    print(
        f"{name:32} {narrative.format:5} paragraphs {verbatim}/{total}  section ids {'right' if ids_right else 'WRONG'}"
        f"  tier {'right' if tier_right else 'WRONG'} ({mine.placement if mine else None})"
        f"  country {narrative.country!r} (gold {gold.get('country')!r})  year {narrative.year} (gold {gold.get('year')})"
    )
    for sid, ps in expected:
        for i, p in enumerate(ps):
            if got.get(sid, [])[i : i + 1] != [p]:
                print(f"    missing {sid} {i + 1}: {p[:70]!r}")


def _seed_gold(report: dict[str, Any]) -> dict[str, Any]:
    """Return the seed's curated report in the gold files' shape (its tier is not stated in the text)."""
    sections = [{"id": s["id"], "paragraphs": s["paragraphs"]} for s in report["sections"]]
    return {
        "sections": sections,
        "tier": None,
        "country": report["report"]["country"],
        "year": report["report"]["year"],
    }


def _score_wiki_data(narrative: Narrative, report: dict[str, Any]) -> None:
    """Print how many of the seed's citations and annotations, and whether its notice, come out as curated."""
    cites = [(c.section, c.paragraph, c.text) for c in narrative.citations]
    want_cites = [(c["section"], c["paragraph"], c["text"]) for c in report["source"].get("citations", [])]
    keys = ("kind", "label", "date", "note", "section", "paragraph", "anchor")
    notes = [tuple(getattr(a, k) for k in keys) for a in narrative.annotations]
    want_notes = [tuple(a[k] for k in keys) for a in report.get("annotations", [])]
    print(
        f"{'':32} wiki data: citations {sum(c in cites for c in want_cites)}/{len(want_cites)} (found {len(cites)})"
        f"  annotations {sum(a in notes for a in want_notes)}/{len(want_notes)} (found {len(notes)})"
        f"  notice {'right' if narrative.notice == report['source'].get('notice') else 'WRONG'}"
        f"  source {narrative.source_title!r}, {narrative.publisher!r}, {narrative.published}"
    )


def _read(path: Path) -> Narrative | None:
    """Return the narrative of a file, or None after printing why it is not one."""
    try:
        return read_narrative(path.read_text(encoding="utf-8"))
    except (NarrativeError, OSError) as e:
        print(f"{path.name:32} NOT READ: {e}")
        return None


def main(argv: list[str]) -> int:
    """Score every corpus narrative that has a gold file, then the seed."""
    corpus = Path(argv[1]) if len(argv) > 1 else CORPUS
    seed = Path(argv[2]) if len(argv) > 2 else SEED
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = corpus / gold["file"]
        narrative = _read(source)
        if narrative is not None:
            _score(source.name, narrative, gold)
    if seed.is_file() and SEED_REPORT.is_file():
        narrative = _read(seed)
        if narrative is not None:
            report = _load_toml(SEED_REPORT)
            _score(seed.name, narrative, _seed_gold(report))
            _score_wiki_data(narrative, report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
