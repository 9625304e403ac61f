"""Drafts of figures: each number with its hedge, range partner and counted noun."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, fields

from tipcli.importing.extract.context import ending_before
from tipcli.importing.extract.figure_hedges import qualified_start
from tipcli.importing.extract.figure_kinds import age_before
from tipcli.importing.extract.figure_phrases import (
    AS_AGE_RULES,
    BY_SUBJECT_RULES,
    CHANGE_FROM_RULES,
    COPULA_RULES,
    OF_IT_RULES,
    OF_RULES,
    OF_THE_RULES,
    OR_MORE_RULES,
    PERCENT_RULES,
    POSSESSIVE,
    RANGE_RULES,
    after,
    at,
    clause_before,
    ending_at,
    joined,
)
from tipcli.importing.extract.figure_units import REST_RULES, is_conversion, is_plural, noun_phrase, pluralize
from tipcli.importing.extract.figure_years import month_before
from tipcli.importing.extract.matcher import Match, T, TokenRule, match_from
from tipcli.importing.extract.numbers import NumberToken, exact_value, tidy
from tipcli.importing.extract.rule import Expect, Rule
from tipcli.importing.lexicon.dates import MONTH_NAMES, YEAR_LEADS
from tipcli.importing.lexicon.money import CURRENCIES, FUNDING_NOUNS, ISO_CODES
from tipcli.importing.lexicon.nouns import (
    ADJECTIVE_ENDINGS,
    HYPHEN_NOUNS,
    LABEL_LIST_JOINS,
    LABEL_NOUNS,
    NOT_KIND_WORDS,
    OCCASION_NOUNS,
    STOP,
    TIME_UNITS,
)
from tipcli.importing.lexicon.numbers import PERIOD_WORDS, STOCK_AFTER
from tipcli.importing.lexicon.verbs import AFTER_NUMBER, OCCASIONS
from tipcli.importing.text import Token, layer

_OCCASION_PREPOSITIONS = frozenset({"in", "on", "at"})  # "in one case", "at one point"
_OCCASION_REACH = 8  # words back to a verb of occasions: "met on four separate times"
_HYPHEN_UNIT_RE = re.compile(r"-([A-Za-z]+)(-old\b)?")
WAGE_RULES = (
    TokenRule(
        name="times a wage",
        purpose="'fines of 50 to 100 times the minimum monthly wage': the number counts multiples of that wage (q7)",
        pattern=(
            T(lower="the"),
            T(lower_in={"minimum", "average", "basic"}, name="wage"),
            T(op="?", match=re.compile(r"[A-Za-z]+"), name="wage"),
            T(lower_in={"wage", "salary"}, name="wage"),
        ),
        examples=(("Fines run from 20 to 40 times the basic yearly salary.", "the basic yearly salary"),),
        not_examples=("The court met three times the same week.", "Workers earned the minimum of 40 dalms."),
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """A figure found: the quote's span, the numbers and what the words around them say. Made once, never changed:
    a later pass (a shared unit, a conversion) makes a new one with dataclasses.replace."""

    start: int
    end: int
    num_start: int
    value: int | float
    num_end: int = -1  # where the number (or the zero marker) ends; -1 until known
    high: int | float | None = None
    unit: str = ""
    qualifier: str | None = None
    money: bool = False
    fraction: bool = False
    zero: bool = False
    confident: bool = True
    converts: bool = False  # a bracketed dollar conversion of the amount just before it
    noun_start: int = -1  # where the counted noun phrase begins, for the label
    drop: bool = False  # the number names no quantity after all
    adjective: bool = False  # "30-day": its unit qualifies a noun and is no one else's
    swallowed: int = 0  # numbers before this position belong to this figure ("four years and six months")


@dataclass(slots=True, kw_only=True)
class _Building:
    """The fields of a Draft while the unit rules of one number fill them in; draft_figure freezes it."""

    start: int
    end: int
    num_start: int
    value: int | float
    num_end: int = -1
    high: int | float | None = None
    unit: str = ""
    qualifier: str | None = None
    money: bool = False
    fraction: bool = False
    zero: bool = False
    confident: bool = True
    converts: bool = False
    noun_start: int = -1
    drop: bool = False
    adjective: bool = False
    swallowed: int = 0

    def freeze(self) -> Draft:
        """Return the finished figure."""
        return Draft(**{f.name: getattr(self, f.name) for f in fields(self)})


@dataclass(frozen=True, slots=True)
class Around:
    """A number and the words just around it, as the not-a-figure rules read them."""

    text: str
    tokens: list[NumberToken]
    index: int
    before: Token | None  # the word right before the number, blanks between (None inside a word: "10" of "5-10")
    after: Token | None  # the word right after it, blanks between (None inside a word: "24" of "24-hour")

    @property
    def token(self) -> NumberToken:
        """Return the number itself."""
        return self.tokens[self.index]

    @property
    def written(self) -> str:
        """Return the number as written, lower case."""
        return self.text[self.token.start : self.token.end].lower()

    @property
    def next_word(self) -> str:
        """Return the word right after the number, lower case ("" if none)."""
        return self.after.lower if self.after is not None and self.after.is_word else ""


def _label_before(text: str, pos: int) -> bool:
    """Tell whether a label noun ("Article", "Tier", "No.") stands right before pos."""
    doc = layer(text)
    word = doc.token_before(pos)
    if word is not None and word.text == ".":  # "No. 5", "Nos. 3 and 4": the noun written with its dot
        noun = doc.token_before(word.start)
        return noun is not None and noun.end == word.start and noun.lower + "." in LABEL_NOUNS
    return word is not None and word.lower in LABEL_NOUNS


def _is_year(a: Around) -> bool:
    """A year, unless it counts a plural noun and no article or preposition sets it up as a date."""
    if not a.token.year_like:
        return False
    after = a.after
    # The plural noun one blank after, on the same line (a line break is layout: "2005-2008\neditions" is a date).
    counts = after is not None and after.is_word and after.start == a.token.end + 1 and after.lower.endswith("s")
    counts = counts and a.text[a.token.end] != "\n"
    leads = a.before is not None and a.before.lower in YEAR_LEADS
    return not counts or leads or month_before(a.text, a.token.start, with_day=False)


def _is_label(a: Around) -> bool:
    """A numeral after a label noun, or continuing a list of them ("Articles 211 and 212")."""
    if a.token.is_word:
        return False
    return _label_before(a.text, a.token.start) or (a.index > 0 and _in_label_list(a.text, a.tokens, a.index))


def _is_day(a: Around) -> bool:
    """The day of a date, before or after its month."""
    after = a.after
    month_after = after is not None and after.start > a.token.end and after.text in MONTH_NAMES
    return not a.token.is_word and (month_before(a.text, a.token.start, with_day=False) or month_after)


def _is_period(a: Around) -> bool:
    """A stock period: "the past five years", "the first three months"."""
    return a.before is not None and a.before.lower in PERIOD_WORDS and a.next_word in TIME_UNITS


def _is_stock(a: Around) -> bool:
    """A stock phrase after the number: "second consecutive year", "one another"."""
    return a.after is not None and a.after.start > a.token.end and a.after.lower in STOCK_AFTER


def _is_occasion(a: Around) -> bool:
    """ "In one case", "at one point": an occasion, not a count; "no one" is nobody."""
    if a.written != "one" or a.before is None:
        return False
    if a.before.lower in _OCCASION_PREPOSITIONS:
        return a.next_word in OCCASION_NOUNS
    return a.before.lower == "no"


def _is_round_the_clock(a: Around) -> bool:
    """ "A 24-hour hotline": says when a service is open, not how long anything lasts."""
    word = layer(a.text).token_at(a.token.start)  # "24-hour" is one token, the number inside it
    return a.token.value == 24 and word is not None and word.lower == "24-hour" and _blank_after(a.text, word)


def _blank_after(text: str, word: Token) -> bool:
    """Tell whether a blank, then a word or mark, follows a token (not the end of the paragraph)."""
    following = layer(text).token_after(word.end)
    return following is not None and following.start > word.end


NOT_FIGURE_RULES = (
    Rule(
        name="year",
        purpose="a year is a date; four digits count only when a plural noun follows and nothing sets up a date",
        decide=_is_year,
        examples=(Expect(sentence="The raids freed 2000 workers.", quote="2000 workers", value=2000),),
        not_examples=(("The council met in 2019.", "2019"), ("Since the 2011 reforms, courts sat weekly.", "2011")),
    ),
    Rule(
        name="label number",
        purpose="the number of an article, section, tier, law or case, or a list of them, labels and counts nothing",
        decide=_is_label,
        not_examples=(("Under Articles 40 and 41, pimping is a crime.", "41"), ("It stays on Tier 2.", "2")),
    ),
    Rule(
        name="day of a date",
        purpose="a day written beside its month is part of a date",
        decide=_is_day,
        not_examples=(("The decree took effect on 3 June 2020.", "3"), ("They met on July 9, 2020.", "9")),
    ),
    Rule(
        name="stock period",
        purpose="'the past five years' and the like frame the text, they count nothing",
        decide=_is_period,
        not_examples=(("Over the past three years, arrests fell.", "three"),),
    ),
    Rule(
        name="stock phrase",
        purpose="'consecutive', 'straight' or 'another' after a number make it an ordinal or a pronoun",
        decide=_is_stock,
        not_examples=(("Staff helped one another.", "one"),),
    ),
    Rule(
        name="occasion",
        purpose="'in one case', 'at one point', 'no one' are stock phrases",
        decide=_is_occasion,
        not_examples=(("In one case, a judge acquitted the owner.", "one"), ("No one was charged.", "one")),
    ),
    Rule(
        name="round the clock",
        purpose="'24-hour' before a service says it never closes; it is not a duration",
        decide=_is_round_the_clock,
        not_examples=(("The ministry ran a 24-hour hotline for victims.", "24"),),
    ),
)


_CLAUSE_LETTER = re.compile(r"[a-z0-9]{1,3}", re.IGNORECASE)  # inside one token: the "b" of "6(b)"
_OR = T(op="?", lower_in=("and", "or"))
LIST_RULES = (
    TokenRule(
        name="label list join",
        purpose="'Articles 211 and 212', 'Sections 5, 6, or 9': the words between two label numbers of a list",
        pattern=(T(lower_in=LABEL_LIST_JOINS), _OR),
        examples=(("Under Sections 5, 6, or 9 it is a crime.", ", or"),),
    ),
    TokenRule(
        name="label list join after a clause letter",
        purpose="'Sections 5, 6(b), or 9': a clause letter in brackets, then the words joining the next number",
        pattern=(T(text="("), T(match=_CLAUSE_LETTER), T(text=")"), T(lower_in=LABEL_LIST_JOINS), _OR),
        examples=(("Under Sections 5, 6(b), or 9 it is a crime.", "(b), or"),),
    ),
)


def skipped(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether a number is no figure: the first rule of NOT_FIGURE_RULES that says so decides."""
    token = tokens[index]
    doc = layer(text)
    around = Around(
        text=text, tokens=tokens, index=index, before=doc.token_before(token.start), after=doc.token_after(token.end)
    )
    return any(rule.decide(around) for rule in NOT_FIGURE_RULES)


# The speed trick of this module, the only one: in a list of numbers each number walks back over the
# gaps of the six before it (_is_label_at), so the answer for a gap is kept for the numbers after it.
@functools.lru_cache(maxsize=64)
def _joins_labels(text: str, end: int, start: int) -> bool:
    """Tell whether the words between two numbers join a list of labels: ", ", " and ", "(b), or ", "-"."""
    word = layer(text).token_at(end - 1)
    if word is not None and word.end > end:  # "Articles 5-10": one token
        return _hyphen_joins(text, end, start)
    return joined(text, LIST_RULES, end, start) is not None


def _in_label_list(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether tokens[index] continues a list of article numbers ("Articles 211 and 212")."""
    return _joins_labels(text, tokens[index - 1].end, tokens[index].start) and _is_label_at(text, tokens, index - 1)


def _is_label_at(text: str, tokens: list[NumberToken], index: int) -> bool:
    """Tell whether a number is an article, section or tier number, or the first of a list of them."""
    for back in range(index, max(-1, index - 6), -1):
        token = tokens[back]
        if token.is_word:
            return False
        if _label_before(text, token.start):
            return True
        if back == 0 or not _joins_labels(text, tokens[back - 1].end, token.start):
            return False
    return False


def range_partner(text: str, tokens: list[NumberToken], index: int, between: bool) -> int | None:
    """Return the index of the high end of a range starting at tokens[index], if any."""
    if index + 1 >= len(tokens):
        return None
    low, high = tokens[index], tokens[index + 1]
    if ending_at(text, CHANGE_FROM_RULES, low.start, needs="from"):
        return None  # "rose from 12 to 20 shelters" states two figures, not a range
    hyphen = _hyphen_joins(text, low.end, high.start)  # "10-14": one token
    gap = layer(text).between(low.end, high.start)
    and_gap = between and gap is not None and [t.text for t in gap] == ["and"]
    ranged = hyphen or and_gap or joined(text, RANGE_RULES, low.end, high.start) is not None
    # "one-half to one percent": a fraction may open a range of percentages, as it cannot open one of counts.
    fraction_ok = low.fraction and not high.fraction and after(text, PERCENT_RULES, high.end) is not None
    if not ranged or high.year_like != low.year_like or high.value <= low.value:
        return None
    if (high.fraction or low.fraction) and not fraction_ok:
        return None
    if hyphen and (low.is_word or high.is_word):
        return None
    return index + 1


def _hyphen_joins(text: str, end: int, start: int) -> bool:
    """Tell whether two numbers are one token joined by a hyphen: "10-14", "Articles 5-10"."""
    word = layer(text).token_at(end - 1)
    return word is not None and word.end >= start and text[end:start] == "-"  # a hyphen inside one token


def _of_phrase(text: str, pos: int, tokens: list[NumberToken], *, whole: bool = False) -> tuple[int, str] | None:
    """Return the end and unit of "of the (16) states" after pos.

    With whole, a singular noun is taken too, as written: a fraction of "the amount", "the country's territory".
    """
    match = after(text, OF_RULES, pos)
    following = layer(text).token_after(match.end) if match is not None else None
    if following is None:
        return None
    scan = following.start
    inner = token_at(tokens, scan)
    if inner is not None:
        scan = inner.end
    elif whole and POSSESSIVE.fullmatch(following.text) and _blank_after(text, following):
        scan = following.end + 1  # past the owner and the blank after it
    start = scan - 1 if text[scan - 1 : scan].isspace() else scan
    phrase = noun_phrase(text, start, singular=False)
    if phrase is not None:
        return phrase.end, phrase.unit
    return _mass_noun(text, start) if whole and inner is None else None


def _mass_noun(text: str, pos: int) -> tuple[int, str] | None:
    """Return the end and noun of "the amount it pledged", "the country's territory,": one or two words, then a stop.

    Without a part-of-speech tagger, a longer run ("the budget went unspent") gives no unit rather than a verb.
    """
    scan = pos
    for _ in range(2):
        word = _word_at(text, scan)
        if word is None or word.text in STOP or not word.text.islower():
            break
        scan = word.end
        following = _word_at(text, scan)
        if following is None or following.lower in STOP:  # punctuation or a stop word ends the phrase
            return word.end, word.lower
    return None


def _fraction_unit(text: str, draft: _Building, token: NumberToken, tokens: list[NumberToken]) -> None:
    """Fill the unit of a fraction from "of these children" or "penalties increase by"."""
    draft.fraction = True
    found = _of_phrase(text, token.end, tokens, whole=True)
    if found:
        draft.end, draft.unit = found
        return
    of_it = after(text, OF_IT_RULES, token.end)
    if of_it:
        draft.end = of_it.end  # "half of it": of the amount before, which the units pass finds
        return
    subject = ending_at(text, BY_SUBJECT_RULES, draft.start, needs="by")
    if subject:
        draft.start = subject.start
        draft.unit = subject.group("subject")[0].lower
        return
    draft.confident = False


def _compound_time(text: str, draft: _Building, tokens: list[NumberToken]) -> None:
    """Fold "four years and six months" into 4.5 years, and "six months to three years" into 0.5 to 3."""
    if draft.unit == "months" and draft.high is None:
        months = draft.value
        draft.value = tidy(float(months) / 12)
        _compound_range(text, draft, tokens)
        if draft.high is None:
            draft.value = months
        else:
            draft.unit = "years"
        return
    part = _next_number(text, tokens, draft.end) if draft.unit == "years" else None
    gap = layer(text).between(draft.end, part.start) if part is not None else None
    if part is None or gap is None or not _and_gap(text, draft.end, gap, part.start):
        return
    word = layer(text).token_after(part.end)
    if word is not None and word.lower in ("month", "months"):  # "six months' imprisonment": the quote ends on the noun
        draft.value = tidy(float(draft.value) + float(part.value) / 12)
        draft.end = draft.swallowed = word.end
        _compound_range(text, draft, tokens)


def _next_number(text: str, tokens: list[NumberToken], pos: int) -> NumberToken | None:
    """Return the first number that starts at or after pos."""
    index = bisect.bisect_left(tokens, pos, key=lambda t: t.start)
    return tokens[index] if index < len(tokens) else None


def _and_gap(text: str, end: int, gap: tuple[Token, ...], start: int) -> bool:
    """Tell whether a blank, a comma and a blank, or "and" join two parts of a term: "four years and six months"."""
    written = [t.text for t in gap]
    if written and written[0] == ",":
        if gap[0].start != end:
            return False  # the comma right after the first part
        written = written[1:]
    return start > end and written in ([], ["and"])


def _compound_range(text: str, draft: _Building, tokens: list[NumberToken]) -> None:
    """Read "two years and six months to 12 years" as one range: the low end is the compound span."""
    sep = after(text, RANGE_RULES, draft.end) if draft.high is None else None
    following = layer(text).token_after(sep.end) if sep is not None else None
    high = token_at(tokens, following.start) if following is not None else None
    word = layer(text).token_after(high.end) if high is not None else None
    if high is None or word is None or TIME_UNITS.get(word.lower) != "years" or high.value <= draft.value:
        return
    draft.high, draft.end = high.value, word.end
    draft.swallowed = draft.num_end = high.end


def _hyphen_unit(text: str, draft: _Building, pos: int) -> bool:
    """Fill the unit of "30-day" or "one-year"; False when no hyphenated noun follows."""
    token = layer(text).token_at(pos - 1)  # "30-day" is one token; the number ends inside it
    match = _HYPHEN_UNIT_RE.match(token.text, pos - token.start) if token is not None else None
    if token is None or match is None:
        return False
    word = match.group(1).lower()
    if word not in TIME_UNITS and word not in HYPHEN_NOUNS:
        draft.drop = True  # "one-stop centers", "one-on-one counseling", "two-tier system" count nothing
        return True
    draft.unit = TIME_UNITS.get(word) or pluralize(word).lower()
    draft.end = token.start + match.end()  # "15-year-old" keeps "-old": it is an age
    draft.adjective = True
    draft.confident = word in TIME_UNITS and not match.group(2)
    return True


def _noun_unit(text: str, draft: _Building, pos: int, tokens: list[NumberToken]) -> None:
    """Fill the unit from the noun phrase after pos, a currency, or "of the ..."."""
    or_more = after(text, OR_MORE_RULES, pos)
    if or_more and draft.high is None and _word_at(text, or_more.end):
        draft.qualifier = draft.qualifier or " ".join(t.lower for t in or_more.tokens)
        pos = or_more.end
    word = _word_at(text, pos)
    if word and word.text in ISO_CODES:  # "50,000 KES": a currency written after the amount, as a code
        draft.end, draft.unit, draft.noun_start, draft.money = word.end, word.text, pos, True
        return
    if word and (word.lower in CURRENCIES or is_conversion(text, word.end)):
        # A currency: a known one, or any noun followed by its bracketed dollar conversion ("4.3 billion won").
        draft.end, draft.unit, draft.noun_start, draft.money = word.end, word.lower, pos, True
        return
    if word and word.start == pos + 1 and word.text in AFTER_NUMBER:
        draft.confident = False  # the unit is the group counted before, if the context names it
        return
    as_age = at(text, AS_AGE_RULES, draft.start) is not None
    if as_age and not (word and word.start == pos + 1 and word.lower in TIME_UNITS):
        draft.unit = "years"  # "boys as young as 11 herded cattle": an age, whatever words follow it
        return
    singular = draft.value == 1 and draft.high is None
    phrase = noun_phrase(text, pos, singular=singular)
    if phrase is not None:
        draft.end, draft.unit, draft.noun_start = phrase.end, phrase.unit, pos
        if phrase.unit in CURRENCIES or (word and word.end == phrase.end and is_conversion(text, phrase.end)):
            draft.money = True
        return
    if word and _attributive_amount(text, word):
        # "a 1.2 million dalm budget": a singular noun between an amount and a noun of funding is its currency.
        draft.end, draft.unit, draft.noun_start, draft.money = word.end, pluralize(word.text).lower(), pos, True
        return
    if after(text, OF_THE_RULES, pos):
        found = _of_phrase(text, pos, tokens)
        if found:
            draft.end, draft.unit = found
            return
    if _copula_unit(text, draft, pos):
        return
    if age_before(text, draft.start) or as_age:
        draft.unit = "years"  # "under the age of 18"
        return
    draft.confident = False


def _copula_unit(text: str, draft: _Building, pos: int) -> bool:
    """Fill the unit of "61 were women" from the noun after the copula; not "the remaining 18 were men"."""
    copula = after(text, COPULA_RULES, pos)
    following = layer(text).token_after(copula.end) if copula is not None else None
    if copula is None or following is None or following.start == copula.end:
        return False
    rest = ending_before(text, REST_RULES, draft.start)
    if rest is not None and rest.tokens[0].lower == "the":
        return False  # "the remaining 18 were men", "the other six": the rest of a group counted before, its unit
    phrase = noun_phrase(text, following.start - 1, singular=False)
    if phrase is None:
        return False
    draft.end, draft.unit, draft.confident = phrase.end, phrase.unit, False  # "61 were women"
    return True


def _word_at(text: str, pos: int) -> Token | None:
    """Return the word right after pos, a blank between (a token that starts with a letter), or None."""
    word = layer(text).token_after(pos)
    return word if word is not None and word.start > pos and word.is_word else None


def _attributive_amount(text: str, word: Token) -> bool:
    """Tell whether a lower-case singular word after a number stands before a noun of funding ("dalm budget")."""
    following = _word_at(text, word.end)
    name = word.text
    return (
        following is not None
        and (following.lower in FUNDING_NOUNS or pluralize(following.text).lower() in FUNDING_NOUNS)  # "budget"
        and name.isalpha()
        and name.islower()
        and name not in STOP | NOT_KIND_WORDS
        and not name.endswith(ADJECTIVE_ENDINGS)  # "a 2 million annual budget"
        and not is_plural(name)
    )


def token_at(tokens: list[NumberToken], pos: int) -> NumberToken | None:
    """Return the number that starts at pos, if any: a bisection, as tokens are in text order."""
    index = bisect.bisect_left(tokens, pos, key=lambda t: t.start)
    return tokens[index] if index < len(tokens) and tokens[index].start == pos else None


@dataclass(frozen=True, slots=True)
class Drafting:
    """What a unit rule reads: the paragraph, its numbers, the draft and its first and last number."""

    text: str
    tokens: list[NumberToken]
    draft: _Building
    token: NumberToken
    last: NumberToken


def _occasions_unit(c: Drafting) -> bool:
    """'Met twice': the occasions the verb names."""
    if not c.token.occasions:
        return False
    c.draft.unit = c.token.occasions
    return True


def _currency_unit(c: Drafting) -> bool:
    """'$310,000', '€5,000', 'KES 50,000': the currency the symbol or code before the amount names, as a code."""
    currency = c.token.currency or c.last.currency
    if not currency:
        return False
    c.draft.unit, c.draft.money = currency, True
    return True


def _percent_unit(c: Drafting) -> bool:
    """'18 percent', '5%'."""
    percent = _percent_after(c.text, c.last.end)
    if percent is None:
        return False
    c.draft.unit, c.draft.end = "percent", percent.end
    return True


def _percent_after(text: str, pos: int) -> Match | None:
    """Return the percent sign or word right after a number: "5%" (no blank), "18 percent", "3 per cent"."""
    word = layer(text).token_after(pos)
    if word is not None and word.start == pos and word.text == "%":
        return match_from(text, PERCENT_RULES, pos)
    return after(text, PERCENT_RULES, pos)


def _fraction_rule(c: Drafting) -> bool:
    """'One-half of the victims': the noun it is a fraction of."""
    if not c.token.fraction:
        return False
    _fraction_unit(c.text, c.draft, c.token, c.tokens)
    return True


def _plus_unit(c: Drafting) -> bool:
    """'300-plus vessels': at least that many, written after the number; the quote keeps '-plus', no qualifier."""
    word = layer(c.text).token_at(c.last.end - 1)  # "300-plus" is one token; the number ends inside it
    rest = word.lower[c.last.end - word.start :] if word is not None else ""
    if not rest.startswith("-plus") or rest[5:6].isalnum():  # not "-plusses"
        return False
    c.draft.end = c.last.end + len("-plus")
    _noun_unit(c.text, c.draft, c.draft.end, c.tokens)
    return True


def _hyphen_rule(c: Drafting) -> bool:
    """'A 30-day period', 'a 40-bed shelter': the hyphenated noun; 'one-stop' counts nothing."""
    return _hyphen_unit(c.text, c.draft, c.last.end)


def _noun_rule(c: Drafting) -> bool:
    """'41 cases', '4.5 years and six months', '21 received': the noun after, a currency, or none yet."""
    _noun_unit(c.text, c.draft, c.last.end, c.tokens)
    _compound_time(c.text, c.draft, c.tokens)
    wage = after(c.text, WAGE_RULES, c.draft.end) if c.draft.unit == "times" else None
    if wage is not None:  # q7: "fines of 50 to 100 times the minimum monthly wage": counted in that wage
        c.draft.unit, c.draft.end = pluralize(" ".join(t.text.lower() for t in wage.group("wage"))), wage.end
    elif c.draft.unit == "times":
        verb = _occasion_verb(c.text, c.draft.start)
        c.draft.unit = OCCASIONS[verb] if verb else "times"  # "met four times": four meetings
    return True


def _occasion_verb(text: str, pos: int) -> str | None:
    """Return the verb of occasions among the few words before pos in its clause ("met on four ... times")."""
    words = clause_before(text, pos, _OCCASION_REACH, 30)
    return next((w.lower for w in words if w.lower in OCCASIONS), None)


UNIT_RULES = (
    Rule(
        name="occasions",
        purpose="a frequency after a verb of meeting or visiting counts those occasions",
        decide=_occasions_unit,
        examples=(Expect(sentence="The board met twice in the spring.", quote="twice", value=2, unit="meetings"),),
        not_examples=(("Twice as many men applied.", "Twice"), ("Once identified, victims may stay.", "Once")),
    ),
    Rule(
        name="currency before the amount",
        purpose="an amount after a currency symbol or ISO code is in that currency ($ is USD), ranges too",
        decide=_currency_unit,
        examples=(
            Expect(sentence="It paid $1,200 to $3,000 each.", quote="$1,200 to $3,000", value=1200, unit="USD"),
            Expect(
                sentence="Fines reached €40,000 last year.", quote="€40,000", value=40000, unit="EUR", kind="penalty"
            ),
            Expect(sentence="The fund gave KES 250,000 to shelters.", quote="KES 250,000", value=250000, unit="KES"),
            Expect(
                sentence="They will try 5 new courts.", quote="5 new courts", unit="courts"
            ),  # codes in capitals only
        ),
    ),
    Rule(
        name="percent",
        purpose="a number before % or 'percent'; a fraction may open the range",
        decide=_percent_unit,
        examples=(
            Expect(sentence="Shelters held 12 percent more.", quote="12 percent", value=12, unit="percent"),
            Expect(sentence="From one-half to one percent left.", quote="one-half to one percent", value=0.5, high=1),
        ),
    ),
    Rule(
        name="fraction",
        purpose="a fraction in words takes the unit of what it is a fraction of",
        decide=_fraction_rule,
        examples=(
            Expect(sentence="Two-thirds of the workers were men.", quote="Two-thirds of the workers", value=2 / 3),
            Expect(
                sentence="The ministry paid out one-third of the sum it had promised.",
                quote="one-third of the sum",
                unit="sum",
            ),
            Expect(
                sentence="Militias ran nearly half of the region’s land, officials said.",
                quote="nearly half of the region’s land",
                unit="land",
            ),
        ),
        not_examples=(("In the second half of the year, raids rose.", "half"),),
    ),
    Rule(
        name="plus",
        purpose="'N-plus' states at least N things; the quote keeps '-plus' and gives no qualifier",
        decide=_plus_unit,
        examples=(
            Expect(
                sentence="Guards watched the 500-plus boats in port.",
                quote="500-plus boats",
                value=500,
                unit="boats",
                qualifier=None,
            ),
        ),
    ),
    Rule(
        name="hyphenated noun",
        purpose="'a 30-day period', 'a 40-bed shelter': the noun joined to the number",
        decide=_hyphen_rule,
        examples=(
            Expect(sentence="Victims get a 45-day stay.", quote="45-day", value=45, unit="days", kind="duration"),
        ),
        not_examples=(("The country opened one-stop centers.", "one"),),
    ),
    Rule(
        name="counted noun",
        purpose="the noun phrase after a number, a currency, a compound term, or a number of times",
        decide=_noun_rule,
        examples=(
            Expect(sentence="Police found 40 forced labor victims.", quote="40 forced labor victims", value=40),
            Expect(
                sentence="Judges gave six years, six months’ prison.",
                quote="six years, six months",
                value=6.5,
                unit="years",
            ),
            Expect(
                sentence="Courts handed down terms of two years and six months to 12 years in prison.",
                quote="two years and six months to 12 years",
                value=2.5,
                high=12,
                kind="penalty",
            ),
            Expect(
                sentence="Judges imposed from one year and three months to eight years’ imprisonment.",
                quote="one year and three months to eight years",
                value=1.25,
                high=8,
            ),
            Expect(sentence="One got four years and six months; another, 10 years.", quote="10 years", value=10),
            Expect(
                sentence="Terms ranged from 18 months to nine years in prison.",
                quote="18 months to nine years",
                value=1.5,
                high=9,
                unit="years",
            ),
            Expect(sentence="He served 30 months, she two years.", quote="30 months", value=30, unit="months"),
            Expect(sentence="A dozen inspectors quit.", quote="A dozen inspectors", value=12, unit="inspectors"),
            Expect(
                sentence="Brokers charge fees of up to seven months’ salary.",
                quote="up to seven months’ salary",
                unit="months’ salary",
                kind="money",
            ),
            Expect(
                sentence="Nine prison guards were charged.", quote="Nine prison guards", value=9, unit="prison guards"
            ),
            Expect(
                sentence="Inspectors boarded 12 cargo vessels at the port.",
                quote="12 cargo vessels",
                value=12,
                unit="cargo vessels",
            ),
            Expect(sentence="Courts fined four other agencies.", quote="four other agencies", unit="agencies"),
            Expect(
                sentence="Six law enforcement agencies shared data.",
                quote="Six law enforcement agencies",
                unit="law enforcement agencies",
            ),
            Expect(sentence="Police detained five armed guards.", quote="five armed guards", unit="guards"),
            Expect(
                sentence="The port fired 14 customs officers.", quote="14 customs officers", unit="customs officers"
            ),
            Expect(
                sentence="Auditors toured nine detention centers and six counseling centers.",
                quote="nine detention centers",
                unit="detention centers",
            ),
            Expect(
                sentence="Auditors toured nine detention centers and six counseling centers.",
                quote="six counseling centers",
                unit="centers",
            ),
            Expect(sentence="The board added 18 labor inspectors.", quote="18 labor inspectors", unit="inspectors"),
            Expect(
                sentence="Twelve police investigators checked 30 quarry sites.",
                quote="Twelve police investigators",
                unit="police investigators",
            ),
            Expect(
                sentence="Twelve police investigators checked 30 quarry sites.",
                quote="30 quarry sites",
                unit="quarry sites",
            ),
            Expect(sentence="Doctors saw 57 child victims.", quote="57 child victims", unit="victims"),
            Expect(
                sentence="Troops manned 12 border posts and two refugee camps.",
                quote="12 border posts",
                unit="border posts",
            ),
            Expect(
                sentence="It trained 40 law enforcement officers and 20 senior officers.",
                quote="40 law enforcement officers",
                unit="law enforcement officers",
            ),
            Expect(
                sentence="It trained 40 law enforcement officers and 20 senior officers.",
                quote="20 senior officers",
                unit="officers",
            ),
            Expect(
                sentence="Nine social welfare officers joined.",
                quote="Nine social welfare officers",
                unit="social welfare officers",
            ),
            Expect(sentence="It sent 25 regional inspectors.", quote="25 regional inspectors", unit="inspectors"),
            Expect(
                sentence="Regulators licensed 20 overseas employment agencies.",
                quote="20 overseas employment agencies",
                unit="employment agencies",
            ),
            Expect(sentence="The council met four times in May.", quote="four times", value=4, unit="meetings"),
            Expect(
                sentence="Some 4,000 refugees and asylum seekers lived in camps.",
                quote="Some 4,000 refugees and asylum seekers",
                unit="refugees and asylum seekers",
            ),
            Expect(
                sentence="Nearly 700 migrants and asylum seekers arrived by boat.",
                quote="Nearly 700 migrants and asylum seekers",
                unit="migrants and asylum seekers",
            ),
            Expect(
                sentence="It approved a 400,000 korun budget for shelters.",
                quote="400,000 korun",
                unit="koruns",
                kind="money",
            ),
            Expect(sentence="Double the 3 million dorn fund for victims.", quote="3 million dorn", unit="dorns"),
            Expect(sentence="It cut the 2 million annual budget.", quote="2 million", unit=""),
            Expect(
                sentence="The bill would set the minimum working age at 15.",
                quote="15",
                unit="years",
                kind="threshold",
            ),
            Expect(sentence="Lawmakers raised the age of consent to 16.", quote="16", unit="years", kind="threshold"),
            Expect(sentence="Gangs used boys as young as 11.", quote="as young as 11", unit="years", kind="threshold"),
            Expect(
                sentence="Girls as young as ten herded goats for the farm owners.",
                quote="as young as ten",
                unit="years",
                kind="threshold",
            ),
        ),
    ),
)


def draft_figure(text: str, tokens: list[NumberToken], index: int) -> tuple[Draft, int]:
    """Return the draft figure starting at tokens[index] and the index of its last token.

    The hedge and the range come first; then the first rule of UNIT_RULES that applies gives the unit.
    """
    token = tokens[index]
    start, qualifier = qualified_start(text, token)
    opening = layer(text).token_at(start)
    between = start < token.start and opening is not None and opening.lower == "between"
    partner = range_partner(text, tokens, index, between)
    if between and partner is None:
        start = token.start
    last = tokens[partner] if partner is not None else token
    draft = _Building(
        start=start, end=last.end, num_start=token.start, num_end=last.end, value=_low(token, last), qualifier=qualifier
    )
    draft.confident = not token.year_like  # "2000 victims" reads as a count, but it could be a year
    draft.high = last.value if partner is not None else None
    drafting = Drafting(text=text, tokens=tokens, draft=draft, token=token, last=last)
    next(rule for rule in UNIT_RULES if rule.decide(drafting))
    return draft.freeze(), partner if partner is not None else index


def _low(token: NumberToken, last: NumberToken) -> int | float:
    """Return a range's low end with the scale written only after the high end: '1.5 to 2 million' is 1,500,000."""
    if last is token or token.scale != 1 or last.scale == 1 or not token.digits:
        return token.value
    scaled = exact_value(token.digits, last.scale)
    return scaled if scaled is not None and scaled < last.value else token.value
