"""tipcli panel: the coded figures of every report as a country-year panel."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tipcli.commands.common import CountryOption, CsvOption, ExcelOption, JsonOption, command_app, report_path
from tipcli.completion import Completing
from tipcli.errors import NothingFound, UsageError
from tipcli.model import INDICATORS, TRAFFICKING_TYPES
from tipcli.output import emit, output_format

if TYPE_CHECKING:
    from tipcli.panel import Wide
    from tipcli.reportset import ReportSet

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
    ctx: typer.Context,
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
    """The indicator panel: what each government reported doing, by country and year, from every report
    (or from the one --report names).

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

    chosen = _chosen(ctx, list(country or ()))
    if wide or plot or chart:
        drawn = chosen.wide(year=year, indicator=indicator, trafficking=trafficking)
        if chart is not None:
            _chart(drawn, chart, "png" if png else "svg", force)
        elif plot:
            emit(fmt, [], lambda render: render.panel_plot(_plot_series(drawn)))
        else:
            header = panels.wide_header(drawn.columns)
            emit(fmt, drawn.rows, lambda render: render.panel_wide(drawn.rows, drawn.columns), columns=header)
        found = drawn.count
    else:
        rows = panels.index_rows(chosen.panel(indicator=indicator, trafficking=trafficking))
        long = panels.long_rows(rows, year=year)
        public = [panels.public(r) for r in long]
        emit(fmt, public, lambda render: render.panel_long(long), columns=panels.LONG_COLUMNS)
        found = len(long)
    if not found:
        raise NothingFound("no coded figure matches")


def _chosen(ctx: typer.Context, countries: list[str]) -> "ReportSet":
    """Return the reports the panel codes: the one --report names (if of those countries), else the library's."""
    from tipcli import library, reportset
    from tipcli.queries import normalize

    if not ctx.find_root().obj:
        return reportset.choose(countries, None)
    file = report_path(ctx)
    one = reportset.of_files([(file.stem if file else library.PACKAGED_ID, file)])
    wanted = {normalize(c) for c in countries}
    one.chosen = [c for c in one.chosen if not wanted or normalize(str(c[2]["country"])) in wanted]
    return one


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


Series = tuple[str, list[int], dict[int, str], dict[str, dict[int, float]]]


def _plot_series(drawn: "Wide") -> list[Series]:
    """Return, a country, its years, the tier of each year, and each indicator's picked value a year."""
    out: list[Series] = []
    for country in dict.fromkeys(r["country"] for r in drawn.rows):
        mine = [r for r in drawn.rows if r["country"] == country]
        tiers = {r["year"]: r["tier"] for r in mine if r["tier"]}
        lines = {c: {r["year"]: r[c] for r in mine if r[c] is not None} for c in drawn.columns}
        out.append((country, [r["year"] for r in mine], tiers, {c: v for c, v in lines.items() if v}))
    return out


def _chart(drawn: "Wide", path: Path, fmt: str, force: bool) -> None:
    """Write the chart file: a point a picked figure, labelled with the edition it comes from."""
    from tipcli import plotfile

    if not drawn.rows:
        return
    edition = {
        (r["country"], c, r["year"]): drawn.editions[r[f"{c}_figure"].split("/")[0]]
        for r in drawn.rows
        for c in drawn.columns
        if r[c] is not None
    }
    series = [
        (
            country,
            years,
            tiers,
            {c: [(y, v, edition[(country, c, y)]) for y, v in sorted(values.items())] for c, values in lines.items()},
        )
        for country, years, tiers, lines in _plot_series(drawn)
    ]
    plotfile.write_chart(path, series, fmt=fmt, force=force)
