"""`tipcli agencies`: the list, --level, one agency by acronym or words, suggestions, bad names."""

from __future__ import annotations

import re

import pytest

from conftest import fails, output, run, run_json


def test_agencies_json_contract() -> None:
    doc = run_json("agencies")
    for agency in doc:
        assert {"id", "name", "acronym", "spanish_name", "level", "role", "sections", "mentions"} <= agency.keys()
        assert agency["mentions"] >= 1 and agency["sections"]
    fevimtra = next(a for a in doc if a["acronym"] == "FEVIMTRA")
    assert fevimtra["level"] == "federal"
    assert fevimtra["sections"] == ["prosecution", "protection", "prevention"]


def test_agencies_level_filter() -> None:
    doc = run_json("agencies", "--level", "international")
    assert doc and {a["level"] for a in doc} == {"international"}
    assert any(a["name"] == "United Nations Office on Drugs and Crime" for a in doc)
    assert "no level 'galactic'" in fails("agencies", "--level", "galactic")


@pytest.mark.parametrize("name", [["fevimtra"], ["FEVIMTRA"], ["Fiscalía", "Especial"], ["fiscalia", "especial"]])
def test_agency_by_acronym_or_words(name: list[str]) -> None:
    doc = run_json("agencies", *name)
    assert doc["acronym"] == "FEVIMTRA"
    # By hand from the seed: FEVIMTRA is named in prosecution 2 (three times), protection 2 and 3, prevention 1.
    assert [(q["section"], q["paragraph"]) for q in doc["quotes"]] == [
        ("prosecution", 2),
        ("prosecution", 2),
        ("prosecution", 2),
        ("protection", 2),
        ("protection", 3),
        ("prevention", 1),
    ]
    assert doc["quotes"][-1]["text"].startswith("The Mexican government conducted a public awareness campaign")


def test_agency_described_not_named() -> None:
    doc = run_json("agencies", "social", "welfare")
    assert doc["quotes"][0]["text"].startswith("Mexico’s social welfare agency continued to operate general shelters")
    assert "spanish_name" in doc["external"]


def test_agency_detail_table() -> None:
    result = run("agencies", "siedo")
    assert result.exit_code == 0
    assert "Office of the Special Prosecutor for Organized Crime" in result.stdout
    assert "prosecution ¶2.3" in result.stdout


def test_unknown_agency_suggests() -> None:
    assert fails("agencies", "fevimtr").startswith("tipcli: error: no agency 'fevimtr'; did you mean 'fevimtra'")


@pytest.mark.parametrize("name", ["", "  ", "42"])
def test_empty_or_numeric_agency_name(name: str) -> None:
    assert fails("agencies", name).startswith("tipcli: error: ")


def test_a_suggestion_names_each_choice_once() -> None:
    result = run("agencies", "fevimtr")
    assert result.exit_code == 2
    assert result.stderr.count("'fevimtra'") == 1


def test_level_with_a_name_is_a_usage_error_not_ignored() -> None:
    result = run("agencies", "--level", "state", "fevimtra")
    assert result.exit_code == 2 and result.stdout == ""
    assert "--level lists the agencies of a level; with a NAME it has no meaning" in result.stderr


def test_the_agencies_a_suggestion_leaves_out_are_counted_right() -> None:
    message = fails("agencies", "xyzzy")
    listed, more = re.fullmatch(r".*choose from (.*) and (\d+) more", message).groups()  # type: ignore[union-attr]
    assert len(listed.split(", ")) == 8
    assert 8 + int(more) == len(run_json("agencies"))  # every agency once: listed, or counted


def test_the_list_shows_mentions_and_the_sentences_they_stand_in() -> None:
    # The narrative names the immigration institute (INM, "immigration agents", ...) five times in four
    # sentences, as issue 14 counted it by hand; the table shows both, labelled as the JSON keys are.
    lines = output("agencies").splitlines()
    assert "Mentions" in lines[0] and "(sentences)" in lines[1]
    (inm,) = [line for line in lines if "│ INM " in line]
    assert "│ 5 (4) " in inm
    narrow = run("agencies", env={"COLUMNS": "40"}).stdout.split("\n\n")
    (block,) = [b for b in narrow if "Acronym:" in b and " INM\n" in b]
    assert "\nMentions (sentences): 5 (4)\n" in block
