"""The tokens around a figure: its clause's words before it, and token rules that end right before it or start after it.

A figure's kind, group and year are decided by the words next to its number. Each question here reads
the paragraph's text layer (text.py: sentences and tokens, split once), never a window of raw text:
"the clause" is the layer's sentence, cut at a ';' or ':' token. A rule table that must END right before a
number ("aged 17", "compared with 28") is matched once per paragraph (matcher.find_all) and its matches
are looked up by where they end; a table that STARTS right after a number ("17 years of age") is tried
from that one token (matcher.match_from). So a figure costs a few lookups, never a scan of its paragraph.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from tipcli.importing.extract.matcher import Match, TokenRule, find_all, match_from
from tipcli.importing.text import Token, layer

# Inside a sentence, a clause ends at these tokens; a bullet opens a list's next item, which the sentence
# splitter may leave in one sentence with the item before ("... imprisonment. • Extend the 45-day period").
CLAUSE_MARKS = frozenset(";•▪◦")


def is_word(token: Token) -> bool:
    """Tell whether a token is a word or a number, not a mark of punctuation."""
    return token.text[0].isalnum()


def breaks_clause(tokens: Sequence[Token], index: int) -> bool:
    """Tell whether tokens[index] ends a clause: a semicolon, a bullet, or a colon a blank follows (not "10:30")."""
    text = tokens[index].text
    if text == ":":
        return index + 1 == len(tokens) or tokens[index + 1].start > tokens[index].end
    return text in CLAUSE_MARKS


def clause_tokens(text: str, pos: int, count: int) -> tuple[Token, ...]:
    """Return up to count tokens (marks included) that end at or before pos, within its clause, nearest last."""
    doc = layer(text)
    tokens = doc.words_before(pos, count)
    if not tokens:
        return tokens
    first = bisect.bisect_left(doc.token_starts, tokens[0].start)
    for index in range(len(tokens) - 1, -1, -1):
        if breaks_clause(doc.tokens, first + index):
            return tokens[index + 1 :]
    return tokens


def clause_words(text: str, pos: int, count: int) -> tuple[str, ...]:
    """Return the last count words before pos in its clause, lower-cased, marks of punctuation left out."""
    # A word comes with at most one or two marks ("victims,", "(US$"): twice the count and a few reach them.
    words = [t.text.lower() for t in clause_tokens(text, pos, 2 * count + 4) if is_word(t)]
    return tuple(words[-count:])


def token_before(text: str, pos: int) -> Token | None:
    """Return the token right before pos in its sentence, with only blanks between, or None."""
    before = layer(text).words_before(pos, 1)
    return before[0] if before and not text[before[0].end : pos].strip() else None


# id(table) -> (the table, the last paragraph asked, its matches by end). The table is kept so that its id is
# never another table's; a table must be a module's constant (a slice made per call would miss every time).
_ENDS: dict[int, tuple[Sequence[TokenRule], str, dict[int, list[Match]]]] = {}


def _ends(text: str, rules: Sequence[TokenRule]) -> dict[int, list[Match]]:
    """Return a table's matches in a paragraph by where they end, made once per paragraph and table.

    The speed trick of this module: the table is matched over the paragraph once (find_all, which tries a
    rule only where its first word stands) and every figure of the paragraph looks its matches up here.
    """
    memo = _ENDS.get(id(rules))
    if memo is not None and memo[0] is rules and memo[1] is text:
        return memo[2]
    index: dict[int, list[Match]] = {}
    for match in find_all(text, rules):
        index.setdefault(match.end, []).append(match)
    _ENDS[id(rules)] = (rules, text, index)
    return index


def ending_before(text: str, rules: Sequence[TokenRule], pos: int) -> Match | None:
    """Return the longest match of a rule table that ends right before pos (blanks between), or None."""
    before = token_before(text, pos)
    if before is None:
        return None
    found = _ends(text, rules).get(before.end, ())
    return max(found, key=lambda m: len(m.tokens), default=None)


def starting_after(text: str, rules: Sequence[TokenRule], pos: int) -> Match | None:
    """Return the longest match of a rule table that starts at the first token after pos, in pos's sentence."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, pos)
    if index == len(doc.tokens) or doc.tokens[index].start >= doc.sentence(pos)[1]:
        return None
    return match_from(text, rules, pos)
