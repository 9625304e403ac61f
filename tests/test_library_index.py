"""The library's index is never mistaken for another (issue 23): one index a library folder, a damaged
or planted index discarded before use, a second writer that waits and says so, and files that cannot
be read left out once with their reason."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import tipcli.index
from conftest import DATA, run

TIPCLI = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"
ATLANTIS = (DATA / "atlantis.toml").read_text(encoding="utf-8")
LAST = "in Ciudad Azúl."  # the end of the lead's first paragraph: a sentence added after it moves no offset


def tarvos(folder: Path, sentence: str) -> None:
    """Write a made-up report `tarvos-2018` into `folder`, its first paragraph ending in `sentence`."""
    folder.mkdir(parents=True, exist_ok=True)
    text = ATLANTIS.replace(LAST, f"{LAST} {sentence}", 1)
    assert text != ATLANTIS
    (folder / "tarvos-2018.toml").write_text(text, encoding="utf-8")


NORTH = "Alphamark North keeps its own shelter records."
SOUTH = "Alphamark South closed its shelter in winter."


@pytest.fixture
def libraries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    north, south = tmp_path / "north", tmp_path / "south"
    tarvos(north, NORTH)
    tarvos(south, SOUTH)
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "cache"))
    return north, south


def found(library: Path, word: str = "Alphamark") -> list[str]:
    result = run("search", word, "--all", "--json", env={"TIPCLI_LIBRARY": str(library)})
    assert result.exit_code == 0, result.stderr
    return [hit["text"] for hit in json.loads(result.stdout)["hits"]]


def count_indexing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the reports indexed from now on."""
    indexed: list[str] = []
    real = tipcli.index._index

    def counting(db: sqlite3.Connection, report_id: str, *args: object) -> None:
        indexed.append(report_id)
        real(db, report_id, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(tipcli.index, "_index", counting)
    return indexed


def index_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("library-*.sqlite3"))


def test_two_libraries_never_answer_with_each_others_text(libraries: tuple[Path, Path]) -> None:
    north, south = libraries
    for _ in range(2):
        assert found(north) == [NORTH]
        assert found(south) == [SOUTH]


def test_switching_back_re_indexes_nothing_and_drops_nothing(
    libraries: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    north, south = libraries
    assert found(north) == [NORTH] and found(south) == [SOUTH]
    indexed = count_indexing(monkeypatch)
    assert found(north) == [NORTH] and found(south) == [SOUTH] and found(north) == [NORTH]
    assert indexed == []  # each library's index kept its rows: nothing indexed again


def test_another_library_indexed_between_a_sync_and_the_search_changes_nothing(
    libraries: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    north, south = libraries
    real = tipcli.index.sync

    def other_process_meanwhile(*args: object, **kwargs: object) -> None:
        real(*args, **kwargs)  # type: ignore[arg-type]
        env = {**os.environ, "TIPCLI_LIBRARY": str(south), "TIPCLI_CACHE_DIR": str(tmp_path / "cache")}
        subprocess.run([TIPCLI, "reports", "--json"], env=env, capture_output=True, check=True, timeout=60)

    monkeypatch.setattr(tipcli.index, "sync", other_process_meanwhile)
    assert found(north) == [NORTH]


def test_concurrent_answers_from_two_libraries_sharing_a_cache(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, south = libraries
    processes = []
    for n in range(16):
        library, expected = (north, NORTH) if n % 2 else (south, SOUTH)
        env = {**os.environ, "TIPCLI_LIBRARY": str(library), "TIPCLI_CACHE_DIR": str(tmp_path / "cache")}
        command = [TIPCLI, "search", "Alphamark", "--all", "--json"]
        processes.append((subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE), expected))
    for process, expected in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert [hit["text"] for hit in json.loads(out)["hits"]] == [expected]
    assert len(index_files(tmp_path)) == 2  # one a library


def in_process_of_its_own(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run tipcli in a new process, as every answer is (SQLite shares open files within a process)."""
    env = {**os.environ, "TIPCLI_LIBRARY": str(library)}
    return subprocess.run([TIPCLI, *args], env=env, capture_output=True, text=True, timeout=60)


def checkpointed(path: Path) -> None:
    """Move what the index's WAL holds into its file (tipcli ends without closing it)."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_a_damaged_index_is_discarded_and_built_again(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    checkpointed(path)
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 2 * page
    data[page:] = b"\xa5" * (len(data) - page)  # every page but the first (the schema) is garbage
    path.write_bytes(bytes(data))
    result = in_process_of_its_own(north, "search", "Alphamark", "--all", "--json")
    assert result.returncode == 0, result.stderr
    assert [hit["text"] for hit in json.loads(result.stdout)["hits"]] == [NORTH]
    assert "tipcli: warning: the library's index" in result.stderr and "discarded" in result.stderr
    assert found(north) == [NORTH]


def test_an_index_that_is_not_a_database_is_discarded(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"this is not a database at all" * 200)
    result = in_process_of_its_own(north, "reports", "--json")
    assert result.returncode == 0 and "discarded" in result.stderr
    assert {row["id"] for row in json.loads(result.stdout)} == {"mexico-2010", "tarvos-2018"}


def plant(path: Path, extra: str) -> None:
    """Replace the index at `path` with a database of the same tables plus `extra` SQL."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(tipcli.index.TABLES + extra)
    db.commit()
    db.close()


def test_a_planted_trigger_never_runs(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    plant(
        path,
        """
        CREATE TABLE evidence (what TEXT);
        CREATE TRIGGER planted_insert AFTER INSERT ON reports BEGIN INSERT INTO evidence VALUES ('insert'); END;
        CREATE TRIGGER planted_delete AFTER DELETE ON reports BEGIN INSERT INTO evidence VALUES ('delete'); END;
        CREATE VIEW listing AS SELECT 'planted' AS id;
        """,
    )
    result = in_process_of_its_own(north, "search", "Alphamark", "--all", "--json")
    assert result.returncode == 0, result.stderr
    assert [hit["text"] for hit in json.loads(result.stdout)["hits"]] == [NORTH]
    assert "has tables other than tipcli's; it was discarded" in result.stderr
    db = sqlite3.connect(path)
    names = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert "evidence" not in names and "planted_insert" not in names and "listing" not in names


def test_an_index_of_another_schema_is_discarded(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE reports (id TEXT PRIMARY KEY, identity TEXT NOT NULL);"
        "CREATE VIRTUAL TABLE sentences USING fts5(text, report UNINDEXED);"
    )
    db.close()
    result = in_process_of_its_own(north, "reports", "--json")
    assert result.returncode == 0, result.stderr
    assert "discarded" in result.stderr and "no such column" not in result.stderr
    assert found(north) == [NORTH]


def test_a_second_writer_waits_and_says_so(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    shutil.copy(DATA / "atlantis.toml", north / "atlantis-2031.toml")  # something to index
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another process indexing: it holds the write lock
    threading.Timer(2.0, lambda: holder.execute("COMMIT")).start()
    env = {**os.environ, "TIPCLI_LIBRARY": str(north), "TIPCLI_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([TIPCLI, "reports", "--json"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "another tipcli is indexing the library; waiting" in done.stderr
    assert {row["id"] for row in json.loads(done.stdout)} == {"mexico-2010", "tarvos-2018", "atlantis-2031"}


def test_a_reader_does_not_wait_for_a_writer(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        env = {**os.environ, "TIPCLI_LIBRARY": str(north), "TIPCLI_CACHE_DIR": str(tmp_path / "cache")}
        done = subprocess.run(
            [TIPCLI, "search", "Alphamark", "--all", "--json"], env=env, capture_output=True, timeout=20
        )
        assert done.returncode == 0 and done.stderr == b""
    finally:
        holder.execute("ROLLBACK")


def test_files_that_cannot_be_read_are_left_out_once_with_their_reason(
    libraries: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    north, _ = libraries
    os.mkfifo(north / "pipe.toml")
    (north / "folder.toml").mkdir()
    (north / "dangling.toml").symlink_to(north / "nowhere.toml")
    result = run("search", "Alphamark", "--all", "--json", env={"TIPCLI_LIBRARY": str(north)})
    assert result.exit_code == 0
    warnings = result.stderr.splitlines()
    assert all(line.startswith("tipcli: warning: left out ") for line in warnings)
    assert sorted(line.split("left out ")[1].split(":")[0] for line in warnings) == ["dangling", "folder", "pipe"]
    assert "changed while being read" not in result.stderr
    indexed = count_indexing(monkeypatch)
    again = run("search", "Alphamark", "--all", "--json", env={"TIPCLI_LIBRARY": str(north)})
    assert again.exit_code == 0 and again.stderr == result.stderr
    assert indexed == []  # nothing counted as changed: no write lock taken, nothing read again
    rows = {row["id"]: row for row in json.loads(run("reports", "--json", env={"TIPCLI_LIBRARY": str(north)}).stdout)}
    assert all(rows[name]["problem"] and rows[name]["country"] is None for name in ("dangling", "folder", "pipe"))


def test_an_index_path_taken_by_a_folder_is_answered_without_an_index_file(
    libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    north, _ = libraries
    assert found(north) == [NORTH]
    (path,) = index_files(tmp_path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.mkdir()
    (path / "keep").write_text("not tipcli's\n", encoding="utf-8")
    result = in_process_of_its_own(north, "search", "Alphamark", "--all", "--json")
    assert result.returncode == 0, result.stderr
    assert [hit["text"] for hit in json.loads(result.stdout)["hits"]] == [NORTH]
    assert (path / "keep").read_text(encoding="utf-8") == "not tipcli's\n"


def test_search_across_reports_without_a_cache(libraries: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a cache the index is in memory, one a library for the whole answer (it was one for
    choosing the reports and another, empty, for searching them: nothing was ever found)."""
    north, south = libraries
    monkeypatch.setenv("TIPCLI_NO_CACHE", "1")
    assert found(north) == [NORTH]
    assert found(south) == [SOUTH]
    assert found(north) == [NORTH]


def test_the_index_of_an_earlier_version_is_removed(libraries: tuple[Path, Path], tmp_path: Path) -> None:
    north, _ = libraries
    (tmp_path / "cache").mkdir(mode=0o700)
    old = tmp_path / "cache" / "library-5.sqlite3"
    old.write_bytes(b"an index of tipcli 0.x, one for every library")
    assert found(north) == [NORTH]
    assert not old.exists() and len(index_files(tmp_path)) == 1


def test_an_index_of_another_layout_is_removed_and_another_librarys_kept(
    libraries: tuple[Path, Path], tmp_path: Path
) -> None:
    """The file's name holds a checksum of the tables' layout (issue 22) and the library's identity
    (issue 23): a new layout removes this library's old file, never another library's."""
    north, south = libraries
    assert found(south) == [SOUTH]
    (theirs,) = index_files(tmp_path)
    st = os.stat(north)
    mine = tmp_path / "cache" / f"library-{tipcli.index.VERSION}-00000000-{st.st_dev}-{st.st_ino}.sqlite3"
    mine.write_bytes(b"an index of this library, of an earlier layout")
    assert found(north) == [NORTH]
    assert not mine.exists() and theirs.exists() and len(index_files(tmp_path)) == 2
