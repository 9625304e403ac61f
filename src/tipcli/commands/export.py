"""tipcli export: the whole report as one JSON document, or reports as a SQLite database for datasette."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import AllOption, command_app, load, report_path
from tipcli.errors import UsageError
from tipcli.formatting import counted
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
    force: Annotated[
        bool, typer.Option("--force", help="With --sqlite: replace FILE and FILE.metadata.json if they exist.")
    ] = False,
) -> None:
    """Print the whole report as one JSON document, or write reports to a SQLite database.

    The JSON parts have the shapes of the other commands' --json answers (see the README). With
    --sqlite FILE, the database has tables reports, sections, paragraphs, sentences (full-text
    searchable), figures, agencies, mentions, events and tiers; open it with
    'datasette FILE --metadata FILE.metadata.json'. An existing FILE (or its metadata) is replaced
    only with --force, and only if it is a regular file; its folder must exist.

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
    _to_sqlite(ctx, sqlite, all_reports, reports or [], force=force)


def _to_sqlite(ctx: typer.Context, target: Path, all_reports: bool, ids: list[str], *, force: bool) -> None:
    """Write the reports asked for to a SQLite database, from the library's index (--all) or from an
    index of those reports alone (--report ID..., or the report this run reads)."""
    from tipcli import publish, reportset
    from tipcli.writing import check_target

    if all_reports and ids:
        raise UsageError("give --all or --report ID, not both")
    for path in (target, publish.metadata_path(target)):  # before any report is read: a refusal costs nothing
        check_target(path, force=force)
    chosen = reportset.choose() if all_reports else reportset.of_files(_chosen(ctx, ids))
    _write_outputs(target, chosen, force=force)


def _write_outputs(target: Path, chosen: "ReportSet", *, force: bool) -> None:
    """Write the database and its metadata to new files, named only when both are written
    (tipcli.writing's rule); say what was written."""
    from tipcli import publish
    from tipcli.writing import write_together

    metadata = publish.metadata_path(target)
    counts: dict[str, int] = {}
    write_together(
        [
            (target, lambda path: counts.update(publish.write_database(path, chosen))),
            (metadata, lambda path: path.write_text(publish.metadata_text(target, chosen), encoding="utf-8")),
        ],
        force=force,
    )
    summary = ", ".join(counted(n, table) for table, n in counts.items())
    write_text(f"wrote {target} ({summary}) and {metadata}\n")


def _chosen(ctx: typer.Context, ids: list[str]) -> list[tuple[str, Path | None]]:
    """Return (id, file) of the reports to publish: ids are the database's keys, so two different
    files that would have one id are a usage error (the same file twice is one report)."""
    from tipcli import library

    wanted: dict[str, Path | None] = {}
    values: list[str | None] = [*ids] or [None]
    for value in values:  # no --report: the report this run reads (--report before the command)
        file = library.resolve(value) if value is not None else report_path(ctx)
        report_id = file.stem if file else library.PACKAGED_ID
        if report_id in wanted and not _same_file(wanted[report_id], file):
            raise UsageError(
                f"two reports would both be {report_id!r} in the database ({_name(wanted[report_id])} and "
                f"{_name(file)}); give one of them, or rename a file"
            )
        wanted[report_id] = file
    return list(wanted.items())


def _same_file(a: Path | None, b: Path | None) -> bool:
    """Say whether two --report values name one file (None: the packaged report)."""
    if a is None or b is None:
        return a is b
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def _name(file: Path | None) -> str:
    return str(file) if file is not None else "the packaged report"
