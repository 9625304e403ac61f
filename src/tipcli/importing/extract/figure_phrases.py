"""The phrases around a number that drafting a figure asks about, as token rules (matcher.py).

What joins a range ("five to 15"), a percent sign, "of the", "of it", "or more" after a number,
"as young as" before it, a verb of change before it ("rose from 12 to 20", "increase by one-half"),
a copula after a bare number ("61 were women"). Each is asked from a few tokens at a number, with
match_from, never by a scan of the paragraph: a list of thousands of numbers stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tipcli.importing.extract.context import clause_tokens
from tipcli.importing.extract.matcher import Match, T, TokenRule, match_from
from tipcli.importing.lexicon.dates import YEAR_DIGITS
from tipcli.importing.lexicon.hedges import AFTER_HEDGES, HEDGES
from tipcli.importing.lexicon.verbs import CHANGE_VERBS
from tipcli.importing.text import Token, layer

_WORD = re.compile(r"[a-z]+", re.IGNORECASE)  # inside one token: a word of letters only
POSSESSIVE = re.compile(r"[A-Za-z]+[’']s")  # inside one token: "country's", the owner before a noun
_THE = ("the", "these", "those", "its", "their")

RANGE_RULES = (
    TokenRule(
        name="range join",
        purpose="'five to 15', '10 – 14', 'five- to 10-year': the word or dash between the two ends of a range",
        pattern=(T(op="?", text="-"), T(text_in=("to", "–", "—"))),
        examples=(("Terms ran from five to 15 years.", "to"), ("Fines of 10 – 14 dinars applied.", "–")),
    ),
)
PERCENT_RULES = (
    TokenRule(
        name="percent sign",
        purpose="'18 percent', '5%', '3 per cent': a number is a percentage",
        pattern=(T(text_in=("%", "percent")),),
        examples=(("Arrests rose 18 percent.", "percent"), ("Arrests rose 5% in May.", "%")),
        not_examples=("The percentage of cases rose.",),
    ),
    TokenRule(
        name="per cent",
        purpose="'3 per cent' written in two words: a percentage",
        pattern=(T(text="per"), T(text="cent")),
        examples=(("Arrests rose 3 per cent.", "per cent"),),
    ),
)
OF_RULES = (
    TokenRule(
        name="of a group",
        purpose="'one-half of the 40 victims', 'a third of all cases', 'half of the 2020 budget': what a fraction is of",
        pattern=(T(text="of"), T(op="?", text_in=(*_THE, "all")), T(op="?", match=YEAR_DIGITS)),
        examples=(("Half of the 2020 budget went unspent.", "of the 2020"),),
    ),
)
OF_IT_RULES = (
    TokenRule(
        name="of it",
        purpose="'nearly half of it': a fraction of the amount named before",
        pattern=(T(text="of"), T(text="it")),
        examples=(("It won 30 grants and spent half of it.", "of it"),),
    ),
)
OF_THE_RULES = (
    TokenRule(
        name="of the",
        purpose="'three of the shelters': the noun after 'of the' is what a bare number counts",
        pattern=(T(text="of"), T(text_in=_THE)),
        examples=(("Three of the shelters closed.", "of the"),),
    ),
)
OR_MORE_RULES = (
    TokenRule(
        name="or more",
        purpose="'three or more victims': a hedge written after the number",
        pattern=(T(phrase_in=AFTER_HEDGES),),
        examples=(("Groups of three or more victims were moved.", "or more"),),
    ),
)
AS_AGE_RULES = (
    TokenRule(
        name="as young as",
        purpose="'girls as young as 13': the number after is an age",
        pattern=(T(lower="as"), T(lower_in=("young", "old")), T(lower="as")),
        examples=(("Boys as young as nine worked there.", "as young as"),),
    ),
)
CHANGE_FROM_RULES = (
    TokenRule(
        name="change from",
        purpose="'rose from 12 to 20 shelters': a number then and one now, two figures, not a range",
        pattern=(
            T(lower_in=CHANGE_VERBS),
            T(op="?", match=_WORD),
            T(lower="from"),
            T(op="?", phrase_in=HEDGES),  # the number's own span holds its "$"
        ),
        examples=(("Arrests fell sharply from about 90 to 41.", "fell sharply from about"),),
    ),
)
BY_SUBJECT_RULES = (
    TokenRule(
        name="increase by",
        purpose="'penalties increase by one-half': the subject of the change is what the fraction is of",
        pattern=(T(match=_WORD, name="subject"), T(op="?", lower="are"), T(lower_in=CHANGE_VERBS), T(lower="by")),
        examples=(("Penalties increase by one-half for officials.", "Penalties increase by"),),
    ),
)
COPULA_RULES = (
    TokenRule(
        name="copula after a number",
        purpose="'61 were women', '12 are also minors': a bare number described by what follows the copula",
        pattern=(T(text_in=("were", "are")), T(op="?", text="also")),
        examples=(("Of the 80, 61 were also women.", "were also"),),
    ),
)
PHRASE_RULES = (
    *RANGE_RULES,
    *PERCENT_RULES,
    *OF_RULES,
    *OF_IT_RULES,
    *OF_THE_RULES,
    *OR_MORE_RULES,
    *AS_AGE_RULES,
    *CHANGE_FROM_RULES,
    *BY_SUBJECT_RULES,
    *COPULA_RULES,
)
_REACH = 8  # tokens before a number: the longest rule ending there, "rose sharply from as many as $"


def _may_start(rules: Sequence[TokenRule], word: Token) -> bool:
    """Tell whether a word may start a match of some rule: its first spec, if required, fits it.

    The cheap test before match_from: most numbers are followed by a word no table starts with.
    """
    for rule in rules:
        spec = rule.pattern[0]
        phrases = spec.phrase_in if spec.phrase_in is not None else ()
        if spec.op or (spec.fits(word, False) and (not phrases or any(p.split()[0] == word.lower for p in phrases))):
            return True
    return False


def after(text: str, rules: Sequence[TokenRule], pos: int) -> Match | None:
    """Return the longest match of a table that starts at the word right after pos (blanks between, one at least)."""
    word = layer(text).token_after(pos)
    if word is None or word.start == pos or not _may_start(rules, word):
        return None
    found = match_from(text, rules, pos)
    return found if found is not None and found.start == word.start else None


def at(text: str, rules: Sequence[TokenRule], pos: int) -> Match | None:
    """Return the longest match of a table that starts at the token starting at pos."""
    word = layer(text).token_at(pos)
    if word is None or word.start != pos or not _may_start(rules, word):
        return None
    return match_from(text, rules, pos)


def ending_at(text: str, rules: Sequence[TokenRule], pos: int, *, needs: str) -> Match | None:
    """Return the longest match of a table that ends right before pos (blanks between), tried from a few tokens before.

    needs: a word every match holds ("from" of "rose from"); where none of the tokens before pos is
    that word, no rule is tried (most numbers have none, and a list of numbers asks at each).
    """
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, pos)
    first = max(0, index - _REACH)
    if all(t.lower != needs for t in doc.tokens[first:index]):
        return None
    for k in range(first, index):
        found = match_from(text, rules, doc.tokens[k].start)
        if found is not None and found.end <= pos and not text[found.end : pos].strip():
            return found  # the earliest start: the longest match that ends there
    return None


def joined(text: str, rules: Sequence[TokenRule], end: int, start: int) -> Match | None:
    """Return the match of a table that fills the gap between two numbers exactly, blanks or none around it ("10–14")."""
    word = layer(text).token_after(end)
    if word is None or not _may_start(rules, word):
        return None
    found = match_from(text, rules, end)
    if found is None or found.start != word.start or found.end > start:
        return None
    return found if not text[found.end : start].strip() else None


def clause_before(text: str, pos: int, count: int, reach: int) -> tuple[Token, ...]:
    """Return up to count tokens of pos's sentence before pos, within reach characters, after the last mark of a clause."""
    return tuple(w for w in clause_tokens(text, pos, count) if w.start >= pos - reach)
