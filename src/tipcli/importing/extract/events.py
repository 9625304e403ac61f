"""Extract dated happenings from a paragraph: a law adopted, a body created, a shelter opened, a conviction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.extract.event_clauses import Scope, clause_scope, is_statistic, main_verb
from tipcli.importing.extract.placements import prior_placements
from tipcli.importing.extract.rule import Expect, Rule
from tipcli.importing.lexicon import alternation, words
from tipcli.importing.lexicon.dates import MONTH_ABBREVIATIONS, MONTHS


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundEvent:
    """A dated happening: its date, the quote that states it (paragraph offsets) and a drafted description."""

    date: str
    precision: str
    start: int
    end: int
    description: str


_MONTHS = MONTHS | MONTH_ABBREVIATIONS
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|\d|%)"
# The preposition that makes a date the time of a happening ('in March 2022', 'on September 12, 2022');
# 'early/late/mid-' keep the date's precision.
_PREP = r"(?P<prep>\b(?:[Ii]n|[Oo]n)\s+(?:(?:early|late|mid)[- ])?)"
_DATE = re.compile(
    _PREP + r"(?:"
    r"(?:" + _MONTH.replace("month", "ma") + r")\s+(?P<day1>[0-3]?\d),\s+(?P<y1>(?:19|20)\d\d)(?!\d)"
    r"|(?P<day2>[0-3]?\d)\s+(?:" + _MONTH.replace("month", "mb") + r")\s+(?P<y2>(?:19|20)\d\d)(?!\d)"
    r"|(?:" + _MONTH.replace("month", "mc") + r")\s+(?P<y3>(?:19|20)\d\d)(?!\d)"
    r"|" + _YEAR + ")",
    re.IGNORECASE,
)
# Months coordinated before one year: 'in April and November 2015', 'in May, June, and July 2019'.
_MONTH_ONLY = r"(?:" + alternation(MONTHS) + r")"
_COORDINATED = re.compile(
    _PREP + r"(?P<months>" + _MONTH_ONLY + r"(?:,\s+" + _MONTH_ONLY + r")*,?\s+and\s+" + _MONTH_ONLY + r")"
    r"\s+(?P<cyear>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(_MONTH_ONLY, re.IGNORECASE)
# A date that starts or ends a period, or a deadline, is no happening ('2018-2021', 'in 2015 and 2017').
_PERIOD_AFTER = re.compile(r"\s*(?:[–—-]|to\s+|and\s+|through\s+|until\s+)(?:\w+\s+)?(?:19|20)\d\d")
# Words that may follow a year that dates a clause ('in 2008 the Ministry hired', 'adopted in 2019 to');
# any other lower-case word makes the year attributive ('based on 2019 data').
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_MAY_FOLLOW = words(
    "the a an and but or to for when after before as with by in on at of which that while where because "
    "following until despite its their his her"
)
_DEADLINE_BEFORE = re.compile(r"(?:\bend\s+of|\bby|\buntil|\bthrough|\bthan|\bsince|\bbetween|\bfrom)\s*$", re.I)


def _parse(match: re.Match[str]) -> tuple[str, str] | None:
    """Return (date, precision) of a matched date, or None when it is no calendar date."""
    if match.group("y1"):
        month, day, year = _MONTHS[match.group("ma").lower()], int(match.group("day1")), match.group("y1")
        return (f"{year}-{month:02d}-{day:02d}", "day") if 1 <= day <= 31 else None
    if match.group("y2"):
        month, day, year = _MONTHS[match.group("mb").lower()], int(match.group("day2")), match.group("y2")
        return (f"{year}-{month:02d}-{day:02d}", "day") if 1 <= day <= 31 else None
    if match.group("y3"):
        return f"{match.group('y3')}-{_MONTHS[match.group('mc').lower()]:02d}", "month"
    return match.group("year"), "year"


def _excluded(text: str, match: re.Match[str]) -> bool:
    """Tell whether the date ends a deadline, bounds a period or qualifies a noun ('on 2019 data')."""
    before = text[max(0, match.start() - 20) : match.start()]
    if _DEADLINE_BEFORE.search(before) or _PERIOD_AFTER.match(text, match.end()):
        return True
    after = _NEXT_WORD.match(text, match.end())
    return bool(
        match.groupdict().get("year")
        and after
        and after.group(1) not in _MAY_FOLLOW
        and not after.group(1).endswith("ed")
    )


def _description(text: str, scope: Scope, match: re.Match[str]) -> str:
    """Draft a description from the clause's own words, the date phrase left out."""
    words = (text[scope.start : match.start()] + " " + text[match.end() : scope.end]).split()
    while words and words[0].lower() in ("and", "but", "while", "when", "which", "whereas", ",", "then"):
        words = words[1:]
    words = words[:25]
    draft = " ".join(words).strip(" ,;:–—-")
    return draft[:1].upper() + draft[1:]


def _dated(text: str) -> list[tuple[re.Match[str], str, str]]:
    """Return each date with its (date, precision): one a month of coordinated months, in text order."""
    found = []
    for match in _DATE.finditer(text):
        parsed = _parse(match)
        if parsed is not None:
            found.append((match, *parsed))
    for match in _COORDINATED.finditer(text):
        for month in _MONTH_WORD.finditer(match.group("months")):
            found.append((match, f"{match.group('cyear')}-{MONTHS[month.group().lower()]:02d}", "month"))
    return sorted(found, key=lambda item: (item[0].start(), item[1]))


def extract_events(text: str) -> list[FoundEvent]:
    """Return the dated happenings of one paragraph, in order."""
    events: list[FoundEvent] = []
    for match, date, precision in _dated(text):
        if _excluded(text, match):
            continue
        scope = clause_scope(text, match.start("prep"), match.end())
        verb = main_verb(text, scope, match.start("prep"), match.end())
        if verb is None or is_statistic(text, scope, verb, match.start("prep"), match.end(), precision):
            continue
        events.append(
            FoundEvent(
                date=date,
                precision=precision,
                start=scope.start,
                end=scope.end,
                description=_description(text, scope, match),
            )
        )
    return _with_placements(text, events)


def _with_placements(text: str, events: list[FoundEvent]) -> list[FoundEvent]:
    """Add the earlier tier placements the text states as happenings, one a year ('on Tier 3 in 2016 and 2017')."""
    added = []
    for placement in prior_placements(text):
        date = placement.date
        if any(e.date.startswith(date) and e.start < placement.end and placement.start < e.end for e in events):
            continue  # "downgraded ... in June 2016" may be dated already
        quote = text[placement.start : placement.end]
        precision = "month" if len(date) == 7 else "year"
        added.append(
            FoundEvent(date=date, precision=precision, start=placement.start, end=placement.end, description=quote)
        )
    return sorted(events + added, key=lambda e: (e.start, e.date)) if added else events


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
