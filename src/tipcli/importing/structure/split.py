"""One document -> its narratives: each starts at its header line and runs on until the next one.

An edition (its PDF's text, or its plain text) and an archive page of several countries ("Countries
A through F") hold many narratives. A narrative starts at a line the header recogniser
(headings.parse_header, which knows every era's form) reads as a header, standing as a block of its
own (after a blank line, or first); text before the first header is front matter (introduction,
contents, tier lists) and belongs to no narrative. The edition year is the one a running title
states in the front matter ("2031 TRAFFICKING IN PERSONS REPORT"), if any.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from tipcli.importing.structure.headings import parse_header
from tipcli.importing.structure.tiers import year_in_title

_FRONT_LINES = 400  # the edition's year is stated near its start
# A header line is short: bounding the element's text keeps the search linear on any page.
_HTML_BLOCK = re.compile(r"<(h[1-6]|p|div|strong|b)\b[^>]{0,500}>(.{0,400}?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Piece:
    """One narrative's text, the header that starts it, and where in the document it begins (line or offset)."""

    text: str
    header: str
    country: str
    start: int


@dataclass(frozen=True, slots=True)
class Split:
    """A document's narratives, the lines of front matter before them, and the edition year it states."""

    pieces: tuple[Piece, ...]
    front_matter: int
    year: int | None


def header_of(line: str) -> tuple[str, str] | None:
    """Return (country, tier phrase) of a narrative's header line, else None.

    A thin guard over parse_header for lines met in the middle of a document: a country's name is a
    few words and starts with a capital letter (a sentence that ends in "(Tier 2)" is not a header).
    """
    found = parse_header(line)
    if found is None:
        return None
    country = found[0]
    if not country[:1].isupper() or len(country.split()) > 6:
        return None
    return found


def split_text(text: str) -> Split:
    """Split plain text at its header lines."""
    lines = text.split("\n")
    starts: list[tuple[int, tuple[str, str]]] = []
    for index, line in enumerate(lines):
        if (index == 0 or not lines[index - 1].strip()) and (found := header_of(line)):
            starts.append((index, found))
    if not starts:
        return Split(pieces=(), front_matter=len(lines), year=_year(lines[:_FRONT_LINES]))
    ends = [index for index, _ in starts[1:]] + [len(lines)]
    pieces = tuple(
        Piece(
            text="\n".join(lines[start:end]).strip() + "\n", header=lines[start].strip(), country=found[0], start=start
        )
        for (start, found), end in zip(starts, ends, strict=True)
    )
    front = starts[0][0]
    return Split(pieces=pieces, front_matter=front, year=_year(lines[: min(front, _FRONT_LINES)]))


def split_html(page: str) -> Split:
    """Split a saved page of several narratives at the elements that hold a header line.

    Each narrative is the page's markup from its header's element to the next header's; the
    format's own parser then reads it as a page of one narrative.
    """
    starts = [
        (m.start(), found)
        for m in _HTML_BLOCK.finditer(page)
        if (found := header_of(" ".join(html.unescape(_TAG.sub(" ", m[2])).split())))
    ]
    if not starts:
        return Split(pieces=(), front_matter=0, year=year_in_title(page[:5000]))
    ends = [offset for offset, _ in starts[1:]] + [len(page)]
    pieces = tuple(
        Piece(text=f"<html><body>{page[start:end]}</body></html>", header=found[0], country=found[0], start=start)
        for (start, found), end in zip(starts, ends, strict=True)
    )
    title = re.search(r"<title[^>]*>(.*?)</title", page, re.I | re.S)
    return Split(pieces=pieces, front_matter=0, year=year_in_title(title[1] if title else page[: starts[0][0]]))


def _year(lines: list[str]) -> int | None:
    return next(filter(None, map(year_in_title, lines)), None)
