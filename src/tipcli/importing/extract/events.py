"""Extract dated happenings from a paragraph: a law adopted, a body created, a shelter opened, a conviction."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from tipcli.importing.extract.event_clauses import Scope, clause_scope, is_negated, is_statistic, main_verb
from tipcli.importing.extract.matcher import Match, T, TokenRule, find
from tipcli.importing.extract.placements import prior_placements
from tipcli.importing.extract.rule import Expect, Rule
from tipcli.importing.lexicon import alternation, words
from tipcli.importing.lexicon.dates import (
    DAY_DIGITS,
    HAPPENING_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PERIOD_PARTS,
    SEASONS,
    STAMP_VERBS,
    YEAR_DIGITS,
)
from tipcli.importing.lexicon.verbs import AUXILIARIES, HAPPENING_PAST, IRREGULAR_PAST
from tipcli.importing.text import layer


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundEvent:
    """A dated happening: its date, the quote that states it (paragraph offsets) and a drafted description."""

    date: str
    precision: str
    start: int
    end: int
    description: str


_MONTHS = MONTHS | MONTH_ABBREVIATIONS
# A part of a period written into the date's token ("in mid-2019", "in late-May 2018") keeps the date's precision.
_PART = "(?:" + alternation(PERIOD_PARTS) + ")-"
_PREP = T(lower_in=("in", "on"))  # the preposition that makes a date the time of a happening
_EARLY = T(op="?", lower_in=PERIOD_PARTS)  # "in early 2019"
_MONTH = T(
    name="month", any_of=(T(lower_in=_MONTHS), T(match=re.compile(_PART + "(?:" + alternation(_MONTHS) + ")", re.I)))
)
_FULL_MONTH = T(lower_in=MONTHS, name="months")  # coordinated months are written out
_DOT = T(op="?", text=".")  # "Sept. 2019"
_DAY = T(match=DAY_DIGITS, name="day")
_YEAR = T(name="year", any_of=(T(match=YEAR_DIGITS), T(match=re.compile(_PART + YEAR_DIGITS.pattern, re.I))))
_OF = T(lower="of")
_MONTH_OR_NONE = T(op="?", name="month", lower_in=_MONTHS)  # "at the end of March 2018", "at the end of 2018"

_NAMED_MONTH = T(name="month", lower_in=_MONTHS)  # a rule that needs one is tried only where a month is written
# What may stand right before a full date written with no preposition: a past verb ('signed October 3,
# 2023') or "effective"; not a verb that stamps a page ('Last updated 21 July 2022').
_PAST_WORD = re.compile(r"[a-z]{2,}ed")
_BARE = frozenset(("full date after its verb", "full date, day first, after its verb"))

DATE_RULES = (
    TokenRule(
        name="month day, year",
        purpose="a full date, month first: 'on September 12, 2022'",
        pattern=(_PREP, _EARLY, _MONTH, _DOT, _DAY, T(text=","), _YEAR),
        examples=(("The unit opened on March 3, 2020.", "on March 3, 2020"),),
        not_examples=("The unit opened on March 3 2020.",),
    ),
    TokenRule(
        name="day month year",
        purpose="a full date, day first: 'on 14 May 2021'",
        pattern=(_PREP, _EARLY, _DAY, _MONTH, _DOT, _YEAR),
        examples=(("The law took effect on 2 Feb. 2017.", "on 2 Feb. 2017"),),
    ),
    TokenRule(
        name="full date after its verb",
        purpose="a full date right after the verb, with no preposition: 'was signed October 3, 2023'",
        pattern=(_NAMED_MONTH, _DOT, _DAY, T(text=","), _YEAR),  # the verb before it: _after_verb
        examples=(("The pact was signed June 9, 2014, in Rome.", "June 9, 2014"),),
        not_examples=("The pact was signed June 9 2014.",),
    ),
    TokenRule(
        name="full date, day first, after its verb",
        purpose="a full date, day first, right after the verb: 'took effect 1 July 2019', 'effective 2 May 2016'",
        pattern=(_DAY, _NAMED_MONTH, _DOT, _YEAR),  # the verb before it: _after_verb
        examples=(("The rule, effective 2 May 2016, bans fees.", "2 May 2016"),),
        not_examples=("The rule took effect in May 2016.",),
    ),
    TokenRule(
        name="month year",
        purpose="a month's date: 'in June 2019', 'in mid-May 2018'",
        pattern=(_PREP, _EARLY, _MONTH, _DOT, _YEAR),
        examples=(("Talks resumed in mid-May 2018.", "in mid-May 2018"),),
        not_examples=("Talks resumed in May.",),
    ),
    TokenRule(
        name="year of a happening",
        purpose="a year's date: 'in 2019', 'in early 2020'; not a rate ('in 2019%')",
        pattern=(_PREP, _EARLY, _YEAR, T(op="!", text="%")),
        examples=(("The office closed in early 2020.", "in early 2020"), ("It closed in mid-2019.", "in mid-2019")),
        not_examples=("It closed in 2019-20.", "It grew in 20195 ways."),
    ),
    TokenRule(
        name="months joined before a year",
        purpose="months joined before one year: 'in April and November 2015', 'in May, June, and July 2019'",
        pattern=(
            _PREP,
            _EARLY,
            _FULL_MONTH,
            T(op="*", max=12, name="months", any_of=(T(text=","), _FULL_MONTH)),  # up to six more months
            T(lower="and"),
            _FULL_MONTH,
            _YEAR,
        ),
        examples=(("Panels sat in May, June, and July 2019.", "in May, June, and July 2019"),),
    ),
    TokenRule(
        name="years joined",
        purpose="years joined by commas and 'and' after 'in' are as many happenings: 'amended in 2015 and 2017'",
        pattern=(
            _PREP,
            T(name="year", match=YEAR_DIGITS),
            T(op="*", max=12, name="years", any_of=(T(text=","), T(match=YEAR_DIGITS))),  # up to six more years
            T(lower="and"),
            T(name="years", match=YEAR_DIGITS),
        ),
        examples=(("The code was revised in 2004, 2009 and 2013.", "in 2004, 2009 and 2013"),),
        not_examples=("The code was in force between 2004 and 2009.",),
    ),
    TokenRule(
        name="month of a year",
        purpose="a month's date written with 'of': 'in December of 2019'",
        pattern=(_PREP, _EARLY, _MONTH, _OF, _YEAR),
        examples=(("The envoy resigned in early May of 2011.", "in early May of 2011"),),
        not_examples=("The envoy resigned in May of that year.",),
    ),
    TokenRule(
        name="part of a year",
        purpose="a season or half of a year dates the year: 'in the autumn of 2006', 'in the second half of 2014'",
        pattern=(
            _PREP,
            T(lower="the"),
            T(op="?", lower_in=("early", "late", "first", "second")),
            T(lower_in=SEASONS | {"half"}),
            _OF,
            _YEAR,
        ),
        examples=(("A depot burned in the late summer of 2006.", "in the late summer of 2006"),),
        not_examples=("A depot burned in the summer.", "A depot burned in the summer of that year."),
    ),
    TokenRule(
        name="end or start of a period",
        purpose="'at the end of 2018', 'at the start of March 2020' date a happening (a deadline is 'by the end of')",
        pattern=(
            T(lower="at"),
            T(lower="the"),
            T(lower_in=("end", "start", "beginning", "close")),
            _OF,
            _MONTH_OR_NONE,
            _DOT,
            _YEAR,
        ),
        examples=(("The mission closed at the end of 2018.", "at the end of 2018"),),
        not_examples=("The mission closed at the end of the year.",),
    ),
)
# A date that starts or ends a period, or a deadline, is no happening ('2018-2021', 'in 2015 and 2017').
_PERIOD_JOINERS = frozenset(("–", "—", "-", "to", "and", "through", "until"))
_DEADLINE_BEFORE = words("by until through than since between from")  # and "end of"
# Words that may follow a year that dates a clause ('in 2008 the Ministry hired', 'adopted in 2019 to'),
# and auxiliaries, which end a relative clause ('the plan that expired in 2018 was not renewed'): any
# other lower-case word makes the year attributive ('based on 2019 data').
_LOWER_WORD = re.compile(r"[a-z]+\b")  # the lower-case word a token starts with ("data" of "data-driven")
_MAY_FOLLOW = words(
    "the a an and but or to for when after before as with by in on at of which that while where because "
    "following until despite its their his her under within amid during via"
)


@dataclass(frozen=True, slots=True)
class _Dated:
    """A date a rule matched: text[start:end] (from the preposition), its date and precision."""

    start: int
    end: int
    date: str
    precision: str
    year_only: bool  # a bare year ("in 2019"), which a lower-case word after makes attributive


def _parse(match: Match) -> list[_Dated]:
    """Return the dates of one match: none when it is no calendar date, one a month for coordinated months."""
    year = match.group("year")[0].text[-4:]
    listed = match.group("months")[:-1]  # the months before "and": "May, June"; "May June" is no list
    if any(a.text != "," and b.text != "," for a, b in itertools.pairwise(listed)):
        return []
    months = [
        _MONTHS[t.lower.rsplit("-", 1)[-1]] for t in match.group("month") + match.group("months") if t.text != ","
    ]
    day = int(match.group("day")[0].text) if match.group("day") else None
    joined = [t.text for t in match.group("years") if t.text != ","]
    if joined:  # "in 2015 and 2017": one happening a year
        return [_Dated(match.start, match.end, y, "year", True) for y in (year, *joined)]
    if day is not None:
        dates = [(f"{year}-{months[0]:02d}-{day:02d}", "day")] if 1 <= day <= 31 else []
    else:
        dates = [(f"{year}-{month:02d}", "month") for month in months] or [(year, "year")]
    return [_Dated(match.start, match.end, date, precision, not months) for date, precision in dates]


def _after_verb(text: str, start: int) -> bool:
    """Tell whether a past verb or "effective", not a page's stamp, stands right before a date with no preposition."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, start)
    if index == 0:
        return False
    word = doc.tokens[index - 1].text
    if word in STAMP_VERBS:
        return False
    return word == "effective" or word in HAPPENING_PAST or word in IRREGULAR_PAST or bool(_PAST_WORD.fullmatch(word))


def _excluded(text: str, dated: _Dated) -> bool:
    """Tell whether the date ends a deadline, bounds a period or qualifies a noun ('on 2019 data')."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, dated.start)
    before = [t.lower for t in doc.tokens[max(0, index - 2) : index]]
    if before[-1:] and (before[-1] in _DEADLINE_BEFORE or before == ["end", "of"]):
        return True
    following = bisect.bisect_left(doc.token_starts, dated.end)
    after = doc.tokens[following : following + 3]
    if after and after[0].text in _PERIOD_JOINERS:
        # one word may stand between ("to mid 2021"), not a date's own "in" ("in 2015 and in 2017" are two dates)
        years = [t for t in after[1:3] if YEAR_DIGITS.match(t.text)]
        if years and (years[0] is after[1] or (after[1].text[0].isalnum() and after[1].lower not in ("in", "on"))):
            return True
    if not dated.year_only or not after or after[0].start != dated.end + 1 or text[dated.end] != " ":
        return False
    word = _LOWER_WORD.match(after[0].text)
    follows = word.group() if word else ""
    return bool(word and follows not in _MAY_FOLLOW and follows not in AUXILIARIES and not follows.endswith("ed"))


def _noun_before(text: str, dated: _Dated) -> bool:
    """Tell whether a happening's noun stands right before the date: 'since its creation in 2005'."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, dated.start)
    before = doc.tokens[max(0, index - 3) : index]
    if [t.lower for t in before[-2:]] == ["into", "force"]:  # "its entry into force in 2019"
        before = doc.tokens[max(0, index - 3) : index - 2]
    return bool(before) and before[-1].lower in HAPPENING_WORDS and before[-1].text.islower()


def _description(text: str, scope: Scope, dated: _Dated) -> str:
    """Draft a description from the clause's own words, the date phrase left out."""
    words = (text[scope.start : dated.start] + " " + text[dated.end : scope.end]).split()
    while words and words[0].lower() in ("and", "but", "while", "when", "which", "whereas", ",", "then"):
        words = words[1:]
    words = words[:25]
    draft = " ".join(words).strip(" ,;:–—-")
    return draft[:1].upper() + draft[1:]


def _dated(text: str) -> list[_Dated]:
    """Return each date with its (date, precision): one a month of coordinated months, in text order."""
    matches = [m for m in find(text, DATE_RULES) if m.rule not in _BARE or _after_verb(text, m.start)]
    found = [dated for match in matches for dated in _parse(match)]
    return sorted(found, key=lambda dated: (dated.start, dated.date))


def extract_events(text: str) -> list[FoundEvent]:
    """Return the dated happenings of one paragraph, in order."""
    events: list[FoundEvent] = []
    for dated in _dated(text):
        if _excluded(text, dated):
            continue
        scope = clause_scope(text, dated.start, dated.end)
        verb = main_verb(text, scope, dated.start, dated.end)
        if verb is None and not _noun_before(text, dated):
            continue
        if verb is not None and (
            is_negated(text, verb) or is_statistic(text, scope, verb, dated.start, dated.end, dated.precision)
        ):
            continue
        events.append(
            FoundEvent(
                date=dated.date,
                precision=dated.precision,
                start=scope.start,
                end=scope.end,
                description=_description(text, scope, dated),
            )
        )
    return _with_placements(text, events)


def _with_placements(text: str, events: list[FoundEvent]) -> list[FoundEvent]:
    """Add the earlier tier placements the text states as happenings, one a year ('on Tier 3 in 2016 and 2017')."""
    added = []
    dated = _Spans(events)
    for placement in prior_placements(text):
        date = placement.date
        if dated.overlaps(date, placement.start, placement.end):
            continue  # "downgraded ... in June 2016" may be dated already
        quote = text[placement.start : placement.end]
        precision = "month" if len(date) == 7 else "year"
        added.append(
            FoundEvent(date=date, precision=precision, start=placement.start, end=placement.end, description=quote)
        )
    return sorted(events + added, key=lambda e: (e.start, e.date)) if added else events


class _Spans:
    """The events' quotes by the year (and the month) they date, to ask in log time whether one overlaps a span.

    A paragraph of many placements and many dated clauses must not compare each with each.
    """

    def __init__(self, events: list[FoundEvent]) -> None:
        groups: dict[str, list[tuple[int, int]]] = {}
        for event in sorted(events, key=lambda e: e.start):
            for key in {event.date[:4], event.date[:7]}:
                groups.setdefault(key, []).append((event.start, event.end))
        self.starts = {key: [start for start, _ in spans] for key, spans in groups.items()}
        # the furthest any of the first k events reaches
        self.reach = {key: list(itertools.accumulate((end for _, end in spans), max)) for key, spans in groups.items()}

    def overlaps(self, date: str, start: int, end: int) -> bool:
        """Tell whether an event whose date starts with date (a year, or a year and month) overlaps start..end."""
        starts = self.starts.get(date, [])
        before = bisect.bisect_left(starts, end)  # the events that start before the span ends
        return before > 0 and self.reach[date][before - 1] > start


def _rule_dates(text: str) -> list[FoundEvent]:
    """The table's rules are applied together by extract_events; each names a kind of dated sentence."""
    return extract_events(text)


EVENT_RULES = (
    Rule(
        name="dated happening",
        purpose="a date after 'in' or 'on' with the verb of what happened: a law adopted, a body created, a plan ended",
        decide=_rule_dates,
        examples=(
            Expect(
                sentence="Parliament passed the law in June 2019.",
                quote="Parliament passed the law in June 2019",
                date="2019-06",
            ),
            Expect(
                sentence="The center opened on 14 May 2021.",
                quote="The center opened on 14 May 2021",
                date="2021-05-14",
            ),
            Expect(
                sentence="It drafted a plan to replace the strategy that lapsed in 2018.",
                quote="It drafted a plan to replace the strategy that lapsed in 2018",
                date="2018",
            ),
        ),
        not_examples=(
            ("In 2022, police arrested 40 suspects.", "2022"),  # a year that dates a tally
            ("Its 2006 law covers forced labor.", "2006"),
            ("The plan runs from 2018 to 2021.", "2018"),
        ),
    ),
    Rule(
        name="dated tally of a month",
        purpose="a tally dated to a month or a day is one happening: 'In May 2020, a court convicted two men'",
        decide=_rule_dates,
        examples=(
            Expect(
                sentence="In May 2020, a court convicted two men.",
                quote="In May 2020, a court convicted two men",
                date="2020-05",
            ),
        ),
    ),
    Rule(
        name="prior tier placement",
        purpose="a placement of an earlier edition the text states is dated to each year it names",
        decide=_rule_dates,
        examples=(
            Expect(
                sentence="Zorva was on Tier 3 in 2016 and 2017.",
                quote="Zorva was on Tier 3 in 2016 and 2017",
                date="2017",
            ),
        ),
        not_examples=(("It moved up from Tier 3 the year before.", "Tier 3"),),
    ),
    Rule(
        name="coordinated months",
        purpose="months joined before one year are as many happenings sharing one quote",
        decide=_rule_dates,
        examples=(
            Expect(
                sentence="The board met in April and November 2015.",
                quote="The board met in April and November 2015",
                date="2015-04",
            ),
            Expect(
                sentence="The board met in April and November 2015.",
                quote="The board met in April and November 2015",
                date="2015-11",
            ),
        ),
    ),
)
