"""extract_figures and find_numbers: hand-written expectations, corpus scores, arbitrary text."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipcli.importing.extract.figures import FoundFigure, extract_figures
from tipcli.importing.extract.numbers import find_numbers, words_value
from tipcli.importing.lexicon import words as word_set

REPO = Path(__file__).parents[1]
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
# Words that steer the rules; random sequences of them reach the rules' corners.
NUMBER_SHAPED = sorted(
    word_set("no not any did one-half of the ( ) $5 12 2019 to between and years victims ; , million Tier in")
)


def quotes(text: str) -> list[str]:
    """Return the quotes of the figures found in text."""
    return [text[f.start : f.end] for f in extract_figures(text)]


def only(text: str) -> FoundFigure:
    """Return the single figure found in text."""
    found = extract_figures(text)
    assert len(found) == 1, [text[f.start : f.end] for f in found]
    return found[0]


# --- numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Twenty-two states", [22]),
        ("one hundred and fifty-two victims", [152]),
        ("five and six", [5, 6]),
        ("$24.8 million", [24_800_000]),
        ("1,200 workers and 3.4 years", [1200, 3.4]),
        ("one-half, onehalf, two-thirds of them", [0.5, 0.5, 2 / 3]),
        ("the first quarter of 2021", [2021]),
        ("the 9th edition", []),
    ],
)
def test_find_numbers_values(text: str, values: list[float]) -> None:
    assert [t.value for t in find_numbers(text)] == values


def test_whole_numbers_stay_int() -> None:
    assert isinstance(only("a fine of 3.4 million pesos").value, int)
    assert only("a fine of 3.4 million pesos").value == 3_400_000
    assert isinstance(only("prison terms averaging 3.4 years").value, float)


def test_words_value_rejects_other_words() -> None:
    assert words_value("twenty-two") == 22
    assert words_value("seven thousand five hundred") == 7500
    assert words_value("many") is None


# --- quotes, units, hedges -----------------------------------------------------------------


def test_count_with_modifiers_and_hedge() -> None:
    fig = only("Officials identified at least 212 potential forced labor victims last year.")
    assert (fig.value, fig.unit, fig.kind, fig.qualifier) == (212, "victims", "count", "at least")
    assert fig.label == "potential forced labor victims identified"


@pytest.mark.parametrize(
    ("text", "quote", "hedge"),
    [
        ("Police identified fewer than 10 victims.", "fewer than 10 victims", "fewer than"),
        # Hedges outside the list stay in the quote but are no qualifier.
        ("Courts convicted less than 20 traffickers.", "less than 20 traffickers", None),
        ("The NGO assisted about 40 children.", "about 40 children", None),
        ("Around 50 workers were found.", "Around 50 workers", None),
        ("It sheltered almost 300 women.", "almost 300 women", None),
        ("Roughly 1,000 migrants were exploited.", "Roughly 1,000 migrants", None),
        ("There are some 500 victims.", "some 500 victims", None),
        ("An estimated 20,000 people are in forced labor.", "estimated 20,000 people", None),
        ("Employers recruited as many as 200 workers.", "as many as 200 workers", None),
        ("Inspectors visited approximately 60 farms.", "approximately 60 farms", "approximately"),
        ("Judges sentenced only three offenders.", "only three offenders", "only"),
        ("The fund helped more than 90 families.", "more than 90 families", "more than"),
        ("Officials opened nearly 40 cases.", "nearly 40 cases", "nearly"),
        ("Courts imposed up to 15 years in prison.", "up to 15 years", "up to"),
        ("Authorities arrested over 300 suspects.", "over 300 suspects", "over"),
        ("Police handed over 12 victims to NGOs.", "12 victims", None),
        ("Police collected information about 12 victims.", "12 victims", None),
    ],
)
def test_every_hedge_before_a_number(text: str, quote: str, hedge: str | None) -> None:
    fig = only(text)
    assert (text[fig.start : fig.end], fig.qualifier) == (quote, hedge)


def test_a_set_counted_out_keeps_the_unit_of_the_set() -> None:
    text = "Police charged six traffickers. Five of the six were convicted; four remain in jail and one is free."
    found = extract_figures(text)
    assert [(text[f.start : f.end], f.value, f.unit) for f in found] == [
        ("six traffickers", 6, "traffickers"),
        ("Five", 5, "traffickers"),
        ("four", 4, "traffickers"),
        ("one", 1, "traffickers"),
    ]


def test_a_fraction_of_them_counts_what_was_counted_before() -> None:
    text = "The agency identified 70 victims, nearly two-thirds of them men."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(70, "victims"), (2 / 3, "victims")]


def test_money_not_given_is_a_zero_amount() -> None:
    fig = only("The government did not provide any funding for shelters.")
    assert (fig.value, fig.unit, fig.kind) == (0, "funding", "money")
    assert extract_figures("The office had no budget of its own.") == []


def test_quote_is_verbatim_span() -> None:
    text = "Police rescued 142 victims, including 98 women and girls, during 27 raids."
    assert quotes(text) == ["142 victims", "98 women and girls", "27 raids"]
    assert [f.unit for f in extract_figures(text)] == ["victims", "women and girls", "raids"]


def test_ranges_in_words_and_digits() -> None:
    text = "The code prescribes 10 to 20 years' imprisonment and fines between 1,000 and 5,000 pesos."
    found = extract_figures(text)
    assert [(text[f.start : f.end], f.value, f.high, f.unit, f.kind) for f in found] == [
        ("10 to 20 years", 10, 20, "years", "penalty"),
        ("between 1,000 and 5,000 pesos", 1000, 5000, "pesos", "penalty"),
    ]


def test_local_currency_recognised_by_its_conversion() -> None:
    text = "The ministry spent approximately 7.5 million dorbs ($410,000) on shelters."
    local, usd = extract_figures(text)
    assert (local.value, local.unit, local.kind, local.qualifier) == (7_500_000, "dorbs", "money", "approximately")
    assert (usd.value, usd.unit, usd.kind, usd.qualifier) == (410_000, "USD", "money", "approximately")
    assert text[usd.start : usd.end] == "$410,000"


def test_compound_duration_and_hyphenated_units() -> None:
    text = "A court sentenced him to three years and nine months in prison; victims get a 45-day reflection period."
    first, second = extract_figures(text)
    assert (first.value, first.unit, first.kind) == (3.75, "years", "penalty")
    assert (text[second.start : second.end], second.unit, second.kind) == ("45-day", "days", "duration")


def test_fraction_takes_the_noun_it_divides() -> None:
    fig = only("Courts suspended nearly one-third of the sentences imposed.")
    assert (fig.value, fig.unit, fig.kind, fig.qualifier) == (1 / 3, "sentences", "fraction", "nearly")


def test_percentages_thresholds_and_capacity() -> None:
    text = (
        "About 35 percent of victims were children. Firms with more than 500 employees must report. "
        "The shelter has 60 beds. Minors younger than 16 years of age are protected."
    )
    kinds = [(f.value, f.kind) for f in extract_figures(text)]
    assert kinds == [(35, "percentage"), (500, "threshold"), (60, "capacity"), (16, "threshold")]


def test_zero_counts() -> None:
    text = (
        "The government did not convict any traffickers, and no victims received compensation; "
        "no official was prosecuted. It provided no assistance and made no effort to screen migrants."
    )
    found = extract_figures(text)
    assert [(text[f.start : f.end], f.value, f.unit) for f in found] == [
        ("did not convict any traffickers", 0, "traffickers"),
        ("no victims", 0, "victims"),
        ("no official", 0, "officials"),
    ]


def test_not_figures() -> None:
    text = (
        "In June 2019, under Article 127 and Section\u00a0232, the country remained on Tier 2 Watch List for a "
        "second consecutive year. In one case, reported over the past five years, on March 3, 2020, the 2016 law "
        "applied to both groups for 2018\u20132021."
    )
    assert extract_figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Due to the COVID-19 pandemic, hearings were delayed.",
        "NGOs offered one-on-one counseling at one-stop centers.",
        "Articles 211 and 212 and Sections 5, 6(b), or 9 apply.",
        "On one occasion, officials met in the first quarter of 2021.",
        "Officials had no written procedures, no funds and no shelter space.",
        "The 2021 TIP Report noted that in 2019 and 2020 the 2017 law was amended.",
    ],
)
def test_more_not_figures(text: str) -> None:
    assert quotes(text) == []


def test_a_change_is_two_figures_not_a_range() -> None:
    text = "Funding grew from $2 million to $3 million, and shelters increased from 12 shelters to 15 shelters."
    assert [(f.value, f.high, f.unit) for f in extract_figures(text)] == [
        (2_000_000, None, "USD"),
        (3_000_000, None, "USD"),
        (12, None, "shelters"),
        (15, None, "shelters"),
    ]


def test_unit_after_a_copula_is_taken_but_flagged() -> None:
    text = "Of the 96 victims, 61 were women."
    assert [(text[f.start : f.end], f.unit, f.confident) for f in extract_figures(text)] == [
        ("96 victims", "victims", True),
        ("61 were women", "women", False),
    ]


def test_words_side_by_side_are_two_numbers() -> None:
    text = "The government opened two one-stop centers."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(2, "centers")]


def test_hyphenated_range_and_ages() -> None:
    text = "Courts imposed five- to 10-year sentences on traffickers of children younger than 16."
    assert [(text[f.start : f.end], f.value, f.high, f.unit, f.kind) for f in extract_figures(text)] == [
        ("five- to 10-year", 5, 10, "years", "penalty"),
        ("16", 16, None, "years", "threshold"),
    ]


def test_bracketed_comparison_shares_the_unit() -> None:
    text = "Prosecutors charged 70 defendants (83 in 2018)."
    main, bracket = extract_figures(text)
    assert (main.unit, main.confident) == ("defendants", True)
    assert (bracket.value, bracket.unit, bracket.year, bracket.confident) == (83, "defendants", 2018, False)


# --- years ---------------------------------------------------------------------------------


def test_year_of_lead_and_comparison() -> None:
    text = "In 2021, police investigated 88 cases and arrested 40 suspects, compared with 61 cases in 2020."
    assert [f.year for f in extract_figures(text)] == [2021, 2021, 2020]


def test_year_not_taken_from_other_happenings_or_standing_rules() -> None:
    text = (
        "In May 2020, the ministry launched a campaign that reached approximately 9,000 students. "
        "A law adopted in 2019 prescribes up to 12 years' imprisonment. "
        "In 2020, the shelter opened with 30 beds."
    )
    assert [(f.value, f.year) for f in extract_figures(text)] == [(9000, None), (12, None), (30, None)]


def test_year_of_an_imposed_sentence() -> None:
    fig = only("In March 2021, a court sentenced a trafficker to eight years in prison.")
    assert (fig.value, fig.kind, fig.year) == (8, "penalty", 2021)


# --- robustness ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    found = extract_figures(text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert [f.start for f in found] == sorted(f.start for f in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_SHAPED)))
def test_number_shaped_text_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    for fig in extract_figures(text):
        assert text[fig.start : fig.end].strip() == text[fig.start : fig.end]


# --- corpus --------------------------------------------------------------------------------


@functools.cache
def _scorer() -> ModuleType:
    """Load benchmarks/score_figures.py, which is not a package (its dataclasses need it in sys.modules)."""
    spec = importlib.util.spec_from_file_location("score_figures", REPO / "benchmarks" / "score_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
@pytest.mark.parametrize("name", ["kelmora-2009", "lorvanth-2023", "tarvos-2018", "veldmark-2011"])
def test_corpus_scores(name: str) -> None:
    path = CORPUS / f"{name}.gold.json"
    if not path.exists():
        pytest.skip(f"{path.name} is not present")
    tally = _scorer().score_gold(path)
    assert tally.matched >= 0.95 * tally.gold
    assert tally.matched >= 0.95 * tally.found
    assert tally.right["unit"] >= 0.9 * tally.matched
    assert tally.right["qualifier"] >= 0.9 * tally.matched


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not present")
def test_gold_not_figures_yield_nothing() -> None:
    for path in sorted(CORPUS.glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for entry in data["not_figures"]:
            assert extract_figures(entry["text"]) == [], (path.name, entry["text"])


def test_seed_curated_figures_recall() -> None:
    seed = REPO / "src" / "tipcli" / "data" / "report.toml"
    tally = _scorer().score_seed(seed)
    assert tally.matched >= 0.9 * tally.gold


@pytest.mark.parametrize(
    ("sentence", "quote", "kind", "trafficking"),
    [
        (
            "Its penal code sanctions labor trafficking with four to nine years and sex trafficking with six to 14 years.",
            "four to nine years",
            "penalty",
            "labor",
        ),
        (
            "Its penal code sanctions labor trafficking with four to nine years and sex trafficking with six to 14 years.",
            "six to 14 years",
            "penalty",
            "sex",
        ),
        ("Child sex trafficking carries a minimum of seven years.", "seven years", "penalty", "sex"),
        ("The decree prescribes a recovery period of 45 days for victims.", "45 days", "duration", None),
    ],
)
def test_a_term_the_law_sets_is_a_penalty_of_the_offence_named_before_it(
    sentence: str, quote: str, kind: str, trafficking: str | None
) -> None:
    from tipcli.importing.extract.indicators import code

    (figure,) = [f for f in extract_figures(sentence) if sentence[f.start : f.end] == quote]
    coded = code(sentence, figure.start, figure.end, unit=figure.unit, kind=figure.kind)
    assert (figure.kind, coded.trafficking) == (kind, trafficking)


def test_a_line_break_between_a_number_and_its_noun_does_not_lose_the_noun() -> None:
    # Text copied from a page keeps its line breaks; the words after a number are read as tokens.
    text = "The fund set aside 2.5 million\n  dalers (about $20,000) for shelters, and gave two years and six\n  months of rent."
    found = {text[f.start : f.end]: f for f in extract_figures(text)}
    assert found["2.5 million\n  dalers"].unit == "dalers" and found["2.5 million\n  dalers"].kind == "money"
    assert found["two years and six\n  months"].value == 2.5


def test_a_score_of_a_noun_counts_that_noun_and_a_match_score_counts_nothing() -> None:
    figure = only("Wardens moved a score of detainees to the annex.")
    assert (figure.value, figure.unit) == (20, "detainees")
    assert [f.value for f in extract_figures("The home side won by a score of 4 to 2.")] == [4, 2]


def test_lakh_and_crore_scale_an_amount_as_million_does() -> None:
    figure = only("The district set aside 12 lakh rupees for the helpline.")
    assert (figure.value, figure.unit, figure.kind) == (1_200_000, "rupees", "money")
    assert only("A court froze 3.5 crore rupees of the gang's assets.").value == 35_000_000
    assert only("Donors pledged two lakh rupees.").value == 200_000
