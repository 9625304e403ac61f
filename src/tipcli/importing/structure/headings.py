"""Recognise section headings, the tier header line and tier sentences of a TIP narrative."""

from __future__ import annotations

import re

SECTION_IDS = ("overview", "recommendations", "prosecution", "protection", "prevention", "profile")

TIER = r"tier\s*2\s*watch\s*-?\s*list|tier\s*(?:[123]|one|two|three)\b|(?:tier\s+)?special\s+case"
_RANKS = {"Tier 1": 1.0, "Tier 2": 2.0, "Tier 2 Watch List": 2.5, "Tier 3": 3.0, "Special Case": None}
_WORD_DIGITS = {"one": "1", "two": "2", "three": "3"}

# A heading stands alone on its line: one of the report's fixed section names, any case.
_HEADING = re.compile(
    r"(?P<rec>(?:prioritized\s+|key\s+)?recommendations(?:\s+for\s+[^:.\n]{1,80})?)"
    r"|(?P<sec>prosecution|protection|prevention)"
    r"|(?P<profile>trafficking\s+profile)"
    r"|(?P<overview>overview|summary|introduction)",
    re.I,
)
_KEYWORDS = (
    ("recommend", "recommendations"),
    ("prosecut", "prosecution"),
    ("protect", "protection"),
    ("prevent", "prevention"),
    ("profile", "profile"),
    ("overview", "overview"),
    ("summary", "overview"),
    ("introduction", "overview"),
)
# 2010-era reports open the recommendations paragraph with an inline label.
INLINE_RECOMMENDATIONS = re.compile(r"(?:prioritized\s+)?recommendations(?:\s+for\s+[^:.\n]{1,80})?:(?=\s+\S)", re.I)
_HEADER = re.compile(rf"(?P<c>[^():\n]{{1,80}}?)\s*(?:\(\s*(?P<a>{TIER})\s*\)|(?::|\s[-–—])\s*(?P<b>{TIER}))\s*", re.I)
_SMALL_WORDS = frozenset({"and", "of", "the", "da", "de", "del", "du", "la", "le", "et", "y", "in", "on"})


def section_id(line: str) -> str | None:
    """Return the section id of a heading line in the report's own wording, else None."""
    s = line.strip()
    if len(s) > 100:
        return None
    m = _HEADING.fullmatch(s.removesuffix(":").rstrip())
    if m is None:
        return None
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
    return next((sid for word, sid in _KEYWORDS if word in low), None)


def placement(tier_text: str) -> tuple[str, float | None]:
    """Return the canonical placement and rank of a matched tier phrase."""
    low = " ".join(tier_text.lower().split())
    if "special" in low:
        name = "Special Case"
    elif "watch" in low:
        name = "Tier 2 Watch List"
    else:
        digit = re.search(r"[123]|one|two|three", low)
        token = digit.group() if digit else "2"
        name = f"Tier {_WORD_DIGITS.get(token, token)}"
    return name, _RANKS[name]


def parse_header(line: str) -> tuple[str, str] | None:
    """Return (country, tier phrase) of a header line like 'COUNTRY (Tier 2)' or 'COUNTRY: Tier 3'."""
    s = line.strip()
    if len(s) > 160:
        return None
    m = _HEADER.fullmatch(s)
    # "Tier ranking: Tier 1" is a label, not a country.
    if m is None or not m["c"].strip() or re.search(r"\btier\b", m["c"], re.I):
        return None
    return country_case(m["c"].strip()), m["a"] or m["b"]


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
