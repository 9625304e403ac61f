"""Earlier tier placements a narrative states: "was on Tier 3 in 2016 and 2017", "downgraded to Tier 2 Watch List in 2019".

Each is a tier fact of an earlier edition (the report document's prior_tiers) and a dated happening.
The placement is the one the country held then: the tier after "on", "to", "at" or "remained on",
not one it moved "from". Only years the sentence writes count; "the previous year" stays unstated.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipcli.importing.extract.matcher import Match, T, TokenRule, find
from tipcli.importing.lexicon.dates import MONTH_NAMES, MONTHS, YEAR_DIGITS
from tipcli.importing.lexicon.structure import RANKS
from tipcli.importing.text import layer

_PLACEMENTS = {name.lower(): name for name in RANKS}  # "Tier 2 Watch List", "Special Case", as the schema writes them
_YEAR = T(match=YEAR_DIGITS, name="years")
# The tier it held: after on/to/at/as (not "from"), then "in" or "for" and a year, or years joined by commas and "and".
_PLACED = (
    T(text_in=("on", "to", "at", "as")),
    T(op="?", text="the"),
    T(phrase_in=RANKS, name="tier"),
    T(op="?", text="list"),
    T(text_in=("in", "for")),
    T(op="?", text_in=MONTH_NAMES, name="years"),  # "in June 2016" keeps its month in the quote
    _YEAR,
)
_JOINED = T(op="*", max=12, name="years", any_of=(T(text=","), T(text="and"), T(text_in=MONTH_NAMES), _YEAR))

PLACEMENT_RULES = (
    TokenRule(
        name="placement in a year",
        purpose="a tier held in a year the sentence writes: 'was on Tier 3 in 2016', 'downgraded to Tier 2 in May 2019'",
        pattern=_PLACED,
        examples=(("Zorva was downgraded to Tier 2 Watch List in 2019.", "to Tier 2 Watch List in 2019"),),
        not_examples=("It moved up from Tier 3 in 2016.", "It stayed on Tier 3 the year before."),
    ),
    TokenRule(
        name="placement in several years",
        purpose="a tier held in years joined by commas and 'and': 'was on Tier 3 in 2016, 2017 and 2018'",
        pattern=(*_PLACED, _JOINED, _YEAR),  # at most 12 tokens between the first year and the last
        examples=(("Zorva was on Tier 3 for 2014, 2015 and 2016.", "on Tier 3 for 2014, 2015 and 2016"),),
        not_examples=("Zorva was on Tier 3 in 2016 alone.",),
    ),
    TokenRule(
        name="placement kept a later year",
        purpose="a tier held in a year and kept the next: 'moved to Tier 3 in 2014, where it stayed in 2015'",
        pattern=(
            *_PLACED,
            T(text=","),
            T(lower="where"),
            T(op="*", max=3, is_word=True),  # "it", "the country", its name
            T(lower_in=("remained", "stayed")),
            T(text="in"),
            _YEAR,
        ),
        examples=(
            (
                "Zorva fell to Tier 3 in 2014, where it stayed in 2015.",
                "to Tier 3 in 2014, where it stayed in 2015",
            ),
        ),
        not_examples=("Zorva fell to Tier 3 in 2014, where reforms stalled.",),
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundPlacement:
    """A placement of an earlier edition: text[start:end] states it."""

    year: int
    date: str  # "2016", or "2016-06" when the text names the month
    placement: str
    start: int
    end: int


def _dates(match: Match) -> list[str]:
    """Return the dates a placement's years name: "2016", or "2016-06" after "June"."""
    dates, month = [], None
    for token in match.group("years"):
        if YEAR_DIGITS.fullmatch(token.text):
            dates.append(f"{token.text}-{month:02d}" if month else token.text)
        month = MONTHS.get(token.lower) if token.text in MONTH_NAMES else None
    return dates


_REACH = 400  # characters a quote reaches back from the placement; a sentence is rarely longer


def _quote_start(text: str, sentence: int, start: int) -> int:
    """Return where a placement's quote starts: its sentence's start, or a word at most _REACH characters back.

    A quote is a slice of the paragraph: a 1 MB "sentence" of placements must not make each quote 1 MB.
    """
    if start - sentence <= _REACH:
        return sentence
    space = text.find(" ", start - _REACH, start)
    return space + 1 if space >= 0 else start


def prior_placements(text: str) -> list[FoundPlacement]:
    """Return the earlier placements one paragraph states, one a year, in text order."""
    doc = layer(text)
    found = []
    for match in find(text, PLACEMENT_RULES):
        placement = _PLACEMENTS[" ".join(t.lower for t in match.group("tier"))]
        start = _quote_start(text, doc.sentence(match.start)[0], match.start)
        for date in _dates(match):
            found.append(FoundPlacement(year=int(date[:4]), date=date, placement=placement, start=start, end=match.end))
    return found
