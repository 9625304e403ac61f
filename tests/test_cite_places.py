"""`tipcli cite`: quotes matched as search matches, places cited as search prints them, a key a place.

The words and places are read by hand from the seed text (prosecution ¶1, protection ¶2).
"""

from __future__ import annotations

import json
import re

import pytest

from conftest import fails, output

NARRATIVE = "https://2009-2017.state.gov/j/tip/rls/tiprpt/2010/142761.htm"
ARTICLE = "https://en.wikipedia.org/wiki/Human_trafficking_in_Mexico"
# Protection ¶2, sixth sentence of the seed.
SHELTERS = "Local shelters also opened their doors to trafficking victims."


def first_line(*args: str) -> str:
    return output("cite", *args).splitlines()[0]


@pytest.mark.parametrize(
    "typed",
    [
        "six to 12 years' imprisonment",  # a plain apostrophe for the text's typographic one
        "SIX TO 12    years’  imprisonment",  # case and runs of spaces
        "  six to 12 years‘ imprisonment ",
    ],
)
def test_a_quote_is_found_as_search_finds_it_and_cited_in_the_reports_words(typed: str) -> None:
    line = first_line("--section", "prosecution", "-p", "1", "--quote", typed)
    assert line.startswith("“six to 12 years’ imprisonment” (U.S. Department of State, 2010, Prosecution section")


def test_a_quote_copied_from_section_with_its_when_marker() -> None:
    line = first_line(
        "--section", "protection", "-p", "2", "--quote", "During the reporting period,[when?] FEVIMTRA opened"
    )
    assert line.startswith("“During the reporting period, FEVIMTRA opened” (")
    (item,) = json.loads(output("cite", "protection:2", "--quote", "reporting period, [WHEN?] fevimtra", "--json"))
    assert item["note"] == "Protection, paragraph 2: “reporting period, FEVIMTRA”"


def test_a_quote_not_found_shows_what_was_received_and_the_nearest_passage() -> None:
    message = fails("cite", "--section", "prosecution", "-p", "1", "--quote", "six to twelve years imprisonment")
    assert message.startswith("tipcli: error: the quote 'six to twelve years imprisonment' is not in prosecution ¶1;")
    assert "the nearest passage there is 'six to 12 years’ imprisonment'" in message
    assert message.endswith("copy the words from 'tipcli section prosecution -p 1'")


def test_a_sentence_is_cited_by_the_place_search_prints() -> None:
    assert first_line("protection:2.6").startswith(f"“{SHELTERS}” (U.S. Department of State, 2010, Protection section")
    assert first_line("prot:2.6") == first_line("protection ¶2.6") == first_line("Protection:2.6")
    paragraph = output("cite", "protection:2")
    assert paragraph.startswith("(U.S. Department of State, 2010, Protection section, para. 2)\n")


def test_a_quote_within_a_sentence_place_is_looked_for_in_that_sentence() -> None:
    assert first_line("protection:2.6", "--quote", "local SHELTERS").startswith("“Local shelters” (")
    message = fails("cite", "protection:2.6", "--quote", "FEVIMTRA opened")
    assert "is not in protection ¶2.6;" in message


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ("protection", "'protection' is not a place; write SECTION:PARAGRAPH or SECTION:PARAGRAPH.SENTENCE"),
        ("protection:two", "is not a place; write SECTION:PARAGRAPH"),
        (":2.6", "is not a place"),
        ("protection:9", "protection has paragraphs 1 to 3, not 9"),
        ("protection:2.99", "protection ¶2 has sentences 1 to 10, not 99"),
        ("protection:0", "protection has paragraphs 1 to 3, not 0"),
        ("pr:1", "section 'pr' is ambiguous"),
        ("nowhere:1", "no section 'nowhere'"),
    ],
)
def test_a_bad_place_is_a_usage_error_with_a_hint(place: str, message: str) -> None:
    assert message in fails("cite", place)


def test_a_place_and_another_thing_to_cite_is_one_too_many() -> None:
    assert "cite one thing at a time" in fails("cite", "protection:2", "--figure", "federal-investigations")
    assert "without --paragraph" in fails("cite", "protection:2", "-p", "3")


def bibtex_key(*args: str) -> str:
    found = re.match(r"@incollection\{([^,]+),\n", output("cite", *args, "-f", "bibtex"))
    assert found
    return found[1]


def test_each_place_gets_its_own_citation_key() -> None:
    keys = [
        bibtex_key(),
        bibtex_key("protection:2.6"),
        bibtex_key("protection:2"),
        bibtex_key("--figure", "federal-investigations"),
        bibtex_key("--figure", "penalty-public-official"),
        bibtex_key("--event", "prevention-efforts"),
        bibtex_key("protection:2", "--quote", "approximately $3.4 million"),
        bibtex_key("protection:2", "--quote", "capacity for 70 individuals"),
    ]
    assert len(set(keys)) == len(keys)
    assert keys[:3] == ["tip2010mexico", "tip2010mexico-protection-2-6", "tip2010mexico-protection-2"]
    assert keys[3] == "tip2010mexico-fig-federal-investigations"
    assert keys[5] == "tip2010mexico-event-prevention-efforts"
    assert all(re.fullmatch(r"[A-Za-z0-9_-]+", k) for k in keys)  # a key BibTeX and biber accept


def test_the_same_place_gets_the_same_key_however_it_is_named() -> None:
    assert bibtex_key("protection:2.6") == bibtex_key("--section", "protection", "-p", "2", "--quote", SHELTERS)
    typed = bibtex_key("--section", "prosecution", "-p", "1", "--quote", "SIX to 12 years' imprisonment")
    assert typed == bibtex_key("prosecution:1", "--quote", "six to 12 years’ imprisonment")


def test_the_key_is_the_ris_id_and_the_csl_id() -> None:
    ris = output("cite", "--figure", "federal-investigations", "-f", "ris").splitlines()
    assert ris[:2] == ["TY  - CHAP", "ID  - tip2010mexico-fig-federal-investigations"]
    (item,) = json.loads(output("cite", "protection:2.6", "--json"))
    assert item["id"] == "tip2010mexico-protection-2-6"
    (item,) = json.loads(output("cite", "--json"))
    assert item["id"] == "tip2010mexico"


def test_apa_and_chicago_give_the_state_departments_address_and_the_article_stays_the_article() -> None:
    for style in ("apa", "chicago"):
        entry = output("cite", "-f", style).rstrip("\n")
        assert entry.endswith(f"June 14, 2010. {NARRATIVE}" if style == "chicago" else f"(10th ed.). {NARRATIVE}")
        lines = output("cite", "protection:2.6", "-f", style).splitlines()
        assert lines[-1].endswith(NARRATIVE)  # the reference: the report's page
        article = next(line for line in lines if ARTICLE in line)
        assert article.startswith("Sections and paragraphs as numbered in the article “Human trafficking in Mexico”")
        assert NARRATIVE not in article


@pytest.mark.parametrize("quote", ["", "   ", "[when?]"])
def test_an_empty_quote_is_a_usage_error(quote: str) -> None:
    assert "--quote is empty" in fails("cite", "protection:2", "--quote", quote)
