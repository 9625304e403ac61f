"""Events of one date keep the order the text tells them; across reports, by report, then text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run

# Two made-up events of March 2030 put in the file before the one the text tells first.
LATER = """[[events]]
id = "posters"
date = "2030-03"
description = "Officials spend money on posters."
section = "lead"
paragraph = 2
quote = "Officials spent $2.5 million on posters"

"""
EARLIER = """
[[events]]
id = "shelters"
date = "2030-03"
description = "The Ministry of Tides runs two shelters."
section = "lead"
paragraph = 1
quote = "ran [bold]two[/bold] shelters"
"""


def _shuffled(path: Path, year: int = 2031) -> Path:
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8").replace("year = 2031", f"year = {year}")
    text = text.replace("[[events]]\n", LATER + "[[events]]\n", 1) + EARLIER
    path.write_text(text, encoding="utf-8")
    return path


def test_one_dates_events_are_in_text_order_not_file_order(tmp_path: Path) -> None:
    report = _shuffled(tmp_path / "atlantis.toml")
    events = json.loads(run("--report", str(report), "timeline", "--json").stdout)
    assert [e["id"] for e in events] == ["shelters", "convictions", "posters", "published"]


def test_across_reports_one_date_is_by_report_then_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    library = tmp_path / "reports"
    library.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(library))
    _shuffled(library / "atlantis-2031.toml", 2031)
    _shuffled(library / "atlantis-2030.toml", 2030)
    events = json.loads(run("timeline", "--country", "Atlantis", "--json").stdout)
    march = [(e["report"], e["id"]) for e in events if e["date"] == "2030-03"]
    assert march == [
        ("atlantis-2030", "shelters"),
        ("atlantis-2030", "convictions"),
        ("atlantis-2030", "posters"),
        ("atlantis-2031", "shelters"),
        ("atlantis-2031", "convictions"),
        ("atlantis-2031", "posters"),
    ]
