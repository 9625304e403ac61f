"""Find the tier placement and the edition year stated in a narrative's sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipcli.importing.structure.headings import TIER, placement
from tipcli.importing.structure.narrative import Section, TierClaim

# A verb of placement, then at most three linking words, then the tier: "was ranked Tier 2",
# "remained on Tier 3", "is placed on Tier 2 Watch List". "moved up from Tier 3" is not a placement.
_CLAIM = re.compile(
    r"\b(?:is|was|be|been|remains?|remained|placed|ranked|ranks|moved|upgraded|downgraded)\s+"
    rf"(?:(?:up|down|again|back|to|on|at|as|in|onto|into|the|a)\s+){{0,3}}(?P<tier>{TIER})",
    re.I,
)
# The formulas TIP reports state a placement with: "fully meets the minimum standards" (Tier 1);
# "does not fully comply with the minimum standards ...; however, it is making significant efforts"
# (Tier 2, and the Watch List when the paragraph adds that it did not demonstrate increasing efforts);
# "... and is not making significant efforts" (Tier 3).
_STANDARDS = re.compile(
    r"\b(?P<neg>(?:does|did|do)\s+not\s+)?fully\s+(?:meets?|met|compl(?:y|ies|ied)\s+with)\s+(?:the\s+)?minimum\s+standards",
    re.I,
)
_NOT_EFFORTS = re.compile(
    r"\b(?:(?:is|was|are|were)\s+not\s+making|did\s+not\s+make)\s+(?:any\s+)?significant\s+efforts", re.I
)
_EFFORTS = re.compile(r"\b(?:(?:is|was|are|were)\s+(?:\w+\s+){0,2}?making|made)\s+significant\s+efforts", re.I)
_WATCH_LIST = re.compile(
    r"\bWatch\s+List\b|\b(?:not|failed\s+to|unable\s+to)\s+(?:demonstrat|show|provid)\w*\s+"
    r"(?:\w+\s+){0,3}?increasing\s+efforts",
    re.I,
)
_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Gen|Col|Lt|Jr|Sr|Inc|Co|vs|etc|approx))\.$")
_REPORT_YEAR = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s+(?:Trafficking\s+in\s+Persons|TIP)\s+Report\b"
    r"|\b(?:Trafficking\s+in\s+Persons|TIP)\s+Report,?\s+(?P<b>(?:19|20)\d\d)\b",
    re.I,
)
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
    """Return the first tier placement stated in a sentence, with where it is said."""
    for section in sections:
        for number, paragraph in enumerate(section.paragraphs, start=1):
            m = _CLAIM.search(paragraph)
            if m is None:
                continue
            name, rank = placement(m["tier"])
            return TierClaim(
                placement=name,
                rank=rank,
                stated_in_header=False,
                section=section.id,
                paragraph=number,
                quote=sentence_at(paragraph, m.start(), m.end()),
            )
    return None


def find_tier_formula(sections: Sequence[Section]) -> TierClaim | None:
    """Return the placement the text's minimum-standards formula implies, quoting the formula's sentence."""
    for section in sections:
        for number, paragraph in enumerate(section.paragraphs, start=1):
            m = _STANDARDS.search(paragraph)
            if m is None:
                continue
            quote = sentence_at(paragraph, m.start(), m.end())
            start = paragraph.index(quote)
            rest = paragraph[m.end() : start + len(quote)]
            watch = _WATCH_LIST.search(paragraph, start + len(quote))
            if not m["neg"]:
                name = "Tier 1"
            elif _NOT_EFFORTS.search(rest):
                name = "Tier 3"
            elif _EFFORTS.search(rest) and watch:  # quote the formula through the sentence that adds the Watch List
                last = sentence_at(paragraph, watch.start(), watch.end())
                name, quote = "Tier 2 Watch List", paragraph[start : paragraph.index(last, start) + len(last)]
            elif _EFFORTS.search(rest):
                name = "Tier 2"
            else:
                continue  # "does not fully comply", with nothing said of its efforts: no placement
            name, rank = placement(name)
            return TierClaim(
                placement=name,
                rank=rank,
                stated_in_header=False,
                from_formula=True,
                section=section.id,
                paragraph=number,
                quote=quote,
            )
    return None


def year_in_title(text: str | None) -> int | None:
    """Return the edition year a title states ("2018 Trafficking in Persons Report"), else None."""
    if not text:
        return None
    m = _REPORT_YEAR.search(text)
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
