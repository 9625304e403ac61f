"""The year a figure refers to, when its own sentence states it.

Read from the paragraph's text layer (text.py): a year is a token of four digits; its clause is the layer's
sentence, cut at a semicolon or a colon (context.breaks_clause); a clause is cut again into parts at the
words that open a comparison or a relative clause (OPENERS), and brackets keep their years to themselves.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from tipcli.importing.extract.context import breaks_clause, is_word
from tipcli.importing.extract.matcher import phrase_at
from tipcli.importing.lexicon.context import (
    ATTRIBUTIVES,
    FIGURE_LINKS,
    OPENERS,
    OPENERS_AFTER_COMMA,
    PERIOD_LINKS,
    PERIOD_OPENERS,
)
from tipcli.importing.lexicon.dates import DAY_DIGITS, MONTH_ABBREVIATIONS, MONTH_NAMES, PERIOD_PARTS
from tipcli.importing.lexicon.hedges import COMPARISONS
from tipcli.importing.lexicon.money import SYMBOLS
from tipcli.importing.lexicon.nouns import INSTRUMENT_NOUNS
from tipcli.importing.text import Layer, Token, layer

# One token: a year ("2019"), in a part of its period ("mid-2019"), possessive ("2019's"), a fiscal year
# ("2019-20") or a date written in digits ("2019-05-14"); not a year inside a name ("report-2019.pdf").
_YEAR_TOKEN = re.compile(r"(?:(?:" + "|".join(PERIOD_PARTS) + r")-)?((?:19|20)\d\d)(?:['’]s|(?:-\d\d){1,2})?", re.I)
_COMPARING = (*COMPARISONS, "than")
_SOFT_FIRST = frozenset(phrase.split()[0] for phrase in (*OPENERS_AFTER_COMMA, *OPENERS))

_NOT_BEFORE_YEAR = frozenset({".", ","}) | frozenset(SYMBOLS)  # "$2019", "1.2019": no year
_LINKS = frozenset({"", *FIGURE_LINKS})


@dataclass(frozen=True, slots=True, kw_only=True)
class YearMention:
    """A year written in the text and whether it can date a figure."""

    pos: int
    year: int
    dated: bool  # part of a day or month date: it dates a happening


def _year_of(token: Token) -> int | None:
    """Return the year a token states, or None."""
    match = _YEAR_TOKEN.fullmatch(token.text)
    return int(match.group(1)) if match else None


def month_before(text: str, pos: int, *, with_day: bool = True) -> bool:
    """Tell whether a month's name ends right before pos ("in May 2019", "Sept. 2019"), or with_day, a month and a
    day ("May 5, 2019", "5 May 2019" has the month right before)."""
    return _month_before(layer(text), pos, with_day=with_day)


def _month_before(doc: Layer, pos: int, *, with_day: bool = True) -> bool:
    """Tell whether a month's name, and with_day a day of it, ends right before pos."""
    before = list(doc.words_before(pos, 4))
    if with_day and len(before) > 1 and before[-1].text == "," and DAY_DIGITS.fullmatch(before[-2].text):
        before = before[:-2]
    elif with_day and before and DAY_DIGITS.fullmatch(before[-1].text):
        before = before[:-1]
    if before and before[-1].text in MONTH_NAMES:
        return True
    return (
        len(before) > 1
        and before[-1].text == "."
        and before[-2].text.lower() in MONTH_ABBREVIATIONS
        and before[-2].text == before[-2].text.capitalize()  # "Sept. 2019"
    )


def _names_something(before: tuple[Token, ...], after: tuple[Token, ...]) -> bool:
    """Tell whether a year is part of a name: "the 2006 anti-trafficking law", "the 2021 TIP Report", "Law ... of 2006"."""
    words: list[str] = []
    for token in after[:3]:
        if not token.text[0].isalpha():
            break
        words.append(token.text)
    attributive = bool(before) and before[-1].text.lower() in ATTRIBUTIVES and bool(words)
    if attributive and (not INSTRUMENT_NOUNS.isdisjoint(w.lower() for w in words) or words[0][0].isupper()):
        return True
    return (
        len(before) > 1
        and before[-1].text.lower() == "of"
        and before[-2].text[:1].isupper()
        and len(before[-2].text) > 1
    )


def _in_period(before: tuple[Token, ...], after: tuple[Token, ...]) -> bool:
    """Tell whether a year is one end of a period or a base to compare with: "between 2015 and 2017", "since
    2019", "2011 to 2014", "over 2016", "than in 2020"."""
    words = [t.text.lower() for t in before]
    if words[-1:] == ["in"]:
        words = words[:-1]
    if words and words[-1] in PERIOD_OPENERS:
        return True
    if len(after) > 1 and after[0].text.lower() in PERIOD_LINKS and _year_of(after[1]) is not None:
        return True
    return len(before) > 1 and before[-1].text.lower() in PERIOD_LINKS and _year_of(before[-2]) is not None


def _mention(doc: Layer, token: Token) -> YearMention | None:
    """Classify one four-digit year; None when it cannot date a figure."""
    year = _year_of(token)
    if year is None:
        return None
    before, after = doc.words_before(token.start, 4), doc.words_after(token.end, 4)
    if before and before[-1].end == token.start and before[-1].text in _NOT_BEFORE_YEAR:
        return None
    if _in_period(before, after) or _names_something(before, after):
        return None
    return YearMention(pos=token.start, year=year, dated=_month_before(doc, token.start))


def year_mentions(text: str) -> list[YearMention]:
    """Return the years of text that can date a figure."""
    doc = layer(text)
    found = []
    for token in doc.tokens:
        if len(token.text) >= 4 and (
            token.text[0] in "12" or token.text[:1].lower() in "elm"
        ):  # the few tokens a year can be
            mention = _mention(doc, token)
            if mention is not None:
                found.append(mention)
    return found


class YearContext:
    """The clauses, soft breaks, brackets and years of one paragraph, sorted for bisection.

    Made when a figure first asks (most paragraphs state none), in one pass over the paragraph's tokens.
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def _parts(self) -> tuple[list[int], list[int], list[int], list[tuple[int, int]]]:
        """Return the clauses' starts and ends, the soft breaks (outside brackets or in them) and the brackets."""
        doc = layer(self.text)
        tokens = doc.tokens
        starts, ends = list(doc.sentence_starts), list(doc.sentence_ends)
        soft: list[int] = []
        parens: list[tuple[int, int]] = []
        opened = None
        for index, token in enumerate(tokens):
            text = token.text
            if text == "(":
                opened = token.start
            elif text == ")" and opened is not None:
                parens.append((opened, token.end))  # the innermost pair, as a bracket holds no other
                opened = None
            elif text in ";:•▪◦" and breaks_clause(tokens, index):
                starts.append(token.end)
                ends.append(token.start)
            elif text == "," and _opens_part(tokens, index + 1, OPENERS_AFTER_COMMA):
                soft.append(token.start)
            if index and tokens[index - 1].end < token.start and _opens_part(tokens, index, OPENERS):
                soft.append(tokens[index - 1].end)
        return sorted(starts), sorted(ends), soft, parens

    @property
    def clause_starts(self) -> list[int]:
        """Return where each clause starts (a sentence, or the part after a semicolon or colon)."""
        return self._parts[0]

    @property
    def clause_ends(self) -> list[int]:
        """Return where each clause ends."""
        return self._parts[1]

    @functools.cached_property
    def paren_starts(self) -> list[int]:
        """Return where each bracket opens."""
        return [start for start, _ in self._parts[3]]

    @functools.cached_property
    def paren_ends(self) -> list[int]:
        """Return where each bracket closes."""
        return [end for _, end in self._parts[3]]

    @functools.cached_property
    def soft(self) -> list[int]:
        """Return the soft breaks outside brackets: the text after a closing bracket continues its segment."""
        return [b for b in self._parts[2] if _in_paren(self, b) is None]

    @functools.cached_property
    def years(self) -> list[YearMention]:
        """Return the years that can date a figure."""
        return year_mentions(self.text)

    @functools.cached_property
    def year_positions(self) -> list[int]:
        """Return where each year stands."""
        return [y.pos for y in self.years]


def _opens_part(tokens: tuple[Token, ...], index: int, openers: tuple[str, ...]) -> bool:
    """Tell whether the words from tokens[index] open a part of a clause ("which", "compared with")."""
    return index < len(tokens) and tokens[index].text.lower() in _SOFT_FIRST and phrase_at(tokens, index, openers) > 0


def year_context(text: str) -> YearContext:
    """Prepare the clause and year structure of a paragraph (made when first asked)."""
    return YearContext(text)


def _in_paren(ctx: YearContext, pos: int) -> tuple[int, int] | None:
    """Return the bracket pair around pos, if any."""
    index = bisect.bisect_left(ctx.paren_starts, pos) - 1
    if index >= 0 and ctx.paren_starts[index] < pos < ctx.paren_ends[index]:
        return ctx.paren_starts[index], ctx.paren_ends[index]
    return None


def _clause(ctx: YearContext, pos: int) -> tuple[int, int]:
    """Return the clause (sentence, or part between semicolons) around pos."""
    index = max(0, bisect.bisect_right(ctx.clause_starts, pos) - 1)
    return ctx.clause_starts[index], ctx.clause_ends[index]


def _segment(ctx: YearContext, pos: int) -> tuple[int, int]:
    """Return the segment around pos: its bracket, or the stretch between soft breaks in its clause."""
    paren = _in_paren(ctx, pos)
    if paren:
        return paren
    clause_start, clause_end = _clause(ctx, pos)
    index = bisect.bisect_right(ctx.soft, pos)
    start = max(clause_start, ctx.soft[index - 1]) if index > 0 else clause_start
    end = min(clause_end, ctx.soft[index]) if index < len(ctx.soft) else clause_end
    return start, end


def _years_between(ctx: YearContext, start: int, end: int) -> list[YearMention]:
    """Return the year mentions with start <= pos < end."""
    lo = bisect.bisect_left(ctx.year_positions, start)
    hi = bisect.bisect_left(ctx.year_positions, end)
    return ctx.years[lo:hi]


def _usable(ctx: YearContext, mention: YearMention, own_paren: bool) -> bool:
    """Tell whether a year can date a figure of the segment: brackets keep their years to themselves."""
    return own_paren or _in_paren(ctx, mention.pos) is None


def figure_year(ctx: YearContext, pos: int, blockers: list[int]) -> int | None:
    """Return the year the figure at pos refers to, or None when its sentence does not say.

    blockers are the positions of the other figures that stand between a figure and a later year.
    """
    start, end = _segment(ctx, pos)
    own_paren = _in_paren(ctx, pos) is not None
    after = [m for m in _years_between(ctx, pos + 1, end) if _usable(ctx, m, own_paren)]
    if after:
        # A figure in brackets does not stand between a figure outside them and its year, nor the reverse.
        blocking = [b for b in blockers if pos < b < after[0].pos and (_in_paren(ctx, b) is not None) == own_paren]
        return None if blocking else after[0].year
    before = [m for m in _years_between(ctx, start, pos) if _usable(ctx, m, own_paren)]
    if before:
        return before[-1].year
    return None if own_paren else _fallback(ctx, _clause(ctx, pos)[0], start)


def _fallback(ctx: YearContext, clause_start: int, seg_start: int) -> int | None:
    """Return a plain year of an earlier segment of the clause that is not a comparison."""
    for mention in reversed(_years_between(ctx, clause_start, seg_start)):
        if mention.dated or _in_paren(ctx, mention.pos):
            continue
        start, _ = _segment(ctx, mention.pos)
        if not _opens_comparison(ctx.text, start):
            return mention.year
    return None


def _opens_comparison(text: str, pos: int) -> bool:
    """Tell whether the part of a clause at pos opens on a comparison ("..., compared with 35 in 2021")."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, pos)
    while index < len(doc.tokens) and doc.tokens[index].text == ",":
        index += 1
    return phrase_at(doc.tokens, index, _COMPARING) > 0


def linked(text: str, end: int, start: int) -> bool:
    """Tell whether two figures are one phrase ("29 investigations and 15 prosecutions")."""
    doc = layer(text)
    between = doc.tokens[bisect.bisect_left(doc.token_starts, end) : bisect.bisect_left(doc.token_starts, start)]
    return " ".join(t.text.lower() for t in between if is_word(t)) in _LINKS
