"""Answers across reports come from the library's index: the same rows as each report's own answer."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, run
from tipcli import output

ACROSS = ("report", "country", "year")


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(DATA / "atlantis.toml", folder / "atlantis-2031.toml")
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    return folder


def _answer(*args: str) -> Any:
    result = run(*args)
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def _own(rows: list[dict[str, Any]], report: str) -> list[dict[str, Any]]:
    """Return the rows of one report, without the three columns an answer across reports adds."""
    return [{k: v for k, v in row.items() if k not in ACROSS} for row in rows if row["report"] == report]


@pytest.mark.parametrize(
    "question",
    [
        ["stats"],
        ["stats", "--match", "shelters"],
        ["stats", "--match", '"federal government" OR victims'],
        ["stats", "--section", "prot"],
        ["stats", "--kind", "count", "--sort", "value"],
        ["stats", "--sort", "value", "--reverse"],
        ["stats", "--indicator", "convictions"],
        ["stats", "--indicator", "none"],
        ["agencies"],
        ["agencies", "--level", "federal"],
        ["timeline"],
    ],
)
@pytest.mark.parametrize("report", ["mexico-2010", "atlantis-2031"])
def test_a_report_answers_across_reports_as_it_answers_alone(library: Path, question: list[str], report: str) -> None:
    across = _answer(*question, "--all", "--json")
    result = run("--report", report, *question, "--json")
    if result.exit_code == 2:  # a section the report lacks: alone an error, across reports no row of it
        assert "no section" in result.stderr and _own(across, report) == []
        return
    alone = json.loads(result.stdout)
    assert _own(across, report) == alone
    assert {row["report"] for row in across} <= {"mexico-2010", "atlantis-2031"}
    if alone:
        row = next(r for r in across if r["report"] == report)
        assert list(row)[:3] == list(ACROSS) and row["country"] == ("Mexico" if report == "mexico-2010" else "Atlantis")


def test_across_reports_comes_in_report_order_and_sorts_as_one_list(library: Path) -> None:
    rows = _answer("stats", "--all", "--json")
    reports = [row["report"] for row in rows]
    assert reports == sorted(reports, key=lambda r: r != "mexico-2010")  # the packaged report first, then by id
    by_value = _answer("stats", "--all", "--sort", "value", "--json")
    values = [row["value"] for row in by_value]
    assert values == sorted(values) and len(by_value) == len(rows)
    assert _answer("stats", "--all", "--sort", "value", "--reverse", "--json") == by_value[::-1]
    events = _answer("timeline", "--all", "--json")
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


@pytest.mark.parametrize("scope", [[], ["--all"], ["--country", "mexico"]])
def test_match_finds_the_same_figures_for_every_form_of_a_word(library: Path, scope: list[str]) -> None:
    found = {
        word: [(row.get("report"), row["id"]) for row in _answer("stats", "--match", word, *scope, "--json")]
        for word in ("convictions", "convicted", "convict*", "CONVICTION")
    }
    assert found["convictions"]  # the packaged report counts convictions
    assert found["convicted"] == found["convictions"] == found["convict*"] == found["CONVICTION"]


def test_match_ignores_accents_both_ways(library: Path) -> None:
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    assert "shelters" in text
    (library / "atlantis-2032.toml").write_text(
        text.replace("year = 2031", "year = 2032").replace("shelters", "sheltérs"), encoding="utf-8"
    )
    plain = _answer("stats", "--match", "shelters", "--year", "2032", "--json")
    accented = _answer("stats", "--match", "sheltérs", "--year", "2031..2032", "--json")
    assert plain and {row["report"] for row in accented} == {"atlantis-2031", "atlantis-2032"}


def test_a_match_that_is_no_query_is_a_usage_error_with_nothing_on_stdout(library: Path) -> None:
    for scope in ([], ["--all"]):
        result = run("stats", "--match", "AND", *scope, "--json")
        assert result.exit_code == 2 and result.stdout == "" and "AND" in result.stderr


def test_a_section_a_report_lacks_leaves_that_report_out(library: Path) -> None:
    rows = _answer("stats", "--all", "--section", "protection", "--json")
    assert {row["section"] for row in rows} == {"protection"}
    sections = {row["report"] for row in _answer("stats", "--all", "--json") if row["section"] == "protection"}
    assert {row["report"] for row in rows} == sections
    nothing = run("stats", "--all", "--section", "nowhere", "--json")
    assert nothing.exit_code == 1 and json.loads(nothing.stdout) == []


def test_csv_across_reports_is_each_reports_csv_with_three_columns_first(library: Path) -> None:
    alone = run("stats", "--csv").stdout.splitlines()
    across = run("stats", "--all", "--csv").stdout.splitlines()
    assert across[0] == "report,country,year," + alone[0]
    assert [line.removeprefix("mexico-2010,Mexico,2010,") for line in across if line.startswith("mexico")] == alone[1:]


def test_a_table_across_reports_names_each_rows_report(library: Path) -> None:
    table = run("agencies", "--all").stdout
    assert "atlantis-2031" in table and "mexico-2010" in table and "FEVIMTRA" in table


def test_an_edited_report_answers_anew(library: Path) -> None:
    before = _answer("stats", "--country", "atlantis", "--json")
    path = library / "atlantis-2031.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("year = 2031", "year = 2035"), encoding="utf-8")
    after = _answer("stats", "--country", "atlantis", "--json")
    assert [row["year"] for row in after] == [2035] * len(before) and len(before) > 0


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [{"a": 1, "b": [1, 2], "c": {"d": None, "e": "é\n"}}],
        [{"a": "x\ny “q” \u2028 é\t", "n": True, "x": None, "y": 1e20, "z": -0.0}, {"a": ["p", "q"], "n": 3}],
        [{"n": i, "x": 0.5} for i in range(5000)],
    ],
)
def test_a_streamed_answer_is_the_text_of_the_whole_answer(rows: list[dict[str, Any]], monkeypatch: Any) -> None:
    def written(write: Any) -> str:
        buffer = io.BytesIO()
        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(buffer, encoding="utf-8"))
        write()
        sys.stdout.flush()
        return buffer.getvalue().decode("utf-8")

    for fmt in ("json", "csv", "excel"):
        whole = written(lambda: output.emit(fmt, rows, lambda render: [], columns=("a", "n", "x")))  # noqa: B023
        streamed = written(
            lambda: output.stream(fmt, iter(rows), lambda row: row, lambda render, items: [], columns=("a", "n", "x"))  # noqa: B023
        )
        assert streamed == whole, fmt


def test_a_figures_written_form_is_kept_across_reports_in_tables_too(library: Path) -> None:
    """The table for people draws a figure across reports from its index row: the text's own form
    of the number (`written`, "two") must survive, as it does in one report's answer."""
    file = library / "atlantis-2031.toml"
    text = file.read_text(encoding="utf-8")
    edited = text.replace('id = "shelters"\n', 'id = "shelters"\nwritten = "two"\n', 1)
    assert edited != text
    file.write_text(edited, encoding="utf-8")
    alone = run("--report", str(file), "stats", "--match", "shelters")
    across = run("stats", "--country", "Atlantis", "--match", "shelters")
    assert alone.exit_code == 0 and across.exit_code == 0, across.stderr
    assert "two shelters" in alone.stdout and "two shelters" in across.stdout
    assert "2 shelters" not in across.stdout
