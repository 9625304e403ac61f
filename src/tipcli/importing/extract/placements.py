"""Earlier tier placements a narrative states: "was on Tier 3 in 2016 and 2017", "downgraded to Tier 2 Watch List in 2019".

Each is a tier fact of an earlier edition (the report document's prior_tiers) and a dated happening.
The placement is the one the country held then: the tier after "on", "to", "at" or "remained on",
not one it moved "from". Only years the sentence writes count; "the previous year" stays unstated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.lexicon.dates import MONTHS
from tipcli.importing.text import layer

_YEAR = r"(?:19|20)\d\d(?!\d)"
_MONTH_YEAR = r"(?:[A-Z][a-z]+\s+)?" + _YEAR  # "June 2016" keeps its month in the quote; the year is the edition's
# The tier it held: after on/to/at/in (not "from"), then "in" and one or more years joined by commas or "and".
_PLACED = re.compile(
    r"\b(?:on|to|at|as)\s+(?:the\s+)?(?P<tier>Tier\s+(?:1|2|3)(?:\s+Watch\s+List)?|Special\s+Case)"
    r"\s+(?:list\s+)?(?:in|for)\s+(?P<years>" + _MONTH_YEAR + r"(?:(?:,\s*|,?\s+and\s+)" + _MONTH_YEAR + r")*)"
)
_DATES = re.compile(r"(?:(?P<month>[A-Z][a-z]+)\s+)?(?P<year>" + _YEAR + ")")


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundPlacement:
    """A placement of an earlier edition: text[start:end] states it."""

    year: int
    date: str  # "2016", or "2016-06" when the text names the month
    placement: str
    start: int
    end: int


def prior_placements(text: str) -> list[FoundPlacement]:
    """Return the earlier placements one paragraph states, one a year, in text order."""
    doc = layer(text)
    found = []
    for match in _PLACED.finditer(text):
        placement = " ".join(match.group("tier").split())
        start = doc.sentence(match.start())[0]
        for date in _DATES.finditer(match.group("years")):
            year, month = date.group("year"), MONTHS.get((date.group("month") or "").lower())
            found.append(
                FoundPlacement(
                    year=int(year),
                    date=f"{year}-{month:02d}" if month else year,
                    placement=placement,
                    start=start,
                    end=match.end(),
                )
            )
    return found
