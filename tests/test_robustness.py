"""Other reports, hostile input, exit codes, and properties that hold for any input."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import tipcli.queries
from conftest import DATA
from tipcli.app import app
from tipcli.errors import ReportError, UsageError
from tipcli.loading import build_report, load_report, parse_report
from tipcli.model import Report
from tipcli.search import search

runner = CliRunner()
ATLANTIS = str(DATA / "atlantis.toml")  # made-up test data


def run(*args: str, **kwargs: Any) -> Any:
    return runner.invoke(app, list(args), **kwargs)


def one_line_error(result: Any, code: int) -> str:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return str(result.stderr.strip())


# -- another report in the same schema ------------------------------------------------------------


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


def test_data_text_is_printed_literally_not_as_markup() -> None:
    result = run("--report", ATLANTIS, "section", "lead", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "ran [bold]two[/bold] shelters for 12 people :smile:" in result.stdout


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
        f"{bad}:{quote}:1: figures[0].quote: not found in main paragraph 1",
    ]
    assert result.stderr.splitlines() == [f"tipcli: {bad}: 2 problems"]
    doc = json.loads(run("validate", str(bad), "--json").stdout)
    assert doc["valid"] is False
    assert [p["path"] for p in doc["problems"]] == ["report.year", "figures[0].quote"]


def test_validate_syntax_error_has_line_and_column() -> None:
    result = run("validate", str(DATA / "invalid" / "syntax-error.toml"))
    assert result.exit_code == 3
    assert f"{DATA / 'invalid' / 'syntax-error.toml'}:7:11: invalid TOML" in result.stdout


def test_a_bad_report_fails_every_command_with_exit_3() -> None:
    bad = str(DATA / "invalid" / "missing-sections.toml")
    for command in (["summary"], ["section"], ["stats"], ["search", "x"], ["agencies"]):
        line = one_line_error(run("--report", bad, *command), 3)
        assert line.startswith(f"tipcli: error: {bad}: sections: missing (and 3 more problems)")
        assert f"'tipcli validate {bad}' lists them all" in line


# -- hostile files ----------------------------------------------------------------------------------


def _files(tmp: Path) -> dict[str, tuple[Path, str]]:
    latin = tmp / "latin1.toml"
    latin.write_bytes("title = 'Canc\xfan'\n".encode("latin-1"))
    binary = tmp / "random.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp / "empty.toml"
    empty.write_bytes(b"")
    huge = tmp / "huge.toml"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    types = tmp / "types.toml"
    types.write_text('schema = "1"\nreport = 3\nsource = []\nsections = {}\nfigures = "none"\n', encoding="utf-8")
    return {
        "missing": (tmp / "nope.toml", "no such file"),
        "directory": (tmp, "is a directory"),
        "latin-1": (latin, "not UTF-8 text"),
        "binary": (binary, "not UTF-8 text"),
        "empty": (empty, "schema: missing"),
        "50 MB": (huge, "a report file may be at most"),
        "wrong types": (types, "schema: expected an integer, got a string"),
        "duplicate ids": (DATA / "invalid" / "duplicate-id.toml", "duplicate figure id 'cases'"),
        "bad quote": (DATA / "invalid" / "quote-not-found.toml", "figures[0].quote: not found in main paragraph 1"),
    }


@pytest.mark.parametrize(
    "case", ["missing", "directory", "latin-1", "binary", "empty", "50 MB", "wrong types", "duplicate ids", "bad quote"]
)
def test_hostile_report_files(tmp_path: Path, case: str) -> None:
    path, message = _files(tmp_path)[case]
    line = one_line_error(run("--report", str(path), "summary"), 3)
    assert message in line


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n", encoding="utf-8")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # Root reads any file, so the permission check is simulated where the loader reads.
    monkeypatch.setattr(Path, "read_bytes", denied)
    line = one_line_error(run("--report", str(path), "summary"), 3)
    assert line == f"tipcli: error: {path}: permission denied"


# -- hostile queries and names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "AND AND OR NOT",
        '"""',
        "((((",
        "]]]]",
        "\x00\x00",
        "🙂🙂",
        "مرحبا",
        "a" * 5000,
        "word " * 1000,
        "NEAR(",
        "{col}: x",
    ],
    ids=[
        "operators",
        "quotes",
        "brackets",
        "closers",
        "nul",
        "emoji",
        "rtl",
        "5000-chars",
        "1000-words",
        "near",
        "column",
    ],
)
def test_hostile_queries_get_an_answer_or_one_clear_message(query: str) -> None:
    result = run("search", query)
    assert result.exit_code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == (result.exit_code != 0)


def test_long_query_is_refused_clearly() -> None:
    line = one_line_error(run("search", "word " * 1000), 2)
    assert line == "tipcli: error: the query has 1000 words; at most 64 are searched at once"


# -- internal errors ---------------------------------------------------------------------------------


def test_internal_error_is_one_line_with_a_debug_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(tipcli.queries, "figures", broken)
    line = one_line_error(run("stats"), 4)
    assert line == "tipcli: error: internal error: RuntimeError: simulated bug; rerun with --debug to see the traceback"
    result = run("--debug", "stats")
    assert isinstance(result.exception, RuntimeError)


# -- properties ----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_loader_raises_only_its_own_error(text: str) -> None:
    with contextlib.suppress(ReportError):
        parse_report(text, source="fuzz.toml")


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["schema", "report", "source", "sections", "figures", "agencies", "events"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
            max_leaves=8,
        ),
    )
)
def test_builder_raises_only_its_own_error_for_any_structure(doc: dict[str, Any]) -> None:
    with contextlib.suppress(ReportError):
        build_report({k: v for k, v in doc.items() if v is not None}, source="fuzz.toml")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_search_raises_nothing_but_usage_errors(report: Report, query: str) -> None:
    try:
        result = search(report, query)
    except UsageError:
        return
    for hit in result.hits:
        for start, end in hit.matches:
            assert 0 <= start < end <= len(hit.sentence.text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_every_json_answer_parses(query: str) -> None:
    for args in (["search", query, "--json"], ["stats", "--match", query, "--json"], ["agencies", "--json"]):
        result = run(*args)
        if result.exit_code in (0, 1):
            json.loads(result.stdout)
        else:
            assert result.exit_code == 2 and result.stdout == ""


def test_every_figure_quote_is_where_it_says(report: Report) -> None:
    for figure in report.figures:
        assert figure.quote in report.paragraph(figure.section, figure.paragraph).text
    atlantis = load_report(ATLANTIS)
    for figure in atlantis.figures:
        assert figure.quote in atlantis.paragraph(figure.section, figure.paragraph).text


def test_an_id_wins_over_a_title_that_other_sections_share() -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    second = '[[sections]]\nid = "main-2"\ntitle = "Main"\nparagraphs = ["More."]\n\n[[figures]]'
    report = parse_report(text.replace("[[figures]]", second, 1), source="two.toml")
    assert tipcli.queries.find_section(report, "main").id == "main"
    assert tipcli.queries.find_section(report, "MAIN-2").id == "main-2"
    with pytest.raises(UsageError, match="ambiguous: main or main-2"):
        tipcli.queries.find_section(report, "mai")


def test_a_python_without_fts5_gets_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import tipcli.search

    class NoFts5:
        def execute(self, sql: str, *args: object) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

    monkeypatch.setattr(tipcli.search.sqlite3, "connect", lambda *args: NoFts5())
    line = one_line_error(run("search", "shelter"), 4)
    assert line.startswith("tipcli: error: search needs SQLite with FTS5")
