"""The console script: the app from tipcli.app with every command registered, in help order."""

from __future__ import annotations

from tipcli.app import app

# isort: off
# Importing a command module registers it; this order is the order of `tipcli --help`.
from tipcli.commands import summary, section, stats, search, agencies, timeline, cite, export, validate  # noqa: F401

# isort: on


def main() -> None:
    """Run tipcli."""
    app()
