"""The console script: the app from tipcli.app with every command registered, in help order."""

from __future__ import annotations

import os
import sys

from tipcli.app import app

# isort: off
# Importing a command module registers it; this order is the order of `tipcli --help`.
from tipcli.commands import summary, section, stats, search, agencies, timeline, cite, export, validate  # noqa: F401

# isort: on


def main() -> None:
    """Run tipcli."""
    # Typer builds every registered command's Click object at each start (about 1 ms apiece);
    # when the command line names one, register only that one. Help, completion and unknown names
    # see them all.
    name = _command_name(sys.argv[1:])
    if name is not None and "_TIPCLI_COMPLETE" not in os.environ:
        chosen = [c for c in app.registered_commands if c.callback and (c.name or c.callback.__name__) == name]
        app.registered_commands[:] = chosen or app.registered_commands
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
