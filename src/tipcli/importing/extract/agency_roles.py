"""Find bodies by what the sentence has them do, where their name has no institution noun.

A legislature by its own name amends or passes laws ("the Storting of Brannoch amended the
Procurement Act"); an NGO or shelter by its own name operates, runs or provides something, or is
called one ("Safe Harbour Brannoch, which operates 60 beds", "Casa Luz, a local NGO").
"""

from __future__ import annotations

import re

from tipcli.importing.extract.agency_names import NamedBody
from tipcli.importing.lexicon.bodies import NOT_NAMES

_NAME_WORD = r"[A-Z][\w’'&-]*"
# A body's name: capitalised words, 'of', 'for', 'the' and '&' between them.
_NAME = rf"{_NAME_WORD}(?:\s+(?:(?:of|for|the|de|&)\s+)*{_NAME_WORD}){{0,5}}"
_LAWMAKING = re.compile(
    rf"\b[Tt]he\s+(?P<name>{_NAME_WORD}(?:\s+of\s+(?:the\s+)?{_NAME_WORD})?)\s+"
    r"(?:amended|passed|adopted|enacted|ratified|approved|voted\s+(?:for|on)|debated|repealed)\s+"
    r"(?:(?:the|a|an|new|its)\s+)?(?:[\w’'-]+\s+){0,5}?(?:Act|Law|Code|Bill|bill|law|laws|amendments?|legislation)\b"
)
_SERVING = re.compile(
    rf"(?<![\w’'&-])(?P<name>{_NAME}),\s+(?:(?:which|that|who)\s+(?:operates|operated|runs|ran|manages|managed|provides|provided|"
    r"offers|offered|shelters|sheltered|assists|assisted|supports|supported)\b|"
    r"(?:an?|the)\s+(?:(?:local|international|national|nongovernmental|non-governmental|faith-based|nonprofit|"
    r"non-profit|private|civil[- ]society|religious)\s+)*(?:NGO|organi[sz]ation|charity|shelter)\b)"
)


def find_by_role(text: str, home: str | None) -> list[tuple[NamedBody, str]]:
    """Return bodies named in text by what they do, each with its level (legislative or nongovernmental)."""
    found: list[tuple[NamedBody, str]] = []
    for pattern, level in ((_LAWMAKING, "legislative"), (_SERVING, "nongovernmental")):
        for match in pattern.finditer(text):
            start, end = match.span("name")
            while (word := re.match(r"(\S+)\s+", text[start:end])) and word[1] in NOT_NAMES:
                start += word.end()  # "The", "In" ... open the sentence, not the name
            tokens = text[start:end].split()
            if not tokens or set(tokens) & NOT_NAMES or " ".join(tokens) == home:
                continue
            if level == "nongovernmental" and len(tokens) < 2:
                continue  # one capitalised word before ", which operates" is as often a place as a body
            found.append((NamedBody(name=text[start:end], acronym=None, start=start, end=end), level))
    return found
