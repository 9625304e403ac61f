"""tipcli reports: the reports in the library, with what each holds, or why it does not load."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from tipcli.commands.common import CsvOption, ExcelOption, JsonOption, command_app
from tipcli.completion import FromLibrary
from tipcli.errors import NothingFound, ReportError
from tipcli.output import output_format, stream

app = command_app()
COLUMNS = (
    "id",
    "country",
    "year",
    "tier",
    "sections",
    "figures",
    "agencies",
    "events",
    "drafted",
    "left_out",
    "file",
    "problem",
    "replaces_packaged",
)


@app.command()
def reports(
    country: Annotated[
        str | None,
        typer.Option(
            "--country",
            help="Only the reports of this country (any case).",
            show_default=False,
            click_type=FromLibrary("country"),
        ),
    ] = None,
    json: JsonOption = False,
    csv: CsvOption = False,
    excel: ExcelOption = False,
) -> None:
    """List the reports in the library: country, year, tier, what each holds, and its file.

    The library is $TIPCLI_LIBRARY, else $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports;
    'tipcli import' adds to it.
    A report that does not load is listed with its first problem ('tipcli validate ID' shows all).
    Use an id with --report: 'tipcli --report ID summary'.

    \b
    Examples:
      tipcli reports
      tipcli reports --country mexico --json
    """
    from tipcli import index, library
    from tipcli.queries import normalize

    fmt = output_format(json, csv, excel)
    found = library.scan()
    db = index.connect(library.folder())  # what each report holds, kept between runs: a listing reads no unchanged file
    index.sync(db, found, complete=True)
    listed = index.listing(db)
    wanted = normalize(country) if country is not None else None
    empty = dict.fromkeys(index.LISTED)
    rows: list[dict[str, Any]] = []
    for entry in found:
        summary, problem = listed.get(entry.id) or _read(entry.file)
        if summary is not None and wanted is not None and normalize(str(summary["country"])) != wanted:
            continue
        replaces = entry.id == library.PACKAGED_ID and entry.file is not None
        row = {"id": entry.id, **(summary or empty), "file": entry.file, "problem": problem}
        rows.append(row | {"replaces_packaged": replaces})
    table = lambda render, rows: render.reports(rows, str(library.folder()))  # noqa: E731
    stream(fmt, rows, lambda row: row, table, columns=COLUMNS)  # five thousand rows: json's C encoder
    for entry in found:
        if entry.id == library.PACKAGED_ID and entry.file is not None:
            sys.stderr.write(f"tipcli: note: {library.shadow_note(Path(entry.file))}\n")
    if not any(row["country"] for row in rows):
        raise NothingFound(f"no report of {country!r} in the library" + _hint(country, listed))


def _hint(country: str | None, listed: dict[str, tuple[dict[str, object] | None, str | None]]) -> str:
    """Return "; did you mean 'X'?" for a country the library does not hold, else ""."""
    from tipcli import library

    hint = library.did_you_mean(country or "", sorted({str(s["country"]) for s, _ in listed.values() if s}))
    return f"; {hint}" if hint else ""


def _read(file: str | None) -> tuple[dict[str, object] | None, str | None]:
    """Read a report the index could not keep (it changed while being read): its summary or problem."""
    from tipcli import index
    from tipcli.loading import load_report

    try:
        return index.summary(load_report(Path(file) if file is not None else None, lenient=True)), None
    except ReportError as exc:
        return None, str(exc.problems[0])
