"""The indicator panel: coded figures as country-year rows, long (one row a figure) or wide.

The long form: pure functions over figure rows (plain dicts with the keys of SOURCE_KEYS), whoever
supplies them: `tipcli panel` reads them from the library's index (`index_rows` of reportset's SQL
rows); `source_rows` makes the same rows of loaded reports (one report's own answer, which tests
compare with the index's). The wide form: one SQL (`wide_sql`) whose ORDER BY is the pick rule,
run on the library's index (reportset.ReportSet.wide) or on source rows put in a table in memory
(`wide`), and `wide_rows`, which makes its rows the wide rows. No I/O here.

The year of a row is the figure's own stated year, else its edition's reporting period, taken as
the year before the edition (a 2010 edition reports on 2009: April 2009 to March 2010). A figure
whose stated year is before that period ("compared with 52 in 2014") is a row for the year it
names, marked as stated by the later edition; two editions that disagree about a year both keep
their rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from tipcli.model import INDICATORS, Report
from tipcli.queries import normalize

Row = dict[str, Any]

# What a source gives for each coded figure.
SOURCE_KEYS = (
    "country",
    "edition",
    "figure_year",
    "indicator",
    "trafficking",
    "value",
    "high",
    "qualifier",
    "unit",
    "report",
    "figure",
    "place",
    "quote",
    "tier",
)
# The long form's columns, in order: the keys of its JSON objects.
LONG_COLUMNS = (
    "country",
    "edition",
    "year",
    "year_basis",
    "indicator",
    "trafficking",
    "value",
    "high",
    "qualifier",
    "unit",
    "report",
    "figure",
    "place",
    "quote",
)
STATED, PERIOD, EARLIER = "stated", "reporting period", "stated by a later edition"
PICK_RULE = (
    "the figure of the edition that reports on that year (its reporting period or a year it states) before "
    "what later editions say of it (the latest first); then an amount in US dollars before one in a local "
    "currency; then the first in the report's text order (of two reports, the one first in the library's order)"
)


def source_rows(reports: Iterable[tuple[str, Report]], *, text: bool = True) -> Iterator[Row]:
    """Yield the coded figures of loaded reports as source rows, in each report's text order.

    Without text, place and quote are None: the wide form does not show them.
    """
    for report_id, report in reports:
        tier = report.tier.placement if report.tier else None
        for f in report.figures:
            if f.indicator is None:
                continue
            yield (
                {
                    "country": report.country,
                    "edition": report.year,
                    "figure_year": f.year,
                    "indicator": f.indicator,
                    "trafficking": f.trafficking,
                    "value": f.value,
                    "high": f.high,
                    "qualifier": f.qualifier,
                    "unit": f.unit,
                    "report": report_id,
                    "figure": f.id,
                    "place": _place(report, f.section, f.paragraph, f.quote) if text else None,
                    "quote": f.quote if text else None,
                    "tier": tier,
                }
            )


def _place(report: Report, section: str, paragraph: int, quote: str) -> str:
    """Return `section ¶p.s`: the sentence where the quote starts."""
    from tipcli.tables import sentence_of

    return f"{section} ¶{paragraph}.{sentence_of(report, section, paragraph, quote)}"


def index_rows(rows: Iterable[Sequence[Any]]) -> Iterator[Row]:
    """Yield the source rows of the library index's rows (reportset.ReportSet.panel, SOURCE_KEYS in
    order): the same as source_rows gives of the loaded reports."""
    for row in rows:
        yield dict(zip(SOURCE_KEYS, row, strict=True))


def year_of(edition: int, figure_year: int | None) -> tuple[int, str]:
    """Return the year a figure refers to and how that year is known."""
    period = edition - 1
    if figure_year is None:
        return period, PERIOD
    return figure_year, EARLIER if figure_year < period else STATED


def _chosen(
    rows: Iterable[Row],
    countries: Sequence[str] = (),
    year: int | None = None,
    indicator: str | None = None,
    trafficking: str | None = None,
) -> Iterator[tuple[int, Row, int, str]]:
    """Yield (text order, row, year, how the year is known) for the source rows the filters keep."""
    wanted = {normalize(c) for c in countries}  # as --country chooses reports: no case, no accents
    for order, row in enumerate(rows):
        when, basis = year_of(row["edition"], row["figure_year"])
        if (
            (wanted and normalize(row["country"]) not in wanted)
            or (year is not None and when != year)
            or (indicator is not None and row["indicator"] != indicator)
            or (trafficking is not None and row["trafficking"] != trafficking)
        ):
            continue
        yield order, row, when, basis


def long_rows(rows: Iterable[Row], **filters: Any) -> list[Row]:
    """Return the long panel: one row a coded figure, by country, year, indicator, then text order.

    filters: countries, year, indicator, trafficking (see _chosen).
    """
    out: list[Row] = []
    for order, row, when, basis in _chosen(rows, **filters):
        long = {key: row[key] for key in LONG_COLUMNS if key in row}
        long.update(year=when, year_basis=basis, _order=order)
        out.append(long)
    out.sort(key=lambda r: (r["country"], r["year"], INDICATORS.index(r["indicator"]), r["edition"], r["_order"]))
    return out


def public(row: Row) -> Row:
    """Return a long row without its private keys, in LONG_COLUMNS order."""
    return {key: row[key] for key in LONG_COLUMNS}


@dataclass(frozen=True)
class Wide:
    """The wide panel: its indicator columns, a row per country and year, and what the chart needs."""

    columns: list[str]  # every indicator, and indicator_sex / indicator_labor where the text splits one
    rows: list[Row]
    editions: dict[str, int]  # the edition of each report a row names
    count: int  # the coded figures chosen


# What the wide panel's SQL (wide_sql) reads of each coded figure, from the library's index
# (reportset.ReportSet.wide) or from a table in memory of source rows (wide): position and seq
# are its report's place in the answer and its own in the report's text order.
CODED_COLUMNS = (
    "country",
    "edition",
    "figure_year",
    "indicator",
    "trafficking",
    "value",
    "unit",
    "report",
    "figure",
    "position",
    "seq",
)
# The coded figures of a source that --indicator and --trafficking keep (two parameters each).
CODED_FILTER = "(? IS NULL OR indicator = ?) AND (? IS NULL OR trafficking = ?)"
# What wide_rows needs of each report (by id, in the answer's order): its country, edition and tier.
Reports = dict[str, tuple[str, int, str | None]]


def wide_sql(source: str) -> str:
    """Return the SQL of the wide panel over `source` (a table, or a SELECT giving CODED_COLUMNS and
    taking its parameters first), then two parameters: the year, twice (None: every year).

    It gives a row a coded figure, (country, year, column, value, report, figure), ordered by cell
    (country, year, column) and, within a cell, by PICK_RULE: a cell's first row is its pick, the
    rest its other candidates in order. This ORDER BY is the pick rule, the one place it is
    written, for the library and for loaded reports alike. (Speed: ROW_NUMBER() OVER the cell,
    with group_concat of the others, cost twice what this sort costs at 1,000 reports; and Python
    pays for every value a row hands it, so a row holds six, the rest known per report.)
    """
    return (
        "SELECT country, year, column, value, report, figure FROM ("
        " SELECT *, coalesce(figure_year, edition - 1) AS year, coalesce(figure_year < edition - 1, 0) AS later,"
        " indicator || ifnull('_' || trafficking, '') AS column"
        f" FROM ({source})) WHERE ? IS NULL OR year = ?"
        # PICK_RULE: the reporting edition's own figure (of its period or a year it states) before
        # what later editions say of the year, the latest first; then US dollars; then text order
        " ORDER BY country, year, column, later, CASE WHEN later THEN -edition END, unit IS NOT 'USD', position, seq"
    )


def wide(
    rows: Iterable[Row],
    countries: Sequence[str] = (),
    year: int | None = None,
    indicator: str | None = None,
    trafficking: str | None = None,
) -> Wide:
    """Return the wide panel of source rows (loaded reports', made-up ones): put in a table in memory
    and picked by the SQL that picks the library's (wide_sql), so that the rule is written once."""
    import sqlite3

    wanted = {normalize(c) for c in countries}
    kept = [row for row in rows if not wanted or normalize(row["country"]) in wanted]
    reports: Reports = {row["report"]: (row["country"], row["edition"], row["tier"]) for row in kept}
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE TABLE coded ({', '.join(CODED_COLUMNS)})")
        db.executemany(
            f"INSERT INTO coded VALUES ({', '.join('?' * len(CODED_COLUMNS))})",
            [
                (*(row[key] for key in CODED_COLUMNS[:-2]), order, order) for order, row in enumerate(kept)
            ],  # position, seq
        )
        cells = db.execute(
            wide_sql(f"SELECT * FROM coded WHERE {CODED_FILTER}"),
            (indicator, indicator, trafficking, trafficking, year, year),
        )
        return wide_rows(cells, reports)
    finally:
        db.close()


def wide_rows(cells: Iterable[Sequence[Any]], reports: Reports) -> Wide:
    """Return the wide panel of wide_sql's rows: of each cell (country, year, column) the first row
    is the figure picked, the others are named in `others`; a row per country and year, its tier
    the placement of the edition that reports on the year (of two copies of an edition with a
    figure here, the later in `reports`' order)."""
    lines: list[tuple[str, int, dict[str, tuple[Any, str]], dict[str, list[str]]]] = []
    picked: dict[str, tuple[Any, str]] = {}
    others: dict[str, list[str]] = {}
    named: set[str] = set()  # the reports a row names
    last_country, last_year = None, None
    for country, year, column, value, report, figure in cells:
        ref = f"{report}/{figure}"
        if year != last_year or country != last_country:
            last_country, last_year, picked, others = country, year, {}, {}
            lines.append((country, year, picked, others))
        if column in picked:
            others.setdefault(column, []).append(ref)
        else:
            picked[column] = (value, ref)
        named.add(report)
    mine = {report: facts for report, facts in reports.items() if report in named}
    tiers = {(country, edition - 1): tier for country, edition, tier in mine.values() if tier}
    columns = _columns({column for _, _, cells_picked, _ in lines for column in cells_picked})
    header = wide_header(columns)
    figure_key = {column: f"{column}_figure" for column in columns}
    out: list[Row] = []
    count = 0
    for country, year, cells_picked, cells_others in lines:
        row: Row = dict.fromkeys(header)  # every column, in order, empty until picked
        row.update(country=country, year=year, tier=tiers.get((country, year)))
        for column, (value, ref) in cells_picked.items():
            row[column], row[figure_key[column]] = value, ref
        row["others"] = [f"{column}={ref}" for column in columns for ref in cells_others.get(column, ())]
        count += len(cells_picked) + sum(map(len, cells_others.values()))
        out.append(row)
    return Wide(columns=columns, rows=out, editions={r: edition for r, (_, edition, _) in mine.items()}, count=count)


def _columns(found: set[str]) -> list[str]:
    """Return the wide columns: every indicator, each followed by its _sex and _labor columns where found."""
    columns: list[str] = []
    for name in INDICATORS:
        columns += [name, *(f"{name}_{kind}" for kind in ("sex", "labor") if f"{name}_{kind}" in found)]
    return columns


def wide_header(columns: Sequence[str]) -> list[str]:
    """Return the wide form's columns: country, year, tier, each indicator with the figure it picked, others."""
    header = ["country", "year", "tier"]
    for column in columns:
        header += [column, f"{column}_figure"]
    return [*header, "others"]
