"""What the cache trusts and what it refuses: a changed file never yields a stale answer, a damaged or
forged entry is rebuilt, a folder another user could write into is not used, and files that never
end are refused."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import tipcli.cache
import tipcli.loading
from conftest import DATA, one_line_error, run, run_json
from tipcli.loading import load_report

LION = (DATA / "atlantis.toml").read_text(encoding="utf-8").replace("year = 2031", "year = 2099")
LIONS = LION.replace("Tide", "Lion").replace("tide", "lion")  # no sentence of it mentions a tide
TIPCLI = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or "tipcli"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(where))
    return where


def replace(path: Path, text: str) -> None:
    """Replace a file atomically, as editors and git checkout do: write a new file, rename it over."""
    new = path.with_suffix(".new")
    new.write_text(text, encoding="utf-8")
    os.replace(new, path)


def replaced_while_built(path: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the next build of a report replace its file with `text` right after parsing the old bytes."""
    real = tipcli.loading.parse_report

    def replaced_meanwhile(old: str, *, source: str) -> object:
        report = real(old, source=source)
        replace(path, text)
        monkeypatch.setattr(tipcli.loading, "parse_report", real)  # once
        return report

    monkeypatch.setattr(tipcli.loading, "parse_report", replaced_meanwhile)


def test_a_file_replaced_while_it_is_read_is_never_answered_stale(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    replaced_while_built(path, LION, monkeypatch)
    assert load_report(path).year == 2031  # built from the bytes it read
    assert load_report(path).year == 2099  # the next answer is the new file's
    assert load_report(path).year == 2099


def test_search_after_a_replacement_answers_from_the_new_file(tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    assert run_json("--report", str(path), "search", "tide", code=0)["total"] > 0
    replace(path, LIONS)
    assert run_json("--report", str(path), "search", "tide", code=1)["total"] == 0
    assert run_json("--report", str(path), "search", "lion", code=0)["total"] > 0


def test_a_search_whose_file_is_replaced_while_it_builds_leaves_no_stale_index(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    replaced_while_built(path, LIONS, monkeypatch)
    assert run_json("--report", str(path), "search", "tide", code=0)["total"] > 0  # the bytes it read
    assert run_json("--report", str(path), "search", "tide", code=1)["total"] == 0
    (hit,) = run_json("--report", str(path), "search", "heard", code=0)["hits"]
    assert hit["text"] == "The Lion Court heard no appeals."


def test_parallel_searches_with_a_replacement_among_them_end_on_the_new_file(tmp_path: Path) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    before = run_json("--report", str(path), "search", "tide")["total"]  # in-process, in another cache
    env = {**os.environ, "TIPCLI_CACHE_DIR": str(tmp_path / "cache")}
    command = [TIPCLI, "--report", str(path), "search", "tide", "--json"]
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(10)]
    replace(path, LIONS)
    processes += [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(10)]
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode in (0, 1), err  # the old file's answer or the new one's, never an error
        assert json.loads(out)["total"] == (before if process.returncode == 0 else 0)
    for _ in range(2):
        after = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
        assert (after.returncode, json.loads(after.stdout)["total"]) == (1, 0), after.stderr


def test_every_single_bit_flip_of_an_entry_is_rebuilt_never_trusted(tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    right = load_report(path)
    (entry,) = cache_dir.glob("*.report")
    good = entry.read_bytes()
    for at in range(0, len(good), max(1, len(good) // 150)):
        flipped = bytearray(good)
        flipped[at] ^= 1 << (at % 8)
        entry.write_bytes(bytes(flipped))
        assert load_report(path) == right


@pytest.mark.parametrize(
    "content",
    [b"", b"TIPC", b"TIPC\x02" + (2**30).to_bytes(8, "little") + b"\0\0\0\0" + b"\x29\x02", b"\x29\x00\x00\x00\x40"],
    ids=["empty", "truncated-header", "forged-length", "bare-marshal-tuple-of-2^30"],
)
def test_truncated_and_forged_entries_are_rebuilt(tmp_path: Path, cache_dir: Path, content: bytes) -> None:
    path = tmp_path / "r.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    load_report(path)
    (entry,) = cache_dir.glob("*.report")
    entry.write_bytes(content)
    assert load_report(path).country == "Atlantis"


def test_a_folder_it_creates_is_owner_only(cache_dir: Path) -> None:
    load_report(DATA / "atlantis.toml")
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700


@pytest.mark.parametrize("kind", ["group-writable", "foreign", "symlink"])
def test_a_folder_another_user_could_write_into_is_not_used(tmp_path: Path, cache_dir: Path, kind: str) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    if kind == "group-writable":
        real.chmod(0o770)
        real.rename(cache_dir)
    elif kind == "foreign":
        if os.getuid() != 0:
            pytest.skip("only root can give a folder to another user")
        os.chown(real, 12345, 12345)
        real.rename(cache_dir)
    else:
        cache_dir.symlink_to(real)
    assert tipcli.cache.folder() is None
    assert load_report(DATA / "atlantis.toml").country == "Atlantis"  # answered, without a cache
    assert not list(cache_dir.glob("*.report"))


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIPCLI_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert tipcli.cache.folder() == tmp_path / ".cache" / "tipcli"


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_files_that_never_end_are_refused(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe.toml"
        os.mkfifo(target)
    else:
        target = Path("/dev/zero")
    line = one_line_error(run("--report", str(target), "summary"), 3)
    assert line == f"tipcli: error: {target}: is not a regular file (a pipe or a device?)"


@pytest.mark.parametrize("kind", ["a-file", "cannot-be-created"])
def test_a_cache_folder_that_cannot_be_used_only_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    if kind == "a-file":
        where = tmp_path / "cache"
        where.write_text("not a folder", encoding="utf-8")
    else:
        if not Path("/proc/self").exists():
            pytest.skip("needs /proc, where not even root can make a folder")
        where = Path("/proc/self/tipcli-cache")
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(where))
    for _ in range(2):
        assert run_json("--report", str(DATA / "atlantis.toml"), "search", "tide")["total"] > 0
    if kind == "a-file":
        assert where.read_text(encoding="utf-8") == "not a folder"
