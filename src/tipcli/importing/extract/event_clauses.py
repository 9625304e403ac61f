"""Find the clause around a date, its main verb, and whether the clause states a statistic, over the tokens.

Every question reads the paragraph's tokens (importing.text) near the date: the marks that end a clause, the
verbs before and after the date, and the counts in the clause. Where one token's own letters decide (a number
word, a fraction, a time unit glued to a number, "15-year"), a regular expression reads that one token.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass

from tipcli.importing.extract.matcher import T, TokenRule, find_between, match_from
from tipcli.importing.lexicon import alternation, words
from tipcli.importing.lexicon.dates import YEAR_DIGITS
from tipcli.importing.lexicon.hedges import ADDITIVES, COMPARISONS, HEDGES
from tipcli.importing.lexicon.nouns import LABEL_NOUNS, TIME_UNITS
from tipcli.importing.lexicon.numbers import DENOMINATORS, NUMERATORS, SCALE_WORDS, TENS_WORDS, TIMES, UNIT_WORDS
from tipcli.importing.lexicon.verbs import (
    CHANGE_VERBS,
    COUNTING_VERBS,
    ENDING_AHEAD,
    HAPPENING_GERUNDS,
    HAPPENING_PAST,
    IRREGULAR_PAST,
    NOT_VERBS,
    STATE_VERBS,
    TALLY_VERBS,
)
from tipcli.importing.text import Layer, Token, layer

# What ends a clause, each kind adding to the one before: a sentence end, ";" or ": " (_SENTENCE); ", ",
# a dash between blanks and " but " (_CLAUSE); a bracket (_START, where a clause may begin).
_SENTENCE, _CLAUSE, _START = 1, 2, 3
_OPENERS = frozenset('“"‘(')  # a sentence may open on a quote or a bracket
_MARK_TEXTS = frozenset((".", "!", "?", ";", ":", ",", "–", "—", "but", "(", ")"))
_WINDOW = 400  # clauses are short; looking further than this many characters only costs time
_DETERMINERS = words("the a an its their his her of these those this that such")
# One token that is a number word ("five", "twenty", "hundreds", "dozen"), a fraction ("one-third"), or
# starts with a time unit or "percent" ("years", "year-long"): the token's own letters decide.
_NUMBER_WORDS = (
    "(?:"
    + alternation([*(w for w in UNIT_WORDS if w != "zero"), *TENS_WORDS])
    + "|(?:"
    + alternation([*SCALE_WORDS, "dozen"])
    + ")s?)"
)
_NUMBER_WORD = re.compile(_NUMBER_WORDS, re.I)  # the whole token
_FRACTION = re.compile(
    r"(?:" + alternation(n for n in NUMERATORS if n != "a") + r")-(?:" + alternation(DENOMINATORS) + r")\b", re.I
)
_NUMERAL = re.compile(r"\d[\d,.]*")  # the digits a token starts with ("15" of "15-year")
_TERM = re.compile(r"-*(?:" + alternation([*TIME_UNITS, "percent"]) + r")\b", re.I)
_NOT_NO_COUNT = re.compile(r"(?!(?:longer|later|one)\b)[a-z]", re.I)  # "no victims" counts, "no longer" does not
# A number that names a provision or a document is no count ('Article 212', 'Law No. 40', 'Decree 3').
_REFERENCES = frozenset(n.capitalize() for n in LABEL_NOUNS) | {"§"}
_RANGE_WORDS = frozenset(("to", "and", "or"))  # "15 to 20 years" is a term too
# Verbs of a number's trend describe a statistic, not a happening: 'Arrests rose in 2019'. Not "reduced" or
# "went": 'the law reduced the penalty', 'went into force'.
_TRENDS = CHANGE_VERBS - words("reduced went")
# A gerund tells what was done only after these: 'efforts included adopting a plan in 2019', 'by opening';
# not 'plans to consider opening a shelter in 2024'.
_GERUND_AFTER = frozenset((",", "by", "including", "included", "and", "after", "before"))

# A count, hedged or not: "at least 27", "$400", "twenty-two", "twice" ("met twice" counts meetings).
_COUNT = (
    T(op="*", max=3, phrase_in=(*HEDGES, *ADDITIVES)),
    T(op="?", text="$"),
    T(any_of=(T(is_number=True), T(match=re.compile(_NUMBER_WORDS + r"(?:[-'’.,]\w+)*", re.I)), T(lower_in=TIMES))),
)
_COUNT_AFTER_VERB = (
    TokenRule(
        name="count after a verb",
        purpose="a number right after the verb, hedged or not: 'charged at least 27 suspects' states a tally",
        pattern=_COUNT,
        examples=(
            ("They charged at least 27 suspects.", "at least 27"),
            ("They fined twenty-two firms.", "twenty-two"),
            ("The panel met twice that year.", "twice"),
        ),
        not_examples=("They charged the suspects.",),
    ),
    TokenRule(
        name="count after a second verb",
        purpose="a count after two joined verbs is the first verb's too: 'screened and referred 14 workers'",
        pattern=(T(lower="and"), T(match=re.compile(r"[a-z]+ed")), *_COUNT),
        examples=(("They screened and referred 14 workers.", "and referred 14"),),
        not_examples=("They screened and referred the workers.",),
    ),
)
_COMPARISON = (
    TokenRule(
        name="comparison",
        purpose="a comparison before the date makes the clause a statistic: 'up from 12 in 2019'",
        pattern=(T(phrase_in=(*COMPARISONS, "than")),),
        examples=(("Cases rose to 40, up from 12 in 2019.", "up from"),),
        not_examples=("Cases rose in 2019.",),
    ),
)
CLAUSE_RULES = (*_COUNT_AFTER_VERB, *_COMPARISON)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """The clause that holds a date, as offsets into the paragraph."""

    start: int
    end: int


def _ends_sentence(doc: Layer, i: int, limit: int) -> bool:
    """Tell whether the mark at token i ends a sentence: a blank and a capital after it, or only blanks to limit."""
    after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
    if after is None or after.start >= limit:
        return True
    first = after.text[0]
    return after.start > doc.tokens[i].end and ("A" <= first <= "Z" or first in _OPENERS)


def _mark(doc: Layer, i: int, kind: int, limit: int) -> tuple[int, int] | None:
    """Return the characters a boundary at token i covers (its blanks too), or None when it is none of kind."""
    token, text = doc.tokens[i], doc.text
    blank_after = token.end < limit and text[token.end].isspace()
    blank_before = token.start > 0 and text[token.start - 1].isspace()
    mark = token.text
    if mark in (".", "!", "?"):
        return (token.start, token.end) if _ends_sentence(doc, i, limit) else None
    if mark == ";" or (kind == _START and mark in ("(", ")")):
        return token.start, token.end
    if mark == ":" or (kind >= _CLAUSE and mark == ","):
        return (token.start, token.end + 1) if blank_after else None
    if kind >= _CLAUSE and mark in ("–", "—", "but") and blank_before and blank_after:
        return token.start - 1, token.end + 1
    return None


@functools.lru_cache(maxsize=32)
def _marks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Return the indexes of the tokens that may end a clause, and where they start (the one pass over a paragraph)."""
    tokens = layer(text).tokens
    found = tuple(i for i, token in enumerate(tokens) if token.text in _MARK_TEXTS)
    return found, tuple(tokens[i].start for i in found)


def _last_boundary(doc: Layer, kind: int, before: int) -> int:
    """Return the offset right after the last boundary before an offset (the window start if none)."""
    start = max(0, before - _WINDOW)
    if start > 0:  # no boundary in reach: start at a word, not inside one
        space = doc.text.find(" ", start, before)
        start = space + 1 if space >= 0 else before
    last = start
    marks, starts = _marks(doc.text)
    for i in marks[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, before)]:
        span = _mark(doc, i, kind, before)
        if span is not None and span[0] >= last and span[1] <= before:  # boundaries do not overlap
            last = span[1]
    return last


def _next_boundary(doc: Layer, kind: int, after: int) -> int:
    """Return the offset of the next boundary after an offset (the window's end if none)."""
    limit = min(len(doc.text), after + _WINDOW)
    marks, starts = _marks(doc.text)
    for i in marks[bisect.bisect_left(starts, after) : bisect.bisect_left(starts, limit)]:
        span = _mark(doc, i, kind, limit)
        if span is not None and span[0] >= after and span[1] <= limit:
            return span[0]
    return limit


def clause_scope(text: str, dstart: int, dend: int) -> Scope:
    """Return the clause a date belongs to: after an opening date ('In 2022, ...') the clause it opens."""
    doc = layer(text)
    lead = text[_last_boundary(doc, _CLAUSE, dstart) : dstart].strip().lower()
    if lead in ("", "and", "but") and text[dend : dend + 1] == ",":
        return Scope(start=dstart, end=_trim_end(text, dstart, _next_boundary(doc, _CLAUSE, dend + 1)))
    start = _last_boundary(doc, _START, dstart)
    if text[max(0, dstart - 2) : dstart] == ") ":  # 'adopted a plan (2019-2023) in April 2019': read past the bracket
        opening = text.rfind("(", max(0, dstart - _WINDOW), dstart)
        start = _last_boundary(doc, _START, opening) if opening >= 0 else start
    end = _trim_end(text, dstart, _next_boundary(doc, _CLAUSE, dend))
    lead_words = text[start:dstart].split()
    short = len(lead_words) < 3 and end == dend
    if start > 0 and (short or lead_words[:1] in (["which"], ["who"], ["as"])):  # ', as amended in May 2009': what?
        start = _last_boundary(doc, _START, max(0, start - 2))
    conjunction = text.rfind(" and ", start, dstart)
    # 'held three sessions in 2019 and in May 2019 issued a code': a date right after 'and' opens the next clause,
    # if words follow
    if conjunction >= 0 and conjunction + 5 == dstart and end > dend:
        start = dstart
    while start < dstart and text[start] in " ,":
        start += 1
    return Scope(start=start, end=end)


def _trim_end(text: str, dstart: int, end: int) -> int:
    """Step back over spaces so a quote ends on a word or a bracket."""
    while end > dstart and text[end - 1] in " ,;":
        end -= 1
    return end


def _between(doc: Layer, start: int, end: int) -> tuple[Token, ...]:
    """Return the tokens wholly between two offsets."""
    first = bisect.bisect_left(doc.token_starts, start)
    last = bisect.bisect_left(doc.token_starts, end)
    return tuple(t for t in doc.tokens[first:last] if t.end <= end)


@functools.lru_cache(maxsize=32)
def _verb_words(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Return each verb of a happening in a paragraph: its token index, its start, and the word before it.

    A past tense or participle, a gerund of a happening ("adopting"), or a plan's end ahead ("expires").

    The word before (-1 at the start) decides whether it is an adjective: 'the convicted traffickers'.
    """
    found, previous = [], -1
    tokens = layer(text).tokens
    for i, token in enumerate(tokens):
        word = token.text
        if not word[0].isalnum():
            continue  # a mark: the word before it stays the previous word
        regular = word.endswith("ed") and len(word) > 3 and word not in NOT_VERBS and word.isalpha()
        gerund = word in HAPPENING_GERUNDS and i > 0 and tokens[i - 1].lower in _GERUND_AFTER
        happening = word in HAPPENING_PAST or gerund or word in ENDING_AHEAD
        if word.islower() and (word in IRREGULAR_PAST or regular or happening):
            found.append((i, token.start, previous))
        previous = i
    return tuple(f[0] for f in found), tuple(f[1] for f in found), tuple(f[2] for f in found)


def _verbs(doc: Layer, start: int, end: int) -> list[Token]:
    """Return the past-tense verbs and participles between two offsets."""
    indexes, starts, previous = _verb_words(doc.text)
    found = []
    for n in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        token = doc.tokens[indexes[n]]
        before = doc.tokens[previous[n]] if previous[n] >= 0 and doc.tokens[previous[n]].start >= start else None
        # 'the convicted traffickers' is an adjective; 'a plan that expired' a relative clause's verb
        if token.end <= end and (before is None or before.lower not in _DETERMINERS or before.lower == "that"):
            found.append(token)
    return found


def main_verb(text: str, scope: Scope, dstart: int, dend: int) -> Token | None:
    """Return the verb that tells what happened at the date: the nearest before it, else the first after."""
    doc = layer(text)
    if scope.start == dstart:
        after = _verbs(doc, dend, scope.end)
        return after[0] if after else None
    before = _verbs(doc, scope.start, dstart)
    if before:
        return before[-1]
    after = _verbs(doc, dend, scope.end)
    return after[0] if after else None


def is_negated(text: str, verb: Token) -> bool:
    """Tell whether "not" or "never" stands among the three words before the verb: 'had not adopted', 'was never signed'.

    "not only adopted" is no negation.
    """
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, verb.start)
    before = doc.tokens[max(0, index - 3) : index + 1]
    return any(t.lower == "never" or (t.lower == "not" and b.lower != "only") for t, b in itertools.pairwise(before))


def is_statistic(text: str, scope: Scope, verb: Token, dstart: int, dend: int, precision: str) -> bool:
    """Tell whether the date only qualifies a count ('In 2022, the government investigated 27 cases')."""
    if verb.text in STATE_VERBS or verb.text in _TRENDS:
        return True
    # 'In 2022, police charged 27 suspects' tallies a year; 'In March 2014, the office indicted two
    # officers' is one happening on a month's date (unless its verb counts what was found or given).
    count = match_from(text, _COUNT_AFTER_VERB, verb.end)
    if count is not None and count.start > verb.end and (precision == "year" or verb.text in COUNTING_VERBS):
        return True
    if find_between(text, _COMPARISON, scope.start, dstart):
        return True
    if precision != "year":
        return False
    doc = layer(text)
    if verb.text in TALLY_VERBS and not _article_after(doc, verb):  # 'sentenced a trafficker' happened
        return True
    # The subject may hold the count in an earlier piece: 'more than 300 children, most of them boys, begged'.
    rest = _Words(doc, _last_boundary(doc, _SENTENCE, scope.start), dstart, dend, scope.end)
    return any(rest.is_count(k) for k in range(len(rest.tokens))) or rest.not_any()


def _article_after(doc: Layer, verb: Token) -> bool:
    """Tell whether "a" or "an" and a blank follow the verb after a blank ('sentenced a trafficker')."""
    after = doc.words_after(verb.end, 1)
    text = doc.text
    return (
        bool(after)
        and after[0].text in ("a", "an")
        and after[0].start > verb.end
        and text[after[0].end : after[0].end + 1].isspace()
    )


class _Words:
    """The words of a clause with its date left out: text[start:dstart] and text[dend:end], read as one run."""

    def __init__(self, doc: Layer, start: int, dstart: int, dend: int, end: int) -> None:
        self.text = doc.text
        first, second = _between(doc, start, dstart), _between(doc, dend, end)
        self.tokens = (*first, *second)
        # where each token's piece starts, and where it stands in the run (a blank joins the two pieces)
        self.piece = (start,) * len(first) + (dend,) * len(second)
        self.shift = (-start,) * len(first) + (dstart - start + 1 - dend,) * len(second)

    def _glued(self, k: int) -> bool:
        """Tell whether a word or ".,-" stands right before token k within its piece (no count starts there)."""
        start = self.tokens[k].start
        if start <= self.piece[k]:
            return False
        char = self.text[start - 1]
        return char.isalnum() or char in "_.,-"

    def is_count(self, k: int) -> bool:
        """Tell whether token k starts a count: a numeral, a fraction, a number word, or "no" and a noun.

        Not a year, not a term or rate ("15 years", "15-year", "10 percent"), not a number that names a
        provision ("Article 5", "Law No. 40").
        """
        token = self.tokens[k]
        if self._glued(k):
            return False
        last, rest = k, ""
        if (numeral := _NUMERAL.match(token.text)) is not None:
            if YEAR_DIGITS.fullmatch(numeral.group()):
                return False
            rest = token.text[numeral.end() :]
        elif (fraction := _FRACTION.match(token.text)) is not None:
            rest = token.text[fraction.end() :]
        elif not _NUMBER_WORD.fullmatch(token.text):
            if token.lower != "no" or k + 1 >= len(self.tokens) or not _NOT_NO_COUNT.match(self.tokens[k + 1].text):
                return False
            last = k + 1
            rest = self.tokens[last].text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return not self._term_after(last, rest) and not self._reference_before(k)

    def _term_after(self, k: int, rest: str) -> bool:
        """Tell whether a time unit or "percent" follows a count ending in token k (rest: its token's letters after it)."""
        if rest:
            return bool(_TERM.match(rest))
        after = [t.text for t in self.tokens[k + 1 : k + 5]]
        while after[:1] == ["-"]:
            after = after[1:]
        if after and _TERM.match(after[0]):
            return True
        if len(after) < 2 or after[0].lower() not in _RANGE_WORDS:  # "15 to 20 years"
            return False
        joined = after[1].find("-")
        following = [t for t in after[2:] if t != "-"]
        return (joined >= 0 and bool(_TERM.match(after[1][joined:]))) or bool(following and _TERM.match(following[0]))

    def _reference_before(self, k: int) -> bool:
        """Tell whether a provision's label stands right before token k ("Article 5", "Law No. 40", "§ 12")."""
        before = [t.text for t in self.tokens[max(0, k - 2) : k]]
        return bool(before) and (before[-1] in _REFERENCES or "".join(before) in _REFERENCES)

    def not_any(self) -> bool:
        """Tell whether "not" and then "any" stand within 60 characters, with no comma or semicolon between."""
        for k, token in enumerate(self.tokens):
            if token.text != "not":
                continue
            for j in range(k + 1, len(self.tokens)):
                other = self.tokens[j]
                if other.start + self.shift[j] - (token.end + self.shift[k]) > 60 or (
                    "," in other.text or ";" in other.text
                ):
                    break
                if other.text == "any":
                    return True
        return False
