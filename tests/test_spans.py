"""Where things stand in a paragraph: agency phrases found in one pass as one at a time, and sentence ends."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tipcli.spans import find_phrase, find_phrases, phrase_index, phrases_in, split_sentences

WORDS = st.sampled_from(["tide", "Tide", "TIDE", "tides", "court", "the", "İstanbul", "ß", "_x", "(TC)", "3", "é"])
TEXT = st.lists(st.tuples(WORDS, st.sampled_from([" ", "  ", "-", ", ", "", "'s "])), max_size=30).map(
    lambda parts: "".join(word + gap for word, gap in parts)
)
PHRASE = st.lists(WORDS, min_size=1, max_size=3).map(" ".join) | WORDS


def one_at_a_time(text: str, phrases: list[str]) -> dict[str, list[tuple[int, int]]]:
    return {phrase: spans for phrase in set(phrases) if (spans := list(find_phrase(text, phrase)))}


@settings(max_examples=400, deadline=None)
@given(TEXT, st.lists(PHRASE, max_size=6))
def test_one_pass_finds_what_each_phrase_finds_alone(text: str, phrases: list[str]) -> None:
    assert find_phrases(text, phrase_index(phrases)) == one_at_a_time(text, phrases)


def test_whole_words_in_any_case_and_overlapping_phrases() -> None:
    text = "The Tide Court (TC) met; tides rose. THE TIDE COURT of Appeals sat."
    found = find_phrases(text, phrase_index(["Tide Court", "Tide Court of Appeals", "TC", "tide", "Court"]))
    assert found["Tide Court"] == [(4, 14), (41, 51)]
    assert found["Tide Court of Appeals"] == [(41, 62)]
    assert found["TC"] == [(16, 18)]
    assert found["tide"] == [(4, 8), (41, 45)]  # not inside "tides"
    assert found["Court"] == [(9, 14), (46, 51)]


def test_phrases_of_paragraphs_asked_twice_are_found_again_when_anything_differs() -> None:
    first, second = "The Harbour Board met.", "The Dune Council and the Harbour Board agreed."
    paragraphs = (first, second)
    board = phrases_in(paragraphs, frozenset({"Harbour Board"}))
    assert board == ({"Harbour Board": [(4, 17)]}, {"Harbour Board": [(25, 38)]})
    assert phrases_in(paragraphs, frozenset({"Harbour Board"})) is board  # the same question: answered once
    both = phrases_in(paragraphs, frozenset({"Harbour Board", "Dune Council"}))
    assert both[1] == {"Dune Council": [(4, 16)], "Harbour Board": [(25, 38)]}
    other = ("".join(["The Dune ", "Council met."]), second)  # an equal text, but another document's
    assert phrases_in(other, frozenset({"Dune Council"})) == ({"Dune Council": [(4, 16)]}, {"Dune Council": [(4, 16)]})


def test_sentences_go_on_after_a_months_abbreviation_before_a_number() -> None:
    text = "A court sat in Nov. 2020 and again on Mar. 3, 2021. Its clerk left in Jan. Later 6 judges quit."
    assert [s.text for s in split_sentences(text)] == [
        "A court sat in Nov. 2020 and again on Mar. 3, 2021.",
        "Its clerk left in Jan.",  # before a capital word the abbreviation ends the sentence
        "Later 6 judges quit.",
    ]


def test_sentences_end_before_a_number_after_any_other_word() -> None:
    text = "The unit grew to 12 agents in Marc. 40 more joined. Dr. Ames led 3 raids."
    assert [s.text for s in split_sentences(text)] == [
        "The unit grew to 12 agents in Marc.",
        "40 more joined.",
        "Dr. Ames led 3 raids.",
    ]
