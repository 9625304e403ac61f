"""tipcli validate: check a report file and list every problem."""

import sys
from typing import Annotated, NoReturn

import typer

from tipcli import library, serialize
from tipcli.commands.common import JsonOption, command_app, report_path
from tipcli.completion import FromLibrary
from tipcli.errors import EXIT_REPORT, Problem, ReportError
from tipcli.formatting import counted, printable
from tipcli.loading import MAX_BYTES, load_report, parse_report, strict
from tipcli.output import write_json, write_text

app = command_app()


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH|ID]",
            click_type=FromLibrary("report"),
            help="The report file, or a library id, to check; default: --report, or the packaged report.",
            show_default=False,
        ),
    ] = None,
    json: JsonOption = False,
    schema: Annotated[
        bool, typer.Option("--schema", help="Print the schema a report file follows, key by key, and exit.")
    ] = False,
) -> None:
    """Check a report file against the schema and list every problem, with line and column and key path.

    The problems go to stdout, one a line (FILE:LINE:COLUMN: KEY PATH: MESSAGE); a count to stderr.
    PATH - reads standard input. Exits 0 when the file is valid, 3 when it is not. --schema prints
    the schema (installed with tipcli).

    \b
    Examples:
      tipcli validate my-report.toml
      tipcli validate --json my-report.toml | jq '.problems[].message'
      tipcli import page.html -o - | tipcli validate -
      tipcli validate --schema | less
    """
    if schema:
        write_text(_schema())
        return
    target = None if path == "-" else library.resolve(path) if path else report_path(ctx)
    name = "standard input" if path == "-" else str(target or "the packaged report")
    try:
        report = strict(parse_report(_stdin(), source=name), name) if path == "-" else load_report(target)
    except ReportError as exc:
        _invalid(name, exc.problems, json=json)
    if json:
        write_json({"file": name, "valid": True, "problems": []})
    else:
        held = (("sections", report.sections), ("figures", report.figures), ("agencies", report.agencies))
        counts = ", ".join(counted(len(items), what) for what, items in (*held, ("events", report.events)))
        write_text(f"{name}: valid ({counts})\n")


def _invalid(name: str, problems: "tuple[Problem, ...]", *, json: bool) -> NoReturn:
    """List every problem (on stdout, as linters do, or as JSON), count them on stderr, exit 3."""
    if json:
        write_json({"file": name, "valid": False, "problems": [serialize.problem(p) for p in problems]})
    else:  # findings on stdout, one a line, file:line:column: as linters print them
        write_text("".join(f"{printable(str(problem), lines=False)}\n" for problem in problems))
    sys.stdout.flush()
    sys.stderr.write(f"tipcli: {printable(name, lines=False)}: {counted(len(problems), 'problems')}\n")
    raise typer.Exit(EXIT_REPORT)


def _schema() -> str:
    """Return the schema's documentation, installed beside the packaged report (data/schema.md)."""
    import pkgutil  # as loading reads the packaged report: from a wheel, a zip or a checkout

    data = pkgutil.get_data("tipcli", "data/schema.md")
    if data is None:  # pragma: no cover - a broken install
        raise ReportError(
            [Problem(file="schema.md", message="the schema's documentation is missing: reinstall tipcli")]
        )
    return data.decode("utf-8")


def _stdin() -> str:
    """Read a report from standard input, as UTF-8, at most the size limit (and a byte more)."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ReportError(
            [Problem(file="standard input", message=f"more than {MAX_BYTES:,} bytes; a report is smaller")]
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ReportError([Problem(file="standard input", message="not UTF-8 text")]) from None
