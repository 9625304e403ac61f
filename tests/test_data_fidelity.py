"""The packaged data says no more than the text.

Expectations are read by hand from the seed (tests/data/seed/human-trafficking-in-mexico.txt),
sentence by sentence, never from report.toml. Sentences are numbered from 1 within a paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


def run_json(*args: str) -> Any:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def run_text(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def places(agency: dict[str, Any]) -> set[tuple[str, int, int]]:
    return {(q["section"], q["paragraph"], q["sentence"]) for q in agency["quotes"]}


def agency(agency_id: str) -> dict[str, Any]:
    (found,) = [a for a in run_json("export")["agencies"] if a["id"] == agency_id]
    return found


# -- the bodies the text names ------------------------------------------------------------------

# Every sentence of the seed with "NGO" or "NGOs" in it, found by reading.
NGO_SENTENCES = {
    ("overview", 1, 2),  # Government and NGO statistics suggest ...
    ("overview", 3, 5),  # ... NGOs and government representatives report ...
    ("prosecution", 3, 1),  # NGOs, members of the government, and other observers ...
    ("prosecution", 4, 1),  # NGOs noted that many public officials ...
    ("protection", 1, 2),  # It continued to rely on NGOs ...
    ("protection", 1, 3),  # ... care providers, such as NGOs ...
    ("protection", 1, 5),  # With the help of the NGOs ...
    ("protection", 2, 7),  # Some shelters were operated and funded by NGOs ...
    ("protection", 2, 8),  # However, according to NGOs ...
    ("protection", 3, 3),  # ... according to NGOs, witnesses ...
    ("prevention", 1, 7),  # ... partnerships with NGOs ...
}


def test_ngos_are_an_agency_in_every_sentence_that_names_them() -> None:
    levels = {a["id"]: a["level"] for a in run_json("agencies")}
    (ngos,) = [a for a in run_json("export")["agencies"] if "NGO" in (a["acronym"] or "") + a["name"]]
    assert levels[ngos["id"]] == "nongovernmental"
    assert places(ngos) == NGO_SENTENCES
    assert ngos["sentences"] == 11


def test_religious_groups_run_and_fund_shelters() -> None:
    (groups,) = [a for a in run_json("export")["agencies"] if "religious" in a["name"].lower()]
    assert groups["level"] == "nongovernmental"
    # Protection 2.7: "Some shelters were operated and funded by NGOs, international organizations and religious groups."
    assert places(groups) == {("protection", 2, 7)}
    assert "shelters" in groups["role"]


def test_the_attorney_generals_office_is_fevimtras_parent() -> None:
    (office,) = [a for a in run_json("export")["agencies"] if a["name"] == "Attorney General's Office"]
    assert office["level"] == "federal"
    # Prosecution 2.2: The Attorney General's Special Prosecutor's Office for Violence Against Women ... (FEVIMTRA).
    assert places(office) == {("prosecution", 2, 2)}
    assert "FEVIMTRA" in office["role"]
    assert {"acronym", "spanish_name"} <= set(office["external"])  # PGR is not in the text


# -- mentions the phrases missed ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "where", "agencies"),
    [
        ("Although authorities encouraged", ("protection", 3, 1), {"government-of-mexico"}),
        ("Authorities continued to work", ("prevention", 1, 3), {"government-of-mexico"}),
        ("Federal and state governments", ("prevention", 1, 1), {"government-of-mexico", "state-governments"}),
        ("NGOs and government representatives", ("overview", 3, 5), {"government-of-mexico"}),
        ("some local officials tolerate", ("overview", 3, 5), {"municipal-governments"}),
        ("some law enforcement officials", ("prosecution", 4, 2), {"police"}),
        ("law enforcement personnel", ("protection", 2, 10), {"police"}),
        ("including state and local officials", ("prosecution", 4, 1), {"state-governments", "municipal-governments"}),
    ],
)
def test_a_mention_counts_for_the_bodies_it_names(words: str, where: tuple[str, int, int], agencies: set[str]) -> None:
    for agency_id in agencies:
        quotes = {(q["section"], q["paragraph"], q["sentence"]): q["text"] for q in agency(agency_id)["quotes"]}
        assert words in quotes.get(where, ""), agency_id


def test_mentions_count_words_and_sentences_count_quotes() -> None:
    inm = run_json("agencies", "inm")
    # "immigration officials" (prosecution 3.1), "Two immigration officials" (3.3), "immigration
    # official" (3.4), and in protection 1.3 both "Mexican immigration agents" and "migration officers".
    assert inm["mentions"] == 5
    assert inm["sentences"] == 4 == len(inm["quotes"])
    listed = {a["id"]: a for a in run_json("agencies")}
    assert (listed["inm"]["mentions"], listed["inm"]["sentences"]) == (5, 4)


# -- roles, labels and descriptions paraphrase, never add -----------------------------------------

# Claims the text does not make, each next to what the text says instead.
UNSTATED = {
    "tried": "a federal judge achieved the first convictions",
    "trained": "1,333 migration officers received training",
    "were convicted of": "arrested ... for their alleged leadership ..., were convicted",
    "coordinates": "the Secretariat of Government assumed more active leadership of the commission",
    "within their states": "some trafficking cases that occur wholly within the country",
    "arrested for leading": "arrested ... for their alleged leadership",
    "runs ": "the Secretary of Labor developed a series of workshops and trainings in 2010",
    "won ": "Mexico City's Special Prosecutor for Trafficking sentenced a trafficking offender",
}


def every_description() -> list[tuple[str, str]]:
    doc = run_json("export")
    texts = [(a["id"], a["role"] or "") for a in doc["agencies"]]
    texts += [(f["id"], f["label"]) for f in doc["figures"]]
    texts += [(e["id"], e["description"]) for e in doc["events"]]
    return texts


def test_no_role_label_or_description_states_more_than_the_text() -> None:
    for thing, text in every_description():
        for claim, instead in UNSTATED.items():
            assert claim not in text.lower(), (thing, claim, f"the text: {instead}")


def test_the_first_convictions_and_the_training_are_told_as_the_text_tells_them() -> None:
    assert "achieved the first convictions" in agency("judiciary")["role"]
    assert "received training" in agency("inm")["role"]
    assert "alleged leadership" in agency("inm")["role"]
    assert "wholly within the country" in agency("state-governments")["role"]
    (arrests,) = [e for e in run_json("timeline") if e["id"] == "immigration-officials-arrested"]
    assert "alleged leadership" in arrests["description"]


def test_mexico_city_is_not_counted_among_the_22_states() -> None:
    (states,) = run_json("stats", "--match", "Twenty-two Mexican states")
    assert (states["value"], states["unit"]) == (22, "states")
    assert "Mexico City" in states["label"] and "not counted" in states["label"]


# -- where the tier and the text come from ----------------------------------------------------------


def test_the_tier_comes_from_the_narratives_heading_which_the_article_omits() -> None:
    tier = run_json("summary")["tier"]
    assert tier["placement"] == "Tier 2"
    assert '"MEXICO (Tier 2)"' in tier["provenance"] and "article omits" in tier["provenance"]
    out = run_text("summary")
    assert "country list" not in out
    assert "MEXICO (Tier 2)" in out


REPORT_PAGE = "https://2009-2017.state.gov/j/tip/rls/tiprpt/2010/index.htm"
NARRATIVE_PAGE = "https://2009-2017.state.gov/j/tip/rls/tiprpt/2010/142761.htm"
ARTICLE = "https://en.wikipedia.org/wiki/Human_trafficking_in_Mexico"


def test_the_addresses_of_the_report_and_the_article_are_data_shown_in_summary() -> None:
    source = run_json("summary")["source"]
    assert (source["url"], source["narrative_url"]) == (REPORT_PAGE, NARRATIVE_PAGE)
    assert (source["article"], source["article_url"]) == ("Human trafficking in Mexico", ARTICLE)
    out = run_text("summary").replace("\n", " ")
    for address in (REPORT_PAGE, NARRATIVE_PAGE, ARTICLE):
        assert address in out
    assert "not in the text" in out


def test_citations_give_the_narratives_address_and_say_whose_numbering_they_use() -> None:
    (item,) = run_json("cite")
    assert item["URL"] == NARRATIVE_PAGE
    assert f"  url = {{{NARRATIVE_PAGE}}}" in run_text("cite", "-f", "bibtex")
    assert f"UR  - {NARRATIVE_PAGE}" in run_text("cite", "-f", "ris").splitlines()
    out = run_text("cite", "--figure", "federal-investigations")
    assert f"Sections and paragraphs as numbered in the article “Human trafficking in Mexico” ({ARTICLE})" in out


def test_overview_is_the_articles_lead_not_a_section_of_the_report() -> None:
    out = run_text("cite", "--section", "overview", "-p", "3")
    assert "Overview section" not in out
    assert "(U.S. Department of State, 2010, introduction (the article's “Overview”), para. 3)" in out
    (item,) = run_json("cite", "--section", "overview", "-p", "3")
    assert item["note"].startswith("introduction (the article's “Overview”), paragraph 3")
    # The date of publication is quoted from the article's citation string, not from the report.
    assert run_text("cite", "--event", "report-published").startswith(
        "“U.S. Department of State (June 14, 2010)” (U.S. Department of State, 2010, "
        "the article's source citation after introduction (the article's “Overview”), para. 3)\n"
    )


# -- dates in doubt, dates relative to the report -----------------------------------------------------


def test_the_doubtful_period_is_flagged_in_the_machine_readable_date() -> None:
    events = {e["id"]: e for e in run_json("timeline")}
    period = events["prevention-efforts"]
    assert (period["date"], period["end"]) == ("2009", "2012")  # as the text writes it
    assert period["doubtful"] is True
    assert period["erratum"] in {e["id"] for e in run_json("export")["errata"]}
    assert [e for e in events.values() if "doubtful" in e] == [period]


RELATIVE_REPORT = """
schema = 1
[report]
title = "Made-up test report"
country = "Nowhere"
year = 2031
[source]
title = "Test source"
publisher = "Test publisher"
[[sections]]
id = "main"
title = "Main"
paragraphs = ["The Office counted 5 cases last year. It raided 2 sites during the reporting period."]
[[events]]
id = "counted"
date = "2030"
relative = "last year"
description = "The Office counts 5 cases."
section = "main"
paragraph = 1
quote = "counted 5 cases last year"
[[events]]
id = "raids"
date = "2030"
end = "2031"
relative = "during the reporting period"
description = "The Office raids 2 sites."
section = "main"
paragraph = 1
quote = "raided 2 sites during the reporting period"
"""


def test_an_event_dated_relative_to_the_report_keeps_the_texts_words(tmp_path: Path) -> None:
    path = tmp_path / "relative.toml"
    path.write_text(RELATIVE_REPORT, encoding="utf-8")
    events = run_json("--report", str(path), "timeline")
    assert [(e["date"], e["end"], e["precision"], e["relative"]) for e in events] == [
        ("2030", None, "year", "last year"),
        ("2030", "2031", "year", "during the reporting period"),
    ]
    out = run_text("--report", str(path), "timeline")
    assert "(last year)" in out and "(during the reporting period)" in out


# Every place the seed dates something only relative to the report, read by hand, with the date
# the rule in src/tipcli/data/schema.md gives it (the report's year is 2010).
RELATIVE_IN_THE_TEXT = {
    ("prosecution", 2, "investigated 48 trafficking cases"): ("2009", "2010", "during the reporting period"),
    ("prosecution", 2, "sentenced a trafficking offender to 10 years"): ("2009", "2010", "during the reporting period"),
    ("prosecution", 2, "four raids of brothels"): ("2010", None, "so far this year"),
    ("prosecution", 2, "cross-border trafficking investigations"): ("2009", None, "last year"),
    ("prosecution", 3, "were convicted"): ("2009", "2010", "during the reporting period"),
    ("protection", 1, "modestly increased its assistance"): ("2009", None, "last year"),
    ("protection", 2, "FEVIMTRA opened a shelter"): ("2009", "2010", "during the reporting period"),
    ("protection", 2, "temporary humanitarian parole"): ("2009", None, "last year"),
}


def test_events_the_text_dates_relative_to_the_report() -> None:
    events = [e for e in run_json("timeline") if "relative" in e]
    found = {}
    for place in RELATIVE_IN_THE_TEXT:
        section, paragraph, words = place
        (event,) = [e for e in events if (e["section"], e["paragraph"]) == (section, paragraph) and words in e["quote"]]
        assert event["relative"] in event["quote"].lower()  # the text's own words
        found[place] = (event["date"], event["end"], event["relative"])
        assert event["precision"] == "year"
    assert found == RELATIVE_IN_THE_TEXT
    assert len(events) == len(RELATIVE_IN_THE_TEXT)
