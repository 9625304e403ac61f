"""Every vocabulary the importer uses, defined once; rules refer to these lists by name.

numbers (number words, fractions, multiples, ordinals), hedges (with the qualifier each gives),
dates (months), money (currency names, symbols, ISO codes), nouns (unit heads, time units, counted
and uncountable nouns, instruments), verbs (what a word after a number or date says), structure (tier phrases, header forms, headings,
section formulas, furniture words). A test fails
when a word list of five or more of these words is written again anywhere under importing/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def words(text: str) -> frozenset[str]:
    """Return the set of the blank-separated words of a literal."""
    return frozenset(text.split())


def alternation(vocabulary: Iterable[str]) -> str:
    """Return a regex alternation of phrases, longest first, each blank matching any run of blanks."""
    phrases = sorted(set(vocabulary), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases)
