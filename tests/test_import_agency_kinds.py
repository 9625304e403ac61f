"""Kinds of agency mention the first lists missed (q7): acronyms alone, generic bodies, foreign singulars.

Every sentence is our own, written for the kind of mention, not taken from any narrative.
"""

from __future__ import annotations

from tipcli.importing.extract.agencies import FoundAgency, extract_agencies


def agencies_of(*texts: str) -> dict[str, FoundAgency]:
    """Extract from paragraphs of one 'protection' section, keyed by lower-case name."""
    found = extract_agencies([("protection", n, text) for n, text in enumerate(texts, 1)])
    return {agency.name.lower(): agency for agency in found}


def test_a_well_known_acronym_alone_is_an_international_body() -> None:
    found = agencies_of("UNHCR screened the arrivals, and the coast guard handed 14 of them to IOM for return.")
    assert found["unhcr"].level == "international"
    assert found["iom"].level == "international"
    assert found["iom"].acronym is None  # no brackets: the acronym is the name as written


def test_an_acronym_already_bracketed_after_its_name_is_not_a_second_body() -> None:
    found = agencies_of(
        "The International Labour Organization (ILO) ran a survey of tea estates.",
        "Later the ILO reported that pickers were paid late.",
    )
    assert [name for name in found if "ilo" in name or "labour" in name] == ["international labour organization"]
    assert found["international labour organization"].acronym == "ILO"


def test_an_acronym_inside_a_longer_name_is_that_name() -> None:
    found = agencies_of("The UN Office for Refugee Affairs opened a desk in the port.")
    assert list(found) == ["un office for refugee affairs"]


def test_a_capitalised_word_that_merely_looks_like_an_acronym_is_not_one() -> None:
    assert agencies_of("Unicef and Iom are written here as ordinary words by a careless editor.") == {}


def test_singular_generic_bodies_of_the_state() -> None:
    found = agencies_of(
        "The fisheries ministry said the labour inspectorate visited 30 boats.",
        "The labor department fined two agencies, and an inter-agency working group met twice.",
    )
    assert found["labour inspectorate"].level == "federal"
    assert found["labor department"].level == "federal"
    assert found["inter-agency working group"].level == "federal"


def test_a_lower_case_national_commission_and_local_administrators() -> None:
    found = agencies_of("The national anti-trafficking commission met once; district administrators did not attend.")
    assert found["national anti-trafficking commission"].level == "federal"
    assert found["district administrators"].level == "municipal"
    assert "administrators" not in agencies_of("Shelter administrators complained about funding.")


def test_a_body_the_sentence_says_does_not_exist_is_not_listed() -> None:
    assert agencies_of("The province had no labor inspectorate and no shelter.") == {}


def test_one_foreign_government_or_donor_is_a_foreign_body() -> None:
    found = agencies_of("Judges were trained with help from a foreign government.", "A foreign donor paid for posters.")
    assert found["foreign government"].level == "foreign"
    assert found["foreign donor"].level == "foreign"
    assert agencies_of("A government official was dismissed.") == {}  # one person of the country's own state


def test_donors_alone_are_foreign_donors() -> None:
    assert agencies_of("Donors paid for two night shelters.")["donors"].level == "foreign"


def test_police_after_a_word_that_opens_a_clause() -> None:
    found = agencies_of("Women are exploited in the port towns, where police seldom inspect bars.")
    assert found["police"].level == "federal"


def test_a_league_of_members_is_a_civil_society_group() -> None:
    found = agencies_of("The Dockworkers’ Mutual League ran a hotline for seafarers.")
    assert found["dockworkers’ mutual league"].level == "nongovernmental"
