"""Read a narrative in any supported input format into sections, paragraphs and metadata."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

FORMATS = ("text", "html", "wiki")


class NarrativeError(Exception):
    """Not a narrative: message says what was expected."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """One section of the narrative: its id, its heading as written and its paragraphs."""

    id: str
    title: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TierClaim:
    """The tier placement, where the file states it."""

    placement: str
    rank: float | None
    stated_in_header: bool
    from_formula: bool = False  # implied by the minimum-standards wording, not named in the text
    section: str | None
    paragraph: int | None
    quote: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """A citation string that was glued to the end of a paragraph, verbatim."""

    section: str
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Annotation:
    """An editor's tag taken out of a paragraph, anchored to the text right before it."""

    kind: str
    label: str
    date: str
    note: str
    section: str
    paragraph: int
    anchor: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Narrative:
    """Everything the input file says about itself, and its text by section."""

    format: str
    country: str | None
    year: int | None
    title: str | None
    tier: TierClaim | None
    source_title: str | None
    publisher: str | None
    published: datetime.date | None
    notice: str | None
    categories: tuple[str, ...]
    sections: tuple[Section, ...]
    citations: tuple[Citation, ...]
    annotations: tuple[Annotation, ...]
    warnings: tuple[str, ...]


_HTML_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|article|h[1-6])(?:\s[^<>]{0,500})?>", re.I)
_WIKI_RE = re.compile(r"^\[\[[^\[\]\n]{1,300}\]\][ \t]*$|^={2,6}[^=\n]{1,200}={2,6}[ \t]*$|\[tpl\]", re.M)


def detect_format(text: str) -> str:
    """Return "html", "wiki" or "text" from the markup the text carries."""
    if _HTML_RE.search(text):
        return "html"
    if _WIKI_RE.search(text):
        return "wiki"
    return "text"


def read_narrative(text: str, format: str | None = None) -> Narrative:
    """Parse a narrative; raise NarrativeError when the text is not one."""
    # Imported here: the format modules build this module's record types.
    from tipcli.importing.narrative_build import assemble
    from tipcli.importing.narrative_clean import clean_input

    if format is not None and format not in FORMATS:
        raise NarrativeError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    cleaned = clean_input(text)
    fmt = format or detect_format(cleaned)
    return assemble(cleaned, fmt)
