"""tipcli export: the whole report as one JSON document, or reports as a SQLite database for datasette."""

from pathlib import Path
from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import AllOption, command_app, load, report_path
from tipcli.errors import UsageError
from tipcli.formatting import counted
from tipcli.output import write_json, write_text

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

    from tipcli import library, publish
    from tipcli.loading import load_report

    if all_reports and ids:
        raise UsageError("give --all or --report ID, not both")
    if all_reports:
        chosen = [(report_id, report, dict(library.entries())[report_id]) for report_id, report in library.select()]
    elif ids:
        chosen = []
        for report_id in dict.fromkeys(ids):
            file = library.resolve(report_id)
            chosen.append((Path(report_id).stem if file else library.PACKAGED_ID, load_report(file), file))
    else:  # the report this run reads (--report before the command, or the packaged one)
        file = report_path(ctx)
        chosen = [(file.stem if file else library.PACKAGED_ID, load_report(file), file)]
    try:
        counts = publish.write_database(target, chosen)
        metadata = publish.write_metadata(target, chosen)
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
    summary = ", ".join(counted(n, table) for table, n in counts.items())
    write_text(f"wrote {target} ({summary}) and {metadata}\n")
