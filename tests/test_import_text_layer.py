"""The importer's text layer: a paragraph's sentences (the core splitter) and tokens with offsets."""

from __future__ import annotations

from tipcli.importing.text import layer


def test_an_abbreviation_inside_a_sentence_does_not_end_it() -> None:
    text = "Agents met 30 migrants from the U.S. and 9 of them were minors. Courts sat twice."
    doc = layer(text)
    assert doc.sentence(text.index("9")) == (0, text.index(" Courts"))
    assert doc.sentence_index(text.index("Courts")) == 1


def test_tokens_keep_their_offsets_and_stay_in_their_sentence() -> None:
    text = "Inspectors fined 1,200 firms. NGO-run homes took 40."
    doc = layer(text)
    assert [(t.text, text[t.start : t.end]) for t in doc.tokens[:4]] == [
        ("Inspectors", "Inspectors"),
        ("fined", "fined"),
        ("1,200", "1,200"),
        ("firms", "firms"),
    ]
    assert [t.text for t in doc.words_after(text.index("1,200") + 5, 5)] == ["firms", "."]  # not the next sentence
    assert [t.text for t in doc.words_before(text.index("40"), 2)] == ["homes", "took"]


def test_a_paragraph_of_spaces_is_one_sentence_and_no_token() -> None:
    doc = layer(" " * 50_000)
    assert doc.tokens == () and doc.sentence(25_000)[0] == 0


def test_a_months_abbreviation_before_a_number_ends_no_sentence() -> None:
    text = "The panel sat in Oct. 2021 and on Feb. 9, 2022. It rests in Dec. Then 4 judges left."
    doc = layer(text)
    assert doc.sentence(text.index("9, 2022")) == (0, text.index(" It rests"))
    assert doc.sentence_index(text.index("Then")) == 2  # "Dec." before a capital still ends one


def test_the_token_right_before_or_after_a_position_with_only_blanks_between() -> None:
    text = "Guards held 5-10 men in 24-hour cells; 300 left."
    doc = layer(text)
    ten = text.index("10")
    assert doc.token_before(text.index("5-10")).text == "held"
    assert doc.token_before(ten) is None  # "10" stands inside the token "5-10": no word before it
    assert doc.token_after(text.index("24") + 2) is None  # inside "24-hour"
    assert doc.token_after(text.index("cells") + 5).text == ";"
    assert doc.token_at(ten).text == "5-10" and doc.token_at(text.index(" men")) is None
    assert [t.text for t in doc.between(text.index("cells"), text.index("300"))] == ["cells", ";"]
    assert doc.between(ten, text.index("left")) is None  # a token runs across the first offset
