"""Typer wiring: arguments -> query -> table or JSON. The only module that exits.

rich (through tipcli.render) and sqlite3 (through tipcli.search) are imported inside the commands
that need them: every answer is a new process, and --json answers should not pay for tables.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

# Typer vendors Click: these are its exceptions (ruff bans importing click itself).
from typer._click.core import Context as ClickContext
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from tipcli import __version__, queries, serialize
from tipcli.errors import (
    EXIT_INTERNAL,
    EXIT_NO_MATCH,
    EXIT_OK,
    EXIT_REPORT,
    EXIT_USAGE,
    ReportError,
    TipcliError,
    UsageError,
)
from tipcli.loading import load_report
from tipcli.model import Report

EXIT_BROKEN_PIPE = 141  # what a shell reports for a program stopped by SIGPIPE

EPILOG = (
    "Exit codes: 0 answered; 1 searched and found nothing; 2 usage error (unknown section or agency, "
    "empty query, bad option); 3 the report file could not be loaded; 4 internal error."
)


class _Group(typer.core.TyperGroup):
    """Catches every error once, at the top: one line on stderr, a documented exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> NoReturn:
        argv = list(sys.argv[1:] if args is None else args)
        try:
            code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
            sys.stdout.flush()
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(EXIT_BROKEN_PIPE)
        except ReportError as exc:
            hint = f"; 'tipcli validate {exc.problems[0].file}' lists them all" if len(exc.problems) > 1 else ""
            _fail(f"{exc}{hint}", exc.exit_code)
        except TipcliError as exc:
            _fail(str(exc), exc.exit_code)
        except NoArgsIsHelpError as exc:  # plain `tipcli`: a request for help, not a mistake
            sys.stdout.write(exc.format_message() + "\n")
            code = EXIT_OK
        except ClickException as exc:
            command = exc.ctx.command_path if getattr(exc, "ctx", None) else "tipcli"  # type: ignore[attr-defined]
            message = exc.format_message().rstrip(".")
            _fail(f"{message[:1].lower()}{message[1:]} (see '{command} --help')", exc.exit_code)
        except Exception as exc:
            if "--debug" in argv:
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc}; rerun with --debug to see the traceback", EXIT_INTERNAL
            )
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    def invoke(self, ctx: ClickContext) -> Any:
        # Here, before Typer's own handler turns a closed pipe into exit 1 (our "found nothing").
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(EXIT_BROKEN_PIPE) from None


def _fail(message: str, code: int) -> NoReturn:
    sys.stderr.write(f"tipcli: error: {message}\n")
    sys.exit(code)


def _silence_stdout() -> None:
    """After the reader of stdout has gone (`| head -1`), make the exit-time flush harmless."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


app = typer.Typer(
    name="tipcli",
    cls=_Group,
    help="Query the U.S. State Department's Trafficking in Persons Report 2010 narrative for Mexico.",
    epilog=EPILOG,
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass(frozen=True, slots=True)
class Options:
    report: Path | None


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"tipcli {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    report: Annotated[
        Path | None,
        typer.Option(
            "--report", envvar="TIPCLI_REPORT", help="Read another report file in the same schema.", show_default=False
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Query the U.S. State Department's Trafficking in Persons Report 2010 narrative for Mexico.

    Every answer names its section and paragraph; every command has --json for scripts.
    """
    ctx.obj = Options(report=report)


def _report(ctx: typer.Context) -> Report:
    options = ctx.find_root().obj
    return load_report(options.report if isinstance(options, Options) else None)


def _show(name: str, *args: Any, **kwargs: Any) -> None:
    """Render a table for people with render.NAME (imported only here: rich is slow to import)."""
    from tipcli import render

    render.show(render.make_console(), getattr(render, name)(*args, **kwargs))


def _complete_report() -> Report | None:
    try:
        return load_report(os.environ.get("TIPCLI_REPORT") or None)
    except TipcliError:
        return None


def _complete_section(incomplete: str) -> list[str]:
    report = _complete_report()
    return [s.id for s in report.sections if s.id.startswith(incomplete.lower())] if report else []


def _complete_agency(incomplete: str) -> list[str]:
    report = _complete_report()
    names = [(a.acronym or a.id) for a in report.agencies] if report else []
    return [n for n in names if n.lower().startswith(incomplete.lower())]


JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of a table.")]
SectionOption = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Only this section (id, title or prefix).",
        autocompletion=_complete_section,
        show_default=False,
    ),
]


@app.command()
def summary(ctx: typer.Context, json: JsonOption = False) -> None:
    """Show what the report is: title, tier, source, sections, key figures.

    \b
    Examples:
      tipcli summary
      tipcli summary --json | jq .source
    """
    report = _report(ctx)
    key = [f for f in report.figures if f.key] or list(report.figures[:5])
    if json:
        serialize.write(serialize.summary(report, key))
    else:
        _show("summary", report, key)


@app.command()
def section(
    ctx: typer.Context,
    name: Annotated[
        str | None,
        typer.Argument(
            metavar="[NAME]",
            help="Section id or title, any case, or a unique prefix; omit to list.",
            autocompletion=_complete_section,
        ),
    ] = None,
    paragraph: Annotated[
        int | None, typer.Option("--paragraph", "-p", help="Show only paragraph N.", show_default=False)
    ] = None,
    json: JsonOption = False,
) -> None:
    """Show a section's paragraphs, numbered, with annotations and errata marked.

    \b
    Examples:
      tipcli section prosecution
      tipcli section prot --paragraph 2
      tipcli section            (lists the sections)
    """
    report = _report(ctx)
    if name is None:
        if paragraph is not None:
            raise UsageError("--paragraph needs a section name, e.g. 'tipcli section prosecution -p 2'")
        if json:
            serialize.write(serialize.section_list(report))
        else:
            _show("section_list", report)
        return
    chosen = queries.find_section(report, name)
    count = len(chosen.paragraphs)
    if paragraph is not None and not 1 <= paragraph <= count:
        raise UsageError(f"{chosen.id} has paragraphs 1 to {count}, not {paragraph}")
    if json:
        serialize.write(serialize.section(report, chosen, paragraph))
    else:
        _show("section", report, chosen, paragraph)


@app.command()
def stats(
    ctx: typer.Context,
    section: SectionOption = None,
    match: Annotated[
        str | None, typer.Option("--match", "-m", help="Only figures whose label or quote has these words.")
    ] = None,
    sort: Annotated[str, typer.Option("--sort", help="Order: report, value or section.")] = "report",
    quotes: Annotated[bool, typer.Option("--quotes", "-q", help="Add the quote each figure comes from.")] = False,
    json: JsonOption = False,
) -> None:
    """List the figures the report states, as numbers with units, section and paragraph.

    \b
    Examples:
      tipcli stats --section protection --quotes
      tipcli stats --match shelter --sort value
      tipcli stats --json | jq '.[] | select(.unit == "USD")'
    """
    report = _report(ctx)
    chosen_section = queries.find_section(report, section) if section is not None else None
    chosen = queries.figures(report, section=chosen_section, match=match, sort=sort)
    if json:
        serialize.write([serialize.figure(f) for f in chosen])
    else:
        _show("figures", chosen, quotes=quotes)
    if not chosen:
        _no_match("no figure matches")


def _no_match(message: str) -> NoReturn:
    sys.stdout.flush()
    sys.stderr.write(f"tipcli: {message}\n")
    raise typer.Exit(EXIT_NO_MATCH)


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help='Words, "a phrase", prefix*, AND, OR, NOT.', show_default=False),
    ],
    section: SectionOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Show at most N sentences.")] = 10,
    context: Annotated[int, typer.Option("--context", "-C", min=0, help="Show N neighbouring sentences.")] = 0,
    json: JsonOption = False,
) -> None:
    """Search the report's sentences, best first; stems, accents and case do not matter.

    Words must all match; "a phrase" matches in order; word* matches a prefix; AND, OR and NOT
    (in capitals) combine. No match exits 1, as grep does.

    \b
    Examples:
      tipcli search shelter --section protection
      tipcli search '"forced labor" NOT child'
      tipcli search convict* --context 1
    """
    from tipcli.search import search as run_search

    report = _report(ctx)
    chosen_section = queries.find_section(report, section) if section is not None else None
    result = run_search(report, " ".join(query), section=chosen_section, limit=limit, context=context)
    if json:
        serialize.write(serialize.search_result(result, context))
    elif result.total:
        _show("search", result)
    if not result.total:
        _no_match(f"no sentence matches {result.query!r}")


@app.command()
def agencies(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[NAME]...",
            help="Acronym, id or words of a name: show that agency in detail.",
            autocompletion=_complete_agency,
            show_default=False,
        ),
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", "-l", help="Only agencies of this level (federal, state, ...).")
    ] = None,
    json: JsonOption = False,
) -> None:
    """List the agencies and organisations the report names, or show one with its quotes.

    \b
    Examples:
      tipcli agencies --level federal
      tipcli agencies fevimtra
      tipcli agencies social welfare
    """
    report = _report(ctx)
    if name is None:
        chosen = queries.agencies(report, level=level)
        if json:
            serialize.write([serialize.agency(a) for a in chosen])
        else:
            _show("agencies", chosen)
        return
    agency = queries.find_agency(report, " ".join(name))
    quotes = queries.agency_quotes(report, agency)
    if json:
        serialize.write(serialize.agency(agency, quotes))
    else:
        _show("agency", agency, quotes)


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
    options = ctx.find_root().obj
    target = path or (options.report if isinstance(options, Options) else None)
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
    counts = f"{len(report.sections)} sections, {len(report.figures)} figures, {len(report.agencies)} agencies, {len(report.events)} events"
    if json:
        serialize.write({"file": name, "valid": True, "problems": []})
    else:
        sys.stdout.write(f"{name}: valid ({counts})\n")


def main() -> None:
    """Run tipcli (the console script)."""
    app()


__all__ = ["EXIT_USAGE", "app", "main"]
