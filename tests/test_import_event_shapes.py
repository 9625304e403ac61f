"""Ways narratives date a happening that the event rules read (issue 19), and look-alikes that are no event.

Sentences in wording of our own, about invented places; none is taken from a corpus file or a report.
"""

from __future__ import annotations

import pytest

from tipcli.importing.extract.events import extract_events


def events_of(text: str) -> list[tuple[str, str]]:
    """Return (date, precision) for each event of a paragraph."""
    return [(event.date, event.precision) for event in extract_events(text)]


def quotes_of(text: str) -> list[str]:
    """Return the quote of each event of a paragraph."""
    return [text[event.start : event.end] for event in extract_events(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river authority was dissolved in the winter of 2009.", [("2009", "year")]),
        ("A second ferry line opened in the second half of 2013.", [("2013", "year")]),
        ("In the spring of 2021 the mayor's office set up a labor desk.", [("2021", "year")]),
        ("The guild signed a code of conduct in November of 2017.", [("2017-11", "month")]),
    ],
)
def test_a_season_or_a_month_written_with_of_dates_a_happening(text: str, expected: list[tuple[str, str]]) -> None:
    assert events_of(text) == expected


def test_the_end_of_a_year_dates_a_happening_but_by_the_end_is_a_deadline() -> None:
    assert events_of("The pilot program ended at the end of 2016.") == [("2016", "year")]
    assert events_of("The agency relocated at the start of April 2012.") == [("2012-04", "month")]
    assert events_of("The agency must relocate by the end of 2012.") == []
    assert events_of("At the end of 2016, 25 girls stayed in the home.") == []  # a count at a point in time


def test_a_noun_of_a_happening_dates_it_without_a_verb() -> None:
    assert events_of("Since its founding in 2007, the clinic has treated many workers.") == [("2007", "year")]
    assert events_of("After its entry into force in March 2015, the code covered farm work.") == [("2015-03", "month")]
    assert events_of("Complaints since 2007 have risen.") == []


def test_a_bracket_between_the_verb_and_the_date_is_read_past() -> None:
    text = "The board approved a strategy (2020-2024) in February 2020."
    assert events_of(text) == [("2020-02", "month")]
    assert quotes_of(text) == ["The board approved a strategy (2020-2024) in February 2020"]


def test_a_gerund_of_a_happening_in_a_list_of_efforts_is_dated() -> None:
    text = "The year saw progress, including adopting a referral protocol on 2 March 2019."
    assert events_of(text) == [("2019-03-02", "day")]
    assert events_of("Officials made gains, notably by enacting a labor statute in April 2011.") == [
        ("2011-04", "month")
    ]


def test_a_gerund_of_an_intention_is_no_happening() -> None:
    assert events_of("The ministry intends to study opening a clinic in 2030.") == []


def test_a_plan_whose_end_is_written_ahead_is_dated() -> None:
    assert events_of("The current roadmap lapses in June 2025.") == [("2025-06", "month")]
    assert events_of("The compact will expire in 2027.") == [("2027", "year")]


def test_a_full_date_right_after_its_verb_needs_no_preposition() -> None:
    assert events_of("The treaty was ratified March 8, 2012, after a long debate.") == [("2012-03-08", "day")]
    assert events_of("The ordinance, effective 1 July 2019, banned recruitment fees.") == [("2019-07-01", "day")]
    assert events_of("Page last updated 14 May 2020.") == []  # a page's stamp, no happening
    assert events_of("The treaty of March 8, 2012 covers seafarers.") == []  # no verb before the date


def test_a_negated_verb_is_no_happening() -> None:
    assert events_of("In 2019, the senate had not ratified the protocol.") == []
    assert events_of("The commission was never convened in 2020.") == []
    assert events_of("The council not only adopted a plan in 2014 but funded it.") == [("2014", "year")]


def test_a_trend_or_a_frequency_in_a_year_is_a_statistic() -> None:
    assert events_of("Labor complaints climbed in 2018.") == []
    assert events_of("The oversight panel met twice in 2021.") == []
    assert events_of("The oversight panel was created in 2021.") == [("2021", "year")]


def test_a_preposition_after_a_year_keeps_it_a_date() -> None:
    assert events_of("The registry was set up in 2010 under a presidential order.") == [("2010", "year")]
    assert events_of("The unit was formed in 2012 within the border police.") == [("2012", "year")]


def test_more_irregular_pasts_tell_what_happened() -> None:
    assert events_of("In June 2016 a judge froze the brokers' accounts.") == [("2016-06", "month")]


def test_a_month_without_its_year_dates_nothing() -> None:
    assert events_of("In March, the cabinet approved the referral guidelines.") == []
    assert events_of("A retrial began on Sept. 14 in the capital.") == []


def test_years_joined_after_in_are_one_happening_each() -> None:
    assert events_of("The port code was revised in 2006, 2010 and 2015.") == [
        ("2006", "year"),
        ("2010", "year"),
        ("2015", "year"),
    ]
    assert events_of("The port code was revised in 2006 and in 2010.") == [("2006", "year"), ("2010", "year")]
    assert events_of("The port code applied between 2006 and 2010.") == []
    assert events_of("In 2006 and 2010, inspectors fined 30 vessels.") == []  # years of a tally


def test_a_count_after_two_joined_verbs_makes_a_tally() -> None:
    assert events_of("In August 2016, labor officers screened and referred 19 pickers.") == []
    assert events_of("In August 2016, a tribunal heard and convicted two brokers.") == [("2016-08", "month")]


def test_a_placement_kept_the_next_year_is_dated_and_is_a_tier_fact() -> None:
    from tipcli.importing.extract.placements import prior_placements

    text = "Belvor was placed on Tier 2 in 2012 and moved to Tier 3 in 2013, where it remained in 2014."
    assert events_of(text) == [("2012", "year"), ("2013", "year"), ("2014", "year")]
    assert [(p.year, p.placement) for p in prior_placements(text)] == [
        (2012, "Tier 2"),
        (2013, "Tier 3"),
        (2014, "Tier 3"),
    ]
    assert [p.year for p in prior_placements("Belvor moved to Tier 3 in 2013, where reforms stalled in 2014.")] == [
        2013
    ]
