"""tipcli validate: check a report file and list every problem."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from tipcli import serialize
from tipcli.app import JsonOption, app, report_path
from tipcli.errors import EXIT_REPORT, ReportError
from tipcli.loading import load_report


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="[PATH]",
            help="The report file to check; default: --report, or the packaged report.",
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
    target = path or report_path(ctx)
    name = str(target) if target else "the packaged report"
    try:
        report = load_report(target)
    except ReportError as exc:
        if json:
            serialize.write({"file": name, "valid": False, "problems": [serialize.problem(p) for p in exc.problems]})
        else:
            sys.stderr.write("".join(f"{problem}\n" for problem in exc.problems))
        count = len(exc.problems)
        sys.stdout.flush()
        sys.stderr.write(f"tipcli: {name}: {count} problem{'s' * (count > 1)}\n")
        raise typer.Exit(EXIT_REPORT) from None
    if json:
        serialize.write({"file": name, "valid": True, "problems": []})
    else:
        counts = f"{len(report.sections)} sections, {len(report.figures)} figures, {len(report.agencies)} agencies"
        sys.stdout.write(f"{name}: valid ({counts}, {len(report.events)} events)\n")
