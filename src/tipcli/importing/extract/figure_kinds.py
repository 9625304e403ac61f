"""What kind of quantity a figure is, from its unit and the words around it."""

from __future__ import annotations

import re

from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import COMPARATORS
from tipcli.importing.lexicon.nouns import CAPACITY_UNITS, TIME_UNITS

_PENALTY_AFTER_RE = re.compile(
    r"^[’']?s?\s*(?:of\s+)?(?:imprisonment|in\s+prison|in\s+jail|prison|jail|incarceration|sentences?)\b",
    re.IGNORECASE,
)
_PENALTY_CUE_RE = re.compile(
    r"\b(?:sentenc\w*|penalt\w*|prison|imprison\w*|jail\w*|punish\w*|sanction\w*|incarcerat\w*)"
)
# "prescribes five to 10 years", "carries a maximum of 15 years": a verb of the law right before the term.
_PRESCRIBES_RE = re.compile(
    r"\b(?:prescrib\w*|carr(?:y|ies|ied|ying)|punishable\s+by)\s+(?:(?:a|an)\s+)?"
    r"(?:(?:maximum|minimum)\s+(?:term\s+)?(?:of\s+)?|up\s+to\s+|between\s+|from\s+)?$",
    re.IGNORECASE,
)
_FINE_CUE_RE = re.compile(r"\b(?:fine[sd]?|fining|penalt\w*|punish\w*)\b", re.IGNORECASE)
_CAP_CUE_RE = re.compile(r"\b(?:cap|caps|capped|capping|ceiling|limit\w*|maximum|minimum)\b", re.IGNORECASE)
_ABOVE_RE = re.compile(r"\b(?:above|below|exceeding)\s+$", re.IGNORECASE)  # "revenues above 50 million"
_AGE_BEFORE_RE = re.compile(r"\b(?:younger|older|under|below|above|aged|age|ages)\b", re.IGNORECASE)
# "under the age of 18"; "set the minimum age at 15", "raised the age of consent to 16": an age.
AGE_OF_RE = re.compile(
    r"\b(?:age\s+of|aged|ages|(?:younger|older)\s+than|under|age(?:\s+(?:of|for)\s+[a-z]+)?\s+(?:at|to))\s+$",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(r"\s+(?:of\s+age|old|and\s+(?:older|younger|over|under|above|below))\b", re.IGNORECASE)
_CAPACITY_CUE_RE = re.compile(r"\b(?:capacity|space\s+for|room\s+for|accommodat\w*|places\s+for)\b", re.IGNORECASE)
_WITH_COMPARATOR_RE = re.compile(
    r"\b(?:with|involving|having|employing|of)\s+(?:" + alternation((*COMPARATORS, "at least")) + r")\s+$",
    re.IGNORECASE,
)
_WITH_RE = re.compile(r"\b(?:with|involving|having|employing)\s+$", re.IGNORECASE)
_CLAUSE_START_RE = re.compile(r"[.;:]\s")


def words_before(text: str, pos: int, count: int) -> str:
    """Return up to count words before pos, not reaching back past the start of the clause."""
    window = text[max(0, pos - 120) : pos]
    breaks = list(_CLAUSE_START_RE.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    return " ".join(window.split()[-count:]) + (" " if window[-1:].isspace() else "")


def _money_kind(text: str, start: int) -> str:
    """Return penalty, threshold or money for an amount."""
    before = words_before(text, start, 6)
    if _FINE_CUE_RE.search(before):
        return "penalty"
    if _CAP_CUE_RE.search(before) or _ABOVE_RE.search(before):
        return "threshold"
    return "money"


def _time_kind(text: str, start: int, end: int) -> str:
    """Return threshold (ages), penalty (prison terms) or duration for a time span."""
    before = words_before(text, start, 3)
    if text[start:end].lower().startswith(("as young as", "as old as")):
        return "threshold"  # "girls as young as 13": the youngest age, a limit
    if _AGE_AFTER_RE.match(text, end) or _AGE_BEFORE_RE.search(before) or text[start:end].endswith("-old"):
        return "threshold"
    if AGE_OF_RE.search(text, max(0, start - 30), start):
        return "threshold"
    # A prison term's cue may stand early in its clause: "penalties of ... and fines ..., and eight to 20 years".
    if _PENALTY_AFTER_RE.match(text[end : end + 40]) or _PENALTY_CUE_RE.search(words_before(text, start, 25).lower()):
        return "penalty"
    if _PRESCRIBES_RE.search(text, max(0, start - 40), start):
        return "penalty"
    return "duration"


def _count_kind(text: str, start: int, end: int, unit: str) -> str:
    """Return capacity, threshold, penalty or count for a number of things."""
    before = words_before(text, start, 5)
    if unit in CAPACITY_UNITS or _CAPACITY_CUE_RE.search(words_before(text, start, 3)):
        return "capacity"
    quote = text[start:end].lower()
    if _WITH_COMPARATOR_RE.search(before) or " or more" in quote or " or fewer" in quote or " or less" in quote:
        return "threshold"  # "cases involving three or more individuals"
    if _WITH_RE.search(before) and quote.startswith(COMPARATORS):
        return "threshold"  # "companies with more than 250 employees"
    if "wage" in unit or "salar" in unit:
        return "penalty" if _FINE_CUE_RE.search(before) else "money"
    return "count"


def figure_kind(text: str, *, start: int, end: int, unit: str, money: bool, fraction: bool) -> str:
    """Return the kind of the figure quoted by text[start:end]."""
    if fraction:
        return "fraction"
    if money:
        return _money_kind(text, start)
    if unit == "percent":
        before = words_before(text, start, 6)
        if _FINE_CUE_RE.search(before):
            return "penalty"
        return "threshold" if _CAP_CUE_RE.search(before) else "percentage"
    if unit in TIME_UNITS.values():
        return _time_kind(text, start, end)
    return _count_kind(text, start, end, unit)
