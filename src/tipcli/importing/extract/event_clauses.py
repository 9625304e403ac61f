"""Find the clause around a date, its main verb, and whether the clause states a statistic."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.lexicon import alternation, words
from tipcli.importing.lexicon.hedges import ADDITIVES, COMPARISONS, HEDGES
from tipcli.importing.lexicon.nouns import LABEL_NOUNS, TIME_UNITS
from tipcli.importing.lexicon.numbers import DENOMINATORS, NUMERATORS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS
from tipcli.importing.lexicon.verbs import COUNTING_VERBS, IRREGULAR_PAST, NOT_VERBS, STATE_VERBS, TALLY_VERBS

# Where a clause ends: a sentence end, a semicolon, a comma, a bracket, a dash.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"‘(]|\s*$)|;|:\s")
_CLAUSE_END = _INTRO_START = re.compile(r"[.!?](?=\s+[A-Z“\"‘(]|\s*$)|;|:\s|,\s|\s[–—]\s|\sbut\s")
_CLAUSE_START = re.compile(r"[.!?](?=\s+[A-Z“\"‘(]|\s*$)|;|:\s|,\s|\(|\)|\s[–—]\s|\sbut\s")
_WORD = re.compile(r"[\w’'-]+")
_DETERMINERS = words("the a an its their his her of these those this that such")
_NUMBER_WORDS = (
    "(?:"
    + alternation([*(w for w in UNIT_WORDS if w != "zero"), *TENS_WORDS])
    + "|(?:"
    + alternation([*SCALE_WORDS, "dozen"])
    + ")s?)"
)
_NUMERAL = r"(?:\$?\d[\d,.]*)"
_HEDGES = r"(?:(?:" + alternation([*HEDGES, *ADDITIVES]) + r")\s+)*"
_COUNT_AFTER_VERB = re.compile(r"\s+" + _HEDGES + r"(?:" + _NUMERAL + r"|" + _NUMBER_WORDS + r"\b)", re.I)
_FRACTION = r"(?:" + alternation(n for n in NUMERATORS if n != "a") + r")-(?:" + alternation(DENOMINATORS) + r")\b"
_COUNT = re.compile(
    r"(?<![\w.,-])(?:"
    + _NUMERAL
    + r"|"
    + _FRACTION
    + r"|"
    + _NUMBER_WORDS
    + r"(?![\w-])|no\s+(?!longer\b|later\b|one\b)[a-z]+)",
    re.I,
)
# A term or a rate belongs to the happening ('sentenced a trafficker to 15 years'), it is not a tally.
_TERM_AFTER = re.compile(r"(?:\s+(?:to|and|or)\s+\S+)?[\s-]*(?:" + alternation([*TIME_UNITS, "percent"]) + r")\b", re.I)
_ONE_AFTER = re.compile(r"\s+(?:a|an)\s")
_ZERO_ANY = re.compile(r"\bnot\b[^,;]{0,60}\bany\b")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# A number that names a provision or a document is no count ('Article 212', 'Law No. 40', 'Decree 3').
_REFERENCE_BEFORE = re.compile(r"(?:(?<!\w)(?:" + alternation(n.capitalize() for n in LABEL_NOUNS) + r")|§)\s*$")
_COMPARISON = re.compile(r"\b(?:" + alternation([*COMPARISONS, "than"]) + r")\b", re.I)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """The clause that holds a date, as offsets into the paragraph."""

    start: int
    end: int


def _last_boundary(text: str, pattern: re.Pattern[str], before: int) -> int:
    """Return the offset right after the last boundary before an offset (the window start if none)."""
    start = max(0, before - 400)  # clauses are short; looking further back only costs time
    if start > 0:  # no boundary in reach: start at a word, not inside one
        space = text.find(" ", start, before)
        start = space + 1 if space >= 0 else before
    last = start
    for match in pattern.finditer(text, start, before):
        last = match.end()
    return last


def _next_boundary(text: str, pattern: re.Pattern[str], after: int) -> int:
    """Return the offset of the next boundary after an offset (the paragraph end if none)."""
    match = pattern.search(text, after, min(len(text), after + 400))
    return match.start() if match else min(len(text), after + 400)


def clause_scope(text: str, dstart: int, dend: int) -> Scope:
    """Return the clause a date belongs to: after an opening date ('In 2022, ...') the clause it opens."""
    lead = text[_last_boundary(text, _INTRO_START, dstart) : dstart].strip().lower()
    if lead in ("", "and", "but") and text[dend : dend + 1] == ",":
        return Scope(start=dstart, end=_trim_end(text, dstart, _next_boundary(text, _CLAUSE_END, dend + 1)))
    start = _last_boundary(text, _CLAUSE_START, dstart)
    end = _trim_end(text, dstart, _next_boundary(text, _CLAUSE_END, dend))
    lead_words = text[start:dstart].split()
    short = len(lead_words) < 3 and end == dend
    if start > 0 and (short or lead_words[:1] in (["which"], ["who"], ["as"])):  # ', as amended in May 2009': what?
        start = _last_boundary(text, _CLAUSE_START, max(0, start - 2))
    conjunction = text.rfind(" and ", start, dstart)
    if conjunction >= 0 and conjunction + 5 == dstart:  # 'held four meetings in 2017 and in December 2017 published'
        start = dstart
    while start < dstart and text[start] in " ,":
        start += 1
    return Scope(start=start, end=end)


def _trim_end(text: str, dstart: int, end: int) -> int:
    """Step back over spaces so a quote ends on a word or a bracket."""
    while end > dstart and text[end - 1] in " ,;":
        end -= 1
    return end


def _verbs(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Return the past-tense verbs and participles between two offsets."""
    found = []
    previous = ""
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        regular = word.endswith("ed") and len(word) > 3 and word not in NOT_VERBS and word.isalpha()
        is_verb = word.islower() and (word in IRREGULAR_PAST or regular)
        # 'the convicted traffickers' is an adjective; 'a plan that expired' a relative clause's verb
        if is_verb and (previous.lower() not in _DETERMINERS or previous.lower() == "that"):
            found.append(match)
        previous = word
    return found


def main_verb(text: str, scope: Scope, dstart: int, dend: int) -> re.Match[str] | None:
    """Return the verb that tells what happened at the date: the nearest before it, else the first after."""
    if scope.start == dstart:
        after = _verbs(text, dend, scope.end)
        return after[0] if after else None
    before = _verbs(text, scope.start, dstart)
    if before:
        return before[-1]
    after = _verbs(text, dend, scope.end)
    return after[0] if after else None


def is_statistic(text: str, scope: Scope, verb: re.Match[str], dstart: int, dend: int, precision: str) -> bool:
    """Tell whether the date only qualifies a count ('In 2022, the government investigated 27 cases')."""
    if verb.group() in STATE_VERBS:
        return True
    # 'In 2022, police charged 27 suspects' tallies a year; 'In March 2014, the office indicted two
    # officers' is one happening on a month's date (unless its verb counts what was found or given).
    if _COUNT_AFTER_VERB.match(text, verb.end()) and (precision == "year" or verb.group() in COUNTING_VERBS):
        return True
    if _COMPARISON.search(text, scope.start, dstart):
        return True
    if precision != "year":
        return False
    if verb.group() in TALLY_VERBS and not _ONE_AFTER.match(text, verb.end()):  # 'sentenced a trafficker' happened
        return True
    # The subject may hold the count in an earlier piece: 'more than 300 children, most of them boys, begged'.
    rest = text[_last_boundary(text, _SENTENCE_END, scope.start) : dstart] + " " + text[dend : scope.end]
    counts = [
        match
        for match in _COUNT.finditer(rest)
        if not _YEAR_ONLY.fullmatch(match.group())
        and not _TERM_AFTER.match(rest, match.end())
        and not _REFERENCE_BEFORE.search(rest, 0, match.start())
    ]
    return bool(counts) or bool(_ZERO_ANY.search(rest))
