"""Counted nouns of kinds of sentence the earlier passes missed (q7), in sentences of our own."""

from __future__ import annotations

from tipcli.importing.extract.figures import FoundFigure, extract_figures


def one(text: str, quote: str) -> FoundFigure:
    """Return the figure whose quote starts with the given words."""
    return next(f for f in extract_figures(text) if text[f.start : f.end].startswith(quote))


def test_a_breakdown_by_trafficking_after_cases_involving_suspects_counts_the_cases() -> None:
    text = (
        "Police opened 40 cases involving 63 suspects (25 sex trafficking, 9 labor trafficking, and 6 unclear cases)."
    )
    assert one(text, "25").unit == "cases"
    assert one(text, "9").unit == "cases"
    text = "Prosecutors opened 30 inquiries involving 41 suspects, of which 18 were for forced begging and 12 for sex trafficking."
    assert one(text, "18").unit == "inquiries"
    assert one(text, "12").unit == "inquiries"


def test_a_number_after_a_single_attached_count_still_takes_its_neighbour() -> None:
    text = "Officers questioned 41 suspects and charged 12."
    assert one(text, "12").unit == "suspects"


def test_of_them_points_past_the_place_a_group_was_taken_from() -> None:
    text = "Guards freed 16 boys from three quarries and sent 10 of them home; the other six stayed with an uncle."
    assert one(text, "10").unit == "boys"
    assert one(text, "six").unit == "boys"


def test_of_them_after_a_comparison_points_to_the_people_counted_last() -> None:
    text = "Courts heard 20 cases in 2021, compared with 11 cases the year before, and convicted nine persons; six of them went to prison."
    assert one(text, "six").unit == "persons"


def test_of_them_in_the_next_sentence_skips_a_part_named_after_a_copula() -> None:
    text = "Officials identified 90 victims, including 50 victims of begging; 12 were infants. A charity housed 70 of them."
    assert one(text, "70").unit == "victims"


def test_a_list_of_three_kinds_of_trainees_is_the_unit_as_written() -> None:
    text = "The academy trained 75 wardens, port clerks, and customs officers in four sessions."
    assert one(text, "75").unit == "wardens, port clerks, and customs officers"
    text = "The academy trained 75 wardens, mostly men, and sent them north."
    assert one(text, "75").unit == "wardens"
    text = "Police recorded 12 thefts, nine assaults, and four frauds."
    assert one(text, "12").unit == "thefts"  # numbered items are figures of their own


def test_a_fine_in_multiples_of_a_wage_is_counted_in_that_wage() -> None:
    text = "The code sets fines of 20 to 40 times the average monthly wage for forced begging."
    figure = one(text, "20")
    assert figure.unit == "average monthly wages"
    assert figure.kind == "penalty"
    assert one("The council met four times in May.", "four").unit == "meetings"


def test_a_fraction_that_is_its_clauses_subject_is_a_share_of_the_group_before() -> None:
    text = "Police identified 120 victims, up from 90, and one-third were boys."
    assert one(text, "one-third").unit == "victims"


def test_the_current_number_after_the_number_of_a_noun() -> None:
    text = "Hire more clerks and raise the number of inspectors beyond the current 95."
    assert one(text, "95").unit == "inspectors"
