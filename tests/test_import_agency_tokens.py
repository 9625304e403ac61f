"""Agencies found by token rules: kinds of sentence the old patterns over raw text also read, and the edges
where tokens differ from characters (a possessive, a line break inside a hyphened word, a hyphened country).

The sentences are our own.
"""

from __future__ import annotations

from tipcli.importing.extract.agencies import extract_agencies


def _found(*paragraphs: str) -> dict[str, str]:
    """Return each agency's name and level, the paragraphs given in one section."""
    agencies = extract_agencies([("overview", i + 1, text) for i, text in enumerate(paragraphs)])
    return {agency.name: agency.level for agency in agencies}


def test_a_possessive_noun_still_mentions_the_body() -> None:
    assert _found("Lawyers from the NGO’s legal clinic advised the workers.") == {"NGO": "nongovernmental"}


def test_a_noun_hyphened_across_a_line_end_is_part_of_a_word() -> None:
    assert _found("The ministry paid for an NGO-\noperated hotline.") == {}


def test_an_appositive_calls_a_named_body_nongovernmental_only_in_its_own_sentence() -> None:
    assert _found("The Kelmora Youth Council, a nongovernmental body, ran camps.") == {
        "Kelmora Youth Council": "nongovernmental"
    }
    assert _found("Funds went to the Kelmora Youth Council. A nongovernmental body ran camps.") == {
        "Kelmora Youth Council": "federal"
    }


def test_the_government_of_a_hyphened_home_country_is_not_listed() -> None:
    found = _found(
        "The Government of Vell-Amar acted. The Government of Vell-Amar funded shelters.",
        "Vell-Amar prosecuted ten cases, and the Government of Vell-Amar trained judges.",
    )
    assert "Government of Vell-Amar" not in found
    assert found["judges"] == "judicial"


def test_bodies_known_by_what_they_do() -> None:
    found = _found(
        "Volunteers funded Bright Path Kelmora, which runs a shelter, and the Storting of Brannoch amended the Labour Code."
    )
    assert found == {"Bright Path Kelmora": "nongovernmental", "Storting of Brannoch": "legislative"}


def test_a_provider_name_is_its_last_six_capitalised_words_before_the_comma() -> None:
    found = _found("Aid went to One Two Three Four Five Six Seven Eight, which operates a clinic.")
    assert found == {"Three Four Five Six Seven Eight": "nongovernmental"}


def test_bodies_named_by_their_place() -> None:
    found = _found(
        "The Port Ellis town council and the state of Innisvar met, and the Vellanese government’s envoy came."
    )
    assert found == {
        "Port Ellis town council": "municipal",
        "state of Innisvar": "state",
        "Vellanese government": "foreign",
    }


def test_generic_actors_with_modifiers_of_the_closed_list() -> None:
    found = _found("The ministry trained state police, and local officials met district labor inspectors.")
    assert found == {"state police": "state", "local officials": "municipal", "district labor inspectors": "municipal"}


def test_a_council_needs_a_place_besides_the_sentence_opener() -> None:
    assert _found("The city council met on Fridays.") == {}
