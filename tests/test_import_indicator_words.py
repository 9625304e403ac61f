"""The words the indicator rules read around a figure come from the text layer's tokens (issue 19)."""

from __future__ import annotations

from tipcli.importing.extract import indicators
from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import _words_in, code


def _texts(text: str, begin: int, end: int) -> list[str]:
    return [t.text for t in _words_in(text, begin, end)]


def test_words_are_the_tokens_that_start_with_a_letter_with_their_offsets() -> None:
    text = "Rangers freed 14 quarry workers (nine boys) near the U.S. border."
    found = _words_in(text, 0, len(text))
    assert [t.text for t in found] == [
        "Rangers",
        "freed",
        "quarry",
        "workers",
        "nine",
        "boys",
        "near",
        "the",
        "U.S",
        "border",
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_a_word_cut_by_either_edge_is_left_out() -> None:
    text = "Wardens counted 31 detainees yesterday."
    assert _texts(text, text.index("ounted"), text.index("yester") + 3) == ["detainees"]
    assert _texts(text, text.index("counted"), text.index(" yesterday")) == ["counted", "detainees"]
    assert _texts(text, 3, 3) == []


def test_a_trailing_apostrophe_is_no_part_of_the_word() -> None:
    text = "The guards' reports named 6 boys."
    assert _texts(text, 0, text.index("6"))[:3] == ["The", "guards", "reports"]


def test_the_word_joined_to_a_number_by_a_hyphen_is_a_word() -> None:
    text = "It runs a 60-bed refuge and a 7-day-a-week line, open since 2019-2020."
    found = _words_in(text, 0, len(text))
    assert [t.text for t in found] == [
        "It",
        "runs",
        "a",
        "bed",
        "refuge",
        "and",
        "a",
        "day-a-week",
        "line",
        "open",
        "since",
    ]
    bed = found[3]
    assert (bed.start, bed.end) == (text.index("bed"), text.index("bed") + 3)


def test_a_joined_bed_count_is_a_shelter_as_the_lexicon_says() -> None:
    text = "The labour ministry opened a 60-bed refuge near the port, which aided 75 returning migrants."
    figure = next(f for f in extract_figures(text) if text[f.start : f.end].startswith("60"))
    coded = code(text, figure.start, figure.end, unit=figure.unit, kind=figure.kind)
    assert (coded.indicator, coded.rule) == ("shelters", "shelters counted")


def test_the_module_has_no_word_pattern_of_its_own() -> None:
    assert not hasattr(indicators, "_WORD_RE")


def test_a_number_after_vs_is_named_as_the_figure_it_is_compared_with() -> None:
    # one list of comparison words (lexicon.hedges.COMPARISONS) for the labels, figure groups and indicators
    from tipcli.importing.extract.labels import figure_label

    text = "Magistrates charged 48 smugglers vs. 36 the year before."
    figures = extract_figures(text)
    earlier = next(f for f in figures if text[f.start : f.end].startswith("36"))
    assert earlier.unit == "smugglers"  # the compared figure takes the unit of the one it is compared with
    assert figure_label(text, earlier.start, earlier.end, unit=earlier.unit, kind=earlier.kind).endswith("(compared)")
    coded = code(text, earlier.start, earlier.end, unit=earlier.unit, kind=earlier.kind)
    assert coded.compares == text.index("48")
