"""Zero counts: "no victims", "No official", "did not report any prosecutions"."""

from __future__ import annotations

import re

from tipcli.importing.extract.figure_scan import Draft
from tipcli.importing.extract.figure_units import noun_phrase
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.money import FUNDING_NOUNS
from tipcli.importing.lexicon.nouns import COUNTABLE, NONCOUNT
from tipcli.importing.text import layer

# "did not ... any": at most four words between, none of them punctuation, so the match stays short and linear.
_NOT_ANY_RE = re.compile(
    r"\b(?:did|does|do|has|have|had|could|would|will|was|were|is|are)\s+not(?!\s+only\b)(?:\s+[A-Za-z][\w-]*){0,4}?\s+any\b",
    re.IGNORECASE,
)
_NO_RE = re.compile(
    r"\b(?:no|none\s+of\s+the)\b(?!\.|\s+(?:longer|later|more|less|one|matter|doubt|sooner|such)\b)", re.I
)


def _head(unit: str) -> str:
    """Return the last word of a unit ("cases" of "forced labor cases")."""
    return unit.split()[-1].lower() if unit else ""


# Money not given: "did not provide any funding" is a zero amount, in the noun's own words.
_MONEY_NOUN_RE = re.compile(r"\s+(" + alternation(FUNDING_NOUNS) + r")\b", re.I)


def _zero_after(text: str, start: int, pos: int, *, singular_too: bool, money_too: bool) -> Draft | None:
    """Return a zero count whose marker runs from start to pos and whose noun follows pos."""
    money = _MONEY_NOUN_RE.match(text, pos) if money_too else None  # "had no budget": a state, no amount
    if money is not None:
        unit = " ".join(money[1].lower().split())
        return Draft(
            start=start, end=money.end(), num_start=start, num_end=pos, value=0, unit=unit, zero=True, money=True
        )
    phrase = noun_phrase(text, pos, singular=False)
    if phrase is not None and _head(phrase.unit) not in NONCOUNT:
        return Draft(start=start, end=phrase.end, num_start=start, num_end=pos, value=0, unit=phrase.unit, zero=True)
    if not singular_too or phrase is not None:
        return None
    single = noun_phrase(text, pos, singular=True)
    if single is None or single.plural or _singular(single.unit) not in COUNTABLE:
        return None
    return Draft(start=start, end=single.end, num_start=start, num_end=pos, value=0, unit=single.unit, zero=True)


def _singular(unit: str) -> str:
    """Return the singular of a plural made by pluralize(), for the countable-noun check."""
    head = _head(unit)
    for plural, single in (("children", "child"), ("women", "woman"), ("men", "man"), ("ies", "y"), ("ches", "ch")):
        if head.endswith(plural):
            return head[: -len(plural)] + single
    return head[:-1] if head.endswith("s") else head


def zero_drafts(text: str) -> list[Draft]:
    """Return the zero counts stated in text."""
    found = []
    for match in _NOT_ANY_RE.finditer(text):
        # "did not order restitution in any case": a countable singular after "any" counts none too.
        draft = _zero_after(text, match.start(), match.end(), singular_too=True, money_too=True)
        if draft is not None:
            found.append(draft)
    for match in _NO_RE.finditer(text):
        draft = _zero_after(text, match.start(), match.end(), singular_too=True, money_too=False)
        if draft is not None:
            found.append(draft)
    return found


# "Both shelters are ...": a sentence that opens on "Both" and a plural noun restates a pair ("both X and Y" does not).
_BOTH_RE = re.compile(r"Both(?=\s)")
# "none was prosecuted": none of the group counted before; the unit comes from that group.
_NONE_RE = re.compile(r"\bnone(?=\s+(?:was|were|is|are|has|had|received|faced)\b)", re.IGNORECASE)


def pair_drafts(text: str) -> list[Draft]:
    """Return "Both X" opening a sentence as two X, and "none was ..." as a zero count of the group before."""
    found = []
    doc = layer(text)
    for match in _BOTH_RE.finditer(text):
        if doc.sentence(match.start())[0] != match.start():
            continue
        phrase = noun_phrase(text, match.end(), singular=False)
        if phrase is not None and not _AND_AFTER_RE.match(text, phrase.end) and phrase.unit.islower():
            found.append(
                Draft(
                    start=match.start(),
                    end=phrase.end,
                    num_start=match.start(),
                    num_end=match.end(),
                    value=2,
                    unit=phrase.unit,
                )
            )
    for match in _NONE_RE.finditer(text):
        found.append(
            Draft(
                start=match.start(), end=match.end(), num_start=match.start(), num_end=match.end(), value=0, zero=True
            )
        )
    return found


_AND_AFTER_RE = re.compile(r"\s+and\b")
