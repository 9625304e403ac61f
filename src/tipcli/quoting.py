"""A quote a person types, found in the report's text as search finds words: forgiving about spelling.

Apostrophes and quotation marks (typographic or plain), runs of white space, case and accents are
equal; a marker that `tipcli section` prints in the text (`[when?]`) is not part of the quote. What
is found is the text's own span, so that a citation reproduces the report word for word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"'})


def _fold(char: str) -> str:
    """Return a character as matching compares it: plain quotes, no accents, folded case."""
    decomposed = unicodedata.normalize("NFKD", char.translate(_QUOTES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def folded(text: str) -> tuple[str, list[int]]:
    """Return the text as matching compares it, and where in TEXT each of its characters comes from."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            if out and out[-1] != " ":  # a run of white space is one space
                out.append(" ")
                where.append(i)
            continue
        for c in _fold(char):
            out.append(c)
            where.append(i)
    return "".join(out), where


def words(quote: str, markers: Iterable[str] = ()) -> str:
    """Return the quote as matching compares it, without the markers (in any case) and outer spaces."""
    wanted = folded(quote)[0]
    for marker in markers:
        wanted = wanted.replace(folded(marker)[0], " ")
    return " ".join(wanted.split())


def find(text: str, quote: str, markers: Iterable[str] = ()) -> tuple[int, int] | None:
    """Return the span of TEXT the quote stands for, or None; MARKERS ("[when?]") are left out of the quote."""
    wanted = words(quote, markers)
    if not wanted:
        return None
    haystack, where = folded(text)
    at = haystack.find(wanted)
    if at < 0:
        return None
    return where[at], where[at + len(wanted) - 1] + 1


def nearest(text: str, quote: str, markers: Iterable[str] = ()) -> str:
    """Return the passage of TEXT (as many words as the quote has) most like the quote."""
    import difflib  # only a quote that is not found needs it

    wanted = words(quote, markers)
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    size = max(1, min(len(wanted.split()), len(spans)))
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    best, best_ratio = "", -1.0
    for first in range(len(spans) - size + 1):
        window = text[spans[first][0] : spans[first + size - 1][1]].rstrip(".,;:")  # the text's own words
        matcher.set_seq1(folded(window)[0])
        if matcher.real_quick_ratio() > best_ratio and matcher.quick_ratio() > best_ratio:
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = window, ratio
    return best
