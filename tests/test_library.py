"""The report library: `tipcli reports`, and `--report ID` / `validate ID` by a library id."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, run


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    return folder


def test_an_empty_library_still_holds_the_packaged_report(library: Path) -> None:
    result = run("reports", "--json")
    assert result.exit_code == 0
    (row,) = json.loads(result.stdout)
    assert (row["id"], row["country"], row["year"], row["tier"], row["file"]) == (
        "mexico-2010",
        "Mexico",
        2010,
        "Tier 2",
        None,
    )
    assert row["sections"] == 4 and row["drafted"] == 0 and row["problem"] is None


def test_files_added_by_hand_are_listed_and_a_broken_one_with_its_problem(library: Path) -> None:
    shutil.copy(DATA / "atlantis.toml", library / "atlantis-2031.toml")
    (library / "broken.toml").write_text("schema = 1\n[report\n", encoding="utf-8")
    rows = {row["id"]: row for row in json.loads(run("reports", "--json").stdout)}
    assert list(rows) == ["mexico-2010", "atlantis-2031", "broken"]
    assert (rows["atlantis-2031"]["country"], rows["atlantis-2031"]["year"]) == ("Atlantis", 2031)
    assert rows["atlantis-2031"]["file"] == str(library / "atlantis-2031.toml")
    assert rows["broken"]["country"] is None and "invalid TOML" in rows["broken"]["problem"]
    table = run("reports").stdout
    assert "atlantis-2031" in table and "broken: does not load:" in table and f"Library: {library}" in table


def test_reports_by_country(library: Path) -> None:
    shutil.copy(DATA / "atlantis.toml", library / "atlantis-2031.toml")
    rows = json.loads(run("reports", "--country", "ATLANTIS", "--json").stdout)
    assert [row["id"] for row in rows] == ["atlantis-2031"]
    nothing = run("reports", "--country", "Narnia", "--json")
    assert nothing.exit_code == 1 and json.loads(nothing.stdout) == []


def test_report_option_takes_a_library_id(library: Path) -> None:
    shutil.copy(DATA / "atlantis.toml", library / "atlantis-2031.toml")
    summary = json.loads(run("--report", "atlantis-2031", "summary", "--json").stdout)
    assert summary["country"] == "Atlantis"
    assert json.loads(run("--report", "mexico-2010", "summary", "--json").stdout)["country"] == "Mexico"
    assert run("validate", "atlantis-2031").exit_code == 0


def test_an_unknown_id_says_where_it_looked(library: Path) -> None:
    result = run("--report", "narnia-1950", "summary")
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.strip() == (
        f"tipcli: error: narnia-1950: no such file, nor a report of that id in the library ({library}); "
        "'tipcli reports' lists them"
    )


def _atlantis(library: Path, year: int, placement: str) -> None:
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    text = text.replace("year = 2031", f"year = {year}").replace('placement = "Tier 1"', f'placement = "{placement}"')
    (library / f"atlantis-{year}.toml").write_text(text, encoding="utf-8")


def test_tiers_by_country_and_year(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    _atlantis(library, 2033, "Tier 2 Watch List")
    rows = json.loads(run("tiers", "--json").stdout)
    assert rows == [
        {"country": "Atlantis", "year": 2031, "placement": "Tier 1", "report": "atlantis-2031"},
        {"country": "Atlantis", "year": 2033, "placement": "Tier 2 Watch List", "report": "atlantis-2033"},
        {"country": "Mexico", "year": 2010, "placement": "Tier 2", "report": "mexico-2010"},
    ]
    assert [r["report"] for r in json.loads(run("tiers", "--country", "mexico", "--json").stdout)] == ["mexico-2010"]


def test_tiers_warn_once_of_a_broken_file_and_go_on(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    (library / "broken.toml").write_text("schema = 1\n[report\n", encoding="utf-8")
    result = run("tiers", "--json")
    assert result.exit_code == 0
    assert [row["report"] for row in json.loads(result.stdout)] == ["atlantis-2031", "mexico-2010"]
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("tipcli: warning: left out broken: ") and "invalid TOML" in warning


def test_tiers_drawn_as_a_strip_with_gaps_and_a_legend(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    _atlantis(library, 2033, "Tier 2 Watch List")
    lines = run("tiers", "--country", "atlantis").stdout.splitlines()
    assert lines[0].split() == ["’31", "’32", "’33"]
    assert lines[1].split() == ["Atlantis", "1", "·", "2W"]  # 2032: no report in the library
    legend = " ".join(lines[2:])
    assert "2W  Tier 2 Watch List" in legend and "1  Tier 1" in legend and "no report" in legend


def test_stats_follow_a_figure_across_editions(library: Path) -> None:
    _atlantis(library, 2033, "Tier 1")
    _atlantis(library, 2031, "Tier 1")
    rows = json.loads(run("stats", "--match", "shelters", "--country", "Atlantis", "--sort", "year", "--json").stdout)
    assert [(r["report"], r["country"], r["year"], r["value"]) for r in rows] == [
        ("atlantis-2031", "Atlantis", 2031, 2),
        ("atlantis-2033", "Atlantis", 2033, 2),
    ]
    only = json.loads(run("stats", "--year", "2032..2040", "--json").stdout)
    assert {r["report"] for r in only} == {"atlantis-2033"}
    assert "mexico-2010" in {r["report"] for r in json.loads(run("stats", "--all", "--json").stdout)}
    header = run("stats", "--all", "--csv").stdout.splitlines()[0]
    assert header.startswith("report,country,year,id,kind,value")


def test_agencies_and_timeline_across_reports(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    agencies = json.loads(run("agencies", "--all", "--json").stdout)
    assert {(a["report"], a["acronym"]) for a in agencies} >= {("mexico-2010", "FEVIMTRA"), ("atlantis-2031", "MOT")}
    quotes = json.loads(run("agencies", "--all", "fevimtra", "--json").stdout)
    assert quotes and {q["report"] for q in quotes} == {"mexico-2010"}
    assert all("FEVIMTRA" in q["text"] for q in quotes)
    events = json.loads(run("timeline", "--all", "--json").stdout)
    dates = [e["date"] for e in events]
    assert dates == sorted(dates) and {e["report"] for e in events} == {"mexico-2010", "atlantis-2031"}


def test_a_broken_report_is_left_out_with_one_warning(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    (library / "broken.toml").write_text("not toml at all [", encoding="utf-8")
    result = run("timeline", "--all", "--json")
    assert result.exit_code == 0
    assert {e["report"] for e in json.loads(result.stdout)} == {"mexico-2010", "atlantis-2031"}
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("tipcli: warning: left out broken: ")


@pytest.mark.parametrize("command", [["stats"], ["agencies"], ["agencies", "fevimtra"], ["timeline"]])
def test_a_selection_that_matches_no_report_answers_empty(library: Path, command: list[str]) -> None:
    result = run(*command, "--country", "Narnia", "--json")
    assert result.exit_code == 1
    assert "no report in the library matches" in result.stderr
    assert json.loads(result.stdout) == []
    csv = run(*command, "--country", "Narnia", "--csv")
    assert csv.exit_code == 1 and csv.stdout.startswith("report,country,year,") and csv.stdout.count("\n") == 1


def test_a_selection_with_a_backwards_range_is_a_usage_error(library: Path) -> None:
    bad = run("stats", "--year", "2015..2010")
    assert bad.exit_code == 2 and "ends before it begins" in bad.stderr


def test_a_search_of_no_report_answers_as_a_search_that_matches_nothing(library: Path) -> None:
    result = run("search", "shelter", "--year", "2015", "--json")
    assert result.exit_code == 1 and "no report in the library matches" in result.stderr
    assert json.loads(result.stdout) == {"query": "shelter", "total": 0, "hits": []}
    csv = run("search", "shelter", "--year", "2015", "--csv")
    assert csv.exit_code == 1
    assert csv.stdout == "report,country,year,section,paragraph,sentence,text,score,matches\n"
    assert run("search", "AND", "--year", "2015", "--json").exit_code == 2  # still a usage error


def test_reports_notices_files_edited_and_deleted_by_hand(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    assert [r["tier"] for r in json.loads(run("reports", "--json").stdout)][1] == "Tier 1"
    path = library / "atlantis-2031.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('"Tier 1"', '"Tier 3"'), encoding="utf-8")
    assert [r["tier"] for r in json.loads(run("reports", "--json").stdout)][1] == "Tier 3"
    path.unlink()
    assert [r["id"] for r in json.loads(run("reports", "--json").stdout)] == ["mexico-2010"]


def test_a_damaged_index_is_rebuilt(library: Path, tmp_path: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    run("reports", "--json")
    (index_file,) = Path(os.environ["XDG_CACHE_HOME"]).glob("tipcli/library-*.sqlite3")
    index_file.write_bytes(b"this is no database" * 100)
    result = run("reports", "--json")
    assert result.exit_code == 0 and len(json.loads(result.stdout)) == 2


TIPCLI = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or shutil.which("tipcli")


@pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed")
def test_processes_at_once_agree_and_leave_a_sound_index(library: Path, tmp_path: Path) -> None:
    for year in range(2020, 2030):
        _atlantis(library, year, "Tier 2")
    env = {**os.environ, "TIPCLI_LIBRARY": str(library), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    processes = [
        subprocess.Popen([str(TIPCLI), "reports", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(12)
    ]
    answers = [p.communicate(timeout=120) for p in processes]
    assert all(p.returncode == 0 for p in processes), [err for _, err in answers]
    assert len({out for out, _ in answers}) == 1
    assert len(json.loads(answers[0][0])) == 11
    (index_file,) = (tmp_path / "cache" / "tipcli").glob("library-*.sqlite3")
    assert sqlite3.connect(index_file).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_search_across_reports_ranks_them_together(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    _atlantis(library, 2033, "Tier 1")
    result = json.loads(run("search", "shelters", "--all", "--json", "-n", "50").stdout)
    reports = {hit["report"] for hit in result["hits"]}
    assert reports == {"mexico-2010", "atlantis-2031", "atlantis-2033"}
    assert result["total"] == len(result["hits"])
    scores = [hit["score"] for hit in result["hits"]]
    assert scores == sorted(scores, reverse=True)  # one ranking, best first
    hit = next(h for h in result["hits"] if h["report"] == "atlantis-2033")
    assert (hit["country"], hit["year"]) == ("Atlantis", 2033) and "shelters" in hit["text"]
    single = json.loads(run("search", "shelters", "--json").stdout)
    assert "report" not in single["hits"][0]  # one report's answer keeps its shape
    narrowed = json.loads(run("search", "shelters", "--year", "2032..2040", "--json", "-C", "1").stdout)
    assert {h["report"] for h in narrowed["hits"]} == {"atlantis-2033"} and "before" in narrowed["hits"][0]
    by_section = json.loads(run("search", "shelters", "--all", "--section", "prot", "--json").stdout)
    assert {h["section"] for h in by_section["hits"]} == {"protection"}
    header = run("search", "shelters", "--all", "--csv").stdout.splitlines()[0]
    assert header == "report,country,year,section,paragraph,sentence,text,score,matches"


def test_a_hit_across_reports_shows_what_the_same_hit_in_one_report_shows(library: Path) -> None:
    _atlantis(library, 2031, "Tier 1")
    across = json.loads(run("search", "shelter*", "--all", "--json", "-C", "2", "-n", "100").stdout)
    single = json.loads(run("search", "shelter*", "--json", "-C", "2", "-n", "100").stdout)
    where = {(h["section"], h["paragraph"], h["sentence"]): h for h in single["hits"]}
    mexico = [h for h in across["hits"] if h["report"] == "mexico-2010"]
    assert len(mexico) == single["total"] == len(where) > 1
    for hit in mexico:
        same = where[(hit["section"], hit["paragraph"], hit["sentence"])]
        assert [hit[k] for k in ("text", "matches", "before", "after")] == [
            same[k] for k in ("text", "matches", "before", "after")
        ]
    assert any(h["before"] and h["after"] for h in mexico)


def _tipcli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TIPCLI), *args], capture_output=True, text=True, env=env, timeout=120, check=False)


def _sentences_by_report(cache: Path) -> dict[str, int]:
    (index_file,) = (cache / "tipcli").glob("library-*.sqlite3")
    db = sqlite3.connect(index_file)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return dict(db.execute("SELECT report, count(*) FROM sentences GROUP BY report").fetchall())


@pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed")
def test_searches_while_another_process_changes_the_library_are_right_for_one_state(
    library: Path, tmp_path: Path
) -> None:
    import threading

    _atlantis(library, 2031, "Tier 1")
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    versions = [text.replace("year = 2031", f"year = {year}") for year in (2040, 2041)]
    changing = library / "atlantis-new.toml"
    env = {**os.environ, "TIPCLI_LIBRARY": str(library), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    search = ("search", "shelters", "--all", "--json", "-n", "100")

    def state(answer: str) -> tuple[int, frozenset[tuple[str, int]], tuple[tuple[object, ...], ...]]:
        document = json.loads(answer)
        hits = tuple((h["report"], h["year"], h["section"], h["paragraph"], h["sentence"]) for h in document["hits"])
        return document["total"], frozenset((h[0], h[1]) for h in hits), tuple(sorted(hits))

    def put(version: str | None) -> None:  # as an editor saves: a new file moved into place
        if version is None:
            changing.unlink(missing_ok=True)
            return
        (library / ".new").write_text(version, encoding="utf-8")
        os.replace(library / ".new", changing)

    expected = set()
    for version in (None, *versions):  # each state's answer, asked alone
        put(version)
        alone = _tipcli(env, *search)
        assert alone.returncode == 0 and alone.stderr == ""
        expected.add(state(alone.stdout))
    assert len(expected) == 3

    answers: list[subprocess.CompletedProcess[str]] = []

    def searcher() -> None:
        answers.extend(_tipcli(env, *search) for _ in range(6))

    threads = [threading.Thread(target=searcher) for _ in range(3)]
    for thread in threads:
        thread.start()
    for round_ in range(6):  # another process brings the index up to date after each change
        put([None, *versions][round_ % 3])
        assert _tipcli(env, "reports", "--json").returncode == 0
    for thread in threads:
        thread.join()
    assert len(answers) == 18
    assert [(a.returncode, a.stderr) for a in answers if a.returncode or a.stderr] == []
    assert {state(a.stdout) for a in answers} <= expected
    # One row a sentence: no report was indexed twice at once (as a fresh index of the last state).
    settled = _sentences_by_report(tmp_path / "cache")
    fresh = {**env, "XDG_CACHE_HOME": str(tmp_path / "fresh")}
    assert _tipcli(fresh, "reports", "--json").returncode == 0
    assert settled == _sentences_by_report(tmp_path / "fresh")
    assert len(settled) == 3  # mexico-2010, atlantis-2031 and the last version


def test_a_narrowed_search_finds_what_the_whole_search_finds_in_those_reports(library: Path) -> None:
    for year in (2031, 2032, 2033):
        _atlantis(library, year, "Tier 1")
    run("reports", "--json")
    _atlantis(library, 2032, "Tier 2")  # indexed again: its sentences now come after the others'
    whole = json.loads(run("search", "shelter*", "--all", "--json", "-n", "500").stdout)["hits"]
    for narrowing, wanted in (
        (("--year", "2032"), {"atlantis-2032"}),
        (("--year", "2031..2032"), {"atlantis-2031", "atlantis-2032"}),
        (
            ("--country", "Atlantis", "--country", "Mexico"),
            {"atlantis-2031", "atlantis-2032", "atlantis-2033", "mexico-2010"},
        ),
        (("--year", "2010..2031"), {"atlantis-2031", "mexico-2010"}),
    ):
        found = json.loads(run("search", "shelter*", *narrowing, "--json", "-n", "500").stdout)
        expected = [(h["report"], h["section"], h["paragraph"], h["sentence"]) for h in whole if h["report"] in wanted]
        got = [(h["report"], h["section"], h["paragraph"], h["sentence"]) for h in found["hits"]]
        assert sorted(got) == sorted(expected) and found["total"] == len(expected), narrowing
