"""Build the closed word sets the agency and event rules use."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of a text."""
    return frozenset(text.split())
