"""What the commands share: a Typer app of one command, the report a run reads, common options."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tipcli import cache
from tipcli.completion import Completing, FromLibrary
from tipcli.errors import NothingFound, ReportError
from tipcli.loading import open_report
from tipcli.model import Report

if TYPE_CHECKING:  # sqlite3: only an answer across reports pays for it
    from tipcli.reportset import ReportSet


def command_app() -> typer.Typer:
    """Return the Typer app that holds one command, with the root's help and error settings."""
    return typer.Typer(
        rich_markup_mode=None,
        add_completion=False,  # the root has --install-completion; a command needs none of its own
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


def report_path(ctx: typer.Context) -> Path | None:
    """Return the file --report (or TIPCLI_REPORT) names, by path or library id; without either, the
    library's file that replaces the packaged report, if any (one id, one report); None for the packaged report."""
    from tipcli import library

    value = ctx.find_root().obj
    return library.resolve(value) if isinstance(value, str) and value else library.replacement()


def load(ctx: typer.Context) -> Report:
    """Return the report this run reads; an error caused by TIPCLI_REPORT says so."""
    return load_keyed(ctx)[0]


def load_keyed(ctx: typer.Context) -> tuple[Report, "cache.Key | None"]:
    """Return the report this run reads and the cache key of the bytes it was built from."""
    path = report_path(ctx)
    try:
        return open_report(path)
    except ReportError as exc:
        if path is not None and not ctx.find_root().obj:  # no --report: the library's replacement of the packaged one
            note = "it replaces the packaged report: fix it, or delete it to have the packaged one back"
            raise ReportError(exc.problems, note=note) from None
        source = ctx.find_root().get_parameter_source("report")
        if source is None or source.name != "ENVIRONMENT":
            raise
        raise ReportError(exc.problems, note="TIPCLI_REPORT names it: fix the file, or unset the variable") from None


SECTIONS = Completing(lambda report: [s.id for s in report.sections])
AGENCIES = Completing(lambda report: [a.acronym or a.id for a in report.agencies])
FIGURES = Completing(lambda report: [f.id for f in report.figures])
EVENTS = Completing(lambda report: [e.id for e in report.events])


AllOption = Annotated[bool, typer.Option("--all", help="Ask every report in the library, not one.")]
CountryOption = Annotated[
    list[str] | None,
    typer.Option(
        "--country",
        help="Ask the library's reports of this country (repeatable).",
        show_default=False,
        click_type=FromLibrary("country"),
    ),
]
YearOption = Annotated[
    str | None,
    typer.Option(
        "--year",
        help="Ask the library's reports of this edition year, or years: 2010..2015.",
        show_default=False,
        click_type=FromLibrary("year"),
    ),
]


def chosen_reports(all_reports: bool, countries: list[str] | None, years: str | None) -> "ReportSet | None":
    """Return the library's reports that --all, --country and --year choose (perhaps none); None
    when none of these options is given."""
    if not (all_reports or countries or years):
        return None
    from tipcli import reportset

    return reportset.choose(countries or (), years)  # none: the answer is empty, then none_chosen says why


NONE_CHOSEN = "no report in the library matches --country/--year; 'tipcli reports' lists them"


def none_chosen(reports: "ReportSet") -> None:
    """After an answer across reports was written (empty, if so): exit 1 if no report was chosen."""
    if not reports:
        raise NothingFound(NONE_CHOSEN)


def across(report_id: str, report: Report, row: dict[str, Any]) -> dict[str, Any]:
    """Return an answer's row with the report it comes from first: report, country, year."""
    return {"report": report_id, "country": report.country, "year": report.year, **row}


JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of a table.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV (a header row, UTF-8) instead of a table.")]
ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="Print CSV for spreadsheets: UTF-8 with a byte-order mark, CRLF, and a cell that would be a "
        "formula (it begins with = + - @) prefixed with '.",
    ),
]
SectionOption = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Only this section (id, title or prefix).",
        click_type=SECTIONS,
        show_default=False,
    ),
]
