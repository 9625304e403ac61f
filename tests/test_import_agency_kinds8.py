"""Kinds of agency name heldout8 showed the importer missing (agq8): courts with their jurisdiction,
possessives inside a portfolio, United Nations funds and programmes, societies, collectives, task forces.

Every sentence is our own, written for the kind of mention, not taken from any narrative.
"""

from __future__ import annotations

from tipcli.importing.extract.agencies import FoundAgency, extract_agencies


def agencies_of(*texts: str) -> dict[str, FoundAgency]:
    """Extract from paragraphs of one 'prosecution' section, keyed by lower-case name."""
    found = extract_agencies([("prosecution", n, text) for n, text in enumerate(texts, 1)])
    return {agency.name.lower(): agency for agency in found}


def test_courts_with_a_jurisdiction_keep_it_and_stay_judicial() -> None:
    found = agencies_of("Prosecutors charged 30 smugglers, and regional courts sentenced eight of them.")
    assert "regional courts" in found
    assert "courts" not in found
    assert found["regional courts"].level == "judicial"


def test_a_level_word_before_courts_does_not_make_them_a_state_or_municipal_body() -> None:
    found = agencies_of("Provincial courts and district courts heard 16 labor cases in the year.")
    assert found["provincial courts"].level == "judicial"
    assert found["district courts"].level == "judicial"


def test_military_courts_are_a_body_of_their_own() -> None:
    found = agencies_of("Military courts tried three soldiers who had sold detainees to a farm owner.")
    assert list(found) == ["military courts"]


def test_a_modifier_naming_the_kind_of_case_leaves_the_courts() -> None:
    found = agencies_of("Victims could claim back wages in civil courts, though none did.")
    assert list(found) == ["courts"]


def test_a_court_modifier_before_police_is_not_taken_as_the_police_level() -> None:
    found = agencies_of("Military police guarded the camp where 40 recruits were held.")
    assert "police" not in found
    assert "military police" not in found


def test_a_single_district_court_is_still_not_listed() -> None:
    assert agencies_of("A district court in the capital acquitted the hotel owner.") == {}


def test_a_possessive_inside_a_ministry_portfolio_stays_in_its_name() -> None:
    found = agencies_of("The Ministry of Youth’s and Children’s Affairs paid for 12 beds.")
    assert list(found) == ["ministry of youth’s and children’s affairs"]
    assert found["ministry of youth’s and children’s affairs"].level == "federal"
    assert list(agencies_of("The Ministry of Children’s Rights opened a desk.")) == ["ministry of children’s rights"]


def test_a_possessive_before_something_the_ministry_runs_still_ends_the_name() -> None:
    found = agencies_of("The Ministry of Transport’s Safety Campaign reached 400 drivers.")
    assert list(found) == ["ministry of transport"]


def test_a_united_nations_fund_or_programme_with_its_acronym_is_one_international_body() -> None:
    found = agencies_of("The United Nations Housing Programme (UNHP) rebuilt 30 homes, and UNHP later left.")
    assert list(found) == ["united nations housing programme"]
    assert found["united nations housing programme"].acronym == "UNHP"
    assert found["united nations housing programme"].level == "international"


def test_a_fund_that_is_money_is_still_not_a_body() -> None:
    assert agencies_of("The Victim Relief Fund paid 300 torins to each survivor.") == {}


def test_a_society_or_collective_is_a_civil_society_group() -> None:
    found = agencies_of("The Hillside Mercy Society and the Open Door Collective ran two shelters.")
    assert found["hillside mercy society"].level == "nongovernmental"
    assert found["open door collective"].level == "nongovernmental"


def test_a_national_task_force_is_a_government_body() -> None:
    found = agencies_of("The National Task Force on Forced Labour met four times.")
    assert found["national task force on forced labour"].level == "federal"


def test_a_unit_of_a_ministry_is_two_bodies_and_the_acronym_is_the_ministrys() -> None:
    found = agencies_of("The Harbour Crimes Unit of the Ministry of Coastal Affairs (MCA) boarded 11 boats.")
    assert set(found) == {"harbour crimes unit", "ministry of coastal affairs"}
    assert found["ministry of coastal affairs"].acronym == "MCA"
    assert found["harbour crimes unit"].acronym is None


def test_an_office_of_a_single_titled_body_stays_one_name() -> None:
    assert list(agencies_of("The Office of the Ombudsman received 40 complaints.")) == ["office of the ombudsman"]


def test_a_ministry_named_by_its_portfolio_in_lower_case_is_a_generic_body() -> None:
    found = agencies_of("The health ministry paid for 90 medical visits to rescued fishermen.")
    assert found["health ministry"].level == "federal"


def test_a_legislature_written_alone_with_a_capital_is_a_body() -> None:
    found = agencies_of("The plan was drafted in May, but Congress never funded it.")
    assert found["congress"].level == "legislative"


def test_a_named_provincial_government_is_a_state_body() -> None:
    found = agencies_of("The Arlo Provincial Government housed 14 girls in a rented flat.")
    assert found["arlo provincial government"].level == "state"


def test_several_governments_named_together_are_one_foreign_entry() -> None:
    found = agencies_of("Wage deals were signed with the Governments of Aster and Brell in the spring.")
    assert list(found) == ["governments of aster and brell"]
    assert found["governments of aster and brell"].level == "foreign"
