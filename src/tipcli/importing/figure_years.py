"""The year a figure refers to, when its own sentence states it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
)
MONTH_RE = re.compile(rf"\b(?:{_MONTHS})$")
# Hard breaks: the end of a sentence, a semicolon, a colon.
_CLAUSE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])|;|:\s")
# Soft breaks inside a clause: a comparison, a relative or subordinate clause, a conditional.
_SOFT_BREAK_RE = re.compile(
    r",\s+(?=(?:compared|up from|down from|which|who|but|and|including|while|although|though|whereas)\b)"
    r"|\s+(?=(?:compared with|compared to|that|which|who|would)\b)",
    re.IGNORECASE,
)
_COMPARISON_RE = re.compile(r"[,\s]*(?:compared|up from|down from|than)\b", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\w$.,])(?:19|20)\d\d(?![\w]|[.,]\d)")
# Nouns whose attributive year names an instrument, not the time a figure refers to ("the 2006 law").
_INSTRUMENT_NOUNS = frozenset(
    """law laws act acts code provision provisions amendment amendments constitution report reports plan plans
    protocol protocols convention conventions decree decrees statute statutes legislation edition regulation
    regulations resolution resolutions agreement agreements strategy policy bill""".split()
)
_PERIOD_BEFORE_RE = re.compile(r"\b(?:between|from|since|until|till|before|after|over|than|through)\s+(?:in\s+)?$", re.I)
_PERIOD_AFTER_RE = re.compile(r"\s*(?:–|—|-|to\s|and\s)\s*(?:19|20)\d\d")
_ATTRIBUTIVE_RE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z][\w-]*)")
_LINK_RE = re.compile(r"^\W*(?:and|or|involving|including|of the|of these|of its|of their)?\W*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class YearMention:
    """A year written in the text and whether it can date a figure."""

    pos: int
    year: int
    dated: bool  # part of a day or month date: it dates a happening


def _mention(text: str, match: re.Match[str]) -> YearMention | None:
    """Classify one four-digit year; None when it cannot date a figure."""
    before = text[max(0, match.start() - 40) : match.start()]
    after = text[match.end() : match.end() + 40]
    if _PERIOD_BEFORE_RE.search(before) or _PERIOD_AFTER_RE.match(after):
        return None  # a period ("between 2015 and 2017", "2018–2021") or a comparison base ("over 2016")
    if re.search(r"[–—-]\s*$", before) and re.search(r"(?:19|20)\d\d\s*[–—-]\s*$", before):
        return None
    nxt = _NEXT_WORD_RE.match(after)
    if _ATTRIBUTIVE_RE.search(before) and nxt and nxt.group(1).lower() in _INSTRUMENT_NOUNS:
        return None  # "the 2006 law" names the law
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


def _bounds(breaks: list[int], pos: int, lo: int, hi: int) -> tuple[int, int]:
    """Return the segment [start, end) around pos between the breaks."""
    start, end = lo, hi
    for brk in breaks:
        if brk <= pos:
            start = max(start, brk)
        elif brk < end:
            end = brk
    return start, end


@dataclass(frozen=True, slots=True, kw_only=True)
class YearContext:
    """The clauses, soft breaks and years of one paragraph."""

    text: str
    clauses: list[tuple[int, int]]
    soft: list[int]
    years: list[YearMention]
    parens: list[tuple[int, int]]


def year_context(text: str) -> YearContext:
    """Prepare the clause and year structure of a paragraph."""
    starts = [0] + [m.end() for m in _CLAUSE_BREAK_RE.finditer(text)]
    ends = [m.start() for m in _CLAUSE_BREAK_RE.finditer(text)] + [len(text)]
    parens = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    soft = [m.start() for m in _SOFT_BREAK_RE.finditer(text)]
    return YearContext(
        text=text, clauses=list(zip(starts, ends, strict=True)), soft=sorted(soft), years=year_mentions(text), parens=parens
    )


def _in_paren(ctx: YearContext, pos: int) -> tuple[int, int] | None:
    """Return the bracket pair around pos, if any."""
    for start, end in ctx.parens:
        if start < pos < end:
            return start, end
    return None


def _segment(ctx: YearContext, pos: int) -> tuple[int, int, int, int]:
    """Return the clause and the segment around pos."""
    clause = next(((s, e) for s, e in ctx.clauses if s <= pos < e), (0, len(ctx.text)))
    paren = _in_paren(ctx, pos)
    if paren:
        return clause[0], clause[1], paren[0], paren[1]
    # The text after a closing bracket continues the segment the bracket interrupted.
    breaks = [b for b in ctx.soft if not any(s <= b <= e for s, e in ctx.parens)]
    start, end = _bounds(breaks, pos, clause[0], clause[1])
    return clause[0], clause[1], start, end


def _usable(ctx: YearContext, mention: YearMention, start: int, end: int, own_paren: bool) -> bool:
    """Tell whether a year lies in the segment, outside brackets the segment does not own."""
    return start <= mention.pos < end and (own_paren or _in_paren(ctx, mention.pos) is None)


def _following(ctx: YearContext, pos: int, seg: tuple[int, int], others: list[int], own_paren: bool) -> int | None:
    """Return the first year after pos in the segment, unless an unlinked figure comes first."""
    for mention in ctx.years:
        if mention.pos <= pos or not _usable(ctx, mention, seg[0], seg[1], own_paren):
            continue
        blockers = [o for o in others if pos < o < mention.pos]
        return mention.year if not blockers else None
    return None


def figure_year(ctx: YearContext, pos: int, blockers: list[int]) -> int | None:
    """Return the year the figure at pos refers to, or None when its sentence does not say."""
    clause_start, _, start, end = _segment(ctx, pos)
    own_paren = _in_paren(ctx, pos) is not None
    year = _following(ctx, pos, (start, end), blockers, own_paren)
    if year is not None:
        return year
    before = [m for m in ctx.years if start <= m.pos < pos and _usable(ctx, m, start, end, own_paren)]
    if before:
        return before[-1].year
    if own_paren:
        return None
    return _fallback(ctx, clause_start, start)


def _fallback(ctx: YearContext, clause_start: int, seg_start: int) -> int | None:
    """Return a plain year of an earlier segment of the clause that is not a comparison."""
    for mention in reversed(ctx.years):
        if not clause_start <= mention.pos < seg_start or mention.dated or _in_paren(ctx, mention.pos):
            continue
        _, _, start, _ = _segment(ctx, mention.pos)
        if not _COMPARISON_RE.match(ctx.text, start):
            return mention.year
    return None


def linked(text: str, end: int, start: int) -> bool:
    """Tell whether two figures are one phrase ("29 investigations and 15 prosecutions")."""
    return _LINK_RE.match(text[end:start]) is not None
