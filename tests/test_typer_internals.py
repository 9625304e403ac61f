"""tipcli.typer_internals names the parts of Typer's vendored Click it relies on. If Typer moves or
renames them, these tests fail here, loudly, instead of tipcli failing for users."""

from __future__ import annotations

import pytest
import typer

from tipcli.app import COMMANDS, app
from tipcli.typer_internals import (
    SHELLS,
    ClickContext,
    ClickException,
    NoArgsIsHelpError,
    install_callback,
    shell_options,
    show_callback,
    with_shell_values,
)


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


def test_typer_still_adds_its_completion_flags_which_we_replace_by_options_taking_a_shell() -> None:
    root = typer.main.get_command(app)
    names = [p.name for p in root.params]
    assert "install_completion" in names and "show_completion" in names  # Typer adds them, by these names
    ctx = root.make_context("tipcli", ["summary"])
    ours = {p.name: p for p in shell_options(root.params)}
    for name in ("install_completion", "show_completion"):
        assert ours[name] is not next(p for p in root.params if p.name == name)
        assert ours[name].make_metavar(ctx) == "[SHELL]"
    assert {"bash", "zsh", "fish", "powershell"} <= set(SHELLS)
    assert callable(install_callback) and callable(show_callback)


def test_a_completion_option_without_a_shell_is_given_an_empty_one_meaning_detect() -> None:
    assert with_shell_values(["--install-completion"]) == ["--install-completion", ""]
    assert with_shell_values(["--show-completion", "--debug"]) == ["--show-completion", "", "--debug"]
    assert with_shell_values(["--install-completion", "zsh"]) == ["--install-completion", "zsh"]
