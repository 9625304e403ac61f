"""What kind of quantity a figure is, from its unit and the words around it.

The words are tokens of the paragraph's text layer (context.py): a lexicon word among the last few words
of the figure's clause ("fined", "capped", "aged"), or a token rule that ends right before the quote
(KIND_RULES: "carries a maximum of", "the age of consent to", "companies with") or starts right after it
(AFTER_RULES: "years' imprisonment", "years of age").
"""

from __future__ import annotations

import bisect
import itertools
import re

from tipcli.importing.extract.context import clause_tokens, clause_words, ending_before, starting_after
from tipcli.importing.extract.matcher import T, TokenRule, phrase_at
from tipcli.importing.lexicon.context import (
    AGE_AFTER,
    AGE_BOUNDS,
    AGE_WORDS,
    BOUND_WORDS,
    CAP_STEMS,
    CAP_WORDS,
    CAPACITY_PHRASES,
    CAPACITY_STEMS,
    FINE_STEMS,
    FINE_WORDS,
    HOLDING_WORDS,
    LAW_TERM_OPENERS,
    LAW_VERB_STEMS,
    PENALTY_STEMS,
    PRISON_PHRASES,
)
from tipcli.importing.lexicon.hedges import COMPARATORS
from tipcli.importing.lexicon.indicators import INDICATOR_WORDS
from tipcli.importing.lexicon.nouns import CAPACITY_UNITS, TIME_UNITS
from tipcli.importing.text import layer

_LAW_VERB = re.compile("(?:" + "|".join(LAW_VERB_STEMS) + r")\w*", re.IGNORECASE)  # one token: "prescribes"
_LOWER_WORD = re.compile(r"[a-z]+")  # one token: "consent" in "the age of consent to 16"
_YOUNGEST = ("as young as", "as old as")  # the quote opens on them: "girls as young as 13" is the youngest age
_OR_MORE = ("or more", "or fewer", "or less")  # inside the quote: "three or more individuals" is a limit
_PRISON_TERMS = (INDICATOR_WORDS["punishment"] - {"custodial"}) | set(PRISON_PHRASES)

# Rules that end right before a figure's quote and say it is an age.
AGE_RULES = (
    TokenRule(
        name="age of",
        purpose='"under the age of 18", "ages 12 to 15", "aged 17", "younger than 14", "under 16": the number is an age',
        pattern=(
            T(
                any_of=(
                    T(lower_in={"aged", "ages", "under"}),
                    T(lower="age"),
                    T(lower_in={"younger", "older"}),
                )
            ),
            T(op="?", lower_in={"of", "than"}),
        ),
        examples=(("Girls under the age of 16 worked there.", "age of"), ("Boys aged 15 were held.", "aged")),
        not_examples=("The new agency opened in May.",),
    ),
    TokenRule(
        name="age set at",
        purpose='"set the minimum age at 15", "raised the age of consent to 16": the number the age is set to',
        pattern=(
            T(lower="age"),
            T(op="?", lower_in={"of", "for"}),
            T(op="?", match=_LOWER_WORD),
            T(lower_in={"at", "to"}),
        ),
        examples=(("The law raised the age of consent to 16.", "age of consent to"),),
        not_examples=("Officials reported the ages of the victims.",),
    ),
)
# Rules that end right before a span of years and say the law prescribes it: a penalty.
LAW_RULES = (
    TokenRule(
        name="law carries",
        purpose='"prescribes five to 10 years", "carries a maximum of 15 years", "punishable by 12 years": a penalty',
        # "up to" and "between" open the quote itself (figure_hedges), so the rule ends before them.
        pattern=(
            T(any_of=(T(match=_LAW_VERB), T(lower="punishable"))),
            T(op="?", lower="by"),
            T(op="?", lower_in={"a", "an"}),
            T(op="?", phrase_in=LAW_TERM_OPENERS),
            T(op="?", lower="term"),
            T(op="?", lower="of"),
        ),
        examples=(
            ("The statute carries a maximum of 15 years.", "carries a maximum of"),
            ("Forced labor is punishable by 12 years.", "punishable by"),
        ),
        not_examples=("The trucks drove south for 12 hours.",),
    ),
)
# Rules that end right before an amount or a count and make it a limit.
BOUND_RULES = (
    TokenRule(
        name="bound word",
        purpose='"revenues above 50 million", "sums exceeding 10,000": the amount is a bound',
        pattern=(T(lower_in=BOUND_WORDS),),
        examples=(("Firms with revenues above 50 million must report.", "above"),),
    ),
    TokenRule(
        name="holding a comparator",
        purpose='"cases involving under 10 victims", "firms with at least 250 workers": the count is a limit',
        pattern=(T(lower_in=HOLDING_WORDS | {"of"}), T(phrase_in=(*COMPARATORS, "at least"))),
        examples=(("It covers firms with over 250 workers.", "with over"),),
        not_examples=("Police worked with officials over the border.",),
    ),
    TokenRule(
        name="holding",
        purpose='"companies with more than 250 employees": "with" before a quote that opens on a comparator',
        pattern=(T(lower_in=HOLDING_WORDS),),
        examples=(("It covers firms employing more than 50 people.", "employing"),),
    ),
)
# Rules that start right after a span of years.
AFTER_RULES = (
    TokenRule(
        name="prison term after",
        purpose='"five years\' imprisonment", "ten years in prison", "12 years of incarceration": a penalty',
        pattern=(
            T(op="?", text_in={"’", "'"}),
            T(op="?", lower="s"),
            T(op="?", lower="of"),
            T(phrase_in=_PRISON_TERMS),
        ),
        examples=(("The judge gave him nine years in prison.", "in prison"),),
        not_examples=("The judge gave him nine years of probation.",),
    ),
    TokenRule(
        name="age after",
        purpose='"12 years of age", "17 years old": the years are an age',
        pattern=(T(phrase_in=AGE_AFTER),),
        examples=(("It hired girls 14 years old.", "old"), ("Boys of 12 years of age worked.", "of age")),
    ),
    TokenRule(
        name="and older",
        purpose='"14 years and older", "children of 12 and under": the years are an age, a bound',
        pattern=(T(lower="and"), T(lower_in=AGE_BOUNDS)),
        examples=(("Children of 12 years and older work.", "and older"),),
        not_examples=("It hired 12 men and 40 women.",),
    ),
)
KIND_RULES = (*AGE_RULES, *LAW_RULES, *BOUND_RULES, *AFTER_RULES)
# The tables each question asks, made once: context.ending_before keeps a table's matches by the table.
_BOUND_WORD = BOUND_RULES[:1]
_HOLDING = BOUND_RULES[1:]
_PRISON_AFTER = AFTER_RULES[:1]
_AGE_AFTER = AFTER_RULES[1:]


def _has(words: tuple[str, ...], vocabulary: frozenset[str], stems: tuple[str, ...] = ()) -> bool:
    """Tell whether one of the words is in a vocabulary or starts with one of its stems."""
    return (
        any(word in vocabulary or word.startswith(stems) for word in words)
        if stems
        else bool(vocabulary.intersection(words))
    )


def words_before(text: str, pos: int, count: int) -> str:
    """Return up to count tokens before pos in its clause, as written and blank-separated (figures' labels)."""
    return " ".join(t.text for t in clause_tokens(text, pos, count))


def age_before(text: str, pos: int) -> bool:
    """Tell whether a word of age ends right before pos: "the age of 18", "aged 17", "under 16"."""
    return ending_before(text, AGE_RULES, pos) is not None


def _quote_opens(text: str, start: int, phrases: tuple[str, ...]) -> bool:
    """Tell whether the quote at start opens on one of the phrases."""
    doc = layer(text)
    return phrase_at(doc.tokens, bisect.bisect_left(doc.token_starts, start), phrases) > 0


def _quote_holds(text: str, start: int, end: int, phrases: tuple[str, ...]) -> bool:
    """Tell whether one of the phrases stands inside the quote text[start:end]."""
    doc = layer(text)
    quote = doc.tokens[bisect.bisect_left(doc.token_starts, start) : bisect.bisect_left(doc.token_starts, end)]
    return any(phrase_at(quote, i, phrases) for i in range(len(quote)))


def _money_kind(text: str, start: int) -> str:
    """Return penalty, threshold or money for an amount."""
    before = clause_words(text, start, 6)
    if _has(before, FINE_WORDS, FINE_STEMS):
        return "penalty"
    if _has(before, CAP_WORDS, CAP_STEMS) or ending_before(text, _BOUND_WORD, start):
        return "threshold"
    return "money"


def _is_age(text: str, start: int, end: int) -> bool:
    """Tell whether a span of years is an age: "girls as young as 13", "under 16 years", "17 years old"."""
    if _quote_opens(text, start, _YOUNGEST) or text[start:end].endswith("-old"):  # one token: "17-year-old"
        return True
    if starting_after(text, _AGE_AFTER, end):
        return True
    return _has(clause_words(text, start, 3), AGE_WORDS) or age_before(text, start)


def _time_kind(text: str, start: int, end: int) -> str:
    """Return threshold (ages), penalty (prison terms) or duration for a time span."""
    if _is_age(text, start, end):
        return "threshold"
    # A prison term's cue may stand early in its clause: "penalties of ... and fines ..., and eight to 20 years".
    if starting_after(text, _PRISON_AFTER, end) or _has(clause_words(text, start, 25), frozenset(), PENALTY_STEMS):
        return "penalty"
    if ending_before(text, LAW_RULES, start):
        return "penalty"
    return "duration"


def _count_kind(text: str, start: int, end: int, unit: str) -> str:
    """Return capacity, threshold, penalty or count for a number of things."""
    near = clause_words(text, start, 3)
    pairs = tuple(" ".join(pair) for pair in itertools.pairwise(near))
    if unit in CAPACITY_UNITS or _has((*near, *pairs), frozenset(CAPACITY_PHRASES), CAPACITY_STEMS):
        return "capacity"
    holding = ending_before(text, _HOLDING, start)
    if (holding and holding.rule == "holding a comparator") or _quote_holds(text, start, end, _OR_MORE):
        return "threshold"  # "cases involving three or more individuals"
    if holding and _quote_opens(text, start, COMPARATORS):
        return "threshold"  # "companies with more than 250 employees"
    if "wage" in unit or "salar" in unit:
        return "penalty" if _has(clause_words(text, start, 5), FINE_WORDS, FINE_STEMS) else "money"
    return "count"


def figure_kind(text: str, *, start: int, end: int, unit: str, money: bool, fraction: bool) -> str:
    """Return the kind of the figure quoted by text[start:end]."""
    if fraction:
        return "fraction"
    if money:
        return _money_kind(text, start)
    if unit == "percent":
        before = clause_words(text, start, 6)
        if _has(before, FINE_WORDS, FINE_STEMS):
            return "penalty"
        return "threshold" if _has(before, CAP_WORDS, CAP_STEMS) else "percentage"
    if unit in TIME_UNITS.values():
        return _time_kind(text, start, end)
    return _count_kind(text, start, end, unit)
