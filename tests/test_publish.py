"""`tipcli export --sqlite`: one database of the library, which datasette itself can search and join."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, run


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    library = tmp_path / "reports"
    library.mkdir()
    shutil.copy(DATA / "atlantis.toml", library / "atlantis-2031.toml")
    monkeypatch.setenv("TIPCLI_LIBRARY", str(library))
    target = tmp_path / "tip.db"
    result = run("export", "--sqlite", str(target), "--all")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"wrote {target} (2 reports, ")
    return target


def test_row_counts_agree_with_the_json_answers(database: Path) -> None:
    db = sqlite3.connect(database)
    count = lambda table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: E731
    assert count("reports") == len(json.loads(run("reports", "--json").stdout))
    assert count("figures") == len(json.loads(run("stats", "--all", "--json").stdout))
    assert count("agencies") == len(json.loads(run("agencies", "--all", "--json").stdout))
    assert count("events") == len(json.loads(run("timeline", "--all", "--json").stdout))
    assert count("tiers") == len(json.loads(run("tiers", "--json").stdout))
    mentions = sum(a["mentions"] for a in json.loads(run("agencies", "--all", "--json").stdout))
    assert count("mentions") == mentions
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("SELECT value FROM figures WHERE report = 'mexico-2010' AND quote LIKE '%107%'").fetchone() == (
        107,
    )


def test_datasette_searches_the_sentences_and_follows_foreign_keys(database: Path) -> None:
    datasette = pytest.importorskip("datasette.app")
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    assert metadata["title"] and metadata["license"] and metadata["source"]
    ds = datasette.Datasette([str(database)], metadata=metadata)

    async def get(path: str) -> Any:
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    found = asyncio.run(get("/tip/sentences.json?_search=shelters&_shape=array"))
    assert found and all("shelter" in row["text"].lower() for row in found)  # porter: shelters finds shelter
    assert {row["report"] for row in found} == {"mexico-2010", "atlantis-2031"}
    joined = asyncio.run(
        get(
            "/tip.json?_shape=array&sql="
            "select+reports.country,+count(*)+as+n+from+figures+join+reports+on+reports.id+=+figures.report"
            "+group+by+reports.country+order+by+reports.country"
        )
    )
    assert [row["country"] for row in joined] == ["Atlantis", "Mexico"]
    labelled = asyncio.run(get("/tip/figures.json?_shape=array&_labels=on&report=atlantis-2031"))
    assert labelled and labelled[0]["report"] == {"value": "atlantis-2031", "label": "Human trafficking in Atlantis"}
    tables = asyncio.run(get("/tip.json"))["tables"]
    sentences = next(t for t in tables if t["name"] == "sentences")
    assert sentences["fts_table"] == "sentences_fts"


def test_sqlite_export_of_chosen_reports_and_bad_targets(tmp_path: Path, database: Path) -> None:
    target = tmp_path / "one.db"
    assert run("export", "--sqlite", str(target), "--report", "atlantis-2031").exit_code == 0
    assert sqlite3.connect(target).execute("SELECT id FROM reports").fetchall() == [("atlantis-2031",)]
    both = run("export", "--sqlite", str(target), "--all", "--report", "x")
    assert both.exit_code == 2 and both.stdout == ""
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    bad = run("export", "--sqlite", str(blocked / "x.db"))
    assert bad.exit_code == 2 and bad.stderr.startswith("tipcli: error: cannot write")
    assert run("export", "--all").exit_code == 2


def test_every_column_of_every_table_is_described_and_units_are_real_columns(database: Path) -> None:
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"][database.stem]["tables"]
    db = sqlite3.connect(database)
    tables = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    shadow = {f"sentences_fts_{part}" for part in ("data", "idx", "docsize", "config", "content")}
    tables = [name for name in tables if name not in shadow]  # FTS5's own tables, which datasette hides
    assert "figures" in tables and "sentences_fts" in tables
    for table in tables:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        assert columns, table
        descriptions = described[table]["columns"]
        assert [c for c in columns if not descriptions.get(c)] == [], table
        assert described[table]["description"]
        assert set(described[table].get("units", {})) <= set(columns), table
    assert described["mentions"]["units"] == {"start": "character", "end": "character"}
    assert "value" not in described["figures"].get("units", {})  # each row has its own unit
    assert "unit" in described["figures"]["columns"]["value"]


def test_datasette_reads_the_units(database: Path) -> None:
    datasette = pytest.importorskip("datasette.app")
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    ds = datasette.Datasette([str(database)], metadata=metadata)

    async def get(path: str) -> Any:
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response

    page = asyncio.run(get("/tip/mentions?start__gt=0")).text
    assert len(re.findall(r"type-Quantity\">\d+&nbsp;character<", page)) > 10  # offsets shown with their unit


def test_the_panel_table_holds_the_panel_with_facets(database: Path) -> None:
    db = sqlite3.connect(database)
    rows = db.execute(
        "SELECT year, year_basis, indicator, value, place FROM panel WHERE figure = 'federal-investigations'"
    )
    assert rows.fetchall() == [(2009, "reporting period", "investigations", 48, "prosecution ¶2.1")]
    assert db.execute("SELECT count(*) FROM panel").fetchone()[0] == len(json.loads(run("panel", "--json").stdout))
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    (tables,) = [db_meta["tables"] for db_meta in metadata["databases"].values()]
    assert tables["panel"]["facets"][:3] == ["country", "year", "indicator"]
