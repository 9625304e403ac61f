"""Pair found figures with gold figures in one paragraph: shared by the figure and indicator scorers.

No tipcli import here, so scorers that drive the installed `tipcli` command can use it too.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar


class Located(Protocol):
    """A found figure: its numbers and where its quote sits in the paragraph."""

    @property
    def value(self) -> float | None: ...
    @property
    def high(self) -> float | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


F = TypeVar("F", bound="Located")


def same(a: float | None, b: float | None) -> bool:
    """Compare two numbers (or two Nones) with a small tolerance."""
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-3


def spans(text: str, quote: str) -> list[tuple[int, int]]:
    """Return every span of quote in text."""
    out, pos = [], text.find(quote)
    while pos >= 0:
        out.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    return out


def pair(text: str, found: list[F], gold: list[dict[str, Any]]) -> list[tuple[F | None, dict[str, Any] | None]]:
    """Pair found and gold figures of one paragraph by value and high, preferring overlapping quotes."""
    free = list(gold)
    pairs: list[tuple[F | None, dict[str, Any] | None]] = []
    for fig in found:
        equal = [g for g in free if same(g["value"], fig.value) and same(g.get("high"), fig.high)]
        overlap = [g for g in equal if any(s < fig.end and fig.start < e for s, e in spans(text, g["quote"]))]
        pick = (overlap or equal)[0] if overlap or equal else None
        if pick is not None:
            free.remove(pick)
        pairs.append((fig, pick))
    pairs += [(None, g) for g in free]
    return pairs
