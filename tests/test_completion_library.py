"""--report, --country and --year complete from the library (real processes, as a shell asks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA
from test_cli_pipes import TIPCLI, complete, run

pytestmark = pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed (pip install .)")


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")  # made-up test data
    for year in (2029, 2031):
        (folder / f"atlantis-{year}.toml").write_text(text.replace("year = 2031", f"year = {year}"), encoding="utf-8")
    lemuria = text.replace('country = "Atlantis"', 'country = "Lemuria"').replace("year = 2031", "year = 2030")
    (folder / "lemuria-2030.toml").write_text(lemuria, encoding="utf-8")
    return folder


def test_report_completes_library_ids_in_any_case(library: Path) -> None:
    assert complete("tipcli --report ") == ["mexico-2010", "atlantis-2029", "atlantis-2031", "lemuria-2030"]
    assert complete("tipcli --report AT") == ["atlantis-2029", "atlantis-2031"]
    assert complete("tipcli --report lem") == ["lemuria-2030"]


def test_report_leaves_a_path_to_the_shell(library: Path) -> None:
    assert complete("tipcli --report ./") == []  # bash's -o default completes file names
    assert complete("tipcli --report ~/rep") == []
    assert complete("tipcli --report ./", "zsh") == ["_files"]


def test_country_and_year_complete_from_the_index(library: Path) -> None:
    assert run(["reports"]).returncode == 0  # the first question across reports indexes the library
    assert complete("tipcli stats --country ") == ["Atlantis", "Lemuria", "Mexico"]
    assert complete("tipcli timeline --country le") == ["Lemuria"]
    assert complete("tipcli tiers --country a") == ["Atlantis"]
    assert complete("tipcli search word --year ") == ["2010", "2029", "2030", "2031"]
    assert complete("tipcli agencies --year 203") == ["2030", "2031"]
    assert complete("tipcli stats --year 2029..") == ["2029..2029", "2029..2030", "2029..2031"]


def test_years_complete_from_file_names_before_anything_is_indexed(library: Path) -> None:
    assert complete("tipcli stats --year 20") == ["2010", "2029", "2030", "2031"]  # mexico-2010 too
    assert complete("tipcli stats --country ") == []  # countries are the index's; a TAB never indexes


def test_validate_completes_library_ids(library: Path) -> None:
    assert complete("tipcli validate lem") == ["lemuria-2030"]
