"""The loader: invalid, hostile and unreadable files fail with their message; good reports load, also from the wheel."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipcli
from conftest import ATLANTIS, DATA, TESTS, one_line_error, run
from tipcli.errors import ReportError
from tipcli.loading import build_report, load_report, parse_report
from tipcli.model import Report

INVALID = sorted((DATA / "invalid").glob("*.toml"))


def expected_message(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# expect: (.+)", first)
    assert match, f"{path.name} must start with '# expect: <message>'"
    return match[1]


def test_there_are_invalid_cases() -> None:
    assert len(INVALID) >= 15


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_report_fails_with_its_message(path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert expected_message(path) in str(caught.value)
    assert str(path) in str(caught.value)


def test_valid_minimal_report_loads() -> None:
    report = load_report(DATA / "valid-minimal.toml")
    assert [s.id for s in report.sections] == ["main"]
    assert report.figures[0].value == 5
    assert report.agencies[0].mentions[0].section == "main"
    assert report.tier is None


def test_syntax_error_names_file_line_and_column() -> None:
    with pytest.raises(ReportError) as caught:
        parse_report('schema = 1\n[report]\ntitle = "x\n', source="mine.toml")
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == ("mine.toml", 3)
    assert problem.column is not None and problem.column > 1
    assert str(caught.value).startswith("mine.toml:3:")


def test_every_problem_is_listed_not_only_the_first() -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    text = (
        text.replace("year = 2031", 'year = "2031"')
        .replace('quote = "5 cases"', 'quote = "6 cases"')
        .replace('unit = "cases"\n', "")
    )
    with pytest.raises(ReportError) as caught:
        parse_report(text, source="t.toml")
    paths = [p.path for p in caught.value.problems]
    assert paths == ["report.year", "figures[0].unit", "figures[0].quote"]  # schema problems, then references
    assert "(and 2 more problems)" in str(caught.value)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.toml", "no such file"),
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: _write(tmp / "latin1.toml", "title = 'Canc\xfan'".encode("latin-1")), "not UTF-8 text"),
        (lambda tmp: _write(tmp / "binary.toml", bytes(range(256))), "not UTF-8 text"),
        (lambda tmp: _write(tmp / "nul.toml", b"schema = 1\x00"), "NUL"),
        (lambda tmp: _write(tmp / "empty.toml", b""), "schema: missing"),
    ],
    ids=["missing", "directory", "latin-1", "binary", "nul", "empty"],
)
def test_unreadable_files(tmp_path: Path, make: object, message: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert message in str(caught.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


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


def test_a_file_without_read_permission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.toml"
    path.write_text("schema = 1\n", encoding="utf-8")

    real_open = os.open

    def denied(file: object, flags: int, *args: object) -> int:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)  # type: ignore[arg-type]

    # Root reads any file, so the permission check is simulated where the loader opens it.
    monkeypatch.setattr(os, "open", denied)
    line = one_line_error(run("--report", str(path), "summary"), 3)
    assert line == f"tipcli: error: {path}: permission denied"


def test_packaged_report_is_cached() -> None:
    assert load_report() is load_report()


def test_packaged_report_ships_inside_the_installed_package() -> None:
    package_dir = Path(tipcli.__file__).parent
    source_tree = TESTS.parent / "src" / "tipcli"
    if package_dir.resolve() == source_tree.resolve():
        pytest.skip("tipcli is imported from the source tree (editable install); CI installs the wheel")
    assert "site-packages" in str(package_dir) or sys.prefix in str(package_dir)
    data = resources.files("tipcli").joinpath("data", "report.toml")
    assert data.is_file()
    assert load_report().country == "Mexico"


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


def test_every_figure_quote_is_where_it_says(report: Report) -> None:
    for figure in report.figures:
        assert figure.quote in report.paragraph(figure.section, figure.paragraph).text
    atlantis = load_report(ATLANTIS)
    for figure in atlantis.figures:
        assert figure.quote in atlantis.paragraph(figure.section, figure.paragraph).text
