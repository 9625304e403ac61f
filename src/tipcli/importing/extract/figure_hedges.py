"""The hedge before a number ("at least 12", "roughly 40"): where a figure's quote starts and its qualifier.

HEDGE_RULES are token patterns (matcher.py) that end right before a number: a hedge of the lexicon,
"between", or a word that makes a hedge's word something else ("handed over 12 victims",
"information about 40 cases"). The longest match wins (filter_spans), so a verb's "over" is no hedge.
"""

from __future__ import annotations

import bisect
import re

from tipcli.importing.extract.matcher import T, TokenRule, match_from
from tipcli.importing.extract.numbers import NumberToken
from tipcli.importing.lexicon.hedges import HEDGES
from tipcli.importing.text import layer

_DOLLAR = T(op="?", text="$")  # "at least $12,000": the hedge stands before the currency sign
# One token each: verbs whose "over" is their particle, nouns and verbs whose "about" is a preposition.
_PHRASAL_VERB = re.compile(r"(?:hand|turn|took|tak|pass|carr|won|win|g[ai]v)\w*", re.IGNORECASE)
_ABOUT_HEAD = re.compile(
    r"information|data|details|statistics|concerns?|reports?|reporting|know\w*|learn\w*|told|talk\w*|"
    r"speak\w*|spoke|complain\w*|questions?|awareness|worr\w*|care[sd]?",
    re.IGNORECASE,
)
_REACH = 5  # tokens before a number: the longest rule, a word, "as many as" and a "$"

HEDGE_RULES = (
    TokenRule(
        name="hedge",
        purpose="a hedge of the lexicon right before a number starts its quote; the lexicon says its qualifier",
        pattern=(T(phrase_in=HEDGES, name="hedge"), _DOLLAR),
        examples=(("Police found at least 12 victims.", "at least"), ("It paid up to $900.", "up to $")),
    ),
    TokenRule(
        name="between",
        purpose='"between 40 and 60 victims": the range\'s quote starts at "between", which gives no qualifier',
        pattern=(T(lower="between"), _DOLLAR),
        examples=(("NGOs housed between 40 and 60 victims.", "between"),),
    ),
    TokenRule(
        name="verb's over",
        purpose='"handed over 12 victims": that "over" belongs to the verb and hedges nothing',
        pattern=(T(match=_PHRASAL_VERB), T(lower="over"), _DOLLAR),
        examples=(("Police handed over 12 victims to NGOs.", "handed over"),),
        not_examples=("The unit took part in over 30 raids.",),
    ),
    TokenRule(
        name="preposition about",
        purpose='"information about 12 victims", "learned about 40 cases": that "about" belongs to the word before',
        pattern=(T(match=_ABOUT_HEAD), T(lower="about"), _DOLLAR),
        examples=(("The ministry shared information about 12 victims.", "information about"),),
        not_examples=("Courts heard about 40 cases in 2020, in about 12 weeks.",),
    ),
)
_NOT_HEDGES = ("verb's over", "preposition about")


def qualified_start(text: str, token: NumberToken) -> tuple[int, str | None]:
    """Return where the quote starts (with its hedge or "between") and the qualifier.

    The rules are tried from each of the few tokens before the number, earliest first, so the longest
    match that ends right before it wins; a number costs those few tokens, never a scan of its paragraph.
    """
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, token.start)
    for k in range(max(0, index - _REACH), index):
        match = match_from(text, HEDGE_RULES, doc.tokens[k].start)
        if match is None or text[match.end : token.start].strip():
            continue  # only a match that ends right before the number (blanks between) counts
        if match.rule in _NOT_HEDGES:
            return token.start, None
        if match.rule == "between":
            return match.start, None
        hedge = match.group("hedge")
        # The quote keeps any hedge as written; the qualifier is one of the list or none.
        return match.start, HEDGES.get(" ".join(t.text.lower() for t in hedge))
    return token.start, None
