"""The token matcher: specs, ops, sentence bounds, overlap resolution, and every token rule's own examples.

The sentences are our own. The rule tables' examples (tipcli.importing.extract.rules.TOKEN_RULES) run
here, so a token rule added with examples is tested by that alone.
"""

from __future__ import annotations

import re

import pytest

from tipcli.importing.extract.matcher import (
    T,
    TokenRule,
    filter_spans,
    find,
    find_all,
    match_before,
    phrase_at,
    shape,
)
from tipcli.importing.extract.rules import ALL_RULES, TOKEN_RULES
from tipcli.importing.text import layer


def _rule(*pattern: T, shortest: bool = False, name: str = "test") -> TokenRule:
    return TokenRule(name=name, purpose="a pattern under test", pattern=pattern, shortest=shortest)


def _texts(text: str, *pattern: T, shortest: bool = False) -> list[str]:
    return [text[m.start : m.end] for m in find(text, [_rule(*pattern, shortest=shortest)])]


def test_attributes_lower_text_and_vocabularies() -> None:
    text = "The Board met twice; the board met once."
    assert _texts(text, T(lower="board"), T(lower="met")) == ["Board met", "board met"]
    assert _texts(text, T(text="Board"), T(lower="met")) == ["Board met"]
    assert _texts(text, T(lower="met"), T(lower_in={"once": 1, "twice": 2})) == ["met twice", "met once"]


def test_number_word_shape_and_a_regex_inside_one_token() -> None:
    text = "Ward 7 held 1,250 files from 2019 and 20190 more."
    assert _texts(text, T(is_number=True)) == ["7", "1,250", "2019", "20190"]
    assert _texts(text, T(shape="dddd")) == ["2019", "20190"]  # spaCy cuts a run of one mark at four
    assert _texts(text, T(match=re.compile(r"(?:19|20)\d\d"))) == ["2019"]
    assert _texts(text, T(text="Ward"), T(is_word=True)) == []
    assert shape("Kelso-12") == "Xxxxx-dd"


def test_a_run_is_bounded() -> None:
    text = "It did not open any shelter. It did not in the end open any. It did not a b c d e any."
    pattern = (T(lower="did"), T(lower="not"), T(op="*", max=4, is_word=True), T(lower="any"))
    assert _texts(text, *pattern) == ["did not open any", "did not in the end open any"]


def test_longest_or_shortest_from_one_start() -> None:
    text = "They did not fund any clinic or any hotline."
    pattern = (T(lower="did"), T(lower="not"), T(op="*", max=4, is_word=True), T(lower="any"))
    assert _texts(text, *pattern) == ["did not fund any clinic or any"]
    assert _texts(text, *pattern, shortest=True) == ["did not fund any"]


def test_optional_and_negative_look_ahead() -> None:
    text = "It was on Tier 2 Watch List. It was on Tier 3. It was no longer open. It had no beds."
    assert _texts(text, T(text="Tier"), T(is_number=True), T(op="?", text="Watch"), T(op="?", text="List")) == [
        "Tier 2 Watch List",
        "Tier 3",
    ]
    assert _texts(text, T(lower="no"), T(op="!", lower="longer")) == ["no"]
    assert [m.start for m in find(text, [_rule(T(lower="no"), T(op="!", lower="longer"))])] == [text.index("no beds")]
    assert _texts("Open? no", T(lower="no"), T(op="!", lower="longer")) == ["no"]  # the end passes a look-ahead


def test_phrases_any_of_captures_and_sentence_starts() -> None:
    text = "Both sites got financial support. The fund gave both sites money."
    doc = layer(text)
    assert phrase_at(doc.tokens, 3, {"financial support", "money"}) == 2
    assert _texts(text, T(lower="got"), T(phrase_in={"financial support", "money"})) == ["got financial support"]
    assert _texts(text, T(lower="both", is_sent_start=True), T(is_word=True)) == ["Both sites"]
    assert _texts(text, T(any_of=(T(lower="fund"), T(lower="money")))) == ["fund", "money"]
    (match,) = find(text, [_rule(T(lower="gave", name="verb"), T(lower="both"), T(lower="sites", name="what"))])
    assert [t.text for t in match.group("verb")] == ["gave"]
    assert [t.text for t in match.group("what")] == ["sites"]
    assert match.group("missing") == ()


def test_no_match_crosses_a_sentence_end() -> None:
    assert _texts("It was closed. Any visitor left.", T(lower="closed"), T(op="?", text="."), T(lower="any")) == []


def test_filter_spans_keeps_the_longest_then_the_earliest() -> None:
    text = "the joint task force met"
    rules = [
        _rule(T(lower="joint"), T(lower="task"), name="short"),
        _rule(T(lower="task"), T(lower="force"), T(lower="met"), name="long"),
        _rule(T(lower="the"), T(lower="joint"), name="early"),
    ]
    everything = find_all(text, rules)
    assert sorted(m.rule for m in everything) == ["early", "long", "short"]
    assert [m.rule for m in filter_spans(everything)] == ["early", "long"]
    tie = [_rule(T(lower="joint"), T(lower="task"), name="a"), _rule(T(lower="task"), T(lower="force"), name="b")]
    assert [m.rule for m in find(text, tie)] == ["a"]  # equal lengths: the earliest wins


def test_a_long_paragraph_costs_time_in_proportion() -> None:
    # Not a timing goal (benchmarks/hostile.py measures that): a run that could backtrack is bounded, so a
    # paragraph of 20,000 words with no "any" is matched at all, and gives nothing.
    text = "did not " + "open " * 20_000 + "any"
    rule = _rule(T(lower="did"), T(lower="not"), T(op="*", max=4, is_word=True), T(lower="any"))
    assert find(text, [rule]) == []


def test_every_token_rule_is_named_once_and_has_examples() -> None:
    names = [rule.name for rule in TOKEN_RULES]
    assert len(names) == len(set(names))
    assert not set(names) & {rule.name for rule in ALL_RULES}
    for rule in TOKEN_RULES:
        assert rule.purpose and "\n" not in rule.purpose
        assert rule.examples, rule.name


@pytest.mark.parametrize(
    ("rule", "sentence", "quote"),
    [pytest.param(r, s, q, id=f"{r.name}: {s}") for r in TOKEN_RULES for s, q in r.examples],
)
def test_token_rule_example_matches(rule: TokenRule, sentence: str, quote: str) -> None:
    assert quote in [sentence[m.start : m.end] for m in find(sentence, [rule])]


@pytest.mark.parametrize(
    ("rule", "sentence"),
    [pytest.param(r, s, id=f"{r.name}: {s}") for r in TOKEN_RULES for s in r.not_examples],
)
def test_token_rule_not_example_matches_nothing(rule: TokenRule, sentence: str) -> None:
    assert find(sentence, [rule]) == []


def test_a_paragraph_where_no_rule_can_start_is_not_split_into_tokens() -> None:
    from tipcli.importing.extract.events import DATE_RULES
    from tipcli.importing.extract.figure_zero import PAIR_RULES, ZERO_RULES
    from tipcli.importing.extract.placements import PLACEMENT_RULES

    tables = (ZERO_RULES, PAIR_RULES, DATE_RULES, PLACEMENT_RULES)  # each starts on a word
    text = "(" * 5000 + " 12"
    assert [find(text, table) for table in tables] == [[], [], [], []]
    assert "tokens" not in vars(layer(text))  # the layer makes its tokens only when asked
    assert find("It did not hold any hearings.", ZERO_RULES)  # words a rule needs: matched as before


def test_match_before_ends_where_the_position_starts() -> None:
    # "fines of (up to)": the longest match would take "up to", but a figure quoted from "up to" needs "fines of"
    text = "The code sets fines of up to 500 marks, and fines of 90 marks."
    rule = _rule(T(lower="fines"), T(lower="of"), T(op="?", phrase_in={"up to"}))
    assert find(text, [rule])[0].end == text.index(" 500")  # (the longest match runs on)
    found = [text[m.start : m.end] for m in match_before(text, [rule], text.index("up to"), 5)]
    assert found == ["fines of"]
    assert [text[m.start : m.end] for m in match_before(text, [rule], text.index("500"), 5)] == ["fines of up to"]
    assert match_before(text, [rule], text.index("marks"), 5) == []  # not right before: "500" stands between
    assert match_before(text, [rule], text.index("90"), 1) == [] != match_before(text, [rule], text.index("90"), 2)
