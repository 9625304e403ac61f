"""The indicator panel for people: the long and wide tables, and a small chart a country in the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tipcli.formatting import format_number
from tipcli.render.cells import listing, shown

Row = dict[str, Any]
_BARS = "▁▂▃▄▅▆▇█"
_BASIS_MARK = {"reporting period": "", "stated": "", "stated by a later edition": "†"}


def _value(row: Row) -> str:
    number = format_number(row["value"]) + (f" to {format_number(row['high'])}" if row["high"] is not None else "")
    qualifier = row["qualifier"] or ""
    if qualifier.startswith("or "):
        return f"{number} {qualifier}"
    return f"{qualifier} {number}".strip()


def long(rows: Sequence[Row]) -> list[RenderableType]:
    """Return the long panel: one line a coded figure, with its place and quote."""
    table = listing("Country!", "Year!", "Indicator!", "Value!", "Unit", "Where!", "Quote")
    for row in rows:
        indicator = row["indicator"] + (f" ({row['trafficking']})" if row["trafficking"] else "")
        table.add_row(
            shown(row["country"], style="bold"),
            shown(f"{row['year']}{_BASIS_MARK[row['year_basis']]}"),
            shown(indicator, style="green"),
            shown(_value(row), style="bold"),
            shown(row["unit"]),
            shown(f"{row['report']} {row['place']}", style="cyan"),
            shown(f"“{row['quote']}”", style="italic"),
        )
    caption = (
        "† a year a later edition states (compared with ...); other years: the figure's own, else the reporting period"
    )
    table.caption, table.caption_justify = caption, "left"
    return [table]


def wide(rows: Sequence[Row], columns: Sequence[str]) -> list[RenderableType]:
    """Return the wide panel: a line per country and year, a column per indicator that has a value."""
    shown_columns = [c for c in columns if any(r[c] is not None for r in rows)]
    table = listing("Country!", "Year!", "Tier!", *[f"{c}!" for c in shown_columns])
    for row in rows:
        cells = [shown("" if row[c] is None else format_number(row[c])) for c in shown_columns]
        table.add_row(shown(row["country"], style="bold"), shown(str(row["year"])), shown(row["tier"] or ""), *cells)
    others = sum(len(r["others"]) for r in rows)
    table.caption = f"{others} other candidate figure{'s' * (others != 1)} not picked: --json or --csv lists them"
    table.caption_justify = "left"
    return [table]


def spark(values: Sequence[float | None]) -> Text:
    """Return a line of bars, one a year, scaled to the largest value; a year without a value is blank."""
    known = [v for v in values if v is not None]
    top = max(known, default=0) or 1
    line = "".join(" " if v is None else _BARS[min(len(_BARS) - 1, int(v / top * (len(_BARS) - 1)))] for v in values)
    return Text(line, style="green")


def plot(
    countries: Sequence[tuple[str, list[int], dict[int, str], dict[str, dict[int, float]]]],
) -> list[RenderableType]:
    """Return a chart a country: one line per indicator across its years, its values, and the tier of each year."""
    drawn: list[RenderableType] = []
    for country, years, tiers, lines in countries:
        table = Table(
            title=country, title_justify="left", title_style="bold", show_edge=False, box=None, pad_edge=False
        )
        table.add_column("", no_wrap=True)
        table.add_column("", no_wrap=True)
        for year in years:
            table.add_column(str(year), justify="right", no_wrap=True)
        table.add_row(Text("tier", style="dim"), Text(""), *[shown(tiers.get(y, ""), style="dim") for y in years])
        for indicator, values in lines.items():
            series = [values.get(y) for y in years]
            cells = [Text("" if v is None else format_number(v)) for v in series]
            table.add_row(shown(indicator, style="bold"), spark(series), *cells)
        drawn += [table, Text("")]
    return [Group(*drawn)]
