"""The indicator panel: coded figures as country-year rows, long (one row a figure) or wide.

Pure functions over figure rows (plain dicts with the keys of SOURCE_KEYS), whoever supplies them:
`tipcli panel` reads them from the library's index (`index_rows` of reportset's SQL rows);
`source_rows` makes the same rows of loaded reports (one report's own answer, which tests compare
with the index's). No I/O here.

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
    "currency; then the first in the report's text order"
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
    wanted = {c.casefold() for c in countries}
    for order, row in enumerate(rows):
        when, basis = year_of(row["edition"], row["figure_year"])
        if (
            (wanted and row["country"].casefold() not in wanted)
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


def column_of(row: Row) -> str:
    """Return the wide column a figure belongs to: its indicator, or indicator_sex / indicator_labor."""
    return f"{row['indicator']}_{row['trafficking']}" if row["trafficking"] else str(row["indicator"])


@dataclass(frozen=True)
class Wide:
    """The wide panel: its indicator columns, a row per country and year, and what the chart needs."""

    columns: list[str]  # every indicator, and indicator_sex / indicator_labor where the text splits one
    rows: list[Row]
    editions: dict[str, int]  # the edition of each report a row names
    count: int  # the coded figures chosen


def wide(rows: Iterable[Row], **filters: Any) -> Wide:
    """Return the wide panel of source rows: in each cell the figure PICK_RULE picks, the others named.

    The rows are read once and only a small tuple of each is kept, so that the source can stream.
    """
    cells: dict[tuple[str, int], dict[str, list[tuple[tuple[int, int, int, int], Any, str]]]] = {}
    tiers: dict[tuple[str, int], str] = {}
    editions: dict[str, int] = {}
    count = 0
    for order, row, when, basis in _chosen(rows, **filters):
        count += 1
        own = basis != EARLIER  # PICK_RULE: the reporting edition's own, later editions the latest first,
        rank = (
            0 if own else 1,
            0 if own else -row["edition"],
            0 if row["unit"] == "USD" else 1,
            order,
        )  # dollars, text order
        cell = cells.setdefault((row["country"], when), {}).setdefault(column_of(row), [])
        cell.append((rank, row["value"], f"{row['report']}/{row['figure']}"))
        if row.get("tier"):
            tiers[(row["country"], row["edition"] - 1)] = row["tier"]
        editions[row["report"]] = row["edition"]
    split = {column for by_column in cells.values() for column in by_column if column not in INDICATORS}
    columns: list[str] = []
    for name in INDICATORS:
        columns += [name, *(f"{name}_{kind}" for kind in ("sex", "labor") if f"{name}_{kind}" in split)]
    out: list[Row] = []
    for (country, year), by_column in sorted(cells.items()):
        line: Row = {"country": country, "year": year, "tier": tiers.get((country, year))}
        others: list[str] = []
        for column in columns:
            candidates = sorted(by_column.get(column, ()))
            line[column] = candidates[0][1] if candidates else None
            line[f"{column}_figure"] = candidates[0][2] if candidates else None
            others += [f"{column}={ref}" for _, _, ref in candidates[1:]]
        line["others"] = others
        out.append(line)
    return Wide(columns=columns, rows=out, editions=editions, count=count)


def wide_header(columns: Sequence[str]) -> list[str]:
    """Return the wide form's columns: country, year, tier, each indicator with the figure it picked, others."""
    header = ["country", "year", "tier"]
    for column in columns:
        header += [column, f"{column}_figure"]
    return [*header, "others"]
