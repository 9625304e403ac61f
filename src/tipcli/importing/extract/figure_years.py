"""The year a figure refers to, when its own sentence states it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from tipcli.importing.lexicon.hedges import COMPARISONS
from tipcli.importing.lexicon.nouns import INSTRUMENT_NOUNS

_MONTHS = alternation(MONTH_NAMES) + "|" + "|".join(rf"{name.capitalize()}\." for name in MONTH_ABBREVIATIONS)
MONTH_RE = re.compile(rf"\b(?:{_MONTHS})$")
# Hard breaks: the end of a sentence, a semicolon, a colon.
_CLAUSE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])|;|:\s")
# Soft breaks inside a clause: a comparison, a relative or subordinate clause, a conditional.
_SOFT_BREAK_RE = re.compile(
    r",\s+(?=(?:compared|up from|down from|which|who|but|and|including|while|although|though|whereas)\b)"
    r"|(?<!\s)\s+(?=(?:compared with|compared to|that|which|who|would)\b)",  # (?<!\s): one try a run of spaces
    re.IGNORECASE,
)
_COMPARISON_RE = re.compile(r"[,\s]*(?:" + alternation([*COMPARISONS, "than"]) + r")\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\w$.,])(?:19|20)\d\d(?![\w]|[.,]\d)")
_PERIOD_BEFORE_RE = re.compile(
    r"\b(?:between|from|since|until|till|before|after|over|than|through)\s+(?:in\s+)?$", re.I
)
_PERIOD_AFTER_RE = re.compile(r"\s*(?:–|—|-|to\s|and\s)\s*(?:19|20)\d\d")
_ATTRIBUTIVE_RE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_NEXT_WORDS_RE = re.compile(r"\s+([A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,2}")
_LINK_RE = re.compile(r"^\W*(?:and|or|involving|including|of the|of these|of its|of their)?\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class YearMention:
    """A year written in the text and whether it can date a figure."""

    pos: int
    year: int
    dated: bool  # part of a day or month date: it dates a happening


def _names_instrument(words: str) -> bool:
    """Tell whether the words after an attributive year name a law, plan or report."""
    return not INSTRUMENT_NOUNS.isdisjoint(words.lower().split())


def _mention(text: str, match: re.Match[str]) -> YearMention | None:
    """Classify one four-digit year; None when it cannot date a figure."""
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    if _PERIOD_BEFORE_RE.search(before) or _PERIOD_AFTER_RE.match(after):
        return None  # a period ("between 2015 and 2017", two years joined by a dash) or a comparison base ("over 2016")
    if re.search(r"(?:19|20)\d\d\s*(?:–|—|-|to\s|and\s)\s*$", before):
        return None  # the end of a period: "2015 and 2017", "2011 to 2014"
    nxt = _NEXT_WORDS_RE.match(after)
    if _ATTRIBUTIVE_RE.search(before) and nxt and (_names_instrument(nxt.group()) or nxt.group(1)[0].isupper()):
        return None  # "the 2006 anti-trafficking law" names the law; "the 2021 TIP Report" is a name
    if re.search(r"\b[A-Z]\w+\s+of\s+$", before):
        return None  # "Law on Trafficking in Persons of 2006"
    stripped = re.sub(r"(?:\s+\d{1,2},?)?\s+$", "", before)
    dated = MONTH_RE.search(stripped) is not None
    return YearMention(pos=match.start(), year=int(match.group()), dated=dated)


def year_mentions(text: str) -> list[YearMention]:
    """Return the years of text that can date a figure."""
    found = []
    for match in _YEAR_RE.finditer(text):
        mention = _mention(text, match)
        if mention is not None:
            found.append(mention)
    return found


@dataclass(frozen=True, slots=True, kw_only=True)
class YearContext:
    """The clauses, soft breaks, brackets and years of one paragraph, sorted for bisection."""

    text: str
    clause_starts: list[int]
    clause_ends: list[int]
    soft: list[int]  # soft breaks outside brackets
    paren_starts: list[int]
    paren_ends: list[int]
    years: list[YearMention]
    year_positions: list[int]


def year_context(text: str) -> YearContext:
    """Prepare the clause and year structure of a paragraph."""
    breaks = list(_CLAUSE_BREAK_RE.finditer(text))
    parens = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    paren_starts = [s for s, _ in parens]
    paren_ends = [e for _, e in parens]
    soft = [m.start() for m in _SOFT_BREAK_RE.finditer(text)]
    years = year_mentions(text)
    ctx = YearContext(
        text=text,
        clause_starts=[0] + [m.end() for m in breaks],
        clause_ends=[m.start() for m in breaks] + [len(text)],
        soft=[],
        paren_starts=paren_starts,
        paren_ends=paren_ends,
        years=years,
        year_positions=[y.pos for y in years],
    )
    # The text after a closing bracket continues the segment the bracket interrupted.
    ctx.soft.extend(b for b in soft if _in_paren(ctx, b) is None)
    return ctx


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
        if not _COMPARISON_RE.match(ctx.text, start):
            return mention.year
    return None


def linked(text: str, end: int, start: int) -> bool:
    """Tell whether two figures are one phrase ("29 investigations and 15 prosecutions")."""
    return _LINK_RE.match(text[end:start]) is not None
