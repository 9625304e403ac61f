"""Find international organisations written only by their well-known acronym ("IOM", "UNICEF").

A report often names the International Organization for Migration or the UN children's fund by its
acronym alone, with no name before it: agency_names finds an acronym only in brackets after a name, so
these are matched here, as tokens, against the lexicon's list of such acronyms.
"""

from __future__ import annotations

import re

from tipcli.importing.extract.agency_names import NamedBody
from tipcli.importing.extract.matcher import T, TokenRule, find
from tipcli.importing.lexicon.bodies import INTERNATIONAL_ACRONYMS

ACRONYM_RULES = (
    TokenRule(
        name="international acronym alone",
        purpose="a well-known international organisation written only as its acronym is an international body",
        # Not before a capitalised word: "the UN Security Council", "the UN TIP Protocol" are other names.
        pattern=(T(text_in=INTERNATIONAL_ACRONYMS), T(op="!", match=re.compile(r"[A-Z][\w’'-]*"))),
        examples=(
            ("UNHCR screened the new arrivals at the port.", "UNHCR"),
            ("Officers attended a course run by IOM in May.", "IOM"),
        ),
        not_examples=(
            "The unit trained 40 officers.",
            "Iom and Unicef are names here, not acronyms.",
            "The country is a party to the UN Palermo Protocol.",
        ),
    ),
)


def find_international_acronyms(text: str) -> list[NamedBody]:
    """Return each acronym of a well-known international organisation standing alone in a paragraph."""
    return [
        NamedBody(name=text[m.start : m.end], acronym=None, start=m.start, end=m.end) for m in find(text, ACRONYM_RULES)
    ]
