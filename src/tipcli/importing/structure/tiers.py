"""Find the tier placement and the edition year stated in a narrative's sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipcli.importing.lexicon.structure import (
    DATE,
    EFFORTS,
    MINIMUM_STANDARDS,
    NOT_EFFORTS,
    REPORT_YEAR,
    TIER_CLAIM,
    TIER_THEREFORE,
    WATCH_LIST,
)
from tipcli.importing.structure.headings import placement
from tipcli.importing.structure.narrative import Section, TierClaim

_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Col|Lt|Jr|Sr|Inc|Co|vs|etc|approx))\.$")
_REPORT_MENTION = re.compile(r"\bin\s+the\s+(?P<y>(?:19|20)\d\d)\s+(?:TIP\s+)?report\b", re.I)
_EDITION = re.compile(r"\((?P<n>\d{1,2})(?:st|nd|rd|th)\s+Ed\.?\s*\)", re.I)


def sentence_at(text: str, start: int, end: int) -> str:
    """Return the sentence of text that contains the span start:end, verbatim."""
    begin, finish = 0, len(text)
    for m in _BOUNDARY.finditer(text):
        if _ABBREVIATION.search(text, max(0, m.start() - 6), m.start() + 1):
            continue  # "U.S. Department": an initial or abbreviation, not a sentence end
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start() + 1
            break
    sentence = text[begin:finish]
    # The closing quote or bracket belongs to the sentence it closes.
    tail = re.match(r"[\"”’)]*", text[finish:])
    return (sentence + (tail.group() if tail else "")).strip()


def find_tier(sections: Sequence[Section]) -> TierClaim | None:
    """Return the tier placement a sentence states, with where it is said.

    The sentence that gives this report's placement ("...; therefore X remained on Tier 2") wins over
    any other ("X was ranked Tier 3 in 2016"); without one, the first placement stated is taken.
    """
    first: TierClaim | None = None
    for section in sections:
        for number, paragraph in enumerate(section.paragraphs, start=1):
            for m in TIER_CLAIM.finditer(paragraph):
                name, rank = placement(m["tier"])
                quote = sentence_at(paragraph, m.start(), m.end())
                claim = TierClaim(
                    placement=name,
                    rank=rank,
                    stated_in_header=False,
                    stated_in="sentence",
                    section=section.id,
                    paragraph=number,
                    quote=quote,
                )
                lead = paragraph[max(0, m.start() - 160) : m.start()]
                if TIER_THEREFORE.search(lead):
                    return claim
                first = first or claim
    return first


def find_tier_formula(sections: Sequence[Section]) -> TierClaim | None:
    """Return the placement the text's minimum-standards formula implies, quoting the formula's sentence."""
    for section in sections:
        for number, paragraph in enumerate(section.paragraphs, start=1):
            m = MINIMUM_STANDARDS.search(paragraph)
            if m is None:
                continue
            quote = sentence_at(paragraph, m.start(), m.end())
            start = paragraph.index(quote)
            rest = paragraph[m.end() : start + len(quote)]
            watch = WATCH_LIST.search(paragraph, start + len(quote))
            if not m["neg"]:
                name = "Tier 1"
            elif NOT_EFFORTS.search(rest):
                name = "Tier 3"
            elif EFFORTS.search(rest) and watch:  # quote the formula through the sentence that adds the Watch List
                last = sentence_at(paragraph, watch.start(), watch.end())
                name, quote = "Tier 2 Watch List", paragraph[start : paragraph.index(last, start) + len(last)]
            elif EFFORTS.search(rest):
                name = "Tier 2"
            else:
                continue  # "does not fully comply", with nothing said of its efforts: no placement
            name, rank = placement(name)
            return TierClaim(
                placement=name,
                rank=rank,
                stated_in_header=False,
                stated_in="standards",
                section=section.id,
                paragraph=number,
                quote=quote,
            )
    return None


def year_in_title(text: str | None) -> int | None:
    """Return the edition year a title states ("2018 Trafficking in Persons Report"), else None."""
    if not text:
        return None
    m = REPORT_YEAR.search(text)
    return int(m["a"] or m["b"]) if m else None


def year_of_edition(text: str) -> int | None:
    """Return the year of a numbered edition ("(10th Ed. )"): the first edition appeared in 2001."""
    m = _EDITION.search(text)
    return 2000 + int(m["n"]) if m and int(m["n"]) > 0 else None


def year_in_sentence(quote: str | None) -> int | None:
    """Return the year of "in the 2009 report" in the sentence that states the tier, else None."""
    if not quote:
        return None
    m = _REPORT_MENTION.search(quote)
    return int(m["y"]) if m else None


def year_in_date(text: str | None) -> int | None:
    """Return the year of a date line ("June 3, 2005", "25 June 2020", "2020-06-25"), else None."""
    if not text:
        return None
    m = DATE.search(text)
    return int(m["a"] or m["b"] or m["c"]) if m else None
