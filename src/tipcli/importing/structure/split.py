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
from collections import Counter
from dataclasses import dataclass

from tipcli.importing.structure.headings import parse_header, section_id
from tipcli.importing.structure.hyphens import joined_hyphen, whole_words
from tipcli.importing.structure.tiers import year_in_title

_FRONT_LINES = 400  # the edition's year is stated near its start
# A header line is short: bounding the element's text keeps the search linear on any page.
_HTML_BLOCK = re.compile(r"<(h[1-6]|p|div|strong|b)\b[^>]{0,500}>(.{0,400}?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_END_OF_SENTENCE = tuple(".!?:;”’)\"'")
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[0-9]{1,4}(?:\s+of\s+[0-9]+)?", re.I)


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
        if (index == 0 or _ends_block(lines[index - 1])) and (found := header_of(line)):
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


def _ends_block(line: str) -> bool:
    """Tell whether a header may follow this line: a blank, a sentence's end, a heading in capitals."""
    s = line.strip()
    return not s or s.endswith(_END_OF_SENTENCE) or (s.isupper() and len(s) <= 80)


def unpage(text: str) -> str:
    """Return an edition's text as copied out of its PDF without its page furniture, paragraphs and words rejoined.

    A page number standing alone (blank lines or page breaks before and after it), and a short line
    standing alone that recurs three times or more or stands first or last on a page (a running header or
    footer; section headings and header lines excepted), are left out; a
    paragraph that ran on across the page break is joined again (the line before does not end a
    sentence, the line after starts in lower case); a line-end hyphen is joined as
    structure/hyphens.py says, the next line's first word moved up so that the lines stay short.
    """
    lines = text.replace("\f", "\n\f\n").split("\n")
    furniture = _furniture(lines)
    out: list[str] = []
    removed = False
    for index, line in enumerate(lines):
        s = line.strip()
        if index in furniture:
            removed = True
            continue
        if removed and s:
            last = next((kept for kept in reversed(out) if kept.strip()), "")
            if last and not last.rstrip().endswith(_END_OF_SENTENCE) and s[:1].islower():
                while out and not out[-1].strip():
                    out.pop()
            removed = False
        out.append(line)
    return "\n".join(_dehyphenate(out))


def _furniture(lines: list[str]) -> set[int]:
    """The indexes of page breaks, page numbers, and running headers and footers."""
    alone = [_alone(lines, index) for index in range(len(lines))]
    edges = _page_edges(lines)
    candidates = [i for i, line in enumerate(lines) if alone[i] and _may_be_furniture(line)]
    shapes = Counter(_shape(lines[i]) for i in candidates)
    found = {i for i, line in enumerate(lines) if line == "\f" or (alone[i] and _PAGE_NUMBER.fullmatch(line.strip()))}
    # A running header recurs on many pages; a heading of a few narratives (a Special Case's) on a few.
    often = max(3, lines.count("\f") // 4)
    return found | {i for i in candidates if shapes[_shape(lines[i])] >= often or i in edges}


def _page_edges(lines: list[str]) -> set[int]:
    """The first and last lines of text of each page (where running headers and footers stand)."""
    edges: set[int] = set()
    for index, line in enumerate(lines):
        if line != "\f":
            continue
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(lines) and not lines[at].strip():
                at += step
            edges.add(at)
    return edges


def _alone(lines: list[str], index: int) -> bool:
    """Tell whether a line stands alone (blank lines or page breaks before and after it), as furniture does."""
    if not lines[index].strip():
        return False
    before = index == 0 or not lines[index - 1].strip()
    return before and (index + 1 == len(lines) or not lines[index + 1].strip())


def _may_be_furniture(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s.split()) <= 10
        and not s.endswith(_END_OF_SENTENCE)
        and s[:1] not in "•●▪◦·*-–"
        and section_id(s) is None
        and header_of(s) is None
    )


def _shape(line: str) -> str:
    return re.sub(r"[0-9]+", "#", line.strip().casefold())


def _dehyphenate(lines: list[str]) -> list[str]:
    """Join line-end hyphens: the next line's first word comes up to the line it was broken from."""
    vocabulary = whole_words(lines)
    for index in range(len(lines) - 1):
        line, following = lines[index].rstrip(), lines[index + 1].strip()
        kept = joined_hyphen(line, following, vocabulary) if following else None
        if kept is None:
            continue
        word, _, rest = following.partition(" ")
        lines[index] = (line if kept else line[:-1]) + word
        lines[index + 1] = rest
    return lines


def _year(lines: list[str]) -> int | None:
    return next(filter(None, map(year_in_title, lines)), None)
