"""The hedge before a number ("at least 12", "roughly 40"): where a figure's quote starts and its qualifier."""

from __future__ import annotations

import re

from tipcli.importing.extract.numbers import NumberToken
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import HEDGES

# The hedges TIP narratives put before a number, as written: all start the quote, and the lexicon
# says which give a qualifier ("roughly 40 cases" is quoted, not qualified).
_QUALIFIER_RE = re.compile(r"\b(" + alternation(HEDGES) + r")\s+(?:\$\s?)?$", re.I)
# "information about 12 victims", "learned about 40 cases": that "about" is a preposition of the noun before it.
_PREPOSITION_ABOUT_RE = re.compile(
    r"\b(?:information|data|details|statistics|concerns?|reports?|reporting|know\w*|learn\w*|told|talk\w*|"
    r"speak\w*|spoke|complain\w*|questions?|awareness|worr\w*|care[sd]?)\s+$",
    re.I,
)
# "handed over 12 victims": that "over" belongs to the verb and hedges nothing.
_PHRASAL_OVER_RE = re.compile(r"\b(?:hand|turn|took|tak|pass|carr|won|win|g[ai]v)\w*\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def qualified_start(text: str, token: NumberToken) -> tuple[int, str | None]:
    """Return where the quote starts (with its hedge or "between") and the qualifier."""
    window_start = max(0, token.start - 24)
    match = _QUALIFIER_RE.search(text, window_start, token.start)
    if match and match.end() == token.start:
        hedge = " ".join(match.group(1).lower().split())
        before = text[max(0, match.start() - 20) : match.start()]
        if not (
            (hedge == "over" and _PHRASAL_OVER_RE.search(before))
            or (hedge == "about" and _PREPOSITION_ABOUT_RE.search(before))
        ):
            # The quote keeps any hedge as written; the qualifier is one of the list or none.
            return match.start(), HEDGES.get(hedge)
    between = _BETWEEN_RE.search(text, window_start, token.start)
    if between and between.end() == token.start:
        return between.start(), None
    return token.start, None
