"""Tell a TIP country narrative from other text (a README, code, a table) before anything is extracted."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipcli.importing.lexicon.structure import NARRATIVE_WORDS
from tipcli.importing.structure.narrative import NarrativeError, Section

# Markdown and code: a narrative copied from a web page or a PDF has none of these.
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.M)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_MD_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M)
_INLINE_CODE = re.compile(r"`[^`\n]{1,80}`")
EXPECTED = (
    "expected a TIP country narrative: its text with a tier line ('COUNTRY: Tier 2') or section headings "
    "(Prosecution, Protection, Prevention), as copied from the report, a saved page or a Wikipedia export"
)


def check_markup(text: str) -> None:
    """Refuse Markdown or code given as plain text: headings with '#', code fences, tables, inline code."""
    signs = markdown_signs(text)
    if signs:
        raise NarrativeError(
            f"this looks like Markdown or code ({', '.join(signs)}), not a narrative (read as plain text); {EXPECTED}"
        )


def markdown_signs(text: str) -> list[str]:
    """Return the signs of Markdown or code in a text (none in a narrative copied from a page or PDF)."""
    signs = []
    if _FENCE.search(text):
        signs.append("code fences")
    if len(_MD_HEADING.findall(text)) >= 2:
        signs.append("'#' headings")
    if _MD_RULE.search(text) or len(_MD_TABLE.findall(text)) >= 3:
        signs.append("tables")
    if len(_INLINE_CODE.findall(text)) >= 5:
        signs.append("`code`")
    return signs


def check_vocabulary(sections: Sequence[Section], header: bool) -> None:
    """Refuse plain text that never speaks of trafficking, forced labor or a tier, unless a tier line opens it."""
    if header:
        return
    if not any(NARRATIVE_WORDS.search(p) for section in sections for p in section.paragraphs):
        raise NarrativeError(f"this text never mentions trafficking or forced labor; {EXPECTED}")
