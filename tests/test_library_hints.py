"""A report id or a country misspelt, in the wrong case or cut short gets a "did you mean"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")  # made-up test data
    for year in (2030, 2031):
        (folder / f"atlantis-{year}.toml").write_text(text.replace("year = 2031", f"year = {year}"), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("atlantis", "did you mean 'atlantis-2030' or 'atlantis-2031'?"),  # the start of an id
        ("Atlantis-2031", "did you mean 'atlantis-2031'?"),  # another case
        ("atlantsi-2031", "did you mean 'atlantis-2031'"),  # a typo
        ("mexico", "did you mean 'mexico-2010'?"),  # the packaged report
    ],
)
def test_a_report_id_that_is_not_there_gets_a_did_you_mean(library: Path, typed: str, meant: str) -> None:
    result = run("--report", typed, "summary")
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"tipcli: error: {typed}: no such file, nor a report of that id in the library")
    assert meant in line


def test_validate_by_id_gets_it_too(library: Path) -> None:
    result = run("validate", "ATLANTIS-2030")
    assert result.exit_code == 3
    assert "did you mean 'atlantis-2030'?" in result.stderr


def test_an_id_like_nothing_still_points_to_reports(library: Path) -> None:
    result = run("--report", "zzzz-1900", "summary")
    assert result.exit_code == 3
    assert "did you mean" not in result.stderr and "'tipcli reports' lists them" in result.stderr


@pytest.mark.parametrize("command", [["stats"], ["timeline"], ["agencies"], ["search", "offenders"], ["tiers"]])
def test_a_misspelt_country_gets_a_did_you_mean(library: Path, command: list[str]) -> None:
    result = run(*command, "--country", "Atlnatis", "--json")
    assert result.exit_code == 1
    assert "tipcli: warning: --country 'Atlnatis': no report of the library is of that country; " in result.stderr
    assert "did you mean 'Atlantis'?" in result.stderr


def test_one_misspelt_country_among_right_ones_is_named_and_the_rest_answer(library: Path) -> None:
    result = run("stats", "--country", "atlantis", "--country", "Mexcio", "--json")
    assert result.exit_code == 0
    assert {row["report"] for row in json.loads(result.stdout)} == {"atlantis-2030", "atlantis-2031"}
    (warning,) = result.stderr.splitlines()
    assert warning.endswith("did you mean 'Mexico'?")


def test_a_toml_name_that_is_no_file_but_an_id_gets_a_did_you_mean(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("--report", "atlantis-2031.toml", "summary")
    assert result.exit_code == 3 and result.stdout == ""
    assert "atlantis-2031.toml: no such file; did you mean 'atlantis-2031'? (an id of the library)" in result.stderr


def test_reports_by_a_misspelt_country_gets_a_did_you_mean(library: Path) -> None:
    result = run("reports", "--country", "Atlnatis")
    assert result.exit_code == 1
    assert result.stderr.strip() == "tipcli: no report of 'Atlnatis' in the library; did you mean 'Atlantis'?"


def test_a_year_no_edition_falls_in_names_the_editions(library: Path) -> None:
    result = run("stats", "--year", "2099", "--json")
    assert result.exit_code == 1 and json.loads(result.stdout) == []
    assert "tipcli: warning: --year 2099: no report of the library is of that edition; its editions: 2010 to 2031" in (
        result.stderr
    )
