"""Numerals, number words and fractions in prose, with their spans and values."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_DENOMINATORS |= {"fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
_ORDINAL_LIKE = frozenset({"fifth", "fifths", "tenth", "tenths"})  # a fraction only with its numerator
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

_WORD_ALT = "|".join(sorted([*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS], key=len, reverse=True))
# One number word, then more joined by a space, a hyphen or, after a scale word, " and " ("two hundred and
# fifty"; "five and six" stays two numbers).
# Each repetition must consume a separator and a whole word, so the match stays linear.
_WORDS_RE = re.compile(
    rf"\b(?:{_WORD_ALT})(?:(?:-|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|\s+)(?:{_WORD_ALT}))*\b",
    re.IGNORECASE,
)
_DIGITS_RE = re.compile(
    r"(?<![\w.,/])(?<![^\W\d_]-)(?P<dollar>(?:US)?\$\s?|USD\s)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/]|[.,]\d)"
    r"(?:\s(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    r"\b(?:(?P<num>a|one|two|three|four)(?:-|\s)?)?(?P<den>half|halves|thirds?|quarters?|fifths?|tenths?)\b",
    re.IGNORECASE,
)
_OF_AFTER_RE = re.compile(r"\s+of\s")
_AFTER_WORD_HYPHEN_RE = re.compile(r"[^\W\d_]-$")
_ORDINAL_BEFORE_RE = re.compile(r"\b(?:first|second|third|fourth|last|final|latter|former)\s+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberToken:
    """A number as written: its span, its value and how it was written."""

    start: int
    end: int
    value: int | float
    is_word: bool  # spelled out ("Twenty-two") rather than a numeral
    dollar: bool  # written with a leading "$"
    fraction: bool  # "one-half", "two-thirds"
    year_like: bool  # four plain digits that could be a year


def tidy(value: float) -> int | float:
    """Return value as an int when it is whole, else rounded to a few decimals."""
    rounded = round(value, 4)
    return int(rounded) if rounded == int(rounded) else rounded


def exact(numerator: int, denominator: int) -> int | float:
    """Return a fraction as the nearest float, not rounded: two-thirds is 2 / 3, as a reader computes it."""
    return numerator // denominator if numerator % denominator == 0 else numerator / denominator


def words_value(phrase: str) -> int | None:
    """Return the value of spelled-out number words ("twenty-two", "two hundred and five")."""
    total, current = 0, 0
    seen_any = False
    for word in re.split(r"[-\s]+", phrase.lower()):
        if word == "and" or not word:
            continue
        if word in UNIT_WORDS or word in TENS_WORDS:
            small = current % 100
            if small and (word in TENS_WORDS or small % 10 or small < 20):
                return None  # "two one", "five twenty": two numbers side by side, not one
            current += UNIT_WORDS.get(word, TENS_WORDS.get(word, 0))
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALE_WORDS:
            total += max(current, 1) * SCALE_WORDS[word]
            current = 0
        else:
            return None
        seen_any = True
    return total + current if seen_any else None


def _digit_tokens(text: str) -> list[NumberToken]:
    """Return the numerals of text ("1,200", "3.4 million", "$24.8 million")."""
    found = []
    for match in _DIGITS_RE.finditer(text):
        raw = match.group("num").replace(",", "")
        number = float(raw)
        scale = match.group("scale")
        if scale:
            number *= SCALE_WORDS[scale.lower()]
        plain = scale is None and "," not in match.group("num") and "." not in raw
        found.append(
            NumberToken(
                start=match.start(),
                end=match.end(),
                value=tidy(number),
                is_word=False,
                dollar=match.group("dollar") is not None,
                fraction=False,
                year_like=plain and len(raw) == 4 and 1800 <= number <= 2100 and match.group("dollar") is None,
            )
        )
    return found


def _fraction_tokens(text: str) -> list[NumberToken]:
    """Return fractions written in words ("one-half", "onehalf", "two-thirds", "half")."""
    found = []
    for match in _FRACTION_RE.finditer(text):
        numerator_word = (match.group("num") or "").lower()
        denominator = _DENOMINATORS[match.group("den").lower()]
        if not numerator_word and match.group("den").lower() in _ORDINAL_LIKE:
            continue  # "the fifth year", "the tenth anniversary": ordinals
        if numerator_word in ("", "a") and not _OF_AFTER_RE.match(text, match.end()):
            continue  # a bare "half", "third" or "a quarter" is a fraction only of something: "half of the victims"
        if _ORDINAL_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the first quarter of 2021", "the second half of the year" are periods
        numerator = _NUMERATORS.get(numerator_word, 1)
        found.append(
            NumberToken(
                start=match.start(),
                end=match.end(),
                value=exact(numerator, denominator),
                is_word=True,
                dollar=False,
                fraction=True,
                year_like=False,
            )
        )
    return found


def _word_tokens(text: str, taken: list[tuple[int, int]]) -> list[NumberToken]:
    """Return spelled-out numbers that do not overlap the spans already taken."""
    found = []
    taken = sorted(taken)
    starts = [start for start, _ in taken]
    for match in _WORDS_RE.finditer(text):
        # Spans taken do not overlap each other, so only the one starting just before or inside can clash.
        index = bisect.bisect_left(starts, match.end()) - 1
        if index >= 0 and taken[index][1] > match.start():
            continue
        value = words_value(match.group())
        # Words that make no single number ("two one-stop centers") are read one by one.
        parts = [(match.start(), match.end(), value)] if value is not None else _separate_words(text, match)
        for start, end, part in parts:
            if part is not None and not _AFTER_WORD_HYPHEN_RE.search(text, max(0, start - 2), start):
                found.append(_word_token(start, end, part))  # not "one-on-one", "COVID-nineteen"
    return found


def _separate_words(text: str, match: re.Match[str]) -> list[tuple[int, int, int | None]]:
    """Return each blank-separated piece of a number-word run with its own value."""
    return [
        (match.start() + piece.start(), match.start() + piece.end(), words_value(piece.group()))
        for piece in re.finditer(r"\S+", match.group())
    ]


def _word_token(start: int, end: int, value: int) -> NumberToken:
    """Return the token of a spelled-out number."""
    return NumberToken(start=start, end=end, value=value, is_word=True, dollar=False, fraction=False, year_like=False)


def find_numbers(text: str) -> list[NumberToken]:
    """Return every number in text, in text order, without overlaps."""
    tokens = _digit_tokens(text)
    fractions = _fraction_tokens(text)
    tokens += fractions
    taken = [(t.start, t.end) for t in tokens]
    tokens += _word_tokens(text, taken)
    tokens.sort(key=lambda t: t.start)
    return tokens


def written_form(quote: str, value: float, high: float | None, *, money: bool) -> str | None:
    """Return the number (or range) as the quote writes it, where tipcli would write it otherwise
    ("1.8 million", "two million", "six to 12"); None when both agree or the quote does not hold it."""
    from tipcli.formatting import plain_number

    tokens = find_numbers(quote)
    low = next((t for t in tokens if t.value == value), None)
    if low is None:
        return None
    end = low.end
    if high is not None:
        top = next((t for t in tokens if t.start >= low.end and t.value == high), None)
        if top is None:
            return None
        end = top.end
    written = quote[low.start : end]
    plain = plain_number(value, money=money) + ("" if high is None else f" to {plain_number(high, money=money)}")
    return None if written == plain else written
