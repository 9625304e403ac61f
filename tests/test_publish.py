"""`tipcli export --sqlite`: one database of the library, which datasette itself can search and join."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, run
from tipcli.model import FIGURE_KINDS


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


def test_the_metadata_describes_exactly_the_tables_and_columns_there_are(database: Path) -> None:
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"][database.stem]["tables"]
    db = sqlite3.connect(database)
    names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    fts = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    shadow = {f"{name}_{part}" for name in fts for part in ("data", "idx", "docsize", "config", "content")}
    tables = {
        name: [row[1] for row in db.execute(f"PRAGMA table_info({name})")] for name in names if name not in shadow
    }
    assert {"figures", "sentences", "sentences_fts", "figures_fts"} <= set(tables)
    assert set(described) == set(tables)  # no table undescribed, none described that is not there
    for table, columns in tables.items():
        assert described[table]["description"], table
        assert set(described[table]["columns"]) == set(columns), table  # both ways
        assert all(described[table]["columns"].values()), table
        for key in ("facets", "units"):
            assert set(described[table].get(key, ())) <= set(columns), (table, key)
        assert described[table].get("sort", columns[0]) in columns, table
    assert described["mentions"]["units"] == {"start": "character", "end": "character"}
    assert "value" not in described["figures"].get("units", {})  # each row has its own unit
    assert "unit" in described["figures"]["columns"]["value"]
    kinds = described["figures"]["columns"]["kind"]
    assert "when" not in kinds and all(kind in kinds for kind in FIGURE_KINDS)
    assert "character offset" in described["mentions"]["columns"]["start"]


def test_every_row_table_has_country_and_year_and_no_local_path(database: Path, tmp_path: Path) -> None:
    db = sqlite3.connect(database)
    for table in ("sections", "paragraphs", "sentences", "figures", "agencies", "mentions", "events", "tiers"):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        assert {"report", "country", "year"} <= set(columns), table
        wrong = db.execute(
            f"SELECT count(*) FROM {table} t JOIN reports r ON r.id = t.report"
            " WHERE t.country != r.country OR t.year != r.year"
        ).fetchone()
        assert wrong == (0,), table
    dump = "\n".join(db.iterdump())
    assert str(tmp_path) not in dump and "/home/" not in dump
    assert db.execute("SELECT url FROM reports WHERE id = 'mexico-2010'").fetchone()[0].startswith("https://")
    mask = os.umask(0)
    os.umask(mask)
    wanted = 0o666 & ~mask  # what any new file gets: 0644 under the usual umask, not mkstemp's 0600
    assert database.stat().st_mode & 0o777 == wanted == Path(f"{database}.metadata.json").stat().st_mode & 0o777


def test_links_are_single_column_foreign_keys(database: Path) -> None:
    db = sqlite3.connect(database)
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    links = {
        (table, row[3], row[2], row[4])
        for table in ("figures", "events", "mentions", "paragraphs", "sentences")
        for row in db.execute(f"PRAGMA foreign_key_list({table})")
    }
    assert {
        ("figures", "section_key", "sections", "key"),
        ("figures", "paragraph_id", "paragraphs", "id"),
        ("events", "section_key", "sections", "key"),
        ("mentions", "agency_key", "agencies", "key"),
        ("mentions", "paragraph_id", "paragraphs", "id"),
        ("sentences", "paragraph_id", "paragraphs", "id"),
    } <= links
    # a figure's links lead to its own section and paragraph
    row = db.execute(
        "SELECT s.id, p.number, instr(p.text, f.quote) > 0 FROM figures f JOIN sections s ON s.key = f.section_key"
        " JOIN paragraphs p ON p.id = f.paragraph_id WHERE f.report = 'atlantis-2031' LIMIT 1"
    ).fetchone()
    first = db.execute("SELECT section, paragraph FROM figures WHERE report = 'atlantis-2031' LIMIT 1").fetchone()
    assert row == (*first, 1)


def test_a_full_name_and_its_acronym_in_brackets_is_one_mention_with_both_brackets(database: Path) -> None:
    db = sqlite3.connect(database)
    texts = [text for (text,) in db.execute("SELECT text FROM mentions WHERE text LIKE '%(%'")]
    assert texts  # the packaged report names SIEDO and FEVIMTRA so
    assert all(text.endswith(")") and text.count("(") == text.count(")") for text in texts), texts
    spans = db.execute(
        "SELECT count(*) FROM mentions m JOIN paragraphs p ON p.id = m.paragraph_id"
        ' WHERE substr(p.text, m.start + 1, m."end" - m.start) != m.text'
    ).fetchone()
    assert spans == (0,)


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


def test_datasette_offers_facets_canned_queries_and_search(database: Path) -> None:
    datasette = pytest.importorskip("datasette.app", reason="datasette is in the publish and test extras")
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    ds = datasette.Datasette([str(database)], metadata=metadata)

    async def get(path: str) -> Any:
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    faceted = asyncio.run(get("/tip/figures.json?_extra=facet_results&_size=0"))
    facets = faceted["facet_results"]
    results = facets.get("results", facets)  # datasette 1.0 nests them one level deeper
    countries = {item["value"]: item["count"] for item in results["country"]["results"]}
    db = sqlite3.connect(database)
    assert countries == dict(db.execute("SELECT country, count(*) FROM figures GROUP BY country").fetchall())
    assert {"kind", "unit", "drafted", "year", "section"} <= set(results)

    ranked = asyncio.run(get("/tip/search.json?_shape=array&term=shelters"))
    assert ranked and all("[" in row["snippet"] and "]" in row["snippet"] for row in ranked)
    ranks = [row["rank"] for row in ranked]
    assert ranks == sorted(ranks)  # bm25: lower is better, best first
    assert {row["report"] for row in ranked} == {"mexico-2010", "atlantis-2031"}

    series = asyncio.run(get("/tip/figure_series.json?_shape=array&term=convicted"))
    same = json.loads(run("stats", "--all", "--match", "convicted", "--json").stdout)
    assert sorted((row["report"], row["value"]) for row in series) == sorted((f["report"], f["value"]) for f in same)

    found = asyncio.run(get("/tip/figures.json?_search=convictions&_shape=array"))
    assert {(row["report"], row["id"]) for row in found} == {(f["report"], f["id"]) for f in same}


def test_sentences_come_in_the_order_of_the_text(database: Path) -> None:
    db = sqlite3.connect(database)
    rows = db.execute(
        "SELECT s.report, x.position, s.paragraph, s.sentence FROM sentences s"
        " JOIN sections x ON x.report = s.report AND x.id = s.section ORDER BY s.id"
    ).fetchall()
    reports = [row[0] for row in rows]
    assert reports == sorted(reports, key=lambda r: r != "mexico-2010")  # the library's order
    assert all(rows[i][1:] < rows[i + 1][1:] for i in range(len(rows) - 1) if rows[i][0] == rows[i + 1][0])
    paragraph = db.execute("SELECT text FROM paragraphs WHERE report = 'atlantis-2031' ORDER BY id LIMIT 1").fetchone()
    first = db.execute("SELECT text FROM sentences WHERE report = 'atlantis-2031' ORDER BY id LIMIT 1").fetchone()
    assert paragraph[0].startswith(first[0])


def test_the_panel_table_holds_the_panel_with_facets(database: Path) -> None:
    db = sqlite3.connect(database)
    rows = db.execute(
        "SELECT year, year_basis, indicator, value, place FROM panel WHERE figure = 'federal-investigations'"
    )
    assert rows.fetchall() == [(2009, "reporting period", "investigations", 48, "prosecution ¶2.1")]
    db.row_factory = sqlite3.Row
    table = [dict(row) for row in db.execute("SELECT * FROM panel ORDER BY rowid")]
    assert table == json.loads(run("panel", "--json").stdout)  # the same rows, in the same order
    metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
    (tables,) = [db_meta["tables"] for db_meta in metadata["databases"].values()]
    assert tables["panel"]["facets"][:3] == ["country", "year", "indicator"]
