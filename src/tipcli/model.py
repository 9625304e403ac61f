"""The report as typed, immutable data. No I/O here: loading.py builds these."""

import datetime as dt
import sys
from collections.abc import Callable, Iterable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
elif TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:  # Python 3.10 at run time, where only type checkers would read it

    def dataclass_transform(**_: object) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        return lambda decorator: decorator


# The closed choices of the schema (schema.FigureKind and schema.AgencyLevel say the same as types;
# a test keeps them equal), here for the commands, which must not import the schema at each start.
FIGURE_KINDS = ("count", "money", "capacity", "penalty", "duration", "threshold", "fraction", "percentage")
INDICATORS = (
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
)
TRAFFICKING_TYPES = ("sex", "labor")
AGENCY_LEVELS = (
    "federal",
    "state",
    "municipal",
    "legislative",
    "judicial",
    "international",
    "foreign",
    "nongovernmental",
)

V = TypeVar("V", bound="Value")


class Value:
    """What @dataclass would compile for each class, written once: a keyword-only __init__,
    immutability, and equality, hashing and repr by field values. @dataclass(frozen=True) compiles
    these anew for every class at every start (on Python 3.11, about 7 ms for the model), and every
    answer is a new process: tipcli's dataclasses are made by @value, which inherits them from here."""

    __slots__ = ()
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def __init__(self, **values: object) -> None:
        for name, field in self.__dataclass_fields__.items():
            if name in values:
                item = values.pop(name)
            elif field.default is not MISSING:
                item = field.default
            else:
                raise TypeError(f"{type(self).__name__}() missing keyword argument {name!r}")
            object.__setattr__(self, name, item)
        if values:
            raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {next(iter(values))!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    @classmethod
    def _restore(cls: type[V], values: Iterable[object]) -> V:
        """Rebuild an instance from all its field values in order, as the cache stores them."""
        instance = object.__new__(cls)
        for name, item in zip(cls.__dataclass_fields__, values, strict=True):
            object.__setattr__(instance, name, item)
        return instance

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__dataclass_fields__)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Value) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__dataclass_fields__)
        return f"{self.__class__.__qualname__}({fields})"


@dataclass_transform(frozen_default=True, kw_only_default=True)
def value(cls: type[V]) -> type[V]:
    """Make a frozen, slotted, keyword-only dataclass of a Value subclass.

    Value's methods make it so at run time, dataclass_transform tells type checkers.
    """
    return dataclass(slots=True, kw_only=True, init=False, eq=False, repr=False)(cls)


@value
class Sentence(Value):
    """One sentence of a paragraph; start and end are offsets into the paragraph's text."""

    index: int
    start: int
    end: int
    text: str


@value
class Paragraph(Value):
    """A paragraph of a section, numbered from 1, with its sentences."""

    section: str
    number: int
    text: str
    sentences: tuple[Sentence, ...]


@value
class Section(Value):
    """A section of the report: the lead (overview) or a headed part."""

    id: str
    title: str
    aliases: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    lead: bool = False  # the article's lead, which the report does not head with this title


@value
class Citation(Value):
    """An inline citation string of the article, verbatim, and the paragraph it closes."""

    section: str
    paragraph: int
    text: str


@value
class Source(Value):
    """Where the report comes from."""

    title: str
    edition: str
    publisher: str
    published: dt.date | None
    notice: str
    citations: tuple[Citation, ...]
    url: str | None = None  # the report's address: an outside fact, as are the three below
    narrative_url: str | None = None
    article: str | None = None  # the title of the article that reproduces the text
    article_url: str | None = None


@value
class Tier(Value):
    """The tier placement, with its provenance and the sentence that states the standard."""

    placement: str
    rank: int | float | None
    provenance: str
    section: str | None
    paragraph: int | None
    quote: str | None


@value
class PriorTier(Value):
    """An earlier edition's placement that this report's text states ("was on Tier 3 in 2016")."""

    year: int
    placement: str
    section: str
    paragraph: int
    quote: str
    drafted: bool = False


@value
class Annotation(Value):
    """A wiki editors' tag taken out of the text; offset is where it stood in the paragraph."""

    kind: str
    label: str
    date: str
    note: str
    section: str
    paragraph: int
    anchor: str
    offset: int


@value
class Erratum(Value):
    """A defect of the text, kept verbatim, with the likely intended wording."""

    id: str
    section: str
    paragraph: int
    quote: str
    intended: str
    note: str


@value
class Figure(Value):
    """A quantity the text states: value (low end of a range), unit, and where it is written."""

    id: str
    kind: str
    value: int | float
    high: int | float | None
    unit: str
    qualifier: str | None
    label: str
    section: str
    paragraph: int
    quote: str
    key: bool = False  # one of the handful of figures `tipcli summary` shows
    year: int | None = None  # the year the quantity refers to, when its sentence says
    drafted: bool = False  # made by `tipcli import`, not yet reviewed by a person
    written: str | None = None  # the number as the text writes it ("1.8 million"), where tipcli writes it otherwise
    indicator: str | None = None  # one of INDICATORS: which effort of a government the number measures
    trafficking: str | None = None  # "sex" or "labor" when the text says which


@value
class Mention(Value):
    """Where an agency is named: character offsets into a paragraph."""

    section: str
    paragraph: int
    start: int
    end: int


@value
class Agency(Value):
    """A body the text names or describes; its mentions are found in the text, not typed."""

    id: str
    name: str
    acronym: str | None
    spanish_name: str | None
    level: str
    role: str | None
    phrases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    acronym_in_text: bool
    drafted: bool = False
    sentences: int = 0  # how many sentences the mentions stand in (a sentence may name it twice)

    @property
    def sections(self) -> tuple[str, ...]:
        """Return the ids of the sections that mention the agency, in report order."""
        return tuple(dict.fromkeys(m.section for m in self.mentions))

    @property
    def external(self) -> tuple[str, ...]:
        """Return the names of the fields whose facts come from outside the report's text."""
        fields = []
        if self.acronym is not None and not self.acronym_in_text:
            fields.append("acronym")
        if self.spanish_name is not None:
            fields.append("spanish_name")
        return tuple(fields)


@value
class Event(Value):
    """A dated happening; date is YYYY, YYYY-MM or YYYY-MM-DD."""

    id: str
    date: str
    end: str | None
    description: str
    section: str
    paragraph: int
    quote: str
    drafted: bool = False
    relative: str | None = None  # "last year": the text dates it relative to the report's year
    erratum: str | None = None  # the id of the erratum that puts the date in doubt

    @property
    def precision(self) -> str:
        """Return year, month or day: how precisely the text dates the event."""
        return precision(self.date)


def precision(date: str) -> str:
    """Return year, month or day: how precisely a date (YYYY, YYYY-MM, YYYY-MM-DD) dates something."""
    return {4: "year", 7: "month"}.get(len(date), "day")


@value
class LeftOut(Value):
    """An item of a report file left out because it no longer holds: its quote is not in its paragraph,
    or its place is gone (see loading.build_report for what may be left out and what makes a file invalid)."""

    path: str  # the key path of the problem, figures[3].quote
    item: str  # the item, as people name it: figure 'convictions-2019'
    message: str  # what is wrong, with the quote looked for and the nearest passage
    line: int | None = None  # of the key in the file, where it can be found


@value
class Report(Value):
    """The whole report."""

    title: str
    country: str
    year: int
    categories: tuple[str, ...]
    source: Source
    tier: Tier | None
    sections: tuple[Section, ...]
    figures: tuple[Figure, ...]
    agencies: tuple[Agency, ...]
    events: tuple[Event, ...]
    annotations: tuple[Annotation, ...]
    errata: tuple[Erratum, ...]
    left_out: tuple[LeftOut, ...] = ()  # items of the file that no longer hold, left out with a warning
    prior_tiers: tuple[PriorTier, ...] = ()  # earlier placements the text states; `tiers` shows them

    def section(self, section_id: str) -> Section:
        """Return the section with this id (KeyError if there is none)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    def paragraph(self, section_id: str, number: int) -> Paragraph:
        """Return paragraph `number` (1-based) of a section."""
        return self.section(section_id).paragraphs[number - 1]
