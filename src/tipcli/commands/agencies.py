"""tipcli agencies: the bodies the report names, or one of them in detail."""

from typing import TYPE_CHECKING, Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import (
    AGENCIES,
    AllOption,
    CountryOption,
    CsvOption,
    ExcelOption,
    JsonOption,
    YearOption,
    across,
    chosen_reports,
    command_app,
    load,
    none_chosen,
)
from tipcli.completion import Completing
from tipcli.errors import NothingFound, UsageError
from tipcli.model import AGENCY_LEVELS
from tipcli.output import emit, output_format, stream

if TYPE_CHECKING:
    from tipcli.reportset import ReportSet

app = command_app()


NameArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="[NAME]...",
        help="Acronym, id or words of a name: show that agency in detail.",
        click_type=AGENCIES,
        show_default=False,
    ),
]

LevelOption = Annotated[
    str | None,
    typer.Option(
        "--level",
        "-l",
        help="Only agencies of this level (federal, state, ...).",
        click_type=Completing(AGENCY_LEVELS),
    ),
]


@app.command()
def agencies(
    ctx: typer.Context,
    name: NameArgument = None,
    level: LevelOption = None,
    all_reports: AllOption = False,
    country: CountryOption = None,
    year: YearOption = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """List the agencies and organisations the report names, or show one with its quotes.

    With NAME, --csv gives one row per sentence that mentions the agency. With --all, --country
    or --year: the agencies of those reports in the library (with NAME: its sentences in each),
    each row naming its report, country and edition year.

    \b
    Examples:
      tipcli agencies --level federal
      tipcli agencies fevimtra
      tipcli agencies social welfare
      tipcli agencies --all --level nongovernmental
    """
    fmt = output_format(json, csv, excel)
    if name is not None and level is not None:
        raise UsageError("--level lists the agencies of a level; with a NAME it has no meaning: give one or the other")
    reports = chosen_reports(all_reports, country, year)
    if reports is not None:
        _across_reports(fmt, reports, name, level)
        return
    report = load(ctx)
    if name is None:
        chosen = queries.agencies(report, level=level)
        listing = [serialize.agency(a) for a in chosen]
        emit(fmt, listing, lambda render: render.agencies(listing), columns=serialize.AGENCY_COLUMNS)
        return
    if not " ".join(name).strip():
        raise UsageError("the agency name is empty; run 'tipcli agencies' for the list")
    agency = queries.find_agency(report, " ".join(name))
    quotes = queries.agency_quotes(report, agency)
    document = serialize.agency(agency, quotes)
    rows = [serialize.quote_row(agency.id, quote) for quote in quotes]
    emit(fmt, document, lambda render: render.agency(agency, quotes), rows=rows, columns=serialize.QUOTE_COLUMNS)


def _across_reports(fmt: str, reports: "ReportSet", name: list[str] | None, level: str | None) -> None:
    """Answer for many reports: every agency (of a level), from the library's index, or one agency's
    sentences, from the reports that may name it; each row naming its report."""
    if name is None:
        listed = ("report", "country", "year", *serialize.AGENCY_COLUMNS)
        stream(
            fmt,
            reports.agencies(level),
            lambda row: serialize.listed_agency(row[3:], {"report": row[0], "country": row[1], "year": row[2]}),
            lambda render, rows: render.agencies(
                [serialize.listed_agency(r[3:]) for r in rows], reports=[r[0] for r in rows]
            ),
            columns=listed,
        )
        none_chosen(reports)
        return
    quotes = []
    for report_id, r in reports.naming(" ".join(name)):  # loaded one at a time; only its quotes are kept
        try:
            agency = queries.find_agency(r, " ".join(name))
        except UsageError:
            continue  # not named in this report
        quotes += [
            (report_id, across(report_id, r, serialize.quote_row(agency.id, q)), q)
            for q in queries.agency_quotes(r, agency)
        ]
    columns = ("report", "country", "year", *serialize.QUOTE_COLUMNS)
    emit(
        fmt,
        [row for _, row, _ in quotes],
        lambda render: render.quotes_across([(report_id, q) for report_id, _, q in quotes]),
        columns=columns,
    )
    none_chosen(reports)
    if not quotes:
        raise NothingFound(f"no report in the selection names {' '.join(name)!r}")
