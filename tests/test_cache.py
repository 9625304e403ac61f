"""The per-user cache of built reports and search indexes: used when the file is unchanged, rebuilt when not."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tipcli.cache
import tipcli.errors
import tipcli.loading
from conftest import DATA
from tipcli.app import app
from tipcli.loading import load_report
from tipcli.model import Report


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "atlantis.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    return path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every real parse."""
    calls: list[str] = []
    real = tipcli.loading.parse_report

    def counting(text: str, *, source: str) -> object:
        calls.append(source)
        return real(text, source=source)

    monkeypatch.setattr(tipcli.loading, "parse_report", counting)
    return calls


def test_an_unchanged_file_is_parsed_once(report_file: Path, parses: list[str]) -> None:
    first = load_report(report_file)
    second = load_report(report_file)
    assert parses == [str(report_file)]
    assert second == first and second is not first


def test_a_changed_file_is_parsed_again(report_file: Path, parses: list[str]) -> None:
    load_report(report_file)
    report_file.write_text(
        report_file.read_text(encoding="utf-8").replace("year = 2031", "year = 2032"), encoding="utf-8"
    )
    os.utime(report_file, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    assert load_report(report_file).year == 2032
    assert len(parses) == 2


def test_the_cache_can_be_turned_off(report_file: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPCLI_NO_CACHE", "1")
    load_report(report_file)
    load_report(report_file)
    assert len(parses) == 2


def test_a_corrupt_entry_is_rebuilt(
    report_file: Path, parses: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "c"))
    load_report(report_file)
    (entry,) = (tmp_path / "c").glob("*.report")
    entry.write_bytes(b"not marshal data")
    assert load_report(report_file).country == "Atlantis"
    assert load_report(report_file).country == "Atlantis"
    assert len(parses) == 2


def test_an_entry_that_does_not_decode_to_a_report_is_rebuilt(
    report_file: Path, parses: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "c"))
    load_report(report_file)
    (entry,) = (tmp_path / "c").glob("*.report")
    key = tipcli.cache.identity(report_file, os.stat(report_file))
    wrong = (
        ["dataclass", "x"],  # in the model module, not a model class
        ["value", "x"],
        ["Value"],
        ["Mention", "x"],  # too few fields
        ["Mention", "lead", 1, 0, 4, 5],  # too many
        ("a", "tuple"),
        "text",
    )
    for data in wrong:  # with a right header and checksum: what the checksum cannot catch
        tipcli.cache._write(entry, key, data)
        assert load_report(report_file).country == "Atlantis"
    assert len(parses) == 1 + len(wrong)


def test_an_unwritable_cache_folder_only_means_no_cache(
    report_file: Path, parses: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(blocker / "tipcli"))
    assert load_report(report_file).country == "Atlantis"
    assert load_report(report_file).country == "Atlantis"
    assert len(parses) == 2


def test_a_bad_file_is_never_cached(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    shutil.copy(DATA / "invalid" / "quote-not-found.toml", bad)
    for _ in range(2):
        with pytest.raises(tipcli.errors.ReportError, match="not found in main paragraph 1"):
            load_report(bad)


def test_new_loader_code_is_not_served_old_entries(
    report_file: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_report(report_file)
    monkeypatch.setattr(tipcli.cache, "_code_stamp", lambda: (0, 0, 0, 0))  # as after installing other code
    load_report(report_file)
    assert len(parses) == 2


@pytest.fixture
def indexes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record every search index built (the sentences it holds)."""
    import tipcli.search

    built: list[int] = []
    real = tipcli.search._build_index

    def counting(report: Report) -> sqlite3.Connection:
        built.append(sum(len(p.sentences) for s in report.sections for p in s.paragraphs))
        return real(report)

    monkeypatch.setattr(tipcli.search, "_build_index", counting)
    return built


def search_hits(report_file: Path, *words: str) -> list[tuple[str, int, int]]:
    result = CliRunner().invoke(app, ["--report", str(report_file), "search", *words, "--json"])
    assert result.exit_code in (0, 1), result.stderr
    return [(h["section"], h["paragraph"], h["sentence"]) for h in json.loads(result.stdout)["hits"]]


needs_deserialize = pytest.mark.skipif(
    not hasattr(sqlite3.Connection, "deserialize"), reason="Python 3.10's sqlite3 cannot load a saved index"
)


@needs_deserialize
def test_an_unchanged_report_is_indexed_once(report_file: Path, indexes: list[int]) -> None:
    first = search_hits(report_file, "tide")  # "Ministry of Tides", "the Tide Court" twice
    assert sorted(first) == [("lead", 1, 2), ("lead", 2, 1), ("reefs", 1, 2)]
    assert search_hits(report_file, "tide") == first
    assert search_hits(report_file, "shelters") == [("lead", 1, 2)]
    assert indexes == [6]  # built once, over three paragraphs of two sentences each


@needs_deserialize
def test_a_changed_report_is_indexed_again(report_file: Path, indexes: list[int]) -> None:
    assert search_hits(report_file, "coast") == [("reefs", 1, 1)]
    text = report_file.read_text(encoding="utf-8").replace("3,000 km of coast", "3,000 km of shore")
    report_file.write_text(text.replace('quote = "3,000 km of coast"', 'quote = "3,000 km of shore"'), encoding="utf-8")
    os.utime(report_file, ns=(1, 1))
    assert search_hits(report_file, "coast") == []
    assert search_hits(report_file, "shore") == [("reefs", 1, 1)]
    assert len(indexes) == 2


@needs_deserialize
def test_a_corrupt_index_entry_is_rebuilt(
    report_file: Path, indexes: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "c"))
    first = search_hits(report_file, "tide")
    (entry,) = (tmp_path / "c").glob("*.fts5")
    key = (*tipcli.cache.identity(report_file, os.stat(report_file)), sqlite3.sqlite_version)
    damaged: list[object] = [b"not marshal data", "text", b"not a database"]
    for content in damaged:
        if isinstance(content, bytes) and content.startswith(b"not marshal"):
            entry.write_bytes(content)  # no header at all
        else:
            tipcli.cache._write(entry, key, content)  # a right header over a wrong payload
        assert search_hits(report_file, "tide") == first
    assert len(indexes) == 4


def test_without_the_cache_every_search_indexes(
    report_file: Path, indexes: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIPCLI_NO_CACHE", "1")
    search_hits(report_file, "tide")
    search_hits(report_file, "tide")
    assert len(indexes) == 2


def test_an_entry_is_written_in_parts_that_make_the_bytes_of_the_whole(tmp_path: Path) -> None:
    """The cache streams a report into its entry a part at a time (no copy of the whole report is
    held: issue 23's memory goal); the parts must make exactly the bytes marshal makes of the whole."""
    import io
    import marshal

    from tipcli import cache

    for report in (load_report(), load_report(DATA / "atlantis.toml")):
        for value in (report, (("key", 1, ("a", 2)), report), b"index bytes"):
            written = io.BytesIO()
            sink = cache._Sink(written)
            cache._stream(value, sink)
            whole = marshal.dumps(cache._encode(value), 2)
            assert written.getvalue() == whole
            assert (sink.length, sink.crc) == (len(whole), zlib.crc32(whole))
            assert cache._decode(marshal.loads(written.getvalue())) == value
