"""tipcli validate: check a report file and list every problem."""

import sys
from typing import Annotated

import typer

from tipcli import library, serialize
from tipcli.commands.common import JsonOption, command_app, report_path
from tipcli.errors import EXIT_REPORT, ReportError
from tipcli.loading import load_report
from tipcli.output import write_json, write_text

app = command_app()


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH|ID]",
            help="The report file, or a library id, to check; default: --report, or the packaged report.",
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
) -> None:
    """Check a report file against the schema and list every problem, with line and column or key path.

    Exits 0 when the file is valid, 3 when it is not. The schema is in docs/schema.md.

    \b
    Examples:
      tipcli validate my-report.toml
      tipcli validate --json my-report.toml | jq '.problems[].message'
    """
    target = library.resolve(path) if path else report_path(ctx)
    name = str(target) if target else "the packaged report"
    try:
        report = load_report(target)
    except ReportError as exc:
        if json:
            write_json({"file": name, "valid": False, "problems": [serialize.problem(p) for p in exc.problems]})
        else:
            sys.stderr.write("".join(f"{problem}\n" for problem in exc.problems))
        count = len(exc.problems)
        sys.stdout.flush()
        sys.stderr.write(f"tipcli: {name}: {count} problem{'s' * (count > 1)}\n")
        raise typer.Exit(EXIT_REPORT) from None
    if json:
        write_json({"file": name, "valid": True, "problems": []})
    else:
        counts = f"{len(report.sections)} sections, {len(report.figures)} figures, {len(report.agencies)} agencies"
        write_text(f"{name}: valid ({counts}, {len(report.events)} events)\n")
