"""The record types a narrative is read into: sections, citations, annotations, the tier claim (narrative_build reads one)."""

from __future__ import annotations

import datetime
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
    # Where the placement comes from: "header", "title" (the page's <title> or H1), "sentence" (the
    # text names it) or "standards" (implied by the minimum-standards wording, not named anywhere).
    stated_in: str = "header"
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
    url: str | None = None  # the page's own address, where the file states it


@dataclass(frozen=True, slots=True)
class Block:
    """One run of a page's or a text's visible text, before it is known to be narrative or furniture.

    kind: "heading" (marked up as one: <h3>, a bold paragraph), "li" (a list item or a bullet),
    or "p" (a paragraph or a line).
    """

    kind: str
    text: str
