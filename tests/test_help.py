"""Version, help, every command's help and its example, and a bad option's one-line usage error."""

from __future__ import annotations

import pytest
import typer

from conftest import fails, run
from tipcli import __version__
from tipcli.app import app

COMMANDS = ("summary", "section", "stats", "search", "agencies")


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"tipcli {__version__}"


@pytest.mark.parametrize("args", [(), ("--help",)], ids=["no-args", "help"])
def test_help_lists_the_commands_and_exit_codes(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.stdout
    assert "Exit codes: 0 answered; 1 searched and found nothing; 2 usage error" in result.stdout


ROOT = typer.main.get_command(app)
REGISTERED = ROOT.list_commands(typer.Context(ROOT))  # type: ignore[attr-defined]


def test_the_five_commands_and_more_are_registered() -> None:
    assert set(COMMANDS) | {"timeline", "cite", "export", "validate", "import", "reports", "tiers", "panel"} == set(
        REGISTERED
    )


@pytest.mark.parametrize("command", REGISTERED)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"\n    tipcli {command}" in result.stdout
    assert "--json" in result.stdout


def test_bad_option_is_one_line_and_exit_2() -> None:
    line = fails("stats", "--bogus")
    assert line == "tipcli: error: no such option: --bogus (see 'tipcli stats --help')"
