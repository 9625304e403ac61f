"""What tipcli writes never replaces what the user did not ask to replace (issue 23): `export --sqlite`
and `import -o` follow one rule (tipcli.writing), and a database and its metadata appear together."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from conftest import DATA, fails, run

NARRATIVE = """ATLANTIS (Tier 2)

Atlantis is a source and destination country for men and women subjected to forced labor and sex trafficking.

Prosecution
The government convicted nine traffickers in 2030 and investigated 14 cases of forced labor.
"""


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    shutil.copy(DATA / "atlantis.toml", folder / "atlantis-2031.toml")
    return folder


@pytest.fixture
def narrative(tmp_path: Path) -> str:
    path = tmp_path / "atlantis.txt"
    path.write_text(NARRATIVE, encoding="utf-8")
    return str(path)


def export(target: Path, *more: str) -> list[str]:
    return ["export", "--sqlite", str(target), "--report", "atlantis-2031", *more]


def test_export_never_replaces_an_existing_file_without_force(library: Path, tmp_path: Path) -> None:
    report = library / "atlantis-2031.toml"
    before = report.read_bytes()
    line = fails("export", "--sqlite", str(report), "--all")
    assert line == f"tipcli: error: {report} exists; add --force to replace it, or give another path"
    assert report.read_bytes() == before
    database = tmp_path / "tip.db"
    metadata = tmp_path / "tip.db.metadata.json"
    metadata.write_text("mine\n", encoding="utf-8")  # only the metadata exists: still refused
    assert (
        fails(*export(database)) == f"tipcli: error: {metadata} exists; add --force to replace it, or give another path"
    )
    assert not database.exists() and metadata.read_text(encoding="utf-8") == "mine\n"
    assert run(*export(database, "--force")).exit_code == 0
    assert sqlite3.connect(database).execute("SELECT id FROM reports").fetchall() == [("atlantis-2031",)]
    assert metadata.read_text(encoding="utf-8").startswith("{")


def test_export_refuses_a_missing_folder_by_name(library: Path, tmp_path: Path) -> None:
    target = tmp_path / "typo" / "tip.db"
    line = fails(*export(target))
    assert (
        line == f"tipcli: error: cannot write {target}: the folder {tmp_path / 'typo'} does not exist; create it first"
    )
    assert not (tmp_path / "typo").exists()


def test_export_replaces_nothing_but_a_regular_file_even_with_force(library: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.db"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"not yours to replace")
    link = tmp_path / "link.db"
    link.symlink_to(elsewhere)
    dangling = tmp_path / "dangling.db"
    dangling.symlink_to(tmp_path / "nowhere")
    for target, kind in (
        (fifo, "a FIFO (named pipe)"),
        (folder, "a directory"),
        (link, "a symbolic link"),
        (dangling, "a symbolic link"),
    ):
        for force in ((), ("--force",)):
            line = fails(*export(target, *force))
            assert line == f"tipcli: error: {target} is {kind}; tipcli replaces only a regular file, even with --force"
    assert fifo.is_fifo() and folder.is_dir() and link.is_symlink() and dangling.is_symlink()
    assert elsewhere.read_bytes() == b"not yours to replace" and not (tmp_path / "nowhere").exists()
    metadata_folder = tmp_path / "x.db.metadata.json"  # the metadata's path is checked the same way
    metadata_folder.mkdir()
    assert "is a directory" in fails(*export(tmp_path / "x.db", "--force"))
    assert not (tmp_path / "x.db").exists()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod of a character device needs root")
def test_export_never_replaces_a_character_device_even_as_root(library: Path, tmp_path: Path) -> None:
    import stat

    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a copy of /dev/null
    line = fails(*export(device, "--force"))
    assert line.endswith("is a character device; tipcli replaces only a regular file, even with --force")
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_a_failed_metadata_write_leaves_the_old_database_and_no_temporary_file(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipcli import publish

    database = tmp_path / "tip.db"
    assert run(*export(database)).exit_code == 0
    old_database = database.read_bytes()
    old_metadata = (tmp_path / "tip.db.metadata.json").read_bytes()

    def full_disk(target: Path, reports: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(publish, "metadata", full_disk)
    result = run("export", "--sqlite", str(database), "--all", "--force")
    assert result.exit_code == 4 and result.stdout == ""
    metadata = tmp_path / "tip.db.metadata.json"
    assert result.stderr == (f"tipcli: error: cannot write {metadata}: No space left on device; nothing was written\n")
    assert database.read_bytes() == old_database and metadata.read_bytes() == old_metadata
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports", "tip.db", "tip.db.metadata.json"]


def test_export_files_get_the_mode_of_any_new_file(library: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        assert run(*export(tmp_path / "tip.db")).exit_code == 0
    finally:
        os.umask(old)
    assert (tmp_path / "tip.db").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "tip.db.metadata.json").stat().st_mode & 0o777 == 0o644


def test_import_output_refuses_what_is_not_a_regular_file_even_with_force(narrative: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    link = tmp_path / "link.toml"
    link.symlink_to(tmp_path / "elsewhere.toml")
    for target, kind in ((fifo, "a FIFO (named pipe)"), (folder, "a directory"), (link, "a symbolic link")):
        for force in ((), ("--force",)):
            line = fails("import", narrative, "--year", "2030", "-o", str(target), *force)
            assert line == f"tipcli: error: {target} is {kind}; tipcli replaces only a regular file, even with --force"
    assert fifo.is_fifo() and folder.is_dir() and list(folder.iterdir()) == []
    assert not (tmp_path / "elsewhere.toml").exists()


def test_two_reports_that_would_share_an_id_are_a_usage_error(library: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        shutil.copy(DATA / "atlantis.toml", tmp_path / name / "x.toml")
    target = tmp_path / "tip.db"
    first, second = tmp_path / "a" / "x.toml", tmp_path / "b" / "x.toml"
    line = fails("export", "--sqlite", str(target), "--report", str(first), "--report", str(second))
    assert line == (
        f"tipcli: error: two reports would both be 'x' in the database ({first} and {second}); "
        "give one of them, or rename a file"
    )
    assert not target.exists()
    shutil.copy(DATA / "atlantis.toml", tmp_path / "mexico-2010.toml")
    own = str(tmp_path / "mexico-2010.toml")
    line = fails("export", "--sqlite", str(target), "--report", "mexico-2010", "--report", own)
    assert "both be 'mexico-2010'" in line and "the packaged report" in line
    # the same file by two names is one report
    again = run(
        "export",
        "--sqlite",
        str(target),
        "--report",
        str(first),
        "--report",
        str(tmp_path / "a" / ".." / "a" / "x.toml"),
    )
    assert again.exit_code == 0, again.stderr
    assert sqlite3.connect(target).execute("SELECT id FROM reports").fetchall() == [("x",)]


def test_import_into_a_new_folder_still_makes_the_library(
    narrative: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "new" / "reports"
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    assert run("import", narrative, "--year", "2030").exit_code == 0
    assert (folder / "atlantis-2030.toml").is_file()
