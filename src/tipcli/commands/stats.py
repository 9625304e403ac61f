"""tipcli stats: the figures the report states."""

from typing import TYPE_CHECKING, Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import (
    AllOption,
    CountryOption,
    CsvOption,
    ExcelOption,
    JsonOption,
    SectionOption,
    YearOption,
    chosen_reports,
    command_app,
    load,
    none_chosen,
)
from tipcli.completion import Completing
from tipcli.errors import NothingFound, UsageError
from tipcli.model import FIGURE_KINDS, INDICATORS
from tipcli.output import emit, output_format, stream

if TYPE_CHECKING:
    from tipcli.reportset import ReportSet

app = command_app()


MatchOption = Annotated[
    str | None,
    typer.Option(
        "--match",
        "-m",
        help='Only figures whose label, quote or unit matches, as search matches: stems, convict*, "a phrase", OR, NOT.',
    ),
]

SortOption = Annotated[
    str,
    typer.Option("--sort", help="Order: report, value, section or year.", click_type=Completing(queries.SORTS)),
]

ReverseOption = Annotated[bool, typer.Option("--reverse", "-r", help="In the opposite order.")]

KindOption = Annotated[
    str | None,
    typer.Option(
        "--kind",
        help="Only figures of this kind: count, money, percentage, penalty, ...",
        click_type=Completing(FIGURE_KINDS),
        show_default=False,
    ),
]

IndicatorOption = Annotated[
    str | None,
    typer.Option(
        "--indicator",
        help="Only figures of this indicator: investigations, prosecutions, convictions, ... (none: those without one)",
        click_type=Completing((*INDICATORS, "none")),
        show_default=False,
    ),
]

QuotesOption = Annotated[bool, typer.Option("--quotes", "-q", help="Add the quote each figure comes from.")]


@app.command()
def stats(
    ctx: typer.Context,
    section: SectionOption = None,
    match: MatchOption = None,
    sort: SortOption = "report",
    reverse: ReverseOption = False,
    kind: KindOption = None,
    indicator: IndicatorOption = None,
    quotes: QuotesOption = False,
    all_reports: AllOption = False,
    country: CountryOption = None,
    year: YearOption = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """List the figures the report states, as numbers with units, section and paragraph.

    With --all, --country or --year: the figures of those reports in the library, each row naming
    its report, country and edition year; --sort year follows a figure across editions.

    \b
    Examples:
      tipcli stats --section protection --quotes
      tipcli stats --match shelter --sort value
      tipcli stats --csv > figures.csv
      tipcli stats --json | jq '.[] | select(.unit == "USD")'
      tipcli stats --match convictions --country mexico --sort year
      tipcli stats --indicator convictions --all
    """
    fmt = output_format(json, csv, excel)
    _check_choices(sort, kind, indicator)
    reports = chosen_reports(all_reports, country, year)
    if reports is not None:
        _across_reports(fmt, reports, section, match, sort, quotes, kind=kind, indicator=indicator, reverse=reverse)
        return
    report = load(ctx)
    chosen_section = queries.find_section(report, section) if section is not None else None
    chosen = queries.figures(report, section=chosen_section, match=match, sort=sort, kind=kind, indicator=indicator)
    if reverse:
        chosen.reverse()
    document = [serialize.figure(f) for f in chosen]
    emit(fmt, document, lambda render: render.figures(chosen, quotes=quotes), columns=serialize.FIGURE_COLUMNS)
    if not chosen:
        raise NothingFound("no figure matches")


def _check_choices(sort: str, kind: str | None, indicator: str | None) -> None:
    """Refuse a sort, kind or indicator that does not exist, naming the choices."""
    if sort not in queries.SORTS:
        raise UsageError(f"no sort {sort!r}; choose from {', '.join(queries.SORTS)}")
    if kind is not None and kind not in FIGURE_KINDS:
        raise UsageError(f"no kind {kind!r}; choose from {', '.join(FIGURE_KINDS)}")
    if indicator is not None and indicator not in (*INDICATORS, "none"):
        raise UsageError(f"no indicator {indicator!r}; choose from {', '.join(INDICATORS)} or none")


def _across_reports(
    fmt: str,
    reports: "ReportSet",
    section: str | None,
    match: str | None,
    sort: str,
    quotes: bool,
    *,
    kind: str | None,
    indicator: str | None,
    reverse: bool,
) -> None:
    """Answer for many reports from the library's index: one row a figure, naming its report; a
    report without the section has none. --sort year is the edition's: how a figure moved from one
    report to the next."""
    from tipcli.reportset import figure

    if section is not None:
        reports.narrow_to_section(section)
    found = reports.figures(
        section=section is not None, match=match, kind=kind, sort=sort, reverse=reverse, indicator=indicator
    )
    count = stream(
        fmt,
        found,
        lambda row: serialize.figure_row(row[3:], {"report": row[0], "country": row[1], "year": row[2]}),
        lambda render, rows: render.figures([figure(r) for r in rows], quotes=quotes, reports=[r[0] for r in rows]),
        columns=("report", "country", "year", *serialize.FIGURE_COLUMNS),
    )
    none_chosen(reports)
    if not count:
        raise NothingFound("no figure matches")
