"""Numerals, number words and fractions in prose, with their spans and values."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from tipcli.importing.extract.matcher import T, TokenRule, match_from
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.money import ISO_CODES, SYMBOLS
from tipcli.importing.lexicon.numbers import (
    DENOMINATORS,
    MULTIPLES,
    NOT_AFTER_TIMES,
    NUMERATORS,
    ORDINAL_LIKE,
    ORDINALS,
    SCALE_WORDS,
    TENS_WORDS,
    TIMES,
    UNIT_WORDS,
)
from tipcli.importing.lexicon.verbs import OCCASIONS
from tipcli.importing.text import layer

_LONGEST_NUMERAL = 1_000  # digits; the report schema holds 19
_DENOMINATOR_ALT = alternation(DENOMINATORS)
_NUMERATOR_ALT = alternation(n for n in NUMERATORS if n != "a")
_WORD_ALT = "|".join(sorted([*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS], key=len, reverse=True))
# One number word, then more joined by a space, a hyphen or, after a scale word, " and " ("two hundred and
# fifty"; "five and six" stays two numbers).
# Each repetition must consume a separator and a whole word, so the match stays linear.
_WORDS_RE = re.compile(
    rf"\b(?:{_WORD_ALT})(?:(?:-|(?:(?<=hundred)|(?<=thousand)|(?<=million))\s+and\s+|\s+)(?:{_WORD_ALT}))*\b",
    re.IGNORECASE,
)
# A symbol ("$", "€", "US$") or an ISO code in capitals ("KES 50,000") before a numeral names its currency.
_CURRENCY_BEFORE = rf"(?P<currency>(?:{alternation(SYMBOLS)})\s?|(?-i:(?:{alternation(ISO_CODES)}))\s)?"
_DIGITS_RE = re.compile(
    r"(?<![\w.,/])(?<![^\W\d_]-)" + _CURRENCY_BEFORE + r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\w/]|[.,]\d)(?:\s(?P<scale>" + alternation(word for word in SCALE_WORDS if word != "hundred") + r")\b)?",
    re.IGNORECASE,
)
_FRACTION_RE = re.compile(
    rf"\b(?:(?P<num>a|{_NUMERATOR_ALT})(?:-|\s)?)?(?P<den>{_DENOMINATOR_ALT})\b",
    re.IGNORECASE,
)
_MULTIPLE_RE = re.compile(
    rf"\b(?:(?P<count>a|an|{alternation(UNIT_WORDS)})\s+)?(?P<noun>{alternation(MULTIPLES)})\b(?!s)", re.IGNORECASE
)
_TIMES_RE = re.compile(rf"\b(?:{alternation(TIMES)})\b", re.IGNORECASE)
_ADVERB = re.compile(r"[a-z]+ly", re.IGNORECASE)  # inside one token: "met regularly twice"
# The regular expressions above recognise how a number is written (digits, number words, "a dozen"), as a
# tokenizer does; every question about the words around a number asks the paragraph's tokens (text.layer).
TIMES_RULES = (
    TokenRule(
        name="verb of occasions",
        purpose="'met twice', 'convened only once': a verb of occasions before a frequency makes it a count of them",
        pattern=(
            T(lower_in=OCCASIONS, name="verb"),
            T(op="?", any_of=(T(lower="only"), T(match=_ADVERB))),
            T(lower_in=TIMES, name="times"),
            T(op="!", lower_in=NOT_AFTER_TIMES),  # "twice as many", "once a year", "twice more"
        ),
        examples=(
            ("The panel met only twice in May.", "met only twice"),
            ("The council convened once in June.", "convened once"),
        ),
        not_examples=("Inspectors visited twice a year.", "Twice, the board met."),
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberToken:
    """A number as written: its span, its value and how it was written."""

    start: int
    end: int
    value: int | float
    is_word: bool  # spelled out ("Twenty-two") rather than a numeral
    dollar: bool  # written with a leading "$" (or "USD")
    fraction: bool  # "one-half", "two-thirds"
    year_like: bool  # four plain digits that could be a year
    digits: str = ""  # a numeral's digits without commas ("1.5"), to apply a range's scale exactly
    scale: int = 1  # the scale word written after a numeral ("2 million": 1,000,000)
    occasions: str = ""  # "twice" after "met": the noun of the occasions counted ("meetings")
    currency: str = ""  # the ISO code a symbol or code before the numeral names ("€5,000": "EUR")


def tidy(value: float) -> int | float:
    """Return value as an int when it is whole, else rounded to a few decimals."""
    rounded = round(value, 4)
    return int(rounded) if rounded.is_integer() else rounded


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


def exact_value(raw: str, scale: int = 1) -> int | float | None:
    """Return a numeral's value, exact when whole at any size ("11111111111111111111" stays that integer).

    A float holds 15-17 digits, so numerals are read as fractions. A numeral longer than any quantity
    (Python refuses to read integers of over 4,300 digits) is infinite, and compose leaves it out with
    a warning, as it does any number the report schema cannot hold; None for a decimal too large for a float.
    """
    if len(raw) > _LONGEST_NUMERAL:
        return math.inf
    number = Fraction(raw) * scale
    if number.denominator == 1:
        return int(number)
    try:
        return tidy(float(number))
    except OverflowError:
        return None


def _digit_tokens(text: str) -> list[NumberToken]:
    """Return the numerals of text ("1,200", "3.4 million", "$24.8 million")."""
    found = []
    for match in _DIGITS_RE.finditer(text):
        raw = match.group("num").replace(",", "")
        scale = match.group("scale")
        number = exact_value(raw, SCALE_WORDS[scale.lower()] if scale else 1)
        if number is None:
            continue
        plain = scale is None and "," not in match.group("num") and "." not in raw
        written = (match.group("currency") or "").strip()
        currency = SYMBOLS.get(written, written.upper())
        scale_value = SCALE_WORDS[scale.lower()] if scale else 1
        found.append(
            NumberToken(
                start=match.start(),
                end=match.end(),
                value=number,
                is_word=False,
                dollar=currency == "USD",
                currency=currency,
                fraction=False,
                year_like=plain and len(raw) == 4 and 1800 <= number <= 2100 and not currency,
                digits=raw,
                scale=scale_value,
            )
        )
    return found


def _fraction_tokens(text: str) -> list[NumberToken]:
    """Return fractions written in words ("one-half", "onehalf", "two-thirds", "half")."""
    found = []
    for match in _FRACTION_RE.finditer(text):
        numerator_word = (match.group("num") or "").lower()
        denominator = DENOMINATORS[match.group("den").lower()]
        if not numerator_word and match.group("den").lower() in ORDINAL_LIKE:
            continue  # "the fifth year", "the tenth anniversary": ordinals
        if numerator_word in ("", "a") and not _of_after(text, match.end()):
            continue  # a bare "half", "third" or "a quarter" is a fraction only of something: "half of the victims"
        before = layer(text).token_before(match.start())
        if before is not None and before.end < match.start() and before.lower in ORDINALS:
            continue  # "the first quarter of 2021", "the second half of the year" are periods
        numerator = NUMERATORS.get(numerator_word, 1)
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
            if part is not None and not _after_word_hyphen(text, start):
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


def _multiple_tokens(text: str) -> list[NumberToken]:
    """Return "a dozen", "two dozen", "dozen" and "a score of" as numbers (12, 24, 12, 20)."""
    found = []
    for match in _MULTIPLE_RE.finditer(text):
        noun = match.group("noun").lower()
        end = match.end()
        if noun == "score":
            of = layer(text).token_after(end) if _of_after(text, end) else None
            following = layer(text).token_after(of.end) if of is not None else None
            if of is None or following is None or not following.is_word:
                continue  # "a score" alone, or "a score of 3 to 1", is a result; "a score of victims" a number
            end = of.end  # the quote holds "of", so the noun after it is the unit: "a score of victims"
        written = (match.group("count") or "a").lower()
        count = 1 if written in ("a", "an") else words_value(written)
        if count is not None:
            found.append(_word_token(match.start(), end, count * MULTIPLES[noun]))
    return found


def _times_tokens(text: str) -> list[NumberToken]:
    """Return "twice" and "once" where a verb of occasions stands before them: "met twice" is two meetings."""
    found = []
    for match in _TIMES_RE.finditer(text):
        verb = _occasion_verb(text, match.start(), match.end())
        if verb is None:
            continue  # "once identified", "twice as many", "twice a year"
        value = TIMES[match.group().lower()]
        token = _word_token(match.start(), match.end(), value)
        found.append(replace(token, occasions=verb))
    return found


def _of_after(text: str, pos: int) -> bool:
    """Tell whether "of" and another word follow pos: "half of the victims", "a score of raids"."""
    doc = layer(text)
    of = doc.token_after(pos)
    if of is None or of.text != "of" or of.start == pos:
        return False
    following = doc.token_after(of.end)
    return following is not None and following.start > of.end


def _after_word_hyphen(text: str, start: int) -> bool:
    """Tell whether a number word ends a hyphenated word after a word: "one-on-one", "COVID-nineteen"."""
    if not text.startswith("-", start - 1):
        return False  # no hyphen before it: no need to ask the tokens
    word = layer(text).token_at(start)
    head = word.text[: start - word.start] if word is not None else ""
    return head[-2:-1].isalpha()  # the hyphen, inside the token, follows a letter


def _occasion_verb(text: str, start: int, end: int) -> str | None:
    """Return the noun of the occasions a verb before a frequency counts ("met twice": meetings), or None."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, start)
    for k in range(max(0, index - 2), index):  # the verb, and at most an adverb between
        found = match_from(text, TIMES_RULES, doc.tokens[k].start)
        if found is not None and found.end == end:
            return OCCASIONS[found.group("verb")[0].lower]
    return None


def find_numbers(text: str) -> list[NumberToken]:
    """Return every number in text, in text order, without overlaps."""
    tokens = _digit_tokens(text)
    fractions = _fraction_tokens(text)
    tokens += fractions + _multiple_tokens(text) + _times_tokens(text)
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
