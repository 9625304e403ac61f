"""`tipcli validate`, and other reports given by --report or TIPCLI_REPORT."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ATLANTIS, DATA, run
from tipcli.locate import line_of


def test_report_option_loads_another_report() -> None:
    result = run("--report", ATLANTIS, "summary", "--json")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert (doc["country"], doc["year"]) == ("Atlantis", 2031)
    assert [s["id"] for s in doc["sections"]] == ["lead", "reefs"]


def test_environment_variable_loads_another_report() -> None:
    result = run("stats", "--json", env={"TIPCLI_REPORT": ATLANTIS})
    assert result.exit_code == 0
    assert {f["id"] for f in json.loads(result.stdout)} == {"shelters", "convicted", "posters", "coast"}


def test_other_report_search_and_agencies() -> None:
    doc = json.loads(run("--report", ATLANTIS, "search", "patrol", "--json").stdout)
    assert [(h["section"], h["text"]) for h in doc["hits"]] == [
        ("reefs", "The Reef Guard patrolled 3,000 km of coast in 2030.")
    ]
    court = json.loads(run("--report", ATLANTIS, "agencies", "tc", "--json").stdout)
    assert court["mentions"] == 2  # "the Tide Court (TC)" is one mention, "The Tide Court heard" another
    assert court["sections"] == ["lead", "reefs"]


def test_an_error_from_tipcli_report_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPCLI_REPORT", "/no/such/report.toml")
    result = run("summary")
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.strip() == (
        "tipcli: error: /no/such/report.toml: no such file; TIPCLI_REPORT names it: fix the file, or unset the variable"
    )
    given = run("--report", "/no/such/other.toml", "summary")
    assert "TIPCLI_REPORT" not in given.stderr  # --report wins, and the message says nothing of the variable


def test_validate_the_packaged_report() -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert result.stdout.startswith("the packaged report: valid")


def test_validate_lists_every_problem(tmp_path: Path) -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        text.replace("year = 2031", 'year = "x"').replace('quote = "5 cases"', 'quote = "9 cases"'), encoding="utf-8"
    )
    result = run("validate", str(bad))
    assert result.exit_code == 3
    lines = bad.read_text(encoding="utf-8").splitlines()
    year = next(n for n, line in enumerate(lines, 1) if line.startswith("year ="))
    quote = next(n for n, line in enumerate(lines, 1) if line.startswith("quote = "))
    assert result.stdout.splitlines() == [  # as linters print: file:line:column, then the key path
        f"{bad}:{year}:1: report.year: expected an integer, got a string",
        f"{bad}:{quote}:1: figures[0].quote: not found in main paragraph 1: looked for '9 cases'; "
        "the nearest passage there is '5 cases'",
    ]
    assert result.stderr.splitlines() == [f"tipcli: {bad}: 2 problems"]
    doc = json.loads(run("validate", str(bad), "--json").stdout)
    assert doc["valid"] is False
    assert [p["path"] for p in doc["problems"]] == ["report.year", "figures[0].quote"]


def test_validate_syntax_error_has_line_and_column() -> None:
    result = run("validate", str(DATA / "invalid" / "syntax-error.toml"))
    assert result.exit_code == 3
    assert f"{DATA / 'invalid' / 'syntax-error.toml'}:7:11: invalid TOML" in result.stdout


TEXT = (DATA / "atlantis.toml").read_text(encoding="utf-8")


def line(text: str, fragment: str, after: str = "") -> int:
    """Return the 1-based number of the first line holding FRAGMENT after the line holding AFTER."""
    lines = text.splitlines()
    start = next(i for i, t in enumerate(lines) if after in t) if after else 0
    return next(i for i, t in enumerate(lines[start:], start) if fragment in t) + 1


def test_a_misspelt_key_gets_its_line_and_a_suggestion(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(TEXT.replace('unit = "shelters"', 'unti = "shelters"'), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 3
    unknown = f"{bad}:{line(bad.read_text(), 'unti = ')}:1: figures[0].unti: unknown key; did you mean 'unit'?"
    assert unknown in result.stdout.splitlines()
    assert result.stderr.splitlines()[-1].startswith(f"tipcli: {bad}: ")


def test_key_paths_find_their_lines() -> None:
    # Line numbers read off tests/data/atlantis.toml by hand.
    assert line_of(TEXT, "schema") == 2
    assert line_of(TEXT, "report.year") == 7
    assert line_of(TEXT, "source.citations[0].text") == 20
    assert line_of(TEXT, "tier.quote") == 28
    assert line_of(TEXT, "sections[1].paragraphs[0]") == 42
    assert line_of(TEXT, "figures[1].quote") == 62
    assert line_of(TEXT, "events[0].quote") == 108
    assert line_of(TEXT, "figures[2].qualifier") == 69
    assert line_of(TEXT, "figures[0].high") == 44  # a missing key: its table's header
    assert line_of(TEXT, "nothing[9].here") is None


def test_standard_input_and_a_byte_order_mark() -> None:
    good = run("validate", "-", input=TEXT.encode("utf-8"))
    assert good.exit_code == 0 and good.stdout.startswith("standard input: valid")
    bom = run("validate", "-", input=b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert bom.exit_code == 3
    assert "standard input:1:1: starts with a byte-order mark, which TOML does not allow" in bom.stdout
