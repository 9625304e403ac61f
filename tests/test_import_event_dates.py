"""Dated happenings: a month's date with a count after its verb, 'as amended in YEAR', fractions and article numbers.

Hand-written cases in wording of their own (not the held-out narratives').
"""

from __future__ import annotations

from tipcli.importing.extract.events import extract_events


def events_of(text: str) -> list[tuple[str, str]]:
    """Return (date, precision) for each event of a paragraph."""
    return [(event.date, event.precision) for event in extract_events(text)]


def test_a_months_date_with_a_count_after_a_happening_verb_is_an_event() -> None:
    assert events_of("In November 2017, the appeals court overturned three acquittals in a bonded-labor case.") == [
        ("2017-11", "month")
    ]
    assert events_of("On 4 June 2020 the cabinet dismissed two district governors over the scandal.") == [
        ("2020-06-04", "day")
    ]


def test_a_months_date_on_a_tally_is_still_no_event() -> None:
    assert events_of("In October 2019, inspectors identified 14 victims on cattle ranches.") == []


def test_a_year_with_a_count_after_the_verb_is_still_a_tally() -> None:
    assert events_of("In 2016, the tribunal overturned three acquittals.") == []


def test_as_amended_in_a_year_dates_the_amendment_even_after_an_article_number() -> None:
    text = "Section 370 of the Penal Law, as revised in 2011, outlawed debt bondage."
    assert events_of(text) == [("2011", "year")]


def test_a_fraction_dated_by_a_year_is_a_statistic_not_an_event() -> None:
    text = "Seasonal migrants, who made up two-thirds of fruit pickers in 2021, lacked contracts."
    assert events_of(text) == []


def test_an_abbreviated_month_with_its_dot_dates_a_happening() -> None:
    assert events_of("The council was dissolved in Aug. 2013.") == [("2013-08", "month")]
    assert events_of("The registry opened on Oct. 4, 2016.") == [("2016-10-04", "day")]


def test_a_span_of_years_in_one_token_is_no_happening() -> None:
    assert events_of("The assembly ratified the accord in 2016-17.") == []
    assert events_of("The assembly ratified the accord in 2016.") == [("2016", "year")]


def test_months_listed_without_commas_are_no_coordinated_date() -> None:
    assert events_of("The panel convened in March, May and October 2012.") == [
        ("2012-03", "month"),
        ("2012-05", "month"),
        ("2012-10", "month"),
    ]
    assert events_of("The panel convened in March May and October 2012.") == []


def test_a_year_before_a_comma_is_a_date_not_a_count() -> None:
    # "2015," once read as a number of its own and made the later clause a statistic
    assert events_of("The charter, signed in 2015, was revoked in 2019.") == [("2015", "year"), ("2019", "year")]


def test_a_year_closing_a_relative_clause_before_its_auxiliary_dates_the_clause() -> None:
    assert events_of("The roadmap that lapsed in 2017 was never replaced.") == [("2017", "year")]
    assert events_of("A decree that took effect in 2022 has widened the definition of forced labor.") == [
        ("2022", "year")
    ]
    assert events_of("Officials cited 2017 figures on arrests.") == []  # a year before a noun still names it
