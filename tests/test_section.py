"""`tipcli section`: forgiving names, one paragraph, notes and errata, the table, bad names."""

from __future__ import annotations

import pytest

import tipcli.queries
from conftest import ATLANTIS, DATA, fails, run, run_json, seed_sections
from tipcli.errors import UsageError
from tipcli.loading import parse_report


@pytest.mark.parametrize("name", ["prosecution", "Prosecution", "PROS", "pros", "  prosecution "])
def test_section_names_are_forgiving(name: str) -> None:
    doc = run_json("section", name)
    assert doc["id"] == "prosecution"
    assert doc["paragraphs"] == seed_sections()["Prosecution"]


@pytest.mark.parametrize("alias", ["lead", "intro", "Overview"])
def test_section_aliases(alias: str) -> None:
    assert run_json("section", alias)["id"] == "overview"


def test_section_json_has_annotations_and_errata() -> None:
    doc = run_json("section", "protection")
    assert {"id", "title", "paragraphs", "annotations", "errata", "citations"} <= doc.keys()
    assert [(a["paragraph"], a["label"], a["date"]) for a in doc["annotations"]] == [
        (1, "when?", "2011-09"),
        (2, "when?", "2011-09"),
    ]
    first = doc["annotations"][0]
    assert doc["paragraphs"][0][: first["offset"]].endswith("trafficking victims last year,")
    overview = run_json("section", "overview")
    assert any(
        e["quote"] == "anti-trafficking statues" and e["intended"] == "anti-trafficking statutes"
        for e in overview["errata"]
    )


def test_section_one_paragraph() -> None:
    doc = run_json("section", "prosecution", "--paragraph", "3")
    assert doc["paragraph"] == 3
    assert doc["paragraphs"] == [seed_sections()["Prosecution"][2]]
    assert [e["id"] for e in doc["errata"]] == ["highlevel"]


def test_section_table_numbers_paragraphs_and_marks_notes() -> None:
    result = run("section", "protection")
    assert result.exit_code == 0
    assert "¶1" in result.stdout and "¶3" in result.stdout
    assert "[when?]" in result.stdout
    assert "Protection" in result.stdout.splitlines()[0]


def test_section_list() -> None:
    doc = run_json("section")
    assert [s["id"] for s in doc] == ["overview", "prosecution", "protection", "prevention"]
    result = run("section")
    assert result.exit_code == 0 and "prevention" in result.stdout


def test_unknown_section_suggests() -> None:
    assert fails("section", "prosecutoin").startswith(
        "tipcli: error: no section 'prosecutoin'; did you mean 'prosecution'"
    )


def test_ambiguous_section() -> None:
    assert "ambiguous: prosecution or protection" in fails("section", "pro")


@pytest.mark.parametrize("name", ["", "   ", "2"])
def test_empty_or_numeric_section_name(name: str) -> None:
    assert fails("section", name).startswith("tipcli: error: ")


def test_paragraph_out_of_range() -> None:
    assert fails("section", "prevention", "-p", "2") == "tipcli: error: prevention has paragraphs 1 to 1, not 2"


def test_an_id_wins_over_a_title_that_other_sections_share() -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    second = '[[sections]]\nid = "main-2"\ntitle = "Main"\nparagraphs = ["More."]\n\n[[figures]]'
    report = parse_report(text.replace("[[figures]]", second, 1), source="two.toml")
    assert tipcli.queries.find_section(report, "main").id == "main"
    assert tipcli.queries.find_section(report, "MAIN-2").id == "main-2"
    with pytest.raises(UsageError, match="ambiguous: main or main-2"):
        tipcli.queries.find_section(report, "mai")


def test_data_text_is_printed_literally_not_as_markup() -> None:
    result = run("--report", ATLANTIS, "section", "lead", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "ran [bold]two[/bold] shelters for 12 people :smile:" in " ".join(result.stdout.split())  # lines wrap at 100
