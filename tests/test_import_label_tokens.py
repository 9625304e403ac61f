"""Labels read from tokens: the edges where tokens differ from characters. The sentences are our own."""

import pytest

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.labels import figure_label

CASES = [
    # an apostrophe written right after a word stays with it, as the text writes it
    ("Courts fined a bar owner 20,000 dals for holding workers’ passports.", "20,000", "workers’ passports"),
    # a comparison and a hedge before the figure compared with: named as the one before
    ("Officers opened 40 cases in 2021, compared to at least 31 in 2020.", "at least", "cases opened (compared)"),
    # the verb after a count, past a passive's auxiliary
    ("Of the 60 suspects, 25 were charged.", "25", "suspects charged"),
    # a count in brackets after another is named as that one
    ("Inspectors identified 14 victims (nine in 2019) on farms.", "nine", "victims identified (compared)"),
]


@pytest.mark.parametrize(("sentence", "begins", "ends"), CASES)
def test_a_label_read_from_tokens(sentence: str, begins: str, ends: str) -> None:
    found = next(f for f in extract_figures(sentence) if sentence[f.start :].startswith(begins))
    assert figure_label(sentence, found.start, found.end, unit=found.unit, kind=found.kind).endswith(ends)


def test_a_number_inside_a_dated_token_takes_no_words_from_the_date() -> None:
    sentence = "Staff wrote the note on 2021-11-03 and filed 12 complaints."
    found = next(f for f in extract_figures(sentence) if sentence[f.start :].startswith("12 complaints"))
    assert figure_label(sentence, found.start, found.end, unit=found.unit, kind=found.kind) == "complaints filed"
