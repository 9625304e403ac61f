"""The console script. Every answer is a new process: register only the command it runs.

The app with every command: `tipcli.app.app` after `tipcli.commands.register()`.
"""

from __future__ import annotations

import os
import sys

from tipcli.app import app
from tipcli.commands import NAMES, register

__all__ = ["main"]


def main() -> None:
    """Run tipcli."""
    # Typer builds a Click command for every registered one at each start (about 1 ms apiece, and
    # each module's imports): when the command line names one, import and register only that one.
    # Help, completion and unknown names see them all.
    name = _command_name(sys.argv[1:])
    completing = "_TIPCLI_COMPLETE" in os.environ
    register((name,) if name in NAMES and not completing else NAMES)
    app()


def _command_name(args: list[str]) -> str | None:
    """Return the first word of the command line that is not a global option or its value."""
    words = iter(args)
    for word in words:
        if word == "--report":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None
