"""Score `tipcli import` on the development corpus and the seed: how much of each narrative it recovers.

    python benchmarks/import_quality.py [CORPUS_DIR] [--verbose] [--pooled]

A narrative the importer refuses without flags is shown as "refused" (score_layouts.py and
score_indicators.py score such sets through the installed command).

CORPUS_DIR defaults to ../shared/corpus beside the repository: made-up narratives, one per input
format, each with NAME.gold.json (see its README). Prints, per file: paragraphs recovered word for
word, section ids, tier, figure recall and precision (value, high, paragraph), unit and qualifier
right among the figures found (--pooled: one column summed over the files, no seed), agencies found (and those written with an acronym found with it),
and event recall and precision (date, precision, paragraph). The seed row compares with the
packaged report, which people curated (its tier too: the seed has no header, so the importer
reads it from the text's wording). Not a test: the goals are in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tipcli.errors import TipcliError
from tipcli.importing.pipeline import NarrativeError, decode, import_text
from tipcli.loading import load_report
from tipcli.model import Report

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "seed" / "human-trafficking-in-mexico.txt"


def flat(text: str) -> str:
    return text.replace("\u00a0", " ")


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:5.1f}%" if whole else "-"


def overlap(a: str, b: str) -> int:
    """Return how many words two quotes share: to pair a gold figure with the right one of equal value."""
    return len(set(a.lower().split()) & set(b.lower().split()))


def score_figures(report: Report, gold: list[dict[str, Any]], verbose: bool) -> dict[str, str]:
    found = list(report.figures)
    pool = Counter((f.section, f.paragraph, f.value, f.high) for f in found)
    unused = list(found)
    matched, unit_ok, qualifier_ok = 0, 0, 0
    for g in gold:
        key = (g["section"], g["paragraph"], g["value"], g.get("high"))
        if pool[key] > 0:
            pool[key] -= 1
            matched += 1
            candidates = [f for f in unused if (f.section, f.paragraph, f.value, f.high) == key]
            f = max(candidates, key=lambda f: overlap(f.quote, g["quote"]))
            unused.remove(f)
            unit_ok += f.unit == g["unit"]
            qualifier_ok += f.qualifier == g.get("qualifier")
            if verbose and (f.unit != g["unit"] or f.qualifier != g.get("qualifier")):
                print(
                    f"    ~ {g['quote']!r}: unit {f.unit!r}/{g['unit']!r} qualifier {f.qualifier!r}/{g.get('qualifier')!r}"
                )
        elif verbose:
            print(f"    - missed {g['section']} ¶{g['paragraph']} {g['quote']!r} = {g['value']}")
    if verbose:
        for (section, paragraph, value, high), n in pool.items():
            for _ in range(n):
                quote = next(
                    f.quote
                    for f in found
                    if (f.section, f.paragraph, f.value, f.high) == (section, paragraph, value, high)
                )
                print(f"    + extra {section} ¶{paragraph} {quote!r} = {value}")
    return {
        "figure recall": ratio(matched, len(gold)),
        "figure precision": ratio(matched, len(found)),
        "unit right": ratio(unit_ok, matched),
        "qualifier right": ratio(qualifier_ok, matched),
    }


def name_key(name: str) -> str:
    name = name.strip().casefold().replace("’", "'")
    return name[4:] if name.startswith("the ") else name


def score_agencies(report: Report, gold: list[dict[str, Any]], verbose: bool) -> dict[str, str]:
    names = {name_key(a.name): a for a in report.agencies}
    found = [g for g in gold if name_key(g["name"]) in names]
    with_acronym = [g for g in gold if g.get("acronym")]
    acronym_ok = [
        g
        for g in with_acronym
        if g["name"] and names.get(name_key(g["name"])) and names[name_key(g["name"])].acronym == g["acronym"]
    ]
    if verbose:
        for g in gold:
            if name_key(g["name"]) not in names:
                print(f"    - agency {g['name']!r} ({g.get('acronym')})")
        gold_names = {name_key(g["name"]) for g in gold}
        for a in report.agencies:
            if name_key(a.name) not in gold_names:
                print(f"    + agency {a.name!r} ({a.acronym})")
    return {
        "agencies found": ratio(len(found), len(gold)),
        "with acronym": ratio(len(acronym_ok), len(with_acronym)),
        "agency precision": ratio(len(found), len(report.agencies)),
    }


def score_events(report: Report, gold: list[dict[str, Any]], verbose: bool) -> dict[str, str]:
    pool = Counter((e.date, e.precision, e.section, e.paragraph) for e in report.events)
    matched = 0
    for g in gold:
        key = (g["date"], g["precision"], g["section"], g["paragraph"])
        if pool[key] > 0:
            pool[key] -= 1
            matched += 1
        elif verbose:
            print(f"    - event {g['date']} {g['section']} ¶{g['paragraph']} {g['quote']!r}")
    return {"event recall": ratio(matched, len(gold)), "event precision": ratio(matched, len(report.events))}


def score_file(path: Path, gold: dict[str, Any], verbose: bool) -> dict[str, str]:
    imported = import_text(decode(path.read_bytes(), path.name), name=path.name)
    report = imported.report
    mine = {(s.id, n): flat(p.text) for s in report.sections for n, p in enumerate(s.paragraphs, 1)}
    wanted = [(s["id"], n, flat(t)) for s in gold["sections"] for n, t in enumerate(s["paragraphs"], 1)]
    verbatim = sum(mine.get((sid, n)) == text for sid, n, text in wanted)
    row = {
        "paragraphs verbatim": ratio(verbatim, len(wanted)),
        "section ids": "right" if [s.id for s in report.sections] == [s["id"] for s in gold["sections"]] else "WRONG",
        "tier": "right" if placement(report) == gold["tier"]["placement"] else "WRONG",
    }
    return (
        row
        | score_figures(report, gold["figures"], verbose)
        | score_agencies(report, gold["agencies"], verbose)
        | score_events(report, gold["events"], verbose)
    )


def placement(report: Report) -> str | None:
    return report.tier.placement if report.tier else None


def score_seed(verbose: bool) -> dict[str, str]:
    imported = import_text(SEED.read_text(encoding="utf-8"), name=SEED.name).report
    curated = load_report()
    same = [p.text for s in curated.sections for p in s.paragraphs]
    got = [p.text for s in imported.sections for p in s.paragraphs]
    gold_figures = [
        {
            "section": f.section,
            "paragraph": f.paragraph,
            "value": f.value,
            "high": f.high,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "quote": f.quote,
        }
        for f in curated.figures
    ]
    row = {
        "paragraphs verbatim": ratio(sum(a == b for a, b in zip(got, same, strict=False)), len(same)),
        "section ids": "right" if [s.id for s in imported.sections] == [s.id for s in curated.sections] else "WRONG",
        "tier": "right" if placement(imported) == placement(curated) else "WRONG",
    }
    return row | score_figures(imported, gold_figures, verbose)


def pooled(rows: list[dict[str, str]]) -> dict[str, str]:
    """Sum the files' "part/whole" cells (and count the "right" cells) into one pooled column."""
    out: dict[str, str] = {}
    for column in dict.fromkeys(k for row in rows for k in row):
        cells = [row.get(column, "") for row in rows]
        if column in ("section ids", "tier"):
            out[column] = f"{cells.count('right')}/{len(cells)} right"
            continue
        pairs = [cell.split()[0].split("/") for cell in cells if "/" in cell]  # "-": nothing to score
        out[column] = ratio(sum(int(a) for a, _ in pairs), sum(int(b) for _, b in pairs))
    refused = sum(row.get("paragraphs verbatim") == "refused" for row in rows)
    out["refused"] = f"{refused}/{len(rows)}"
    return out


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "--verbose" in sys.argv
    corpus = Path(args[0]) if args else ROOT.parent / "shared" / "corpus"
    rows: dict[str, dict[str, str]] = {}
    for gold_path in sorted(corpus.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if verbose:
            print(gold["file"])
        try:
            rows[gold["file"]] = score_file(corpus / gold["file"], gold, verbose)
        except (NarrativeError, TipcliError) as error:
            # a narrative the importer refuses (without flags) scores nothing
            rows[gold["file"]] = {"paragraphs verbatim": "refused"}
            if verbose:
                print(f"    refused: {error}")
    if "--pooled" in sys.argv:  # one pooled column for a blind set: no per-file numbers
        rows = {"ALL": pooled(list(rows.values()))}
    else:
        if verbose:
            print("seed")
        rows["seed (vs report.toml)"] = score_seed(verbose)
    columns = list(dict.fromkeys(k for row in rows.values() for k in row))
    for column in columns:
        print(f"{column:20}" + "".join(f"{row.get(column, ''):>24}" for row in rows.values()))
    print(f"{'':20}" + "".join(f"{name[:22]:>24}" for name in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
