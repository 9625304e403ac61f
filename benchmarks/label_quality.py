"""Count drafted figure labels that say too little: a bare unit, or one word.

    python benchmarks/label_quality.py [DIR ...] [--list]

Issue 24: a drafted figure's label says what the number counts in words of its own sentence, never a
bare unit ("stellings"), a fragment or the number itself. Imports every narrative of the development
sets (default: ../shared/corpus, ../shared/corpus-layouts, heldout3, heldout4, layouts-dev2; never
a blind set) and counts labels equal to the figure's unit, and labels of one word (often right:
"imprisonment", "budget"; counted to watch). --list prints each such label with its quote.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tipcli.importing.pipeline import import_text

ROOT = Path(__file__).resolve().parent
DEFAULT = [
    ROOT.parent.parent / "shared" / "corpus",
    ROOT.parent.parent / "shared" / "corpus-layouts",
    ROOT / "heldout3",
    ROOT / "heldout4",
    ROOT / "layouts-dev2",
]


def narratives(folders: list[Path]) -> list[Path]:
    """Return the narrative files of the folders (not gold, READMEs or scripts)."""
    return sorted(
        p for d in folders if d.is_dir() for p in d.iterdir() if p.suffix in (".txt", ".html") and p.is_file()
    )


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    if any("heldout5" in str(d) or "heldout6" in str(d) for d in folders):
        print("heldout5 and heldout6 are blind: score them with the scorers, not this listing", file=sys.stderr)
        return 2
    total = bare = one_word = 0
    for path in narratives(folders):
        try:
            report = import_text(path.read_text(encoding="utf-8"), name=path.name).report
        except Exception as exc:  # a narrative the importer refuses is counted, not fatal
            print(f"{path.name}: not imported ({exc})", file=sys.stderr)
            continue
        for figure in report.figures:
            total += 1
            label, unit = figure.label.lower(), (figure.unit or "").lower()
            kind = "bare unit" if label == unit else "one word" if len(label.split()) == 1 else ""
            bare += kind == "bare unit"
            one_word += kind == "one word"
            if kind and "--list" in argv:
                print(f"{kind:9} {path.name[:20]:20} {figure.quote!r} -> {figure.label!r}")
    print(
        f"labels {total}: bare unit {bare} ({bare / max(total, 1):.1%}), one word {one_word} ({one_word / max(total, 1):.1%})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
