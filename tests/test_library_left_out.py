"""One edit to a library report leaves out only what no longer holds, never the whole report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run

# Atlantis (made-up test data) with one word of a paragraph edited: the figure 'convicted' and the
# event 'convictions' quote the old words; everything else still holds.
OLD, NEW = "(TC) convicted 5 offenders. Officials", "(TC) convicted 6 offenders. Officials"


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    assert text.count(OLD) == 1
    (folder / "atlantis-2031.toml").write_text(text.replace(OLD, NEW), encoding="utf-8")
    return folder


def test_stats_across_reports_keep_the_edited_report_without_the_stale_figure(library: Path) -> None:
    result = run("stats", "--all", "--json")
    assert result.exit_code == 0
    ids = {f["id"] for f in json.loads(result.stdout) if f["report"] == "atlantis-2031"}
    assert ids == {"shelters", "posters", "coast"}
    warnings = [line for line in result.stderr.splitlines() if "figure 'convicted'" in line]
    assert len(warnings) == 1
    (warning,) = warnings
    assert warning.startswith(f"tipcli: warning: {library / 'atlantis-2031.toml'}: left out figure 'convicted'")
    assert "looked for 'convicted 5 offenders'" in warning
    assert "the nearest passage there is 'convicted 6 offenders'" in warning


def test_search_and_timeline_across_reports_keep_it_too(library: Path) -> None:
    search = run("search", "Atlantis", "--all", "--json")
    assert search.exit_code == 0
    assert {hit["report"] for hit in json.loads(search.stdout)["hits"]} == {"atlantis-2031"}
    assert "left out event 'convictions'" in search.stderr
    timeline = run("timeline", "--all", "--json")
    ids = {e["id"] for e in json.loads(timeline.stdout) if e["report"] == "atlantis-2031"}
    assert ids == {"published"}


def test_reports_counts_what_was_left_out(library: Path) -> None:
    rows = {row["id"]: row for row in json.loads(run("reports", "--json").stdout)}
    row = rows["atlantis-2031"]
    assert row["problem"] is None and row["figures"] == 3 and row["events"] == 1
    assert row["left_out"] == 2
    assert rows["mexico-2010"]["left_out"] == 0
    table = run("reports").stdout
    assert "atlantis-2031: 2 items no longer hold, left out ('tipcli validate atlantis-2031' lists them)" in table


def test_validate_shows_the_quote_looked_for_and_the_nearest_passage(library: Path) -> None:
    result = run("validate", "atlantis-2031")
    assert result.exit_code == 3
    figure = next(line for line in result.stdout.splitlines() if "figures[1].quote" in line)
    assert figure.endswith(
        "not found in lead paragraph 2: looked for 'convicted 5 offenders'; "
        "the nearest passage there is 'convicted 6 offenders'"
    )
    assert any("events[0].quote" in line for line in result.stdout.splitlines())


def test_one_report_asked_by_id_still_fails_until_it_is_fixed(library: Path) -> None:
    result = run("--report", "atlantis-2031", "stats")
    assert result.exit_code == 3 and result.stdout == ""
    assert "figures[1].quote: not found in lead paragraph 2: looked for" in result.stderr


def test_an_agency_phrase_gone_leaves_the_agency_with_the_mentions_left(library: Path) -> None:
    file = library / "atlantis-2031.toml"
    file.write_text(file.read_text(encoding="utf-8").replace(NEW, OLD).replace("(TC)", "(T.C.)"), encoding="utf-8")
    result = run("agencies", "--all", "--json")
    assert result.exit_code == 0
    court = next(a for a in json.loads(result.stdout) if a["report"] == "atlantis-2031" and a["id"] == "tide-court")
    assert court["mentions"] >= 1
    assert "left out agency 'tide-court''s phrase 'TC'" in result.stderr


def test_a_file_the_schema_refuses_is_still_left_out_whole(library: Path) -> None:
    file = library / "atlantis-2031.toml"
    file.write_text(file.read_text(encoding="utf-8").replace("value = 5\n", 'value = "five"\n', 1), encoding="utf-8")
    result = run("stats", "--all", "--json")
    assert result.exit_code == 0
    assert {f["report"] for f in json.loads(result.stdout)} == {"mexico-2010"}
    assert "left out atlantis-2031: " in result.stderr


def test_a_tab_still_completes_the_names_of_the_edited_report(library: Path) -> None:
    from test_cli_pipes import TIPCLI, complete

    if TIPCLI is None:
        pytest.skip("tipcli is not installed (pip install .)")
    assert complete("tipcli --report atlantis-2031 section re") == ["reefs"]  # names of the report on the line
    figures = complete("tipcli --report atlantis-2031 cite --figure ")
    assert "coast" in figures and "convicted" not in figures
