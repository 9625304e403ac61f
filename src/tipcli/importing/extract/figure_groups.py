"""The group a bare number counts when its noun was named before: "of them", "the remaining nine", "Of the 30 X, 21 ..."."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tipcli.importing.extract.figure_units import noun_phrase
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import HEDGES
from tipcli.importing.lexicon.nouns import TIME_UNITS
from tipcli.importing.text import layer

if TYPE_CHECKING:
    from tipcli.importing.extract.figure_scan import Draft

# "the remaining nine", "the other 19", "another six": some of a group counted before; "all 64": the whole of it.
REST_RE = re.compile(r"\b(?:the\s+(?:other|remaining|rest\s+of\s+the)|another|a\s+further|all)\s+$", re.IGNORECASE)
# Only a hedge may stand between a sentence's start and a number that opens it ("More than one-half of them").
_OPENER_RE = re.compile(
    r"(?:(?:" + alternation(HEDGES) + r")\s+)?",
    re.IGNORECASE,
)
# "Of the 30 convicted traffickers, 21 ...": the group named at the head of the sentence.
_OF_GROUP_RE = re.compile(
    r"(?:^|[.!?;]\s+)(?:[Oo]f|[Aa]mong)\s+(?:the|these|those)\s+(?:[\d,]+\s+|[a-z]+\s+(?=\w+s\b))?"
)
# "the number of labor inspectors, currently fewer than 90": the noun the number is the number of.
_NUMBER_OF_RE = re.compile(r"\b(?:number|total)\s+of\s+")
_CLAUSE_GAP_RE = re.compile(r",\s+(?:(?:currently|now|still|then|just|only)\s+)?$")


def _counts_things(draft: Draft) -> bool:
    """Tell whether a figure counts a group (people, cases ...), not time, percent, money or a modifier."""
    unit = draft.unit
    return (
        bool(unit) and not draft.money and not draft.adjective and unit != "percent" and unit not in TIME_UNITS.values()
    )


def antecedent(text: str, earlier: list[Draft], draft: Draft) -> Draft | None:
    """Return the latest group counted before a number that points back to it, in its sentence or the one before.

    The previous sentence counts only when the number opens its own ("More than one-half of them were ...").
    """
    doc = layer(text)
    sentence_start = doc.sentence(draft.start)[0]
    opens = sentence_start > 0 and _OPENER_RE.fullmatch(text, sentence_start, draft.start) is not None
    reach = doc.sentence(sentence_start - 1)[0] if opens else sentence_start
    for candidate in reversed(earlier):
        if candidate.start < reach:
            return None
        if _counts_things(candidate):
            return candidate
    return None


def named_group(text: str, start: int) -> str | None:
    """Return the unit of a group the sentence names just before a bare number, or None."""
    sentence_start = max(layer(text).sentence(start)[0], start - 300)
    head = text[sentence_start:start]
    for pattern in (_OF_GROUP_RE, _NUMBER_OF_RE):
        for match in pattern.finditer(head):
            phrase = noun_phrase(text, sentence_start + match.end() - 1, singular=False)
            if phrase is not None and _CLAUSE_GAP_RE.fullmatch(text, phrase.end, start):
                return phrase.unit
    return None
