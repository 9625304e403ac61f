"""Small things a new user trips over: repeated suggestions, options that do not go together, case."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


def test_a_suggestion_names_each_choice_once() -> None:
    result = runner.invoke(app, ["agencies", "fevimtr"])
    assert result.exit_code == 2
    assert result.stderr.count("'fevimtra'") == 1


def test_level_with_a_name_is_a_usage_error_not_ignored() -> None:
    result = runner.invoke(app, ["agencies", "--level", "state", "fevimtra"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "--level lists the agencies of a level; with a NAME it has no meaning" in result.stderr


def test_citation_formats_in_any_case() -> None:
    upper, lower = runner.invoke(app, ["cite", "-f", "APA"]), runner.invoke(app, ["cite", "-f", "apa"])
    assert upper.exit_code == 0 and upper.stdout == lower.stdout


def test_an_error_from_tipcli_report_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPCLI_REPORT", "/no/such/report.toml")
    result = runner.invoke(app, ["summary"])
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.strip() == (
        "tipcli: error: /no/such/report.toml: no such file; TIPCLI_REPORT names it: fix the file, or unset the variable"
    )
    given = runner.invoke(app, ["--report", "/no/such/other.toml", "summary"])
    assert "TIPCLI_REPORT" not in given.stderr  # --report wins, and the message says nothing of the variable


TIPCLI = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or shutil.which("tipcli")


@pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed")
def test_a_terminal_that_is_not_utf8_gets_what_it_can_show() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "COLUMNS": "100"}
    section = subprocess.run([str(TIPCLI), "section", "prot", "-p", "2"], capture_output=True, text=True, env=env)
    assert section.returncode == 0, section.stderr
    assert "P2  During the reporting period,[when?] FEVIMTRA" in section.stdout  # ¶ as P
    hit = subprocess.run([str(TIPCLI), "search", "Cancún"], capture_output=True, text=True, env=env)
    assert hit.returncode == 0 and "Acapulco and Cancun" in hit.stdout
    error = subprocess.run([str(TIPCLI), "section", "Cancún"], capture_output=True, text=True, env=env)
    assert error.returncode == 2 and error.stderr.startswith("tipcli: error: no section 'Cancun'")
