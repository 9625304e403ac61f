"""Score the importer's indicators and trafficking types on the made-up development sentences.

    python benchmarks/score_indicators_dev.py [PATH] [--quiet]
    (default PATH: benchmarks/indicators_dev/sentences.json)

PATH is either a JSON file of sentences ({"sentences": [{"text": ..., "gold": [...]}]}) or a folder of
narratives: STEM.txt (line 1 the MADE-UP line, then paragraphs separated by blank lines) with
STEM.gold.json ({"paragraphs": [{"starts": first words, "gold": [...]}]}, one entry per paragraph in
order). A gold entry is [quote, indicator or null, trafficking or null]: the quote holds the number
at its first occurrence in the text (the first figure that starts inside it is the one meant). A figure
the importer finds that no gold entry names has the gold indicator and trafficking null.

Precision: of the figures the importer finds and gives an indicator, the share with the gold one.
Recall: of the gold figures with an indicator, the share the importer finds with that indicator.
Precision over named figures: the same, counting only the figures some gold entry names (as
benchmarks/score_indicators.py, which scores only paired figures; an unnamed extra figure, such as one
half of a range the importer split in two, then does not count).
Trafficking: of the figures the importer finds, the share with the gold type (sex, labor or none), as
benchmarks/score_indicators.py counts it. Then the same per indicator: recall of each gold
indicator and precision of each indicator the importer gave. Each miss is printed unless --quiet.
"""

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import code

DEFAULT = Path(__file__).parent / "indicators_dev" / "sentences.json"
MADE_UP = "MADE-UP TEST DATA"


class GoldError(Exception):
    """A gold file that does not fit its text."""


def _narrative(gold_file: Path) -> list[dict[str, Any]]:
    """The paragraphs of STEM.txt, each with its gold from STEM.gold.json."""
    txt = gold_file.with_name(gold_file.name.removesuffix(".gold.json") + ".txt")
    lines = txt.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].startswith(MADE_UP):
        raise GoldError(f"{txt}: line 1 must be the MADE-UP line")
    paragraphs = [p.strip() for p in "\n".join(lines[1:]).split("\n\n") if p.strip()]
    entries = json.loads(gold_file.read_text(encoding="utf-8"))["paragraphs"]
    if len(entries) != len(paragraphs):
        raise GoldError(f"{gold_file}: {len(entries)} gold entries for {len(paragraphs)} paragraphs")
    for number, (entry, text) in enumerate(zip(entries, paragraphs, strict=True), 1):
        if not text.startswith(entry["starts"]):
            raise GoldError(f"{gold_file}: paragraph {number} does not start {entry['starts']!r}")
    return [{"text": text, "gold": entry["gold"]} for entry, text in zip(entries, paragraphs, strict=True)]


def load(path: Path) -> list[dict[str, Any]]:
    """The sentences or paragraphs to score, each {"text": ..., "gold": [...]}."""
    if path.is_dir():
        items = [item for gold in sorted(path.glob("*.gold.json")) for item in _narrative(gold)]
    else:
        items = json.loads(path.read_text(encoding="utf-8"))["sentences"]
    for item in items:
        for quote, _, _ in item["gold"]:
            if quote not in item["text"]:
                raise GoldError(f"quote {quote!r} is not in: {item['text']}")
    return items


def score(path: Path, *, verbose: bool = True) -> dict[str, Any]:
    """Aggregate scores and per-indicator counts (see the module docstring)."""
    c: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    for item in load(path):
        _score_item(item, c, per, verbose)
    return {
        "precision": c["right"] / c["given"] if c["given"] else 1.0,
        "recall": c["found_right"] / c["gold"] if c["gold"] else 1.0,
        "trafficking": c["type_right"] / c["found"] if c["found"] else 1.0,
        "precision_named": c["right named"] / c["given named"] if c["given named"] else 1.0,
        "coded": c["given"],
        "coded_named": c["given named"],
        "gold": c["gold"],
        "per_indicator": per,
    }


def _score_item(item: dict[str, Any], c: Counter[str], per: dict[str, Counter[str]], verbose: bool) -> None:
    text = item["text"]
    coded = [(f, code(text, f.start, f.end, unit=f.unit, kind=f.kind)) for f in extract_figures(text)]
    gold = {}
    for quote, indicator, trafficking in item["gold"]:
        at = text.index(quote)
        match = next((f for f, _ in coded if f.start <= at < f.end or at <= f.start < at + len(quote)), None)
        if indicator is not None:
            c["gold"] += 1
            per.setdefault(indicator, Counter())["gold"] += 1
        if match is None:
            if verbose and indicator:
                print(f"MISSED (no figure) {quote!r} [{indicator}]: {text}")
            continue
        gold[id(match)] = (indicator, trafficking)
    for f, got in coded:
        want = gold.get(id(f), (None, None))
        if got.indicator is not None:
            c["given"] += 1
            c["right"] += got.indicator == want[0]
            per.setdefault(got.indicator, Counter())["given"] += 1
            per[got.indicator]["given right"] += got.indicator == want[0]
            if id(f) in gold:  # as score_indicators.py counts: only figures a gold entry names
                c["given named"] += 1
                c["right named"] += got.indicator == want[0]
        if want[0] is not None and got.indicator == want[0]:
            c["found_right"] += 1
            per[want[0]]["recalled"] += 1
        c["found"] += 1
        c["type_right"] += got.trafficking == want[1]
        if verbose and (got.indicator, got.trafficking) != want:
            print(
                f"{text[f.start : f.end]!r}: got {got.indicator}/{got.trafficking} [{got.rule}], "
                f"gold {want[0]}/{want[1]}"
            )


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.1%})" if whole else "-"


def main(argv: list[str]) -> int:
    """Print the misses (unless --quiet), the aggregate line and the per-indicator table."""
    paths = [a for a in argv if not a.startswith("-")]
    try:
        scores = score(Path(paths[0]) if paths else DEFAULT, verbose="--quiet" not in argv)
    except (GoldError, OSError, KeyError, ValueError) as e:
        print(f"score_indicators_dev: {e}", file=sys.stderr)
        return 2
    print(
        f"precision {scores['precision']:.1%} ({scores['coded']} coded)  recall {scores['recall']:.1%}"
        f" ({scores['gold']} gold)  trafficking {scores['trafficking']:.1%}"
    )
    print(
        f"precision over the figures a gold entry names {scores['precision_named']:.1%} ({scores['coded_named']} coded)"
    )
    print(f"{'indicator':20} {'recall':>18} {'precision':>18}")
    for name, n in sorted(scores["per_indicator"].items()):
        print(f"{name:20} {_pct(n['recalled'], n['gold']):>18} {_pct(n['given right'], n['given']):>18}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
