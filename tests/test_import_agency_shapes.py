"""Agency names of awkward shapes: comma lists, '&' between two bodies, dates and owners beside a name.

Hand-written cases in wording of their own (not the held-out narratives'), so a rule keyed to those
files' words would not pass them.
"""

from __future__ import annotations

from tipcli.importing.extract.agencies import FoundAgency, extract_agencies
from tipcli.importing.structure.build import read_narrative


def agencies_of(*texts: str) -> dict[str, FoundAgency]:
    """Extract from paragraphs of one 'prevention' section, keyed by name."""
    found = extract_agencies([("prevention", n, text) for n, text in enumerate(texts, 1)])
    return {agency.name: agency for agency in found}


def test_a_name_listing_portfolios_with_commas_is_one_body() -> None:
    found = agencies_of("The Department of Youth, Sport, Culture and Heritage Affairs funded two hostels for boys.")
    assert list(found) == ["Department of Youth, Sport, Culture and Heritage Affairs"]


def test_a_comma_after_a_name_followed_by_a_lower_case_clause_still_ends_it() -> None:
    found = agencies_of("The Ministry of Health, with help from donors, and the Border Police screened arrivals.")
    assert set(found) == {"Ministry of Health", "donors", "Border Police"}  # donors: a generic body (q7)


def test_an_ampersand_before_the_starts_a_second_body_and_the_acronym_is_the_second_ones() -> None:
    found = agencies_of("Funded by the Consulate General of Tarsia & the Northern Rivers Fisheries Council (NRFC), ...")
    assert set(found) == {"Consulate General of Tarsia", "Northern Rivers Fisheries Council"}
    assert found["Northern Rivers Fisheries Council"].acronym == "NRFC"
    assert found["Consulate General of Tarsia"].acronym is None


def test_an_ampersand_inside_one_name_stays_there() -> None:
    found = agencies_of("The Directorate of Fisheries & Maritime Affairs inspected 40 trawlers.")
    assert list(found) == ["Directorate of Fisheries & Maritime Affairs"]


def test_a_date_after_a_name_is_not_part_of_it() -> None:
    found = agencies_of(
        "The country agreed a readmission protocol with the Government of Vescany in October 2015.",
        "The Labour Inspectorate of Orrin on 3 May 2015 closed a quarry.",
    )
    assert "Government of Vescany" in found
    assert "Labour Inspectorate of Orrin" in found
    assert not any("October" in name or "May" in name for name in found)


def test_a_short_form_of_a_name_found_earlier_is_the_same_body() -> None:
    found = agencies_of(
        "The Inter-Ministerial Board on Forced Labour Eradication (IBFLE) met in June.",
        "Later the Inter-Ministerial Board published guidance; the National Board of Health did not.",
    )
    board = found["Inter-Ministerial Board on Forced Labour Eradication"]
    assert "Inter-Ministerial Board" in board.phrases
    assert "Inter-Ministerial Board" not in found
    assert "National Board of Health" in found  # a different body, not a short form


def test_a_shorter_name_that_a_longer_one_extends_without_a_preposition_is_its_own_body() -> None:
    found = agencies_of(
        "The Federal Police Cybercrime Unit (FPCU) traced the ads.", "The Federal Police arrested three men."
    )
    assert {"Federal Police Cybercrime Unit", "Federal Police"} <= set(found)


def test_an_owner_body_and_the_office_it_runs_are_two_bodies() -> None:
    found = agencies_of("The Interior Ministry’s Bureau for Missing Persons and Migrants (BMPM) opened files.")
    assert found["Bureau for Missing Persons and Migrants"].acronym == "BMPM"
    assert "Interior Ministry" in found


def test_an_office_owned_by_a_title_is_one_body() -> None:
    found = agencies_of(
        "The Solicitor General’s Chambers reviewed the bill, and the Chief Inspector’s Office closed a case."
    )
    assert "Solicitor General’s Chambers" in found
    assert "Chief Inspector’s Office" in found


def test_generic_actors_in_a_list_after_a_verb_and_magistrates() -> None:
    found = agencies_of("Donors helped retrain police, customs staff, and border guards; lay magistrates heard cases.")
    assert found["police"].level == "federal"
    assert found["border guards"].level == "federal"
    assert found["magistrates"].level == "judicial"


def test_police_as_a_modifier_of_another_noun_is_still_no_agency() -> None:
    assert "police" not in agencies_of("Rural police stations lacked interpreters.")


def test_html_footer_and_navigation_divisions_are_not_narrative() -> None:
    page = (
        "<html><body><div class='site-nav'><p>Bureau of Public Affairs | Home</p></div>"
        "<div id='content'><p>Arvania was upgraded to Tier 1.</p><h3>Prevention</h3>"
        "<p>The Ministry of Labour trained 40 inspectors.</p></div>"
        "<div id='page-footer'><p>Office of Global Outreach &ndash; Page 1 of 1.</p></div></body></html>"
    )
    narrative = read_narrative(page)
    assert [(s.id, s.paragraphs) for s in narrative.sections] == [
        ("overview", ("Arvania was upgraded to Tier 1.",)),
        ("prevention", ("The Ministry of Labour trained 40 inspectors.",)),
    ]
