"""Recognise a narrative's header line and its section headings (every era's forms).

`parse_header` is the one header recogniser: the format parsers, the structure stage and the
multi-narrative splitter all call it, so its name and its answer (a Header, or None) stay stable.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tipcli.importing.lexicon.bodies import FOREIGN
from tipcli.importing.lexicon.structure import (
    COUNTRY_MAX_WORDS,
    GOVERNMENT_EFFORTS,
    HEADER_AFTER,
    HEADER_BEFORE,
    HEADER_MAX,
    HEADING,
    HEADING_KEYWORDS,
    HEADING_NAMES,
    RANKS,
    RUN_IN_HEADING,
    TIER_WORD_DIGITS,
)
from tipcli.importing.lexicon.structure import INLINE_RECOMMENDATIONS as INLINE_RECOMMENDATIONS
from tipcli.importing.lexicon.structure import SECTION_IDS as SECTION_IDS
from tipcli.importing.lexicon.structure import TIER as TIER

_SMALL_WORDS = frozenset({"and", "of", "the", "in", "on"}) | FOREIGN  # particles stay lower case in a name


class Header(NamedTuple):
    """A header line's country (as people write it) and tier phrase (as the line writes it)."""

    country: str
    tier: str

    @property
    def placement(self) -> str:
        """Return the canonical placement: "Tier 2 Watch List", "Special Case" ..."""
        return placement(self.tier)[0]

    @property
    def rank(self) -> float | None:
        """Return the placement's rank (None for a Special Case)."""
        return placement(self.tier)[1]


def parse_header(line: str) -> Header | None:
    """Return the Header of a line naming a country and its tier, else None.

    Every era's forms: "COUNTRY (Tier 2)", "COUNTRY (TIER 2 - WATCH LIST)", "COUNTRY: Tier 3",
    "COUNTRY – Tier 2", "COUNTRY: Special Case", "COUNTRY (Special Case)", "SPECIAL CASE: COUNTRY".
    """
    s = line.strip()
    if len(s) > HEADER_MAX:
        return None
    m = HEADER_AFTER.fullmatch(s)
    if m is not None:
        country, tier = m["c"].strip(), m["a"] or m["b"]
    else:
        m = HEADER_BEFORE.fullmatch(s)
        if m is None:
            return None
        country, tier = m["c"].strip(), m["t"]
    # "Tier ranking: Tier 1" is a label, not a country; a country is a short name, not a sentence.
    if not looks_like_country(country):
        return None
    return Header(country_case(country), tier)


def looks_like_country(name: str) -> bool:
    """Tell a country's name from a label or a sentence: short, capitalised, no tier word or full stop."""
    if not name or not name[0].isupper() or name.endswith("."):
        return False
    if re.search(r"\btier\b|\d", name, re.I):
        return False
    return len(name.split()) <= COUNTRY_MAX_WORDS


def section_id(line: str) -> str | None:
    """Return the section id of a heading line in the report's own wording, else None."""
    s = line.strip()
    if len(s) > 100:
        return None
    name = s.removesuffix(":").rstrip()
    m = HEADING.fullmatch(name)
    if m is None:
        return HEADING_NAMES.get(" ".join(name.lower().split()))
    if m["rec"]:
        return "recommendations"
    if m["sec"]:
        return m["sec"].lower()
    return "profile" if m["profile"] else "overview"


def loose_section_id(title: str) -> str | None:
    """Return the section id of an explicitly marked heading (wiki, HTML) by its key word."""
    strict = section_id(title)
    if strict:
        return strict
    low = title.lower()
    return next((sid for word, sid in HEADING_KEYWORDS if word in low), None)


def is_government_efforts(line: str) -> bool:
    """Tell the GOVERNMENT EFFORTS heading (a Special Case's one heading over three sections)."""
    return GOVERNMENT_EFFORTS.fullmatch(line.strip().removesuffix(":").rstrip()) is not None


def run_in_heading(paragraph: str) -> tuple[str, str] | None:
    """Return (section id, heading as written) of a heading run into its paragraph ("Prosecution: The ...")."""
    m = RUN_IN_HEADING.match(paragraph)
    if m is None:
        return None
    sid = section_id(m["name"])
    return (sid, m["name"]) if sid else None


def placement(tier_text: str) -> tuple[str, float | None]:
    """Return the canonical placement and rank of a matched tier phrase."""
    low = " ".join(tier_text.lower().split())
    if "special" in low and "case" in low:
        name = "Special Case"
    elif "watch" in low:
        name = "Tier 2 Watch List"
    else:
        digit = re.search(r"[123]|one|two|three", low)
        token = digit.group() if digit else "2"
        name = f"Tier {TIER_WORD_DIGITS.get(token, token)}"
    return name, RANKS[name]


def country_case(name: str) -> str:
    """Return an all-capitals country name as people write it; other names as written."""
    if any(c.islower() for c in name) or not any(c.isalpha() for c in name):
        return name
    words = name.split(" ")
    return " ".join(_word_case(w, first=i == 0) for i, w in enumerate(words))


def _word_case(word: str, *, first: bool) -> str:
    """Return one capitalised word of a country name, small words in lower case."""
    low = word.lower()
    if not first and low in _SMALL_WORDS:
        return low
    parts = []
    for part in low.split("-"):
        head, apostrophe, tail = part.partition("'")
        if apostrophe and len(head) == 1:  # d'Ivoire: an elided article stays lower case
            parts.append(f"{head}'{tail.capitalize()}")
        else:
            parts.append(part.capitalize())
    return "-".join(parts)
