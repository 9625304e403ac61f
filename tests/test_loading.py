"""The loader: every invalid report fails with its message; good reports load, also from the wheel."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

import tipcli
from conftest import DATA, TESTS
from tipcli.errors import ReportError
from tipcli.loading import load_report, parse_report

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
