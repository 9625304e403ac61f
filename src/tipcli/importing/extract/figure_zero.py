"""Zero counts: "no victims", "No official", "did not report any prosecutions"."""

from __future__ import annotations

from tipcli.importing.extract.figure_scan import Draft
from tipcli.importing.extract.figure_units import noun_phrase
from tipcli.importing.extract.matcher import Match, T, TokenRule, find, phrase_at
from tipcli.importing.lexicon.money import FUNDING_NOUNS
from tipcli.importing.lexicon.nouns import COUNTABLE, NONCOUNT
from tipcli.importing.lexicon.numbers import NO_IDIOMS
from tipcli.importing.lexicon.verbs import AFTER_NONE, AUXILIARIES
from tipcli.importing.text import layer

_NOT_AN_IDIOM = T(op="!", lower_in=NO_IDIOMS | {"."})  # "no longer", "no matter", "Law No. 5"

# The markers of a zero count; the noun after the marker is what was counted (figure_units.noun_phrase).
ZERO_RULES = (
    TokenRule(
        name="not any",
        purpose="an auxiliary, 'not', at most four words and 'any': nothing of the noun after 'any' was done",
        pattern=(
            T(lower_in=AUXILIARIES),
            T(lower="not"),
            T(op="!", lower="only"),  # "did not only fund any shelter but ..." denies nothing
            T(op="*", max=4, is_word=True),
            T(lower="any"),
        ),
        shortest=True,  # the first "any": "did not open any shelter or any center"
        examples=(
            ("Inspectors did not find any minors at the sites.", "did not find any"),
            ("The agency has not yet opened any shelter.", "has not yet opened any"),
        ),
        not_examples=("The court did not only convict any who appealed.", "It did not, in the end, pay any fine."),
    ),
    TokenRule(
        name="no",
        purpose="'no' before a noun: 'no victims', 'no official', not an idiom such as 'no longer' or 'no more than'",
        pattern=(T(lower="no"), _NOT_AN_IDIOM),
        examples=(("Officers found no minors in the mine.", "no"),),
        not_examples=("The office no longer runs a hotline.", "See Law No. 12."),
    ),
    TokenRule(
        name="none of the",
        purpose="'none of the' before a plural noun: 'none of the shelters' counts none",
        pattern=(T(lower="none"), T(lower="of"), T(lower="the"), _NOT_AN_IDIOM),
        examples=(("None of the clinics treated adults.", "None of the"),),
    ),
)
# Counts a word makes of a group: "Both" opening a sentence (two of the noun after it), "none was" (none of
# the group named before, whose unit a later pass finds).
PAIR_RULES = (
    TokenRule(
        name="both opening a sentence",
        purpose="a sentence that opens on 'Both' and a plural noun restates a pair: 'Both clinics closed'",
        pattern=(T(text="Both", is_sent_start=True),),
        examples=(("Two clinics opened. Both clinics closed.", "Both"),),
        not_examples=("They closed both clinics.",),
    ),
    TokenRule(
        name="none was",
        purpose="'none' before a verb counts none of the group named before: 'none was convicted'",
        pattern=(T(lower="none", name="none"), T(lower_in=AFTER_NONE)),
        examples=(("Police held six men, but none faced trial.", "none faced"),),
        not_examples=("None of them left.",),
    ),
)


def _head(unit: str) -> str:
    """Return the last word of a unit ("cases" of "forced labor cases")."""
    return unit.split()[-1].lower() if unit else ""


def _money_after(text: str, pos: int) -> tuple[str, int] | None:
    """Return the money noun right after pos and where it ends ("did not provide any funding": a zero amount)."""
    after = layer(text).words_after(pos, 3)
    taken = phrase_at(after, 0, FUNDING_NOUNS) if after and after[0].start > pos else 0
    if not taken:
        return None
    return " ".join(t.text.lower() for t in after[:taken]), after[taken - 1].end


def _zero_after(text: str, start: int, pos: int, *, singular_too: bool, money_too: bool) -> Draft | None:
    """Return a zero count whose marker runs from start to pos and whose noun follows pos."""
    money = _money_after(text, pos) if money_too else None  # "had no budget": a state, no amount
    if money is not None:
        unit, end = money
        return Draft(start=start, end=end, num_start=start, num_end=pos, value=0, unit=unit, zero=True, money=True)
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
    for match in find(text, ZERO_RULES):
        # "did not order restitution in any case": a countable singular after "any" counts none too.
        money_too = match.rule == "not any"
        draft = _zero_after(text, match.start, match.end, singular_too=True, money_too=money_too)
        if draft is not None:
            found.append(draft)
    return found


def pair_drafts(text: str) -> list[Draft]:
    """Return "Both X" opening a sentence as two X, and "none was ..." as a zero count of the group before."""
    found = []
    for match in find(text, PAIR_RULES):
        if match.rule == "none was":
            (none,) = match.group("none")
            found.append(
                Draft(start=none.start, end=none.end, num_start=none.start, num_end=none.end, value=0, zero=True)
            )
        elif text[match.end : match.end + 1].isspace() and (draft := _both(text, match)) is not None:
            found.append(draft)
    return found


def _both(text: str, match: Match) -> Draft | None:
    """Return "Both" and the plural noun after it as two of that noun, unless "and" follows ("both X and Y")."""
    phrase = noun_phrase(text, match.end, singular=False)
    if phrase is None or not phrase.unit.islower():
        return None
    after = layer(text).words_after(phrase.end, 1)
    if after and after[0].lower == "and" and after[0].start > phrase.end:
        return None
    return Draft(start=match.start, end=phrase.end, num_start=match.start, num_end=match.end, value=2, unit=phrase.unit)
