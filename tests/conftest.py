"""Shared fixtures and helpers: the seed text, the packaged report, a clean environment, running tipcli in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tipcli.app import app
from tipcli.loading import load_report
from tipcli.model import Report

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SHARED_SEED = TESTS.parent.parent / "shared" / "seed" / "human-trafficking-in-mexico.txt"
SEED = DATA / "seed" / "human-trafficking-in-mexico.txt"
ATLANTIS = str(DATA / "atlantis.toml")  # made-up test data

# The article's inline citation strings, written out by hand from the seed.
CITATIONS = (
    '"Mexico". Trafficking in Persons Report 2010. U.S. Department of State (June 14, 2010).',
    "Trafficking in Persons Report (10th Ed. )",
)


def seed_sections() -> dict[str, list[str]]:
    """Return the seed's paragraphs by heading ('' for the lead), wiki markup and citations removed."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in SEED.read_text(encoding="utf-8").splitlines():
        heading = re.fullmatch(r"==(.+)==", line)
        if heading:
            current = heading[1]
            sections[current] = []
        elif line and not line.startswith(("[[", "CATEGORIES:")):
            line = re.sub(r"\[tpl\].*?\[/tpl\]", "", line)
            for citation in CITATIONS:
                line = line.replace(citation, "")
            sections[current].append(line.rstrip())
    return {name: paragraphs for name, paragraphs in sections.items() if paragraphs}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    names = ("FORCE_COLOR", "NO_COLOR", "PY_COLORS", "TTY_COMPATIBLE", "GITHUB_ACTIONS", "TIPCLI_REPORT", "TERM")
    for name in (*names, "TIPCLI_NO_CACHE", "TIPCLI_CACHE_DIR", "TIPCLI_LIBRARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))  # never the user's cache
    # never the user's library: a mexico-2010.toml there would replace the packaged report
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library folder that does not exist yet (as on a fresh machine); a test module may define its own."""
    folder = tmp_path / "library"
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    return folder


@pytest.fixture(scope="session")
def report() -> Report:
    return load_report()


# -- running tipcli in-process ----------------------------------------------------------------------

runner = CliRunner()


def run(*args: str, **kwargs: Any) -> Any:
    """Run tipcli with ARGS in-process; keyword arguments (env, input) go to CliRunner.invoke."""
    return runner.invoke(app, list(args), **kwargs)


def run_json(*args: str, code: int = 0) -> Any:
    """Run with --json, expect `code` (and, for 0, an empty stderr); return the parsed answer."""
    result = run(*args, "--json")
    assert result.exit_code == code, result.stderr
    assert result.stderr == "" if code == 0 else True
    return json.loads(result.stdout)


def output(*args: str, code: int = 0) -> str:
    """Run, expect `code`; return stdout."""
    result = run(*args)
    assert result.exit_code == code, result.stderr
    return str(result.stdout)


def one_line_error(result: Any, code: int) -> str:
    """Expect `code`, an empty stdout and one line on stderr without a traceback; return that line."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return str(lines[0])


def fails(*args: str, code: int = 2) -> str:
    """Run, expect `code`, an empty stdout and one line on stderr; return that line."""
    return one_line_error(run(*args), code)
