"""Score the importer's indicators and trafficking types on the made-up development sentences.

    python benchmarks/score_indicators_dev.py [FILE]   (default: benchmarks/indicators_dev/sentences.json)

Precision: of the figures the importer finds and gives an indicator, the share with the gold one.
Recall: of the gold figures with an indicator, the share the importer finds with that indicator.
Trafficking: of the figures the importer finds, the share with the gold type (sex, labor or none), as
benchmarks/score_indicators.py counts it.
"""

import json
import sys
from pathlib import Path

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import code

DEFAULT = Path(__file__).parent / "indicators_dev" / "sentences.json"


def score(path: Path, *, verbose: bool = True) -> dict[str, float]:
    given = right = gold_coded = found_right = type_right = found = 0
    for item in json.loads(path.read_text(encoding="utf-8"))["sentences"]:
        text = item["text"]
        coded = [(f, code(text, f.start, f.end, unit=f.unit, kind=f.kind)) for f in extract_figures(text)]
        gold = {}
        for quote, indicator, trafficking in item["gold"]:
            at = text.index(quote)
            match = next((f for f, _ in coded if f.start <= at < f.end or at <= f.start < at + len(quote)), None)
            gold[id(match)] = (indicator, trafficking)
            if indicator is not None:
                gold_coded += 1
            if match is None:
                if verbose and indicator:
                    print(f"MISSED (no figure) {quote!r}: {text}")
                continue
        for f, c in coded:
            want = gold.get(id(f), (None, None))
            if c.indicator is not None:
                given += 1
                right += c.indicator == want[0]
            if want[0] is not None and c.indicator == want[0]:
                found_right += 1
            found += 1
            type_right += c.trafficking == want[1]
            if verbose and (c.indicator, c.trafficking) != want:
                print(
                    f"{text[f.start : f.end]!r}: got {c.indicator}/{c.trafficking} [{c.rule}], gold {want[0]}/{want[1]}"
                )
    result = {
        "precision": right / given if given else 1.0,
        "recall": found_right / gold_coded if gold_coded else 1.0,
        "trafficking": type_right / found if found else 1.0,
        "coded": given,
        "gold": gold_coded,
    }
    return result


if __name__ == "__main__":
    scores = score(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
    print(
        f"precision {scores['precision']:.1%} ({scores['coded']} coded)  recall {scores['recall']:.1%}"
        f" ({scores['gold']} gold)  trafficking {scores['trafficking']:.1%}"
    )
