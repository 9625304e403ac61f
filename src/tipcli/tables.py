"""One definition of every table of rows: the library's index holds them, `export --sqlite` publishes them.

A column is one declaration: its name, its SQL type, what it holds (the description datasette
shows), how it is read from the model, and whether it is a facet or a link. From these come the
index's tables (tipcli.index), the published database's schema and the descriptions in its
metadata (tipcli.publish): a new column of figures is one `Column(...)` line in FIGURES below (and a
field of the model to read it from); the index then holds it (its file is named by a checksum of
the tables' columns: a new column is a new index, built at the next question) and the export
publishes it, described.

Every table of rows carries its report's `country` and `year`, so that a facet or a filter needs no
join. Links are single-column foreign keys to an integer key (`section_key`, `paragraph_id`,
`agency_key`), since datasette draws only those as links; the text columns beside them (`section`,
`paragraph`, `agency`) are what the JSON answers give and what facets count.
"""

from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from tipcli.formatting import format_value
from tipcli.model import Report


class Place(NamedTuple):
    """What a row is read with besides its object: the report, and the keys given to its sections,
    paragraphs and agencies (the integer keys links point to)."""

    report_id: str
    report: Report
    sections: dict[str, int]
    paragraphs: dict[tuple[str, int], int]
    agencies: dict[str, int]


Get = Callable[[Any, Place], object]


class Column(NamedTuple):
    name: str
    type: str  # the published type: TEXT, INTEGER or NUMERIC (the index stores values as given)
    description: str
    get: Get
    required: bool = False  # NOT NULL in the published database
    references: str | None = None  # "table(column)": a link
    published: bool = True  # False: kept in the index only (what a query needs, of no use to a reader)
    facet: bool = False  # offered as a facet in datasette


class Table(NamedTuple):
    name: str
    description: str
    columns: tuple[Column, ...]
    rows: Callable[[Place], Iterator[Any]]  # the objects a report has of this table
    key: str = ""  # the published PRIMARY KEY clause
    sort: str | None = None  # datasette's default order
    units: dict[str, str] = {}  # noqa: RUF012  # datasette's units: only a column with one unit on every row


def _report(_: object, p: Place) -> str:
    return p.report_id


WHERE = (
    Column("report", "TEXT", "the report (see reports.id)", _report, True, "reports(id)", facet=False),
    Column("country", "TEXT", "the report's country", lambda _, p: p.report.country, True, facet=True),
    Column("year", "INTEGER", "the report's edition year", lambda _, p: p.report.year, True, facet=True),
)
DRAFTED = Column(
    "drafted",
    "INTEGER",
    "1: extracted by machine (tipcli import), not yet reviewed by a person; else 0",
    lambda o, _: int(o.drafted),
    True,
    facet=True,
)


def _section_key(o: Any, p: Place) -> int:
    return p.sections[o.section]


def _paragraph_id(o: Any, p: Place) -> int:
    return p.paragraphs[o.section, getattr(o, "paragraph", None) or o.number]


SECTION = Column("section", "TEXT", "section id (overview, prosecution, ...)", lambda o, _: o.section, True, facet=True)
SECTION_KEY = Column("section_key", "INTEGER", "the section (a link)", _section_key, True, "sections(key)")
PARAGRAPH = Column("paragraph", "INTEGER", "paragraph number in its section, from 1", lambda o, _: o.paragraph, True)
PARAGRAPH_ID = Column("paragraph_id", "INTEGER", "the paragraph (a link)", _paragraph_id, True, "paragraphs(id)")


def _sections(p: Place) -> Iterator[Any]:
    yield from enumerate(p.report.sections, start=1)


def _paragraphs(p: Place) -> Iterator[Any]:
    for section in p.report.sections:
        yield from section.paragraphs


def _mentions(p: Place) -> Iterator[Any]:
    for agency in p.report.agencies:
        for mention in agency.mentions:
            yield agency, mention


def _mention_text(am: Any, p: Place) -> str:
    m = am[1]
    return p.report.paragraph(m.section, m.paragraph).text[m.start : m.end]


def _text_order(e: Any, p: Place) -> int:
    """Return where the text tells an event, as one number (section, paragraph, then the quote's place
    in it: queries.text_order), so that one date's events across reports are in report, then text order."""
    from tipcli.queries import text_order

    section, paragraph, at = text_order(p.report)(e)
    return (section * 1_000_000 + paragraph) * 10_000_000 + at


def sentence_of(report: Report, section: str, paragraph: int, quote: str) -> int:
    """Return the number of the sentence of its paragraph where a quote starts (1 when not found)."""
    found = report.paragraph(section, paragraph)
    at = found.text.find(quote)
    return next((s.index for s in found.sentences if s.start <= at < max(s.end, s.start + 1)), 1)


def _url(_: object, p: Place) -> str | None:
    s = p.report.source
    return s.narrative_url or s.url or s.article_url


REPORTS = Table(
    "reports",
    "One row a report: which country, which edition, and where its text comes from (its title and address).",
    (
        Column("id", "TEXT", "tipcli's id for the report (country-year)", _report, True),
        Column("country", "TEXT", "the country the narrative is about", lambda r, _: r.country, True, facet=True),
        Column("year", "INTEGER", "the edition year of the Trafficking in Persons Report", lambda r, _: r.year, True),
        Column("title", "TEXT", "the report's title, as tipcli shows it", lambda r, _: r.title, True),
        Column(
            "source", "TEXT", "the title of the text the narrative is taken from", lambda r, _: r.source.title, True
        ),
        Column("publisher", "TEXT", "who published that text", lambda r, _: r.source.publisher, True),
        Column(
            "published",
            "TEXT",
            "when it was published (YYYY-MM-DD), if known",
            lambda r, _: r.source.published.isoformat() if r.source.published else None,
        ),
        Column("url", "TEXT", "the address of the narrative (else of the report, or of the text)", _url),
    ),
    lambda p: iter((p.report,)),
    key="PRIMARY KEY (id)",
    sort="id",
)
SECTIONS = Table(
    "sections",
    "The sections of each report, in order.",
    (
        Column("key", "INTEGER", "row id (what section_key columns link to)", lambda s, p: p.sections[s[1].id], True),
        *WHERE,
        Column("id", "TEXT", "overview, recommendations, prosecution, ...", lambda s, _: s[1].id, True, facet=True),
        Column("title", "TEXT", "the section's heading", lambda s, _: s[1].title, True),
        Column("aliases", "TEXT", "other names of the section, a JSON list", lambda s, _: _json(s[1].aliases), True),
        Column("position", "INTEGER", "its place in the report, from 1", lambda s, _: s[0], True),
    ),
    _sections,
    key="PRIMARY KEY (key), UNIQUE (report, id)",
)
PARAGRAPHS = Table(
    "paragraphs",
    "The report's text, word for word, a paragraph a row.",
    (
        Column("id", "INTEGER", "row id (what paragraph_id columns link to)", _paragraph_id, True),
        *WHERE,
        SECTION,
        SECTION_KEY,
        Column("number", "INTEGER", "paragraph number in its section, from 1", lambda g, _: g.number, True),
        Column("text", "TEXT", "verbatim", lambda g, _: g.text, True),
    ),
    _paragraphs,
    key="PRIMARY KEY (id)",
)
FIGURES = Table(
    "figures",
    "Every quantity the text states, as a number with its unit, and the verbatim quote it comes from.",
    (
        *WHERE,
        Column("id", "TEXT", "the figure's id in its report", lambda f, _: f.id, True),
        Column(
            "kind",
            "TEXT",
            "count, money, capacity, penalty, duration, threshold, fraction or percentage",
            lambda f, _: f.kind,
            True,
            facet=True,
        ),
        Column(
            "value",
            "NUMERIC",
            "the number (the low end of a range), in the unit of the row's unit column: it varies a row",
            lambda f, _: f.value,
            True,
        ),
        Column("high", "NUMERIC", "the high end of a range, in the same unit", lambda f, _: f.high),
        Column(
            "unit",
            "TEXT",
            "what is counted (cases, victims, years, percent) or the currency (USD ...)",
            lambda f, _: f.unit,
            True,
            facet=True,
        ),
        Column(
            "qualifier",
            "TEXT",
            "the text's hedge: at least, approximately, more than, over, nearly, up to, only, fewer than",
            lambda f, _: f.qualifier,
        ),
        Column("display", "TEXT", "the value as the report writes it", lambda f, _: format_value(f), True),
        Column("label", "TEXT", "what the quantity is, in a few words", lambda f, _: f.label, True),
        Column(
            "indicator",
            "TEXT",
            "which effort of a government the number measures: investigations, prosecutions, convictions, sentences,"
            " victims_identified, victims_assisted, complicity, funding, shelters, training or penalties",
            lambda f, _: f.indicator,
            facet=True,
        ),
        Column(
            "trafficking",
            "TEXT",
            "sex or labor when the text says which; empty when it does not or covers both",
            lambda f, _: f.trafficking,
            facet=True,
        ),
        Column(
            "figure_year", "INTEGER", "the year the quantity refers to, when its sentence says", lambda f, _: f.year
        ),
        DRAFTED,
        SECTION,
        PARAGRAPH,
        SECTION_KEY,
        PARAGRAPH_ID,
        Column(
            "sentence",
            "INTEGER",
            "sentence number in its paragraph, from 1, where the quote starts",
            lambda f, p: sentence_of(p.report, f.section, f.paragraph, f.quote),
            published=False,
        ),
        Column("quote", "TEXT", "verbatim from the paragraph", lambda f, _: f.quote, True),
        Column("key", "INTEGER", "1: one of the figures the report's summary shows", lambda f, _: int(f.key), True),
        Column("written", "TEXT", "the number as the text writes it", lambda f, _: f.written, published=False),
    ),
    lambda p: iter(p.report.figures),
    key="PRIMARY KEY (report, id)",
    sort="report",
)
AGENCIES = Table(
    "agencies",
    "Bodies the text names or describes.",
    (
        Column("key", "INTEGER", "row id (what agency_key columns link to)", lambda a, p: p.agencies[a.id], True),
        *WHERE,
        Column("id", "TEXT", "the agency's id in its report", lambda a, _: a.id, True),
        Column("name", "TEXT", "its name, as the text gives it", lambda a, _: a.name, True),
        Column("acronym", "TEXT", "its acronym", lambda a, _: a.acronym),
        Column("spanish_name", "TEXT", "its name in Spanish, from outside the text", lambda a, _: a.spanish_name),
        Column(
            "level",
            "TEXT",
            "federal, state, municipal, legislative, judicial, international, foreign or nongovernmental",
            lambda a, _: a.level,
            True,
            facet=True,
        ),
        Column("role", "TEXT", "what it does in the report's story, in a few words", lambda a, _: a.role),
        Column(
            "sections",
            "TEXT",
            "the sections that name it, in order, space-separated",
            lambda a, _: " ".join(a.sections),
            True,
        ),
        Column(
            "mentions",
            "INTEGER",
            "how many times the text names it (rows of mentions)",
            lambda a, _: len(a.mentions),
            True,
        ),
        Column("sentences", "INTEGER", "how many sentences name it", lambda a, _: a.sentences, True),
        Column(
            "external",
            "TEXT",
            "which of acronym and spanish_name come from outside the text, space-separated",
            lambda a, _: " ".join(a.external),
            True,
        ),
        DRAFTED,
        Column("words", "TEXT", "the words of its names, folded", lambda a, _: _agency_words(a), published=False),
    ),
    lambda p: iter(p.report.agencies),
    key="PRIMARY KEY (key), UNIQUE (report, id)",
)
MENTIONS = Table(
    "mentions",
    "Every place the text names an agency.",
    (
        Column("id", "INTEGER", "row id", lambda _, __: None, True),
        *WHERE,
        Column("agency", "TEXT", "the agency's id in its report", lambda am, _: am[0].id, True),
        Column(
            "agency_key", "INTEGER", "the agency (a link)", lambda am, p: p.agencies[am[0].id], True, "agencies(key)"
        ),
        Column("section", "TEXT", "section id", lambda am, _: am[1].section, True, facet=True),
        Column("paragraph", "INTEGER", "paragraph number in its section, from 1", lambda am, _: am[1].paragraph, True),
        Column(
            "paragraph_id",
            "INTEGER",
            "the paragraph (a link)",
            lambda am, p: p.paragraphs[am[1].section, am[1].paragraph],
            True,
            "paragraphs(id)",
        ),
        Column(
            "start",
            "INTEGER",
            "character offset in the paragraph's text where the mention begins",
            lambda am, _: am[1].start,
            True,
        ),
        Column("end", "INTEGER", "character offset where it ends (exclusive)", lambda am, _: am[1].end, True),
        Column("text", "TEXT", "the words of the mention, verbatim", _mention_text, True),
    ),
    _mentions,
    key="PRIMARY KEY (id)",
    units={"start": "character", "end": "character"},
)
EVENTS = Table(
    "events",
    "Dated happenings, as precisely as the text dates them.",
    (
        *WHERE,
        Column("id", "TEXT", "the event's id in its report", lambda e, _: e.id, True),
        Column("date", "TEXT", "YYYY, YYYY-MM or YYYY-MM-DD", lambda e, _: e.date, True),
        Column("end", "TEXT", "the end of a period, in the same form", lambda e, _: e.end),
        Column("precision", "TEXT", "year, month or day", lambda e, _: e.precision, True, facet=True),
        Column("description", "TEXT", "what happened, in a few words", lambda e, _: e.description, True),
        Column(
            "relative",
            "TEXT",
            "the text's words when it dates the event relative to the report",
            lambda e, _: e.relative,
        ),
        Column("erratum", "TEXT", "the erratum that puts the date in doubt", lambda e, _: e.erratum),
        DRAFTED,
        SECTION,
        PARAGRAPH,
        SECTION_KEY,
        PARAGRAPH_ID,
        Column("quote", "TEXT", "verbatim from the paragraph", lambda e, _: e.quote, True),
        Column("text_order", "INTEGER", "where the text tells it", _text_order, published=False),
    ),
    lambda p: iter(p.report.events),
    key="PRIMARY KEY (report, id)",
    sort="date",
)
TIERS = Table(
    "tiers",
    "Each report's tier placement.",
    (
        *WHERE,
        Column(
            "placement",
            "TEXT",
            "Tier 1, Tier 2, Tier 2 Watch List, Tier 3 or Special Case",
            lambda t, _: t.placement,
            True,
            facet=True,
        ),
        Column("rank", "NUMERIC", "1, 2, 2.5 or 3 (Special Case: empty)", lambda t, _: t.rank),
        Column("provenance", "TEXT", "where the placement comes from", lambda t, _: t.provenance, True),
        Column(
            "section", "TEXT", "the section of the sentence that states it, if the text does", lambda t, _: t.section
        ),
        Column("paragraph", "INTEGER", "its paragraph number", lambda t, _: t.paragraph),
        Column(
            "quote",
            "TEXT",
            "that sentence's words, verbatim (empty: the narrative's header states it)",
            lambda t, _: t.quote,
        ),
    ),
    lambda p: iter((p.report.tier,) if p.report.tier else ()),
    key="PRIMARY KEY (report)",
    sort="year",
)
# In the order a report's rows are written (a link's target first).
TABLES = (REPORTS, SECTIONS, PARAGRAPHS, FIGURES, AGENCIES, MENTIONS, EVENTS, TIERS)
BY_NAME = {t.name: t for t in TABLES}


def _json(items: tuple[str, ...]) -> str:
    import json

    return json.dumps(list(items), ensure_ascii=False)


def _agency_words(agency: Any) -> str:
    from tipcli.queries import agency_words

    return " ".join(sorted(agency_words(agency)))


def place(report_id: str, report: Report, first: tuple[int, int, int]) -> Place:
    """Return a report's Place, its sections, paragraphs and agencies keyed from `first` on (the
    next free key of each: keys stay unique across the reports of one database)."""
    sections = {s.id: first[0] + n for n, s in enumerate(report.sections)}
    numbers = [(s.id, p.number) for s in report.sections for p in s.paragraphs]
    paragraphs = {where: first[1] + n for n, where in enumerate(numbers)}
    agencies = {a.id: first[2] + n for n, a in enumerate(report.agencies)}
    return Place(report_id, report, sections, paragraphs, agencies)


def rows(table: Table, place: Place) -> list[tuple[object, ...]]:
    """Return a report's rows of a table: every column (those kept in the index only too), in order."""
    return [tuple(column.get(item, place) for column in table.columns) for item in table.rows(place)]


def published(table: Table) -> tuple[Column, ...]:
    """Return the columns of a table the published database has."""
    return tuple(c for c in table.columns if c.published)


def quoted(name: str) -> str:
    """Return a column's name as SQL takes it ("end" and "key" are keywords)."""
    return f'"{name}"' if name in ("end", "key") else name


def published_schema(table: Table) -> str:
    """Return the CREATE TABLE of a table in the published database: types, NOT NULL, links, its key."""
    parts = [
        f"{quoted(c.name)} {c.type}"
        + (" NOT NULL" if c.required else "")
        + (f" REFERENCES {c.references}" if c.references else "")
        for c in published(table)
    ]
    return f"CREATE TABLE {table.name} ({', '.join(parts)}, {table.key})"


def index_schema(table: Table) -> str:
    """Return the CREATE TABLE of a table in the library's index: no types (a value is stored as the
    model has it: 3.0 stays a float), an integer key that is the rowid, and an index by report."""
    first = table.columns[0]
    integer_key = table.key.startswith(f"PRIMARY KEY ({first.name})") and first.type == "INTEGER"
    parts = [
        quoted(c.name) + (" INTEGER PRIMARY KEY" if integer_key and n == 0 else "") for n, c in enumerate(table.columns)
    ]
    return (
        f"CREATE TABLE IF NOT EXISTS {table.name} ({', '.join(parts)});\n"
        f"CREATE INDEX IF NOT EXISTS {table.name}_by_report ON {table.name} (report);\n"
    )
