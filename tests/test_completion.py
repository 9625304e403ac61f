"""Shell completion, as a shell asks for it (real processes): option values, names in any case, installing.

What completes is written out by hand from the seed text and the README (styles, levels, sorts).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_cli_pipes import TIPCLI, complete, run

pytestmark = pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed (pip install .)")


@pytest.mark.parametrize(
    ("line", "offered"),
    [
        ("tipcli cite --format ", ["apa", "chicago", "bibtex", "ris"]),
        ("tipcli cite -f b", ["bibtex"]),
        ("tipcli cite -f C", ["chicago"]),
        ("tipcli --color ", ["auto", "always", "never"]),
        ("tipcli --color a", ["auto", "always"]),
        ("tipcli stats --sort ", ["report", "value", "section", "year"]),
        ("tipcli stats --kind mon", ["money"]),
        ("tipcli agencies --level fed", ["federal"]),
        ("tipcli agencies --level INTER", ["international"]),
        ("tipcli import --format ", ["text", "html", "wiki", "pdf"]),
    ],
)
def test_option_values_complete(line: str, offered: list[str]) -> None:
    assert complete(line) == offered


def test_figure_and_event_ids_complete() -> None:
    assert "federal-investigations" in complete("tipcli cite --figure fed")
    assert all(i.startswith("fed") for i in complete("tipcli cite --figure fed"))
    assert complete("tipcli cite --event first-fed") == ["first-federal-convictions"]
    assert complete("tipcli cite --event PREVENTION") == ["prevention-efforts"]


@pytest.mark.parametrize("typed", ["fev", "Fev", "FEV", "fevimtra"])
def test_agency_names_complete_in_any_case(typed: str) -> None:
    assert complete(f"tipcli agencies {typed}") == ["FEVIMTRA"]
    assert complete(f"tipcli agencies {typed}", "fish") == ["FEVIMTRA"]


@pytest.mark.parametrize("typed", ["PRO", "Pro", "pro"])
def test_section_names_complete_in_any_case(typed: str) -> None:
    assert complete(f"tipcli section {typed}") == ["prosecution", "protection"]
    assert complete(f"tipcli cite --section {typed}T") == ["protection"]


def install(home: Path, *args: str, shell: str = "/bin/bash") -> str:
    result = run(["--install-completion", *args], HOME=str(home), SHELL=shell)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_install_completion_for_zsh_writes_the_zsh_script_where_typer_puts_it(tmp_path: Path) -> None:
    said = install(tmp_path, "zsh", shell="/bin/bash")  # the shell named wins over the one it runs from
    script = tmp_path / ".zfunc" / "_tipcli"
    assert script.is_file() and f"zsh completion installed in {script}" in said
    text = script.read_text()
    assert text.startswith("#compdef tipcli") and "_TIPCLI_COMPLETE=complete_zsh" in text
    assert "fpath+=~/.zfunc; autoload -Uz compinit; compinit" in (tmp_path / ".zshrc").read_text().splitlines()
    assert not (tmp_path / ".bashrc").exists() and not (tmp_path / ".bash_completions").exists()


def test_install_completion_for_fish_and_bash(tmp_path: Path) -> None:
    install(tmp_path, "fish")
    fish = (tmp_path / ".config" / "fish" / "completions" / "tipcli.fish").read_text()
    assert "complete --command tipcli" in fish and "_TIPCLI_COMPLETE=complete_fish" in fish
    install(tmp_path, "bash")
    assert "_TIPCLI_COMPLETE=complete_bash" in (tmp_path / ".bash_completions" / "tipcli.sh").read_text()
    assert f"source '{tmp_path / '.bash_completions' / 'tipcli.sh'}'" in (tmp_path / ".bashrc").read_text()


def test_show_completion_takes_a_shell_too(tmp_path: Path) -> None:
    result = run(["--show-completion", "fish"], HOME=str(tmp_path))
    assert result.returncode == 0 and result.stdout.startswith("complete --command tipcli")
    assert list(tmp_path.iterdir()) == []  # shown, not installed


def test_an_unknown_shell_is_a_usage_error(tmp_path: Path) -> None:
    result = run(["--install-completion", "tcsh"], HOME=str(tmp_path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "tipcli: error: no shell 'tcsh'; choose bash, zsh, fish or powershell\n"
    assert list(tmp_path.iterdir()) == []


def test_a_tab_after_install_completion_offers_the_shells() -> None:
    assert complete("tipcli --install-completion ") == ["bash", "zsh", "fish", "powershell", "pwsh"]
    assert "zsh" in complete("tipcli --install-completion z")


def test_install_completion_without_a_shell_installs_for_the_one_it_finds(tmp_path: Path) -> None:
    said = install(tmp_path, shell="/bin/zsh")  # the shell it runs from, else $SHELL's
    shell = said.split()[0]
    assert shell in ("bash", "zsh", "fish") and f"{shell} completion installed in {tmp_path}" in said
