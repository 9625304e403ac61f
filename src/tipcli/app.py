"""The Typer app and what its commands share: error handling, options, output. The only place that exits.

Each command lives in tipcli/commands/ and registers itself on `app`. rich (through tipcli.render)
and sqlite3 (through tipcli.search) are imported only by the paths that need them: every answer is
a new process, and --json answers should not pay for tables.
"""

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, NoReturn

import typer

# Typer vendors Click: these are its exceptions (ruff bans importing click itself).
from typer._click.core import Context as ClickContext
from typer._click.exceptions import ClickException, NoArgsIsHelpError

from tipcli import __version__, serialize
from tipcli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_NO_MATCH,
    EXIT_OK,
    ReportError,
    TipcliError,
    UsageError,
)
from tipcli.loading import load_report
from tipcli.model import Report

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
        except OSError as exc:  # reading failures are ReportErrors by now: this is the answer's writing
            _fail(f"could not write the answer: {exc.strerror or exc}", EXIT_INTERNAL)
        except Exception as exc:
            if "--debug" in argv:
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc}; rerun with --debug to see the traceback", EXIT_INTERNAL
            )
        sys.exit(code if isinstance(code, int) else EXIT_OK)

    # A closed pipe is caught here, before Typer's own handler turns it into exit 1 (our "found
    # nothing"): in make_context for --help, in invoke for every answer.
    def make_context(
        self, info_name: str | None, args: list[str], parent: ClickContext | None = None, **extra: Any
    ) -> ClickContext:
        with _pipe_closed_is_exit():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: ClickContext) -> Any:
        with _pipe_closed_is_exit():
            return super().invoke(ctx)


@contextlib.contextmanager
def _pipe_closed_is_exit() -> Iterator[None]:
    try:
        yield
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
    epilog=EPILOG,
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    ctx.obj = report


def report_path(ctx: typer.Context) -> Path | None:
    """Return the --report path (or TIPCLI_REPORT), None for the packaged report."""
    path = ctx.find_root().obj
    return path if isinstance(path, Path) else None


def load(ctx: typer.Context) -> Report:
    """Return the report this run reads."""
    return load_report(report_path(ctx))


def output_format(json: bool, csv: bool = False) -> str:
    """Return "json", "csv" or "table" (UsageError if both --json and --csv are given)."""
    if json and csv:
        raise UsageError("--json and --csv do not go together; choose one")
    return "json" if json else "csv" if csv else "table"


def emit(
    fmt: str,
    document: object,
    table: Callable[[ModuleType], list[Any]],
    *,
    rows: list[dict[str, Any]] | None = None,
    columns: Sequence[str] = (),
) -> None:
    """Write the answer: `document` as JSON, `rows` (or the document) as CSV, or table(render) for people."""
    if fmt == "json":
        serialize.write(document)
    elif fmt == "csv":
        serialize.write_csv(rows if rows is not None else document, columns)  # type: ignore[arg-type]
    else:
        from tipcli import render  # rich: only for people

        render.show(render.make_console(), table(render))


def no_match(message: str) -> NoReturn:
    """End a search or filter that found nothing: exit 1, as grep does, after what was printed."""
    sys.stdout.flush()
    sys.stderr.write(f"tipcli: {message}\n")
    raise typer.Exit(EXIT_NO_MATCH)


def _complete_report() -> Report | None:
    try:
        return load_report(os.environ.get("TIPCLI_REPORT") or None)
    except TipcliError:
        return None


def complete_section(incomplete: str) -> list[str]:
    report = _complete_report()
    return [s.id for s in report.sections if s.id.startswith(incomplete.lower())] if report else []


def complete_agency(incomplete: str) -> list[str]:
    report = _complete_report()
    names = [(a.acronym or a.id) for a in report.agencies] if report else []
    return [n for n in names if n.lower().startswith(incomplete.lower())]


JsonOption = Annotated[bool, typer.Option("--json", help="Print one JSON document instead of a table.")]
CsvOption = Annotated[bool, typer.Option("--csv", help="Print CSV (a header row, UTF-8) instead of a table.")]
SectionOption = Annotated[
    str | None,
    typer.Option(
        "--section",
        "-s",
        help="Only this section (id, title or prefix).",
        autocompletion=complete_section,
        show_default=False,
    ),
]
