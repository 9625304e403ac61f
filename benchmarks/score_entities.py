"""Score agency and event extraction against the corpus gold files and the seed's curated report.

Run from the repository: PYTHONPATH=src python benchmarks/score_entities.py [DIR] [--verbose]
DIR is a folder of *.gold.json files (default ../shared/corpus; the seed is scored with the default only).
The input is each gold file's sections (so the score does not depend on format parsing) and the
seed report's paragraphs; the corpus lives in ../shared/corpus next to the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from tipcli.importing.extract.agencies import FoundAgency, extract_agencies
from tipcli.importing.extract.events import extract_events

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED_REPORT = ROOT / "src" / "tipcli" / "data" / "report.toml"


@dataclass
class Case:
    """One narrative: its paragraphs and its expected agencies and events."""

    name: str
    paragraphs: list[tuple[str, int, str]]
    agencies: list[dict[str, Any]]
    events: list[dict[str, Any]]
    notes: list[str] = field(default_factory=list)
    country: str | None = None  # the report's own, as the importer reads it from the header or title


def load_cases(corpus: Path | None = None) -> list[Case]:
    """Read every gold file of a folder (the corpus and the seed report by default)."""
    cases = []
    for path in sorted((corpus or CORPUS).glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [(s["id"], i, p) for s in gold["sections"] for i, p in enumerate(s["paragraphs"], 1)]
        cases.append(Case(path.name, paragraphs, gold["agencies"], gold["events"], country=gold.get("country")))
    if corpus is not None:
        return cases
    report = tomllib.loads(SEED_REPORT.read_text(encoding="utf-8"))
    paragraphs = [(s["id"], i, p) for s in report["sections"] for i, p in enumerate(s["paragraphs"], 1)]
    seed = Case("seed report.toml", paragraphs, report.get("agencies", []), report.get("events", []))
    seed.country = report["report"]["country"]
    cases.append(seed)
    return cases


def _matches(found: FoundAgency, gold: dict[str, Any]) -> bool:
    """Tell whether a found agency is the gold one: same name, same acronym, or a shared phrase."""
    names = {found.name.lower(), *(phrase.lower() for phrase in found.phrases)}
    gold_names = {gold["name"].lower(), *(phrase.lower() for phrase in gold.get("phrases", []))}
    same_acronym = found.acronym is not None and found.acronym == gold.get("acronym")
    return found.name.lower() == gold["name"].lower() or same_acronym or bool(names & gold_names)


def score_agencies(case: Case, verbose: bool) -> tuple[int, int, int, int, int, int]:
    """Print and return (found, gold, acronyms right, acronyms in text, extras, details right)."""
    found = extract_agencies(case.paragraphs, case.country)
    text = "\n".join(p for _, _, p in case.paragraphs)
    matched: set[int] = set()
    hits, details = 0, 0
    for gold in case.agencies:
        match = next((k for k, agency in enumerate(found) if k not in matched and _matches(agency, gold)), None)
        if match is None:
            if verbose:
                print(f"    agency missed: {gold['name']} ({gold.get('acronym')}, {gold['level']})")
            continue
        matched.add(match)
        hits += 1
        agency = found[match]
        right = agency.level == gold["level"] and agency.first_section == gold.get(
            "first_section", agency.first_section
        )
        details += right
        if verbose and not right:
            print(
                f"    agency detail: {agency.name}: {agency.level}/{agency.first_section} vs {gold['level']}/{gold.get('first_section')}"
            )
    bracketed = [
        g for g in case.agencies if g.get("acronym") and re.search(r"\(" + re.escape(g["acronym"]) + r"\)", text)
    ]
    acronyms = sum(any(a.acronym == g["acronym"] for a in found) for g in bracketed)
    extras = [agency for k, agency in enumerate(found) if k not in matched]
    if verbose:
        for agency in extras:
            print(f"    agency extra: {agency.name} ({agency.acronym}, {agency.level})")
    return len(found), len(case.agencies), acronyms, len(bracketed), len(extras), details


def score_events(case: Case, verbose: bool) -> tuple[int, int, int]:
    """Print and return (right, gold, found) for events keyed by date, precision, section and paragraph."""
    found = []
    for section, number, text in case.paragraphs:
        for event in extract_events(text):
            found.append(((section, number, event.date, event.precision), text[event.start : event.end]))
    gold = {
        (e["section"], e["paragraph"], e["date"], e.get("precision", _precision(e["date"]))): e for e in case.events
    }
    right = sum(key in gold for key, _ in found)
    if verbose:
        for key, quote in found:
            if key not in gold:
                print(f"    event extra: {key}: {quote}")
        keys = {key for key, _ in found}
        for key, expected in gold.items():
            if key not in keys:
                print(f"    event missed: {key}: {expected['quote']}")
    return right, len(gold), len(found)


def _precision(date: str) -> str:
    """Return the precision a date string states."""
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "?")


def main() -> int:
    """Score every case and print one block per narrative."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, help="a folder of *.gold.json (default ../shared/corpus)")
    parser.add_argument("--verbose", action="store_true", help="print misses and extras")
    args = parser.parse_args()
    pooled = [0] * 8
    for case in load_cases(args.corpus):
        start = time.perf_counter()
        print(f"{case.name}")
        found, gold, acronyms, bracketed, extras, details = score_agencies(case, args.verbose)
        hits = found - extras
        print(
            f"  agencies: {hits}/{gold} found ({hits / max(gold, 1):.0%}), acronyms {acronyms}/{bracketed}, "
            f"extras {extras} (precision {hits / max(found, 1):.0%}), level+first_section right {details}/{hits}"
        )
        right, total, found_events = score_events(case, args.verbose)
        print(
            f"  events: recall {right}/{total} ({right / max(total, 1):.0%}), "
            f"precision {right}/{found_events} ({right / max(found_events, 1):.0%})"
        )
        print(f"  time: {(time.perf_counter() - start) * 1000:.1f} ms")
        for k, n in enumerate((hits, gold, found, acronyms, bracketed, right, total, found_events)):
            pooled[k] += n
    hits, gold, found, acronyms, bracketed, right, total, found_events = pooled
    print(
        f"ALL: agencies {hits}/{gold} found ({hits / max(gold, 1):.1%}), precision {hits}/{found} "
        f"({hits / max(found, 1):.1%}), acronyms {acronyms}/{bracketed}; events recall {right}/{total} "
        f"({right / max(total, 1):.1%}), precision {right}/{found_events} ({right / max(found_events, 1):.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
