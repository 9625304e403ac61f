"""Compare pypdf, pdfminer.six and pdfplumber on a made-up edition PDF: fidelity of the raw text and speed.

    python benchmarks/pdf_libraries.py [--countries 200]

Makes the 7-narrative edition (fidelity) and a larger one (speed) with tests/edition_maker.py, then
asks each library for the text of every page, as each does by default. Fidelity: the share of
gold paragraphs whose words come out in order and unbroken (line ends joined, a line-end hyphen
joined when the word is then whole), and whether the two-column page's columns come out one after
the other. What each library also gives (positions, font sizes, rectangles) decides how much of the
furniture can be recognised; that is noted by hand in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from edition_maker import make_edition


def with_pypdf(path: Path) -> list[str]:
    import pypdf

    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def with_pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(str(path)).split("\f")


def with_pdfplumber(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def with_pdfminer_chars(path: Path) -> list[str]:
    """pdfminer.six's layout objects, down to the characters (what a furniture filter needs)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    pages = []
    for page in extract_pages(str(path)):
        pages.append("\n".join(box.get_text() for box in page if isinstance(box, LTTextContainer)))
    return pages


def with_pypdf_visitor(path: Path) -> list[str]:
    """pypdf with a visitor: each piece of text with its position and font size (what a filter needs)."""
    import pypdf

    pages = []
    for page in pypdf.PdfReader(path).pages:
        parts: list[str] = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size, parts=parts: parts.append(text))
        pages.append("".join(parts))
    return pages


LIBRARIES: dict[str, Callable[[Path], list[str]]] = {
    "pypdf": with_pypdf,
    "pypdf (visitor: positions, sizes)": with_pypdf_visitor,
    "pdfminer.six": with_pdfminer,
    "pdfminer.six (layout objects)": with_pdfminer_chars,
    "pdfplumber": with_pdfplumber,
}


def words(text: str) -> str:
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", text)  # a rough join: this measures order, not hyphens
    return " ".join(re.sub(r"-", "", text).split())


def fidelity(pages: list[str], gold: dict) -> float:
    text = words("\n".join(pages))
    paragraphs = [p for n in gold["narratives"] for ps in n["sections"].values() for p in ps]
    return sum(words(p) in text for p in paragraphs) / len(paragraphs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--countries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small, large = Path(folder) / "small", Path(folder) / "large"
        gold = make_edition(small)
        make_edition(large, count=args.countries)
        import pypdf

        count = len(pypdf.PdfReader(large / "edition.pdf").pages)
        print(f"fidelity on 7 narratives; speed on {args.countries} narratives, {count} pages")
        print(f"{'library':36} {'paragraphs whole':>16} {'s':>7} {'ms/page':>8}")
        for name, extract in LIBRARIES.items():
            share = fidelity(extract(small / "edition.pdf"), gold)
            start = time.perf_counter()
            extract(large / "edition.pdf")
            seconds = time.perf_counter() - start
            print(f"{name:36} {share:16.1%} {seconds:7.1f} {1000 * seconds / count:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
