"""Every extraction rule's own examples: each positive one is found as stated, each negative one is not.

The rules and their examples live in the rule tables (tipcli.importing.extract.rules); this file only
runs them, so a rule added with examples is tested by that alone. The examples are our own sentences.
"""

from __future__ import annotations

import pytest

from tipcli.importing.extract.events import extract_events
from tipcli.importing.extract.figures import FoundFigure, extract_figures
from tipcli.importing.extract.rule import Expect, Rule
from tipcli.importing.extract.rules import ALL_RULES, EVENT_RULES, FIGURE_RULES


def _cases(rules: tuple[Rule, ...], positive: bool) -> list[object]:
    return [
        pytest.param(rule, case, id=f"{rule.name}: {case.sentence if positive else case[0]}")  # type: ignore[union-attr,index]
        for rule in rules
        for case in (rule.examples if positive else rule.not_examples)
    ]


def _fits(found: FoundFigure, sentence: str, expect: Expect) -> bool:
    """Tell whether a found figure is the expected one: its quote, and every field the example gives."""
    fields = {"value": found.value, "high": found.high, "unit": found.unit, "qualifier": found.qualifier}
    fields |= {"kind": found.kind, "year": found.year}
    wanted = {name: getattr(expect, name) for name in fields if getattr(expect, name) is not None}
    return sentence[found.start : found.end] == expect.quote and all(fields[k] == v for k, v in wanted.items())


def test_every_rule_says_what_it_is_for_and_has_an_example() -> None:
    names = [rule.name for rule in ALL_RULES]
    assert len(names) == len(set(names))  # a name says which rule decided
    for rule in ALL_RULES:
        assert rule.purpose and "\n" not in rule.purpose
        assert rule.examples or rule.not_examples, rule.name


@pytest.mark.parametrize(("rule", "expect"), _cases(FIGURE_RULES, True))
def test_figure_rule_example_is_found(rule: Rule, expect: Expect) -> None:
    found = extract_figures(expect.sentence)
    described = [
        (expect.sentence[f.start : f.end], f.value, f.high, f.unit, f.qualifier, f.kind, f.year) for f in found
    ]
    assert any(_fits(f, expect.sentence, expect) for f in found), described


@pytest.mark.parametrize(("rule", "case"), _cases(FIGURE_RULES, False))
def test_figure_rule_not_example_is_no_figure(rule: Rule, case: tuple[str, str]) -> None:
    sentence, text = case
    at = sentence.index(text)
    found = extract_figures(sentence)
    assert [sentence[f.start : f.end] for f in found if f.start <= at < f.end] == []


@pytest.mark.parametrize(("rule", "expect"), _cases(EVENT_RULES, True))
def test_event_rule_example_is_found(rule: Rule, expect: Expect) -> None:
    found = [(expect.sentence[e.start : e.end], e.date) for e in extract_events(expect.sentence)]
    assert (expect.quote, expect.date) in found, found


@pytest.mark.parametrize(("rule", "case"), _cases(EVENT_RULES, False))
def test_event_rule_not_example_is_no_event(rule: Rule, case: tuple[str, str]) -> None:
    sentence, text = case
    at = sentence.index(text)
    assert [e.date for e in extract_events(sentence) if e.start <= at < e.end] == []
