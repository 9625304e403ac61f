"""Text copied out of the report's PDF: its page furniture dropped, its lines rejoined into paragraphs.

A hard-wrapped narrative (formats/text.py decides that from its line lengths) comes page by page:

- running heads and feet stand on lines of their own: the report's title, "COUNTRY NARRATIVES",
  the country's name (any case: no paragraph is the country's name alone), each with or without a
  page number, and page numbers alone. They are
  dropped with the blank lines around them, so a paragraph broken by a page break runs on; the
  first one that states the edition's year is kept, as furniture before the narrative, for its year;
  blank lines between a line that ends no sentence and one that starts in lower case are dropped too
  (a page break the copy shows only as blank lines);
- a heading or a header set over two lines ("PRIORITIZED" / "RECOMMENDATIONS:", "COUNTRY:" /
  "TIER 2 WATCH LIST", "COUNTRY" / "TIER 2"), or a bullet on a line of its own and its item, is one
  line again;
- a paragraph ends where its last line ends a sentence and the next line's first word would have
  fitted on it (the typesetter broke the line on purpose), or at a blank line;
- a word broken at a line end is joined as structure/hyphens.py says (the typesetter's hyphen
  dropped, a word's own kept).
"""

from __future__ import annotations

import itertools
import re

from tipcli.importing.lexicon.structure import HEAD_GAP, PAGE_NUMBER, RUNNING_HEAD, TIER
from tipcli.importing.structure.headings import is_government_efforts, looks_like_country, parse_header, section_id
from tipcli.importing.structure.hyphens import joined_hyphen
from tipcli.importing.structure.tiers import year_in_title

_BULLETS = frozenset("•●▪◦\uf0b7")
_TIER_ALONE = re.compile(rf"(?:{TIER})\s{{0,3}}", re.I)
_PAGE_NUMBERS = re.compile(rf"^{PAGE_NUMBER}{HEAD_GAP}|{HEAD_GAP}{PAGE_NUMBER}$", re.I)
_OPEN_ENDS = tuple(".!?:;”’\"')]")  # a line ending in one of these may end a block
_SENTENCE_END = re.compile(r"[.!?][”’\"')\]]{0,2}$")
_BLANK_SHARE = 0.08  # a blank line every 12 lines of text or more: paragraphs are set apart by them
_WORD_MAX = 100
_WIDTH_SHARE = 0.9  # the wrap width: the length of the 90th percentile line, so no stray long line sets it


def page_lines(lines: list[str]) -> list[str]:
    """Return the stripped lines of a hard-wrapped narrative without its page furniture, split headings joined.

    Where furniture stood, a blank line is kept only if the line before it ended its paragraph
    (ends_paragraph): the page break fell between paragraphs, not inside one.
    """
    lines = _join_split_lines(lines)
    country = _country(lines)
    width = wrap_width(lines)
    kept: list[str] = []
    year_head: str | None = None
    index = 0
    while index < len(lines):
        if not _is_page_furniture(lines[index], country):
            kept.append(lines[index])
            index += 1
            continue
        while index < len(lines) and (not lines[index] or _is_page_furniture(lines[index], country)):
            if year_head is None and year_in_title(lines[index]):
                year_head = _without_page_number(lines[index])
            index += 1
        while kept and not kept[-1]:
            kept.pop()
        following = lines[index] if index < len(lines) else ""
        if kept and following and ends_paragraph(kept[-1], following, width):
            kept.append("")
    return ([year_head, ""] if year_head else []) + _rejoin_cut(kept)


def _rejoin_cut(lines: list[str]) -> list[str]:
    """Drop the blank lines inside a sentence: the line before ends no sentence, the line after starts
    in lower case (a page break the copy shows only as blank lines)."""
    out: list[str] = []
    for line in lines:
        if line and line[:1].islower() and out and not out[-1]:
            before = next((kept for kept in reversed(out) if kept), "")
            if before and not before.endswith(_OPEN_ENDS) and section_id(before) is None:
                while out and not out[-1]:
                    out.pop()
        out.append(line)
    return out


def _without_page_number(head: str) -> str:
    """Return a running head that states the edition's year without the page number beside it."""
    year = str(year_in_title(head))
    words = head.split()
    while words[0].isdigit() and words[0] != year:
        words.pop(0)
    while words[-1].isdigit() and words[-1] != year:
        words.pop()
    return " ".join(words)


def _join_split_lines(lines: list[str]) -> list[str]:
    """Join a heading or header that the page's narrow column set over two lines."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        both = f"{line} {following}"
        if line in _BULLETS and following:  # a bullet the tool set on a line of its own, its item below
            out.append(both)
            index += 2
            continue
        if line and following and len(both) <= 60 and _split_in_two(line, following, both):
            out.append(both)
            index += 2
            continue
        if _TIER_ALONE.fullmatch(following) and parse_header(line) is None and _country_line(line):
            out.append(f"{line}: {following}")  # "COUNTRY" over "TIER 2": the header, as "COUNTRY: TIER 2"
            index += 2
            continue
        out.append(line)
        index += 1
    return out


def _split_in_two(line: str, following: str, both: str) -> bool:
    """Tell two short lines that are one heading ("TRAFFICKING" / "PROFILE", "GOVERNMENT" / "EFFORTS") or
    one header ("X:" / "TIER 3", "X: TIER 2" / "WATCH LIST")."""
    if section_id(line) is None and len(line.split()) <= 3 and section_id(both) is not None:
        return True
    if not is_government_efforts(line) and len(line.split()) <= 2 and is_government_efforts(both):
        return True
    header, joined = parse_header(line), parse_header(both)
    if joined is None or len(following.split()) > 4:
        return False
    return (header is None and _TIER_ALONE.fullmatch(following) is not None) or (
        header is not None and joined.placement != header.placement  # the tier's own words went on
    )


def _country_line(line: str) -> bool:
    """Tell a line that is a country's name in capitals alone (a header's first line, without a colon)."""
    return line.isupper() and looks_like_country(line) and parse_header(f"{line}: Tier 1") is not None


def _country(lines: list[str]) -> str | None:
    """Return the country the header line names, in capitals (as a running head prints it)."""
    for line in lines:
        header = parse_header(line)
        if header is not None:
            return header.country.upper()
    return None


def _is_page_furniture(line: str, country: str | None) -> bool:
    """Tell a running head or foot, or a page number, from a line of the narrative."""
    if not line or len(line) > 80:
        return False
    if RUNNING_HEAD.fullmatch(line):
        return True
    return country is not None and _PAGE_NUMBERS.sub("", line).upper() == country


def blank_separated(lines: list[str]) -> bool:
    """Tell whether blank lines separate the paragraphs (a PDF-to-text tool's copy) or nothing does (a viewer's)."""
    text = "\n".join(lines).strip().split("\n")
    blanks = sum(not line for line in text)
    return blanks >= _BLANK_SHARE * (len(text) - blanks)


def wrap_width(lines: list[str]) -> int:
    """Return the width the text was wrapped at."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[int(_WIDTH_SHARE * (len(lengths) - 1))] if lengths else 0


def ends_paragraph(line: str, following: str, width: int) -> bool:
    """Tell whether a hard-wrapped line is a paragraph's last: it ends a sentence and the next
    line's first word would have fitted after it."""
    first_word = following.split(" ", 1)[0]
    return bool(_SENTENCE_END.search(line)) and len(line) + 1 + len(first_word) <= width


def join_lines(lines: list[str], vocabulary: set[str]) -> str:
    """Join a paragraph's lines: a space between them, or a broken word rejoined."""
    parts = lines[:1]
    for before, line in itertools.pairwise(lines):
        # Only the end of the line before is asked (no word is longer): linear in the paragraph's length.
        kept = joined_hyphen(before[-_WORD_MAX:], line, vocabulary)
        if kept is None:
            parts.append(" " + line)
        else:
            parts[-1] = parts[-1] if kept else parts[-1][:-1]
            parts.append(line)
    return "".join(parts)
