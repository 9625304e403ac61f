"""Drafts of figures: each number with its hedge, range partner and counted noun."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.extract.figure_hedges import qualified_start
from tipcli.importing.extract.figure_units import (
    CURRENCIES,
    TIME_UNITS,
    first_word,
    is_conversion,
    noun_phrase,
    pluralize,
    word_set,
)
from tipcli.importing.extract.figure_years import MONTH_RE
from tipcli.importing.extract.numbers import NumberToken, tidy

_RANGE_SEP_RE = re.compile(r"-?\s*(?:to|–|—)\s*|-")  # "five to 15", "10-14", "five- to 10-year"
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:tiers?|articles?|sections?|chapters?|paragraphs?|clauses?|no\.|nos\.|number|law|decree|resolution|act|"
    r"bill|titles?|items?|protocol|convention|rules?|regulations?|parts?|annex|book|volume|pages?|ed\.|edition|"
    r"phase|level|grade|case|file|ordinance|order|code)\s*$",
    re.IGNORECASE,
)
_MONTH_AFTER_RE = re.compile(
    r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_PERIOD_WORD_RE = re.compile(r"\b(?:past|last|previous|next|coming|following|recent|first|final)\s+$", re.I)
_STOCK_AFTER_RE = re.compile(r"\s+(?:consecutive|straight|successive)\b|\s+another\b", re.IGNORECASE)
_IN_ONE_CASE_RE = re.compile(r"\b(?:in|on|at)\s+$", re.IGNORECASE)
_ONE_CASE_NOUNS = ("case", "instance", "incident", "occasion", "point", "time")
# A number in a list after an article or section number: "Articles 211 and 212", "Sections 5, 6(b), or 9".
_LABEL_LIST_RE = re.compile(r"\s*(?:\([a-z0-9]{1,3}\))?\s*(?:,|and|or|to|through|–|-)\s*(?:and\s+|or\s+)?", re.I)
_DETERMINER_RE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|in|on|of|since|by|for|from|until|to|and|early|late|mid)\s+$", re.I
)
_PERCENT_RE = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)")
_HYPHEN_UNIT_RE = re.compile(r"-([A-Za-z]+)(-old\b)?")
_OF_RE = re.compile(r"\s+of\s+(?:(?:the|these|those|its|their|all)\s+)?(?:(?:19|20)\d\d\s+)?")
_OF_THE_RE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\b")
_BY_SUBJECT_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:increase|decrease|rise|fall|grow|drop|are\s+increased)[sd]?\s+by\s+$", re.I
)
_AGE_OF_RE = re.compile(r"\b(?:age\s+of|aged|ages|(?:younger|older)\s+than|under)\s+$", re.IGNORECASE)
# Nouns that a hyphenated number counts ("a 40-bed shelter", "a 12-member commission").
_HYPHEN_NOUNS = frozenset(["bed", "member", "person", "room", "seat", "place"])
_CHANGE_FROM_RE = re.compile(
    r"\b(?:increas|ris|rose|grew|grow|fell|fall|decreas|drop|declin|climb|jump|went|go|doubl|reduc)\w*"
    r"(?:\s+[a-z]+)?\s+from\s+(?:(?:approximately|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|some)\s+)?\$?$",
    re.IGNORECASE,
)
_COPULA_RE = re.compile(r"\s+(?:were|are)\s+(?:also\s+)?")
_AND_MONTHS_RE = re.compile(r"\s+and\s+")
# Verbs right after a number: it is the subject, the counted noun was named before ("21 received prison terms").
_VERB_AFTER_NUMBER = word_set(
    "received remained faced served fled died escaped obtained got chose declined refused testified agreed"
)
# "three or more individuals": a hedge written after the number (the seed report's schema allows it).
_OR_MORE_RE = re.compile(r"\s+(or\s+(?:more|fewer))\b(?=\s+[^\W\d])", re.IGNORECASE)


@dataclass(slots=True, kw_only=True)
class Draft:
    """A figure being built: the quote's span, the numbers and what the words around them say."""

    start: int
    end: int
    num_start: int
    value: int | float
    high: int | float | None = None
    unit: str = ""
    qualifier: str | None = None
    money: bool = False
    fraction: bool = False
    zero: bool = False
    confident: bool = True
    conversion_of: Draft | None = None
    noun_start: int = -1  # where the counted noun phrase begins, for the label
    drop: bool = False  # the number names no quantity after all
    adjective: bool = False  # "30-day": its unit qualifies a noun and is no one else's
    swallowed: int = 0  # numbers before this position belong to this figure ("four years and six months")


def skipped(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether a number is no figure: a year, a date, an article or tier number, a stock phrase."""
    token = tokens[index]
    before = text[max(0, token.start - 30) : token.start]
    after = text[token.end : token.end + 30]
    if token.year_like:
        # A year, unless it counts a plural noun and no article or preposition sets it up as a date.
        nxt = first_word(text, token.end)
        counts = nxt is not None and nxt[0] == token.end + 1 and nxt[2].lower().endswith("s")
        if not counts or _DETERMINER_RE.search(before) or MONTH_RE.search(before.rstrip()):
            return True
    if _LABEL_BEFORE_RE.search(before) and not token.is_word:
        return True
    if index > 0 and not token.is_word and _in_label_list(text, tokens, index):
        return True
    if not token.is_word and (MONTH_RE.search(before.rstrip()) or _MONTH_AFTER_RE.match(after)):
        return True  # the day of a date
    words_after = first_word(text, token.end)
    if _PERIOD_WORD_RE.search(before) and words_after and words_after[2].lower() in TIME_UNITS:
        return True  # "past five years"
    if _STOCK_AFTER_RE.match(after):
        return True  # "second consecutive year", "one another"
    if text[token.start : token.end].lower() == "one" and _IN_ONE_CASE_RE.search(before):
        return bool(words_after and words_after[2].lower() in _ONE_CASE_NOUNS)
    return text[token.start : token.end].lower() == "one" and re.search(r"\bno\s+$", before, re.I) is not None


def _in_label_list(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether tokens[index] continues a list of article numbers ("Articles 211 and 212")."""
    joined = _LABEL_LIST_RE.fullmatch(text, tokens[index - 1].end, tokens[index].start) is not None
    return joined and _is_label(text, tokens, index - 1)


def _is_label(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether a number is an article, section or tier number, or the first of a list of them."""
    for back in range(index, max(-1, index - 6), -1):
        token = tokens[back]
        if token.is_word:
            return False
        if _LABEL_BEFORE_RE.search(text, max(0, token.start - 30), token.start):
            return True
        if back == 0 or not _LABEL_LIST_RE.fullmatch(text, tokens[back - 1].end, token.start):
            return False
    return False


def range_partner(text: str, tokens: list[NumberToken], index: int, between: bool) -> int | None:
    """Return the index of the high end of a range starting at tokens[index], if any."""
    if index + 1 >= len(tokens):
        return None
    low, high = tokens[index], tokens[index + 1]
    if _CHANGE_FROM_RE.search(text, max(0, low.start - 40), low.start):
        return None  # "rose from 12 to 20 shelters" states two figures, not a range
    gap = text[low.end : high.start]
    joined = (between and re.fullmatch(r"\s+and\s+", gap)) or _RANGE_SEP_RE.fullmatch(gap.replace("$", ""))
    if not joined or high.year_like != low.year_like or high.value <= low.value or high.fraction or low.fraction:
        return None
    if gap == "-" and (low.is_word or high.is_word):
        return None
    return index + 1


def _of_phrase(text: str, pos: int, tokens: list[NumberToken]) -> tuple[int, str] | None:
    """Return the end and unit of "of the (16) states" after pos."""
    match = _OF_RE.match(text, pos)
    if not match:
        return None
    scan = match.end()
    inner = next((t for t in tokens if t.start == scan), None)
    if inner is not None:
        scan = inner.end
    phrase = noun_phrase(text, scan - 1 if text[scan - 1 : scan].isspace() else scan, singular=False)
    if phrase is None:
        return None
    return phrase.end, phrase.unit


def _fraction_unit(text: str, draft: Draft, token: NumberToken, tokens: list[NumberToken]) -> None:
    """Fill the unit of a fraction from "of these children" or "penalties increase by"."""
    draft.fraction = True
    found = _of_phrase(text, token.end, tokens)
    if found:
        draft.end, draft.unit = found
        return
    subject = _BY_SUBJECT_RE.search(text, max(0, draft.start - 60), draft.start)
    if subject and subject.end() == draft.start:
        draft.start = subject.start()
        draft.unit = subject.group(1).lower()
        return
    draft.confident = False


def _compound_time(text: str, draft: Draft, tokens: list[NumberToken]) -> None:
    """Fold "four years and six months" into 4.5 years."""
    joined = _AND_MONTHS_RE.match(text, draft.end)
    if draft.unit != "years" or not joined:
        return
    part = next((t for t in tokens if t.start == joined.end()), None)
    if part is None:
        return
    word = first_word(text, part.end)
    bare = word[2].rstrip("’'") if word else ""
    if word and bare.lower() in ("month", "months"):  # "six months' imprisonment": the quote ends on the noun
        draft.value = tidy(float(draft.value) + float(part.value) / 12)
        draft.end = draft.swallowed = word[0] + len(bare)


def _hyphen_unit(text: str, draft: Draft, pos: int) -> bool:
    """Fill the unit of "30-day" or "one-year"; False when no hyphenated noun follows."""
    match = _HYPHEN_UNIT_RE.match(text, pos)
    if not match:
        return False
    word = match.group(1).lower()
    if word not in TIME_UNITS and word not in _HYPHEN_NOUNS:
        draft.drop = True  # "one-stop centers", "one-on-one counseling", "two-tier system" count nothing
        return True
    draft.unit = TIME_UNITS.get(word) or pluralize(word).lower()
    draft.end = match.end()  # "15-year-old" keeps "-old": it is an age
    draft.adjective = True
    draft.confident = word in TIME_UNITS and not match.group(2)
    return True


def _noun_unit(text: str, draft: Draft, pos: int, tokens: list[NumberToken]) -> None:
    """Fill the unit from the noun phrase after pos, a currency, or "of the ..."."""
    or_more = _OR_MORE_RE.match(text, pos)
    if or_more and draft.high is None:
        draft.qualifier = draft.qualifier or " ".join(or_more.group(1).lower().split())
        pos = or_more.end()
    word = first_word(text, pos)
    if word and (word[2].lower() in CURRENCIES or is_conversion(text, word[1])):
        # A currency: a known one, or any noun followed by its bracketed dollar conversion ("4.3 billion won").
        draft.end, draft.unit, draft.noun_start, draft.money = word[1], word[2].lower(), pos, True
        return
    if word and word[0] == pos + 1 and word[2] in _VERB_AFTER_NUMBER:
        draft.confident = False  # the unit is the group counted before, if the context names it
        return
    singular = draft.value == 1 and draft.high is None
    phrase = noun_phrase(text, pos, singular=singular)
    if phrase is not None:
        draft.end, draft.unit, draft.noun_start = phrase.end, phrase.unit, pos
        one_word = first_word(text, pos)
        if phrase.unit in CURRENCIES or (one_word and one_word[1] == phrase.end and is_conversion(text, phrase.end)):
            draft.money = True
        return
    if _OF_THE_RE.match(text, pos):
        found = _of_phrase(text, pos, tokens)
        if found:
            draft.end, draft.unit = found
            return
    copula = _COPULA_RE.match(text, pos)
    after_copula = noun_phrase(text, copula.end() - 1, singular=False) if copula else None
    if after_copula is not None:
        draft.end, draft.unit, draft.confident = after_copula.end, after_copula.unit, False  # "61 were women"
        return
    if _AGE_OF_RE.search(text, max(0, draft.start - 20), draft.start):
        draft.unit = "years"  # "under the age of 18"
        return
    draft.confident = False


def draft_figure(text: str, tokens: list[NumberToken], index: int) -> tuple[Draft, int]:
    """Return the draft figure starting at tokens[index] and the index of its last token."""
    token = tokens[index]
    start, qualifier = qualified_start(text, token)
    between = text[start : token.start].lower().startswith("between")
    partner = range_partner(text, tokens, index, between)
    if between and partner is None:
        start = token.start
    last = tokens[partner] if partner is not None else token
    draft = Draft(start=start, end=last.end, num_start=token.start, value=token.value, qualifier=qualifier)
    draft.confident = not token.year_like  # "2000 victims" reads as a count, but it could be a year
    draft.high = last.value if partner is not None else None
    if token.dollar or last.dollar:
        draft.unit, draft.money = "USD", True
    elif (percent := _PERCENT_RE.match(text, last.end)) is not None:
        draft.unit, draft.end = "percent", percent.end()
    elif token.fraction:
        _fraction_unit(text, draft, token, tokens)
    elif not _hyphen_unit(text, draft, last.end):
        _noun_unit(text, draft, last.end, tokens)
        _compound_time(text, draft, tokens)
    return draft, partner if partner is not None else index
