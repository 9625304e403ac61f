"""Indicators decided by who paid, whose penalty and which count is the whole (q7), in sentences of our own."""

from __future__ import annotations

import re

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import code

_BRACKET_RE = re.compile(r"\[([^\]]+)\]")


def indicator_of(marked: str) -> str | None:
    """Code the figure that stands in [brackets] in a sentence, as the importer drafts it."""
    match = _BRACKET_RE.search(marked)
    assert match, marked
    text = marked[: match.start()] + match.group(1) + marked[match.end() :]
    figures = [f for f in extract_figures(text) if f.start <= match.start() < f.end]
    assert figures, f"no figure drafted at [{match.group(1)}] in {text!r}"
    found = figures[0]
    return code(text, found.start, found.end, unit=found.unit, kind=found.kind).indicator


def test_money_donors_spent_or_gave_is_not_a_governments_funding() -> None:
    assert indicator_of("Donors spent an estimated [3 million dalms] on school visits in 2020.") is None
    assert indicator_of("With grants of [$40,000] from a foreign donor, a church group ran a hotline.") is None
    assert indicator_of("The shelter ran on foreign donor funding of [$12,000] a year.") is None
    # its bracketed conversion follows it
    assert indicator_of("Donors spent an estimated 3 million dalms ([$9,500]) on school visits.") is None


def test_a_government_that_gave_nothing_while_ngos_relied_on_donors_is_still_funding() -> None:
    marked = "The ministry did not provide [any funding] to shelters, which relied on foreign donors."
    assert indicator_of(marked) == "funding"
    assert indicator_of("The welfare ministry spent [$70,000] on shelters, twice what donors gave.") == "funding"


def test_an_amount_spent_stays_funding_when_the_clause_goes_on_to_wages() -> None:
    marked = "The ministry spent [2 million dalms] ($9,000) on posters, and inspectors found 30 cases of unpaid wages."
    assert indicator_of(marked) == "funding"


def test_money_a_shelter_received_from_a_ministry() -> None:
    marked = "The church shelter housed nine girls; it received [90,000 dalms] ($4,000) from the welfare ministry."
    assert indicator_of(marked) == "funding"
    assert indicator_of("The broker received [$600] from each family.") is None


def test_the_penalty_of_a_crime_the_law_is_measured_against_is_no_penalty_of_trafficking() -> None:
    marked = "The code prescribes three to six years; these are not commensurate with those for arson, which carries [up to 20 years]."
    assert indicator_of(marked) is None
    assert indicator_of("The code prescribes [three to six years] for forced labor.") == "penalties"


def test_suspended_sentences_given_to_some_of_the_convicted() -> None:
    marked = "Judges gave fully suspended sentences to [4] of 22 convicted traffickers."
    assert indicator_of(marked) is None
    assert indicator_of("Judges gave fully suspended sentences to 4 of [22 convicted traffickers].") == "convictions"


def test_a_part_named_by_its_group_after_a_semicolon_takes_the_groups_indicator() -> None:
    text = "Officials identified 52 victims (30 women and 22 men); [40 of the victims] were exploited in begging."
    assert indicator_of(text) == "victims_identified"
    text = "Officials identified 52 victims in 2020; [nine of these victims] were children."
    assert indicator_of(text) == "victims_identified"
    # a part with a verb of its own keeps that verb's reading
    assert indicator_of("Officials identified 52 victims; shelters housed [20 of the victims].") == "victims_assisted"
