"""The report file's schema, written once as typed dictionaries, and the one function that checks it.

Each TypedDict below is a TOML table: its annotations are the keys and their types, NotRequired
marks an optional key, Literal a closed choice and DateText a `YYYY[-MM[-DD]]` string. check()
reads these same annotations to find every problem in a parsed document, with its key path; the
builder then reads a checked document through them with the types mypy knows. data/schema.md
explains each key to people.
"""

import datetime as dt
import difflib
import functools
import math
import re
import sys
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict, is_typeddict
else:  # pragma: no cover - Python 3.10: NotRequired is understood only by typing_extensions' TypedDict
    from typing_extensions import NotRequired, TypedDict, is_typeddict

SCHEMA_VERSION = 1
FigureKind = Literal["count", "money", "capacity", "penalty", "duration", "threshold", "fraction", "percentage"]
AgencyLevel = Literal[
    "federal", "state", "municipal", "legislative", "judicial", "international", "foreign", "nongovernmental"
]
Indicator = Literal[
    "investigations",
    "prosecutions",
    "convictions",
    "sentences",
    "victims_identified",
    "victims_assisted",
    "complicity",
    "funding",
    "shelters",
    "training",
    "penalties",
]
Trafficking = Literal["sex", "labor"]
FIGURE_KINDS: tuple[str, ...] = get_args(FigureKind)
INDICATORS: tuple[str, ...] = get_args(Indicator)
TRAFFICKING_TYPES: tuple[str, ...] = get_args(Trafficking)
AGENCY_LEVELS: tuple[str, ...] = get_args(AgencyLevel)
DATE_TEXT = "YYYY, YYYY-MM or YYYY-MM-DD"
DateText = Annotated[str, DATE_TEXT]
Number = Union[int, float]  # noqa: UP007 - get_args() reads it the same on Python 3.10


class ReportMeta(TypedDict):
    title: str
    country: str
    year: int
    categories: NotRequired[list[str]]


class CitationDoc(TypedDict):
    section: str
    paragraph: int
    text: str


class SourceDoc(TypedDict):
    title: str
    edition: NotRequired[str]
    publisher: str
    published: NotRequired[dt.date]  # when the file states it
    notice: NotRequired[str]
    url: NotRequired[str]  # the report's address (not in the text: an outside fact)
    narrative_url: NotRequired[str]  # the address of the country narrative within it
    article: NotRequired[str]  # the title of the article that reproduces the text, when one does
    article_url: NotRequired[str]
    citations: NotRequired[list[CitationDoc]]


class TierDoc(TypedDict):
    placement: str
    rank: NotRequired[Number]  # 1, 2, 2.5 (Tier 2 Watch List), 3; none for a Special Case
    provenance: str
    section: NotRequired[str]  # the sentence that states it, when a paragraph does
    paragraph: NotRequired[int]
    quote: NotRequired[str]


class PriorTierDoc(TypedDict):
    year: int  # the edition year whose placement the text states ("was on Tier 3 in 2016")
    placement: str  # "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"
    drafted: NotRequired[bool]
    section: str
    paragraph: int
    quote: str  # the sentence's words that state it


class SectionDoc(TypedDict):
    id: str
    title: str
    aliases: NotRequired[list[str]]
    lead: NotRequired[bool]  # the article's lead: the report itself has no section of this title
    paragraphs: list[str]


class FigureDoc(TypedDict):
    id: str
    kind: FigureKind
    value: Number
    high: NotRequired[Number]
    written: NotRequired[str]  # the number as the text writes it ("1.8 million"), where display would differ
    unit: str
    qualifier: NotRequired[str]
    label: str
    year: NotRequired[int]  # the year the quantity refers to, when its sentence says
    indicator: NotRequired[Indicator]  # which effort of a government the number measures, if one
    trafficking: NotRequired[Trafficking]  # sex or labor, when the text says which (and only one)
    key: NotRequired[bool]
    drafted: NotRequired[bool]  # made by `tipcli import`, not yet reviewed by a person
    section: str
    paragraph: int
    quote: str


class AgencyDoc(TypedDict):
    id: str
    name: str
    acronym: NotRequired[str]
    spanish_name: NotRequired[str]
    level: AgencyLevel
    role: NotRequired[str]
    phrases: list[str]
    drafted: NotRequired[bool]


class EventDoc(TypedDict):
    id: str
    date: DateText
    end: NotRequired[DateText]
    relative: NotRequired[str]  # the text's words when it dates the event relative to the report
    erratum: NotRequired[str]  # the id of an erratum that puts the date in doubt
    description: str
    drafted: NotRequired[bool]
    section: str
    paragraph: int
    quote: str


class AnnotationDoc(TypedDict):
    kind: str
    label: str
    date: DateText
    note: str
    section: str
    paragraph: int
    anchor: str


class ErratumDoc(TypedDict):
    id: str
    section: str
    paragraph: int
    quote: str
    intended: str
    note: str


class ReportDoc(TypedDict):
    schema: int
    report: ReportMeta
    source: SourceDoc
    tier: NotRequired[TierDoc]
    prior_tiers: NotRequired[list[PriorTierDoc]]  # earlier placements this report's text states
    sections: list[SectionDoc]
    figures: NotRequired[list[FigureDoc]]
    agencies: NotRequired[list[AgencyDoc]]
    events: NotRequired[list[EventDoc]]
    annotations: NotRequired[list[AnnotationDoc]]
    errata: NotRequired[list[ErratumDoc]]


Problems = list[tuple[str, str]]  # (key path, message)
_INVALID = object()  # what check_value returns for a value with a problem
# Control characters, tab and newline aside: in text that reaches a terminal they are escape codes.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", dt.date: "a date", list: "an array"}


def check(doc: dict[str, Any]) -> tuple[ReportDoc, Problems]:
    """Check a parsed document against ReportDoc; return it without the invalid values, and every problem.

    A key whose value is wrong is left out of the returned document (an array keeps its other
    items), so that later checks can still look at everything else.
    """
    problems: Problems = []
    checked = _table(doc, ReportDoc, "", problems)
    return checked, problems  # type: ignore[return-value]  # _table returns what ReportDoc declares


def _table(table: dict[str, Any], schema: Any, path: str, problems: Problems) -> dict[str, Any]:
    """Check a table's keys against a TypedDict: unknown, missing and mistyped keys."""
    hints = _hints(schema)
    checked: dict[str, Any] = {}
    for key, value in table.items():
        where = f"{path}.{key}" if path else key
        if key not in hints:
            close = difflib.get_close_matches(key, list(hints), n=1, cutoff=0.75)
            problems.append((where, "unknown key" + (f"; did you mean {close[0]!r}?" if close else "")))
        elif (good := _value(value, hints[key], where, problems)) is not _INVALID:
            checked[key] = good
    for key in sorted(schema.__required_keys__ - table.keys(), key=list(hints).index):
        problems.append((f"{path}.{key}" if path else key, "missing"))
    return checked


# A report's check asks the same few types about themselves 900,000 times: typing's reflection,
# answered once a type, was half of the check (4 of every 17 ms of a first index at 1,000 reports).
@functools.cache
def _hints(schema: Any) -> dict[str, Any]:
    return get_type_hints(schema, include_extras=True)


@functools.cache
def _shape(kind: Any) -> tuple[Any, tuple[Any, ...], bool]:
    """Return a schema type's origin, arguments and whether it is a TypedDict."""
    return get_origin(kind), get_args(kind), is_typeddict(kind)


def _value(value: Any, kind: Any, path: str, problems: Problems) -> Any:
    """Return the value checked against a type from the schema, or _INVALID after noting why."""
    origin, args, typed = _shape(kind)
    if origin is NotRequired:
        return _value(value, args[0], path, problems)
    if typed:
        if isinstance(value, dict):
            return _table(value, kind, path, problems)
        return _wrong(value, "a table", path, problems)
    if origin is list:
        if not isinstance(value, list):
            return _wrong(value, "an array", path, problems)
        items = [_value(item, args[0], f"{path}[{i}]", problems) for i, item in enumerate(value)]
        if args[0] is str:  # a list of texts keeps only its good items; an array of tables keeps places
            return [item for item in items if item is not _INVALID]
        return [None if item is _INVALID else item for item in items]
    if origin is Literal:
        if value in args and isinstance(value, str):
            return value
        name = path.rsplit(".", 1)[-1]
        problems.append((path, f"unknown {name} {value!r} (choose from {', '.join(args)})"))
        return _INVALID
    if origin is Annotated:  # DateText
        if not isinstance(value, str):
            return _wrong(value, "a string", path, problems)
        if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", value) or not _is_date(value):
            problems.append((path, f"expected {DATE_TEXT}, got {value!r}"))
            return _INVALID
        return value
    return _scalar(value, kind, path, problems)


def _scalar(value: Any, kind: Any, path: str, problems: Problems) -> Any:
    """Check a string, integer, number, boolean or date."""
    if kind is Number:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return _wrong(value, "a number", path, problems)
        if not math.isfinite(value):
            problems.append((path, f"expected a finite number, got {value}"))
            return _INVALID
        return value
    if kind is dt.date:  # a TOML date; a date-time is not a date
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            return _wrong(value, "a date", path, problems)
        return value
    if isinstance(value, bool) != (kind is bool) or not isinstance(value, kind):
        return _wrong(value, _TYPE_NAMES[kind], path, problems)
    if kind is str and not value.strip():
        problems.append((path, "empty text"))
        return _INVALID
    if kind is str and (control := _CONTROL.search(value)):  # kept, so that its quotes are still checked
        at = f"U+{ord(control[0]):04X} at character {control.start() + 1}"
        problems.append((path, f"a control character ({at}): a terminal would obey it; delete it"))
    return value


def _wrong(value: object, expected: str, path: str, problems: Problems) -> object:
    problems.append((path, f"expected {expected}, got {describe(value)}"))
    return _INVALID


def describe(value: object) -> str:
    """Name a TOML value's type as the messages do: a string, an integer, a float, a table ..."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dt.datetime):
        return "a date-time"
    for kind, name in ((float, "a float"), (dict, "a table"), *_TYPE_NAMES.items()):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _is_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")] + [1] * (2 - text.count("-"))
    try:
        dt.date(*parts)
    except ValueError:
        return False
    return True
