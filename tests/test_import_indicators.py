"""Indicators and trafficking types of drafted figures: every rule's own examples, and the seams."""

import re

import pytest

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import INDICATORS, LEXICON, RULES, Coding, code

_BRACKET_RE = re.compile(r"\[([^\]]+)\]")


def _coding(marked: str) -> Coding:
    """Code the figure that stands in [brackets] in a sentence, as the importer drafts it."""
    match = _BRACKET_RE.search(marked)
    assert match, marked
    text = marked[: match.start()] + match.group(1) + marked[match.end() :]
    start = match.start()
    figures = [
        f for f in extract_figures(text) if f.start <= start < f.end or start <= f.start < start + len(match.group(1))
    ]
    assert figures, f"the importer drafts no figure at [{match.group(1)}] in {text!r}"
    found = figures[0]
    return code(text, found.start, found.end, unit=found.unit, kind=found.kind)


EXAMPLES = [(rule.name, rule.indicator, example) for rule in RULES for example in rule.examples]
NOT_EXAMPLES = [(rule.name, rule.indicator, example) for rule in RULES for example in rule.not_examples]


@pytest.mark.parametrize(("name", "indicator", "example"), EXAMPLES)
def test_each_rule_codes_its_examples(name: str, indicator: str, example: str) -> None:
    assert _coding(example).indicator == indicator, name


@pytest.mark.parametrize(("name", "indicator", "example"), NOT_EXAMPLES)
def test_each_rule_leaves_its_counter_examples(name: str, indicator: str, example: str) -> None:
    assert _coding(example).indicator != indicator, name


def test_rules_are_well_formed() -> None:
    for rule in RULES:
        assert rule.indicator in INDICATORS
        assert rule.examples, rule.name
        for name in (
            *rule.nouns,
            *rule.verbs,
            *([rule.cue] if rule.cue else []),
            *([rule.not_cue] if rule.not_cue else []),
        ):
            assert name in LEXICON or name == "train", (rule.name, name)
