"""Extract dated happenings from a paragraph: a law adopted, a body created, a shelter opened, a conviction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.extract.entity_words import words
from tipcli.importing.extract.event_clauses import Scope, clause_scope, is_statistic, main_verb


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundEvent:
    """A dated happening: its date, the quote that states it (paragraph offsets) and a drafted description."""

    date: str
    precision: str
    start: int
    end: int
    description: str


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
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
        match.group("year") and after and after.group(1) not in _MAY_FOLLOW and not after.group(1).endswith("ed")
    )


def _description(text: str, scope: Scope, match: re.Match[str]) -> str:
    """Draft a description from the clause's own words, the date phrase left out."""
    words = (text[scope.start : match.start()] + " " + text[match.end() : scope.end]).split()
    while words and words[0].lower() in ("and", "but", "while", "when", "which", "whereas", ",", "then"):
        words = words[1:]
    words = words[:25]
    draft = " ".join(words).strip(" ,;:–—-")
    return draft[:1].upper() + draft[1:]


def extract_events(text: str) -> list[FoundEvent]:
    """Return the dated happenings of one paragraph, in order."""
    events: list[FoundEvent] = []
    for match in _DATE.finditer(text):
        parsed = _parse(match)
        if parsed is None or _excluded(text, match):
            continue
        date, precision = parsed
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
    return events
