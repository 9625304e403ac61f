"""A figure's context read from tokens: its kind, the group it points back to, its year (our own sentences)."""

from __future__ import annotations

from collections.abc import Callable

from tipcli.importing.extract.figures import FoundFigure, extract_figures


def one(text: str, quote: str) -> FoundFigure:
    """Return the figure whose quote starts with the given words."""
    return next(f for f in extract_figures(text) if text[f.start : f.end].startswith(quote))


def test_a_law_verb_or_a_prison_term_makes_a_span_of_years_a_penalty() -> None:
    assert one("The new code carries a maximum of 15 years for the crime.", "15").kind == "penalty"
    assert one("A smuggler got seven years in prison.", "seven").kind == "penalty"
    assert one("The trucks were stopped for seven years at the border.", "seven").kind == "duration"


def test_words_of_age_before_or_after_make_years_an_age() -> None:
    assert one("Workers younger than 15 years filled the mines.", "15").kind == "threshold"
    assert one("It hired boys of 14 years of age.", "14").kind == "threshold"
    assert one("Courts heard children 12 years and older.", "12").kind == "threshold"
    assert one("Courts heard the children for 12 years and then closed.", "12").kind == "duration"


def test_a_bullet_ends_the_clause_a_cue_is_read_in() -> None:
    text = "• Seek sentences of at least four years in jail. • Lengthen the 30-day stay for victims."
    assert one(text, "30").kind == "duration"


def test_capacity_building_is_no_room_for_people() -> None:
    assert one("The shelter has capacity for 25 women.", "25").kind == "capacity"
    assert one("Donors funded capacity-building for 25 judges.", "25").kind == "count"


def test_a_holding_word_and_a_comparator_make_a_limit() -> None:
    assert one("The rule binds firms with above 300 workers.", "300").kind == "threshold"
    assert one("Inspectors visited firms with 300 workers.", "300").kind == "count"


def test_a_year_trailing_or_opening_the_clause_dates_its_figures() -> None:
    assert one("Inspectors closed 14 brothels in 2022.", "14").year == 2022
    assert one("In mid-2019, inspectors closed 14 brothels.", "14").year == 2019
    assert one("On Sept. 3, 2018, the police freed 9 boys.", "9").year == 2018


def test_a_period_a_name_or_a_file_name_dates_no_figure() -> None:
    assert one("Between 2015 and 2017, courts tried 31 cases.", "31").year is None
    assert one("Under the 2006 statute, courts tried 31 cases.", "31").year is None
    assert one("The list annex-2019.pdf names 31 cases.", "31").year is None


def test_a_comparison_keeps_its_year_to_itself() -> None:
    text = "Courts tried 31 cases; this compares with 44 in 2021."
    assert one(text, "31").year is None
    assert one(text, "44").year == 2021
    bracket = "Courts tried 31 cases (against 44 in 2021) last spring."
    assert one(bracket, "31").year is None


def test_the_rest_of_a_group_skips_a_sibling_part_after_a_copula() -> None:
    text = "Guards held 30 migrants; 12 were minors and the remaining 18 were adults."
    assert one(text, "18").unit == "migrants"


def test_a_group_named_at_the_head_of_the_sentence_counts_a_bare_number() -> None:
    assert one("Among the 25 detained brokers, 9 left on bail.", "9").unit == "brokers"
    assert one("The total of licensed recruiters, currently 140, fell.", "140").unit == "recruiters"
    assert one("Labor inspectors dropped from 90 to 70.", "90").unit == "inspectors"


def test_an_attached_count_is_no_group_a_later_number_points_back_to() -> None:
    text = "Police opened 48 cases involving 71 suspects in all, and courts tried 20 of them."
    assert one(text, "20").unit == "cases"


def test_a_counted_noun_runs_over_blanks_but_not_over_a_line_break_or_a_mark() -> None:
    from tipcli.importing.extract.figure_units import first_word, noun_phrase

    text = "They trained 30 border  officers and 12\nboys."
    phrase = noun_phrase(text, text.index("30") + 2, singular=False)
    assert phrase is not None and phrase.unit == "border  officers"
    assert first_word(text, text.index("12") + 2) is None  # the noun is on the next line
    assert first_word("40 U.S. nationals", 2) == (3, 4, "U")  # the word stops at the dot


def test_a_bracketed_dollar_amount_converts_the_amount_before_it() -> None:
    from tipcli.importing.extract.figure_units import is_conversion

    text = "Courts fined them 90,000 vals (roughly US$7,000) and 3,000 vals (in 2021)."
    assert is_conversion(text, text.index(" (roughly"))
    assert not is_conversion(text, text.index(" (in 2021"))


def test_the_token_questions_that_replace_the_raw_window_patterns() -> None:
    from tipcli.importing.extract.figure_groups import of_these_before
    from tipcli.importing.extract.figure_kinds import age_before
    from tipcli.importing.extract.figure_units import rest_before
    from tipcli.importing.extract.figure_years import month_before

    def at(question: Callable[..., bool], text: str, number: str, **options: bool) -> bool:
        return question(text, text.index(number), **options)

    assert at(age_before, "Girls under the age of 16 sewed.", "16")
    assert at(age_before, "The code raised the age of consent to 16.", "16")
    assert not at(age_before, "Girls sewed in 16 workshops.", "16")
    assert at(month_before, "It met in May 2019.", "2019", with_day=False)
    assert at(month_before, "It met on May 5, 2019.", "2019")
    assert not at(month_before, "It met on May 5, 2019.", "2019", with_day=False)
    assert at(of_these_before, "Police found 40. Of these, 12 were boys.", "12")
    assert not at(of_these_before, "Of these 12 were boys.", "12")
    assert at(rest_before, "Six left and the remaining 9 stayed.", "9")
    assert at(rest_before, "Courts heard all 64.", "64")
    assert not at(rest_before, "Courts heard 64.", "64")
