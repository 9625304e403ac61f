"""`tipcli summary`: the JSON contract and the table. Expectations come from the seed or by hand."""

from __future__ import annotations

from conftest import run, run_json


def test_summary_json_contract() -> None:
    doc = run_json("summary")
    assert {
        "title",
        "country",
        "year",
        "tier",
        "source",
        "categories",
        "sections",
        "key_figures",
        "counts",
    } <= doc.keys()
    assert (doc["country"], doc["year"]) == ("Mexico", 2010)
    assert doc["tier"]["placement"] == "Tier 2"
    assert "provenance" in doc["tier"]
    assert doc["source"] == doc["source"] | {
        "title": "Trafficking in Persons Report 2010",
        "edition": "10th",
        "publisher": "U.S. Department of State",
        "published": "2010-06-14",
    }
    assert doc["categories"] == ["Human trafficking in Mexico", "Human trafficking by country"]
    assert [(s["id"], s["title"], s["paragraphs"]) for s in doc["sections"]] == [
        ("overview", "Overview", 3),
        ("prosecution", "Prosecution", 4),
        ("protection", "Protection", 3),
        ("prevention", "Prevention", 1),
    ]
    assert 3 <= len(doc["key_figures"]) <= 10
    assert doc["counts"]["agencies"] >= 15


def test_summary_table() -> None:
    result = run("summary")
    assert result.exit_code == 0
    out = result.stdout
    for text in (
        "Human trafficking in Mexico",
        "Tier 2",
        "U.S. Department of State",
        "2010-06-14",
        "prosecution",
        "1,333",
    ):
        assert text in out
    assert "Categories: Human trafficking in Mexico; Human trafficking by country" in out
