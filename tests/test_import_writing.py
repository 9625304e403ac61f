"""`tipcli import` writing its file: modes, failures, names, and what it prints where."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from conftest import run
from test_import import NARRATIVE


@pytest.fixture
def narrative(tmp_path: Path) -> str:
    path = tmp_path / "atlantis.txt"
    path.write_text(NARRATIVE, encoding="utf-8")
    return str(path)


def test_a_written_report_has_the_mode_of_any_new_file(library: Path, narrative: str) -> None:
    old = os.umask(0o022)
    try:
        assert run("import", narrative, "--year", "2023").exit_code == 0
        assert stat.S_IMODE((library / "atlantis-2023.toml").stat().st_mode) == 0o644
        os.umask(0o027)
        assert run("import", narrative, "--year", "2023", "--force").exit_code == 0
        assert stat.S_IMODE((library / "atlantis-2023.toml").stat().st_mode) == 0o640
    finally:
        os.umask(old)


def test_a_full_disk_leaves_nothing_behind_and_exits_4(
    library: Path, narrative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    library.mkdir()

    def full(fd: int) -> None:  # a full disk shows when the data is flushed to it
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run("import", narrative, "--year", "2023")
    assert result.exit_code == 4 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("tipcli: error: cannot write ") and "No space left on device" in line
    assert list(library.iterdir()) == []  # no .import-* temporary file, no report


def test_a_folder_that_cannot_be_made_exits_4(tmp_path: Path, narrative: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    result = run("import", narrative, "--year", "2023", "-o", str(blocker / "sub" / "x.toml"))
    assert result.exit_code == 4 and result.stdout == ""
    assert result.stderr.startswith("tipcli: error: cannot write ")


def test_json_with_the_report_on_stdout_is_a_usage_error(library: Path, narrative: str) -> None:
    result = run("import", narrative, "--year", "2023", "-o", "-", "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == (
        "tipcli: error: --json prints the summary on stdout, which -o - already holds the report on; use -o PATH"
    )
    assert not library.exists()


def test_the_file_name_keeps_the_letters_of_an_accented_country(library: Path, tmp_path: Path) -> None:
    headless = tmp_path / "headless.txt"
    headless.write_text(NARRATIVE.split("\n", 2)[2], encoding="utf-8")  # no "ATLANTIS (Tier ...)" line
    result = run("import", str(headless), "--year", "2021", "--country", "Côte d’Ivoire", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "cote-d-ivoire-2021"
    assert (library / "cote-d-ivoire-2021.toml").is_file()
    assert run("--report", "cote-d-ivoire-2021", "summary", "--json").exit_code == 0


def test_help_names_every_place_the_library_can_be() -> None:
    help_text = " ".join(run("import", "--help").stdout.split())
    assert "$TIPCLI_LIBRARY, else $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports" in help_text


def test_importing_over_the_packaged_id_needs_force_then_replaces_it_in_every_answer(library: Path) -> None:
    from conftest import SEED

    refused = run("import", str(SEED))
    assert refused.exit_code == 2 and refused.stdout == ""
    mine = library / "mexico-2010.toml"
    assert refused.stderr == (
        f"tipcli: error: mexico-2010 is the packaged report's id: {mine} would replace the packaged report in "
        "every answer; add --force to replace it, or -o another path\n"
    )
    assert not mine.exists()
    library.mkdir(exist_ok=True)
    assert "the packaged report's id" in run("import", str(SEED), "-o", str(mine)).stderr  # the same place by -o
    assert not mine.exists()
    result = run("import", str(SEED), "--force")
    assert result.exit_code == 0, result.stderr
    assert mine.is_file() and "it replaces the packaged report in every answer" in result.stderr
    listed = run("reports", "--json")
    (row,) = [r for r in json.loads(listed.stdout) if r["id"] == "mexico-2010"]
    assert row["file"] == str(mine) and row["replaces_packaged"] is True
    table = " ".join(run("reports").stdout.split())  # wrapped at the terminal's width
    assert f"mexico-2010: {mine} replaces the packaged report" in table
    # one id, one report: by id, without --report, across reports and by country, the imported file
    for args in (("--report", "mexico-2010", "stats"), ("stats",)):
        figures = json.loads(run(*args, "--json").stdout)
        assert figures and all(f.get("drafted") for f in figures), args
    for args in (("stats", "--all"), ("stats", "--country", "mexico")):
        rows = json.loads(run(*args, "--json").stdout)
        assert rows and all(r["report"] == "mexico-2010" and r.get("drafted") for r in rows), args
    summary = json.loads(run("summary", "--json").stdout)
    assert (summary["file"], summary["replaces_packaged"]) == (str(mine), True)
    assert "Read from: " in run("summary").stdout and "which replaces the packaged report" in run("summary").stdout
    mine.unlink()  # the packaged report is back
    summary = json.loads(run("summary", "--json").stdout)
    assert (summary["file"], summary["replaces_packaged"]) == (None, False)
    assert not any(f.get("drafted") for f in json.loads(run("stats", "--json").stdout))


def test_a_broken_replacement_of_the_packaged_report_says_what_it_is(library: Path) -> None:
    from conftest import one_line_error

    library.mkdir()
    (library / "mexico-2010.toml").write_text("schema = 1\n[report\n", encoding="utf-8")
    line = one_line_error(run("summary"), 3)
    assert str(library / "mexico-2010.toml") in line
    assert line.endswith("it replaces the packaged report: fix it, or delete it to have the packaged one back")
