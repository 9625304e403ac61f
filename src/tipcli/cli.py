"""The console script. Every answer is a new process: start and end it as cheaply as Python allows.

main() ends the process itself (os._exit), so it is only for `tipcli` and `python -m tipcli`; to run
tipcli inside Python, invoke `tipcli.app.app` after `tipcli.commands.register()`.
"""

import contextlib
import gc
import os
import sys
from typing import NoReturn

__all__ = ["main"]


def main() -> None:
    """Run tipcli, then end the process at once."""
    # A tipcli process lives a tenth of a second and frees almost nothing before it ends: the
    # cyclic garbage collector would only walk the objects of Typer, Click and the report again
    # and again while they are imported and built, and once more at exit (reference counting
    # still frees what is dropped). Measured on Python 3.11: about 4 ms a start with it off.
    gc.disable()
    from tipcli.errors import EXIT_INTERNAL

    if sys.stdout is None:  # started with stdout closed (`tipcli ... >&-`): nowhere to answer
        sys.stderr.write("tipcli: error: could not write the answer: standard output is closed\n")
        _end(EXIT_INTERNAL)
    from tipcli.app import app
    from tipcli.commands import NAMES, register

    # Typer builds a Click command for every registered one at each start (about 1 ms apiece, and
    # each module's imports): when the command line names one, import and register only that one,
    # for an answer as for a TAB after the command's name. Help, the completion of a command's
    # name and unknown names see them all.
    completing = "_TIPCLI_COMPLETE" in os.environ
    name = _command_name(_completed_words() if completing else sys.argv[1:])
    register((name,) if name in NAMES else NAMES)
    try:
        app()
        code = 0
    except SystemExit as exc:  # end as sys.exit would, without the teardown
        if exc.code is not None and not isinstance(exc.code, int):
            sys.stderr.write(f"{exc.code}\n")
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    _end(code)


def _end(code: int) -> NoReturn:
    """Flush the answer and leave without tearing the interpreter down.

    The app has written and flushed everything and holds no file open; what an ordinary exit adds
    is freeing every module and object one by one, which cost a fifth to a third of a start in our
    measurements (12-18 ms for a Typer hello world, 28 ms for tipcli, on Python 3.11). Instagram's
    web servers end their processes the same way, for the same reason.
    """
    from tipcli.errors import EXIT_BROKEN_PIPE, EXIT_INTERNAL

    try:
        if sys.stdout is not None:  # None when tipcli was started with stdout closed
            sys.stdout.flush()
    except BrokenPipeError:  # the reader left after the app's last flush
        code = EXIT_BROKEN_PIPE
    except (OSError, ValueError) as exc:  # a full disk, a closed file: the answer is not all there
        if code == 0:
            with contextlib.suppress(Exception):
                sys.stderr.write(f"tipcli: error: could not write the answer: {exc}\n")
            code = EXIT_INTERNAL
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    os._exit(code)


def _completed_words() -> list[str]:
    """Return the words the shell has finished before the one it asks Typer to complete."""
    import shlex

    try:
        if "COMP_WORDS" in os.environ:  # bash: the words, and the index of the one being completed
            return shlex.split(os.environ["COMP_WORDS"])[1 : int(os.environ.get("COMP_CWORD") or 0)]
        line = os.environ.get("_TYPER_COMPLETE_ARGS", "")  # zsh, fish, PowerShell: the line so far
        words = shlex.split(line)[1:]
    except ValueError:  # an unclosed quote: no command name, so every command is registered
        return []
    return words if line.endswith(" ") else words[:-1]


def _command_name(args: list[str]) -> str | None:
    """Return the first word of the command line that is not a global option or its value."""
    words = iter(args)
    for word in words:
        if word == "--report":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
