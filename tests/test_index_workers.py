"""A first index read in worker processes (tipcli.workers) is the index read one report at a time:
the same rows under the same keys, the same problems, the same answers and warnings."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

import tipcli.index
import tipcli.workers
from conftest import DATA, run
from tipcli import index, library

ATLANTIS = (DATA / "atlantis.toml").read_text(encoding="utf-8")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")


def make_library(folder: Path) -> None:
    """Write made-up reports of three countries and several years, a broken one and one that is no file."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(9):
        country, year = ("Atlantis", "Borealia", "Caldera")[n % 3], 2020 + n
        text = ATLANTIS.replace('country = "Atlantis"', f'country = "{country}"').replace(
            "year = 2031", f"year = {year}"
        )
        assert text != ATLANTIS
        (folder / f"{country.lower()}-{year}.toml").write_text(text, encoding="utf-8")
    (folder / "broken-2019.toml").write_text("schema = 1\n[report\n", encoding="utf-8")
    (folder / "folder-2018.toml").mkdir()


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    make_library(folder)
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    monkeypatch.setattr(tipcli.workers, "AT_LEAST", 4)  # so that a small library is read by workers
    return folder


def read_here(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the reports this process reads itself (those a worker read are not)."""
    here: list[str] = []
    real = tipcli.index._prepare

    def counting(job: tuple[str, str | None]) -> Any:
        here.append(job[0])
        return real(job)

    monkeypatch.setattr(tipcli.index, "_prepare", counting)
    return here


def dump(db: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    """Return every row of every table of an index, with its rowid, in rowid order."""
    names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    names = [n for n in names if not n.startswith(("sentences_", "figure_words_"))]  # FTS5's own shadow tables
    return {n: db.execute(f"SELECT rowid, * FROM {n} ORDER BY rowid").fetchall() for n in names}


def indexed(workers: int) -> dict[str, list[tuple[object, ...]]]:
    db = index.scratch()
    index.sync(db, library.scan(), complete=True, workers=workers)
    return dump(db)


def test_an_index_read_by_workers_is_the_index_read_here(reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = read_here(monkeypatch)
    alone = indexed(workers=1)
    assert len(here) == 12  # the packaged report, nine, the broken one and the folder: all read here
    here.clear()
    by_workers = indexed(workers=2)
    assert here == []  # every report read by a worker
    assert by_workers == alone
    problems = {row[1]: row[13] for row in alone["reports"]}
    assert "invalid TOML" in problems["broken-2019"] and "directory" in problems["folder-2018"]
    assert sum(problem is None for problem in problems.values()) == 10
    assert len(alone["sentences"]) > 100 and len(alone["figures"]) > 10 and len(alone["mentions"]) > 10


def test_a_large_file_is_read_by_the_writer_and_indexed_the_same(
    reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (reports / "folder-2018.toml").rmdir()  # a folder's size is no report's
    monkeypatch.setattr(tipcli.index, "LARGE", len(ATLANTIS.encode()) + 50)
    large = ATLANTIS.replace('country = "Atlantis"', 'country = "Dorado"') + "\n" + "#" * 100 + "\n"
    (reports / "dorado-2030.toml").write_text(large, encoding="utf-8")
    here = read_here(monkeypatch)
    by_workers = indexed(workers=2)
    assert here == ["dorado-2030"]
    here.clear()
    assert indexed(workers=1) == by_workers


def test_reports_another_process_indexed_meanwhile_are_not_indexed_twice(
    reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = library.scan()
    db = index.scratch()
    index.sync(db, [e for e in found if e.id.startswith("borealia")], workers=1)  # as if another did them
    indexed_now: list[str] = []
    real = tipcli.index._index
    monkeypatch.setattr(tipcli.index, "_index", lambda db, rid, *a: (indexed_now.append(rid), real(db, rid, *a)))
    index.sync(db, found, complete=True, workers=2)
    assert not any(rid.startswith("borealia") for rid in indexed_now) and len(indexed_now) == 9
    assert dump(db)["reports"] != [] and len(dump(db)["reports"]) == 12


def answer(*args: str) -> tuple[int, Any, str]:
    result = run(*args)
    return result.exit_code, json.loads(result.stdout) if result.stdout else None, result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("stats", "--all", "--json"),
        ("search", "shelter", "--all", "--json"),
        ("reports", "--json"),
        ("timeline", "--country", "Borealia", "--json"),
    ],
)
def test_answers_and_warnings_of_a_first_index_by_workers_are_those_read_here(
    reports: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, args: tuple[str, ...]
) -> None:
    monkeypatch.setattr(tipcli.workers, "cores", lambda: 1)
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "alone"))
    alone = answer(*args)
    monkeypatch.setattr(tipcli.workers, "cores", lambda: 2)
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "workers"))
    here = read_here(monkeypatch)
    by_workers = answer(*args)
    assert here == []  # a first index: every report read by a worker
    assert by_workers == alone
    code, _, stderr = by_workers
    assert code == 0
    if args[0] != "reports":  # a broken report is left out of an answer with one warning (reports lists it)
        assert "left out broken-2019: " in stderr and "invalid TOML" in stderr and "left out folder-2018: " in stderr
        assert "Traceback" not in stderr and len(stderr.splitlines()) == 2


def test_a_worker_that_dies_leaves_its_reports_to_the_writer(reports: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = indexed(workers=1)
    monkeypatch.setattr(tipcli.index, "_prepare_ahead", _die)
    assert indexed(workers=2) == alone


def _die(job: tuple[str, str | None]) -> None:
    os._exit(3)  # as a worker killed by the kernel for want of memory


def test_indexing_keeps_no_report_in_the_cache_and_a_command_that_reads_one_does(
    reports: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(cache))

    def cached(report_id: str) -> bool:  # the cache names an entry by a checksum of the report file's path
        path = (reports / f"{report_id}.toml").resolve()
        return (cache / f"{zlib.crc32(os.fsencode(str(path))):08x}.report").exists()

    assert run("reports", "--json").exit_code == 0
    assert list(cache.glob("library-*.sqlite3")) and not any(cached(p.stem) for p in reports.glob("*.toml"))
    assert run("--report", "borealia-2021", "summary", "--json").exit_code == 0
    assert cached("borealia-2021") and not cached("borealia-2024")


def test_workers_that_cannot_be_started_leave_the_reading_to_the_writer(
    reports: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = indexed(workers=1)

    def no_fork(*args: object, **kwargs: object) -> None:
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert indexed(workers=2) == alone


def _square(n: int) -> int:
    return n * n


def test_a_pool_that_breaks_while_jobs_are_queued_leaves_them_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures.process import BrokenProcessPool, ProcessPoolExecutor

    real, submitted = ProcessPoolExecutor.submit, []

    def submit(self: ProcessPoolExecutor, *args: Any, **kwargs: Any) -> Any:
        submitted.append(args)
        if len(submitted) == 3:  # as when a worker dies before the queue is full
            raise BrokenProcessPool("A child process terminated abruptly")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    jobs = [(n, n) for n in range(tipcli.workers.AT_LEAST)]
    with tipcli.workers.Ahead(_square, _square, jobs, workers=2) as ahead:
        assert [ahead.get(key, job) for key, job in jobs] == [n * n for n in range(tipcli.workers.AT_LEAST)]
    assert len(submitted) == 3
