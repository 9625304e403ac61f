"""The record of an extraction rule: a name, what it is for, how it decides, and its own examples.

Rules live in ordered tables beside the code they drive (figure_scan.NOT_FIGURE_RULES,
figure_scan.UNIT_RULES, figures.PASSES, events.EVENT_RULES); rules.py gathers them and the
test suite runs every rule's examples. Examples are written in our own words, never copied from a
corpus file or a real report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class Expect:
    """A figure or event a sentence must give: its quote, and the fields given here."""

    sentence: str
    quote: str
    value: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    kind: str | None = None
    year: int | None = None
    date: str | None = None  # for events: "2015-04"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One rule of a table: applied in table order; the first that decides wins."""

    name: str
    purpose: str  # one line: the kind of sentence it exists for
    decide: Callable[..., Any]  # the predicate or producer; the table's owner says how it is called
    examples: tuple[Expect, ...] = ()
    # (sentence, text): the text, where it first stands in the sentence, starts no figure (or event)
    not_examples: tuple[tuple[str, str], ...] = ()
