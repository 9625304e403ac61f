"""The root command: global options, commands loaded lazily, and every error turned into an exit code.

Commands load the way Click documents it ("Lazily Loading Subcommands"): the group names them all,
and imports a command's module only when it is run, completed or listed in help. Every answer is
a new process, and building all nine commands costs about 1 ms apiece plus their imports.
"""

import contextlib
import os
import sys
from collections.abc import Iterator
from importlib import import_module
from typing import Annotated, Any

import typer

from tipcli import __version__
from tipcli.completion import Completing, FromLibrary
from tipcli.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    NothingFound,
    ReportError,
    TipcliError,
    UsageError,
)
from tipcli.formatting import printable
from tipcli.output import print_what_can_be_printed
from tipcli.typer_internals import (
    ClickContext,
    ClickException,
    NoArgsIsHelpError,
    rewinder,
    shell_options,
    with_shell_values,
)

# The order of `tipcli --help`; each is the module tipcli.commands.<name>, which defines `app`.
COMMANDS = (
    "summary",
    "section",
    "stats",
    "search",
    "agencies",
    "timeline",
    "cite",
    "export",
    "validate",
    "import",
    "reports",
    "tiers",
    "panel",
)
COLORS = ("auto", "always", "never")
_MODULES = {"import": "import_"}  # a command whose name is a Python keyword
EPILOG = (
    "Exit codes: 0 answered; 1 searched and found nothing; 2 usage error (unknown section or agency, "
    "empty query, bad option); 3 the report file could not be loaded; 4 internal error."
)


class LazyGroup(typer.core.TyperGroup):
    """The root group: lists every command, imports one only when it is needed."""

    def list_commands(self, ctx: ClickContext) -> list[str]:
        return list(COMMANDS)

    def get_params(self, ctx: ClickContext) -> list[Any]:
        return shell_options(super().get_params(ctx))  # --install-completion zsh, not Typer's flag

    def get_command(self, ctx: ClickContext, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        module = import_module(f"tipcli.commands.{_MODULES.get(cmd_name, cmd_name)}")
        return typer.main.get_command(module.app)

    # Click answers a closed stdout inside main() with exit 1, our "found nothing", and prints the
    # other errors its own way: make_context (options, help) and invoke (the answer) are where
    # both can happen, so both go through errors_to_exit_codes.
    def make_context(
        self, info_name: str | None, args: list[str], parent: ClickContext | None = None, **extra: Any
    ) -> ClickContext:
        with errors_to_exit_codes(debug="--debug" in args):
            return super().make_context(info_name, with_shell_values(args), parent, **extra)

    def invoke(self, ctx: ClickContext) -> Any:
        with errors_to_exit_codes(debug=bool(ctx.params.get("debug"))):
            rewind = rewinder(ctx)
            try:
                result = super().invoke(ctx)
            except Exception as exc:
                if not _index_discarded(exc):
                    raise
                rewind()  # the same question once more, of a new index (tipcli.index warned)
                result = super().invoke(ctx)
            sys.stdout.flush()  # a reader that has left is found here, not at exit
            return result


def _index_discarded(exc: Exception) -> bool:
    """Say whether `exc` came from a damaged library index, which is now discarded (once a run)."""
    index = sys.modules.get("tipcli.index")  # loaded only if this answer opened the index
    return index is not None and bool(index.discard_damaged(exc))


@contextlib.contextmanager
def errors_to_exit_codes(*, debug: bool) -> Iterator[None]:
    """Turn every failure into one line on stderr and the exit code the README documents."""
    try:
        yield
    except (typer.Exit, typer.Abort):
        raise
    except BrokenPipeError:  # the reader of stdout went away (`| head -1`): say nothing more
        _drop_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except NoArgsIsHelpError as exc:  # plain `tipcli`: a request for help, not a mistake
        sys.stdout.write(exc.format_message() + "\n")
        raise typer.Exit(EXIT_OK) from None
    except NothingFound as exc:
        _say(str(exc), exc.exit_code, prefix="tipcli: ")
    except ReportError as exc:
        hint = f"; 'tipcli validate {exc.problems[0].file}' lists them all" if len(exc.problems) > 1 else ""
        _say(f"{exc}{hint}", exc.exit_code)
    except TipcliError as exc:
        _say(str(exc), exc.exit_code)
    except ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        message = exc.format_message().rstrip(".")
        command = ctx.command_path if ctx else "tipcli"
        _say(f"{message[:1].lower()}{message[1:]} (see '{command} --help')", exc.exit_code)
    except KeyboardInterrupt:
        _say("interrupted", EXIT_INTERRUPTED)
    except UnicodeEncodeError as exc:  # bytes of argv that are not UTF-8 (a lone surrogate) reached an encoder
        _say(
            f"{exc.object[exc.start : exc.end]!r} in an argument is not UTF-8 text: set the terminal to UTF-8",
            EXIT_USAGE,
        )
    except OSError as exc:  # reading failures are ReportErrors by now: this is the answer's writing
        _drop_stdout()
        _say(f"could not write the answer: {exc.strerror or exc}", EXIT_INTERNAL)
    except Exception as exc:
        if debug:
            raise
        _say(f"internal error: {type(exc).__name__}: {exc}; rerun with --debug to see the traceback", EXIT_INTERNAL)


def _drop_stdout() -> None:
    """Point stdout at the null device, so that what is still buffered cannot fail again at exit."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _say(message: str, code: int, prefix: str = "tipcli: error: ") -> None:
    sys.stdout.flush()  # what was answered before the message stays before it
    sys.stderr.write(f"{prefix}{printable(message, lines=False)}\n")  # a file name or query can hold ESC
    raise typer.Exit(code)


app = typer.Typer(
    name="tipcli",
    cls=LazyGroup,
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


def _color_and_pager(color: str, no_pager: bool) -> None:
    """Pass --color and --no-pager to render.make_console and render.show, through the environment."""
    if color not in COLORS:
        raise UsageError(f"--color {color!r}: choose auto, always or never")
    if color == "auto" and os.environ.get("FORCE_COLOR", "").lower() in ("0", "false", "no"):
        color = "never"  # Rich reads any FORCE_COLOR, even 0, as "force"; people mean the opposite
    if color != "auto":
        os.environ["TIPCLI_COLOR"] = color
    if no_pager:
        os.environ["TIPCLI_NO_PAGER"] = "1"


@app.callback()
def main_options(
    ctx: typer.Context,
    report: Annotated[
        str | None,
        typer.Option(
            "--report",
            envvar="TIPCLI_REPORT",
            metavar="PATH|ID",
            help="Read another report: a file in the same schema, or the id of one in the library.",
            click_type=FromLibrary("report"),
            show_default=False,
        ),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
    color: Annotated[
        str,
        typer.Option(
            "--color",
            help="Colour in tables: auto (on a terminal), always or never.",
            metavar="WHEN",
            click_type=Completing(COLORS),
        ),
    ] = "auto",
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print long answers straight, not through $PAGER.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Query the U.S. State Department's Trafficking in Persons Report country narratives.

    Every answer names its report, section and paragraph; every command has --json for scripts.
    The 2010 narrative for Mexico is packaged; 'tipcli import' adds others to the library.
    """
    print_what_can_be_printed()
    _color_and_pager(color, no_pager)
    ctx.obj = report
