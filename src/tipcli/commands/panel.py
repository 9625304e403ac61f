"""tipcli panel: the coded figures of every report as a country-year panel."""

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from tipcli.commands.common import CountryOption, CsvOption, ExcelOption, JsonOption, command_app
from tipcli.completion import Completing
from tipcli.errors import NothingFound, UsageError
from tipcli.model import INDICATORS, TRAFFICKING_TYPES, Report
from tipcli.output import emit, output_format

app = command_app()

Row = dict[str, Any]


FigureYearOption = Annotated[int | None, typer.Option("--year", help="Only the year the figures refer to.")]
IndicatorOption = Annotated[
    str | None, typer.Option("--indicator", help="Only this indicator.", click_type=Completing(INDICATORS))
]
TraffickingOption = Annotated[
    str | None, typer.Option("--trafficking", help="Only sex or labor.", click_type=Completing(TRAFFICKING_TYPES))
]
WideOption = Annotated[bool, typer.Option("--wide", help="A row per country and year, a column per indicator.")]
PlotOption = Annotated[bool, typer.Option("--plot", help="Draw each country's indicators across years.")]
PngOption = Annotated[Path | None, typer.Option("--png", help="Write the chart as a PNG file (needs tipcli[plot]).")]
SvgOption = Annotated[Path | None, typer.Option("--svg", help="Write the chart as an SVG file (needs tipcli[plot]).")]
ForceOption = Annotated[bool, typer.Option("--force", help="Write over an existing chart file.")]


@app.command()
def panel(
    country: CountryOption = None,
    year: FigureYearOption = None,
    indicator: IndicatorOption = None,
    trafficking: TraffickingOption = None,
    wide: WideOption = False,
    plot: PlotOption = False,
    png: PngOption = None,
    svg: SvgOption = None,
    force: ForceOption = False,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """The indicator panel: what each government reported doing, by country and year, from every report.

    Long form: a row a coded figure (investigations, convictions ..., sex or labor where the text
    says), the year it refers to, its value, place and quote. --wide: a row per country and year, a
    column per indicator (the reporting edition's figure, first in text order), and the others.

    \b
    Examples:
      tipcli panel --country Kenya
      tipcli panel --indicator convictions --trafficking labor
      tipcli panel --wide --csv > panel.csv
      tipcli panel --country Kenya --plot
      tipcli panel --country Kenya --png kenya.png
    """
    fmt = output_format(json, csv, excel)
    chart = png or svg
    _check(indicator, trafficking, png, svg, drawn=plot or chart is not None, table=not wide and fmt == "table")
    from tipcli import panel as panels

    rows = _source(country, text=not wide)
    long = panels.long_rows(rows, countries=country or (), year=year, indicator=indicator, trafficking=trafficking)
    if chart is not None:
        _chart(long, chart, "png" if png else "svg", force)
    elif plot:
        emit(fmt, [], lambda render: render.panel_plot(_plot_series(long)))
    else:
        _emit(fmt, long, wide=wide)
    if not long:
        raise NothingFound("no coded figure matches")


def _emit(fmt: str, long: list[Row], *, wide: bool) -> None:
    """Write the panel, long or wide, as JSON, CSV or a table."""
    from tipcli import panel

    if wide:
        columns = panel.wide_columns(long)
        rows = panel.wide_rows(long, columns)
        emit(fmt, rows, lambda render: render.panel_wide(rows, columns), columns=panel.wide_header(columns))
    else:
        public = [panel.public(r) for r in long]
        emit(fmt, public, lambda render: render.panel_long(long), columns=panel.LONG_COLUMNS)


def _check(
    indicator: str | None, trafficking: str | None, png: Path | None, svg: Path | None, *, drawn: bool, table: bool
) -> None:
    """Refuse options that name nothing, or that do not go together."""
    if indicator is not None and indicator not in INDICATORS:
        raise UsageError(f"no indicator {indicator!r}; choose from {', '.join(INDICATORS)}")
    if trafficking is not None and trafficking not in TRAFFICKING_TYPES:
        raise UsageError(f"no trafficking type {trafficking!r}; choose sex or labor")
    if png is not None and svg is not None:
        raise UsageError("give --png or --svg, not both")
    if drawn and not table:
        raise UsageError("--plot, --png and --svg draw the panel: they go with no --wide, --json, --csv or --excel")


def _source(countries: list[str] | None, *, text: bool) -> list[Row]:
    """Return the source rows of the panel: the coded figures of the library's reports (of those countries).

    The one place the panel reads figures; the library's index can answer the same rows by SQL.
    Reports are loaded one at a time and let go, so that memory holds one report and the rows.
    """
    from tipcli import library, panel
    from tipcli.errors import ReportError
    from tipcli.loading import load_report

    def loaded() -> Iterator[tuple[str, Report]]:
        for report_id, file in library.choose(countries or (), None):
            try:
                yield report_id, load_report(file)
            except ReportError as exc:  # it broke since it was indexed
                library.left_out(report_id, exc.problems[0])

    return panel.source_rows(loaded(), text=text)


def _plot_series(long: list[Row]) -> list[tuple[str, list[int], dict[int, str], dict[str, dict[int, float]]]]:
    """Return, a country, its years, the tier of each year, and an indicator's value each year (the picked one)."""
    from tipcli import panel

    out = []
    for country in dict.fromkeys(r["country"] for r in long):
        mine = [r for r in long if r["country"] == country]
        columns = panel.wide_columns(mine)
        wide = panel.wide_rows(mine, columns)
        years = [w["year"] for w in wide]
        tiers = {w["year"]: w["tier"] for w in wide if w["tier"]}
        lines = {c: {w["year"]: w[c] for w in wide if w[c] is not None} for c in columns}
        out.append((country, years, tiers, {c: v for c, v in lines.items() if v}))
    return out


def _chart(long: list[Row], path: Path, fmt: str, force: bool) -> None:
    from tipcli import plotfile

    if not long:
        return
    series = []
    for country, years, tiers, lines in _plot_series(long):
        picked = _picked_editions(long, country)
        points = {c: [(y, v, picked.get((c, y), 0)) for y, v in sorted(values.items())] for c, values in lines.items()}
        series.append((country, years, tiers, points))
    plotfile.write_chart(path, series, fmt=fmt, force=force)


def _picked_editions(long: list[Row], country: str) -> dict[tuple[str, int], int]:
    """Return the edition of the figure the pick rule chose for each (column, year) of a country."""
    from tipcli import panel

    mine = [r for r in long if r["country"] == country]
    columns = panel.wide_columns(mine)
    by_id = {f"{r['report']}/{r['figure']}": r["edition"] for r in mine}
    return {
        (c, w["year"]): by_id[w[f"{c}_figure"]]
        for w in panel.wide_rows(mine, columns)
        for c in columns
        if w[c] is not None
    }
