"""tipcli tiers for people: a strip of coloured cells a country, one a year."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table

from tipcli.render.cells import shown
from tipcli.render.console import make_console

TIER_STYLES = {  # placement -> (cell text, style); the order is the legend's
    "Tier 1": ("1", "black on green"),
    "Tier 2": ("2", "black on yellow"),
    "Tier 2 Watch List": ("2W", "black on dark_orange"),
    "Tier 3": ("3", "white on red"),
    "Special Case": ("SC", "white on blue"),
}


def tiers(rows: list[dict[str, object]]) -> list[RenderableType]:
    years = sorted({int(str(row["year"])) for row in rows})
    placed: dict[str, dict[int, str]] = {}
    for row in rows:
        stated = "*" if row.get("stated_by") else ""  # a later report's text states it; no report of its own
        placed.setdefault(str(row["country"]), {})[int(str(row["year"]))] = str(row["placement"]) + stated
    name_width = max((len(country) for country in placed), default=0) + 2
    per_strip = max(1, (make_console().width - name_width) // 4)  # a cell is 4 columns wide
    span = list(range(years[0], years[-1] + 1)) if years else []
    out: list[RenderableType] = []
    for first in range(0, len(span), per_strip):
        out += [_tier_strip(placed, span[first : first + per_strip], name_width), ""]
    legend = shown("")
    for placement, (label, style) in TIER_STYLES.items():
        legend.append(f" {label} ", style=style)
        legend.append(f" {placement}  ")
    legend.append(" · ", style="dim")
    legend.append(" no report")
    if any(row.get("stated_by") for row in rows):
        legend.append("  * stated by a later report")
    return [*out, legend]


def _tier_strip(placed: dict[str, dict[int, str]], years: list[int], name_width: int) -> Table:
    """Return one strip of years: a row a country, a coloured cell a placement, a dot for no report."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True, width=name_width)
    for _ in years:
        grid.add_column(no_wrap=True, width=4)
    grid.add_row(shown(""), *(shown(f"’{y % 100:02d}".center(4), style="dim") for y in years))
    for country, by_year in placed.items():
        cells = []
        for year in years:
            placement = by_year.get(year, "")
            label, style = TIER_STYLES.get(placement.rstrip("*"), ("?", "")) if year in by_year else ("·", "dim")
            cells.append(shown((label + "*" * placement.endswith("*")).center(4), style=style))
        grid.add_row(shown(country), *cells)
    return grid
