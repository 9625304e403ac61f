"""tipcli.typer_internals names the parts of Typer's vendored Click it relies on. If Typer moves or
renames them, these tests fail here, loudly, instead of tipcli failing for users."""

from __future__ import annotations

import pytest
import typer

from tipcli.app import COMMANDS, app
from tipcli.typer_internals import ClickContext, ClickException, NoArgsIsHelpError


def test_typer_raises_click_exceptions_of_the_class_we_catch() -> None:
    assert issubclass(typer.BadParameter, ClickException)
    assert issubclass(NoArgsIsHelpError, ClickException)


def test_a_bare_command_line_raises_no_args_is_help() -> None:
    root = typer.main.get_command(app)
    with pytest.raises(NoArgsIsHelpError):
        typer.core.TyperGroup.make_context(root, "tipcli", [])  # Typer's own, without our handler


def test_typer_builds_click_commands_of_the_context_class_we_annotate() -> None:
    root = typer.main.get_command(app)
    ctx = root.make_context("tipcli", ["summary"])
    assert isinstance(ctx, ClickContext)
    assert root.list_commands(ctx) == list(COMMANDS)  # type: ignore[attr-defined]
