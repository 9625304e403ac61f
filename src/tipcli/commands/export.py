"""tipcli export: the whole report as one JSON document, or reports as a SQLite database for datasette."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import AllOption, command_app, load, report_path
from tipcli.errors import UsageError
from tipcli.output import write_json, write_text

if TYPE_CHECKING:
    from tipcli.reportset import ReportSet

app = command_app()


@app.command()
def export(
    ctx: typer.Context,
    json: Annotated[bool, typer.Option("--json", help="JSON: the default format.")] = True,
    sqlite: Annotated[
        Path | None,
        typer.Option(
            "--sqlite", metavar="FILE", help="Write a SQLite database (and FILE.metadata.json).", show_default=False
        ),
    ] = None,
    all_reports: AllOption = False,
    reports: Annotated[
        list[str] | None,
        typer.Option(
            "--report", metavar="ID", help="With --sqlite: this report of the library (repeatable).", show_default=False
        ),
    ] = None,
) -> None:
    """Print the whole report as one JSON document, or write reports to a SQLite database.

    The JSON parts have the shapes of the other commands' --json answers (see the README). With
    --sqlite FILE, the database has tables reports, sections, paragraphs, sentences (full-text
    searchable), figures, agencies, mentions, events and tiers; open it with
    'datasette FILE --metadata FILE.metadata.json'.

    \b
    Examples:
      tipcli export > report.json
      tipcli export | jq '.figures | length'
      tipcli export --sqlite tip.db --all && datasette tip.db --metadata tip.db.metadata.json
    """
    if sqlite is None:
        if all_reports or reports:
            raise UsageError("--all and --report ID go with --sqlite FILE; for JSON, use 'tipcli --report ID export'")
        report = load(ctx)
        quotes = {a.id: queries.agency_quotes(report, a) for a in report.agencies}
        write_json(serialize.export(report, quotes))
        return
    _to_sqlite(ctx, sqlite, all_reports, reports or [])


def _to_sqlite(ctx: typer.Context, target: Path, all_reports: bool, ids: list[str]) -> None:
    """Write the reports asked for to a SQLite database, from the library's index (--all) or from an
    index of those reports alone (--report ID..., or the report this run reads)."""
    from tipcli import library, reportset

    if all_reports and ids:
        raise UsageError("give --all or --report ID, not both")
    if all_reports:
        chosen = reportset.choose()
    else:
        files = [library.resolve(report_id) for report_id in dict.fromkeys(ids)] if ids else [report_path(ctx)]
        chosen = reportset.of_files([(file.stem if file else library.PACKAGED_ID, file) for file in files])
    _write_outputs(target, chosen)


def _write_outputs(target: Path, chosen: "ReportSet") -> None:
    """Write the database and its metadata, each to a temporary file moved into place; say what was written."""
    from tipcli import publish

    try:
        counts = publish.write_database(target, chosen)
        metadata = publish.write_metadata(target, chosen)
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    summary = ", ".join(f"{n} {table}" for table, n in counts.items())
    write_text(f"wrote {target} ({summary}) and {metadata}\n")
