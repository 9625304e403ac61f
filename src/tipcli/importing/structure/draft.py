"""Collect what a format parser finds, in document order, before it becomes a Narrative."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from tipcli.importing.structure.headings import INLINE_RECOMMENDATIONS
from tipcli.importing.structure.narrative import Annotation, Citation, Section


@dataclass(slots=True)
class Draft:
    """A narrative being parsed: sections grow as paragraphs arrive."""

    header: str | None = None  # the tier header line, as written
    title: str | None = None
    h1: str | None = None  # a page's first heading, which names the report when its <title> does not
    source_title: str | None = None
    publisher: str | None = None
    published: datetime.date | None = None
    notice: str | None = None
    year_hint: int | None = None  # an edition year the file states outside the narrative text
    url: str | None = None  # the page's own address, where a saved page states it (canonical, og:url)
    # Headings naming a report section other than the overview (the inline recommendations label
    # included): "Summary" alone on a line is too common to make a text a narrative.
    headings: int = 0
    categories: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _ids: list[str] = field(default_factory=list)
    _titles: dict[str, str | None] = field(default_factory=dict)
    _paragraphs: dict[str, list[str]] = field(default_factory=dict)
    _current: str | None = None

    def start(self, sid: str, title: str | None) -> None:
        """Open section sid; a repeated id continues the earlier section so ids stay unique."""
        if title is not None and sid != "overview":
            self.headings += 1
        if sid in self._paragraphs:
            self.warnings.append(f"heading {title!r} repeats section {sid!r}: its paragraphs are added there")
        else:
            self._ids.append(sid)
            self._titles[sid] = title
            self._paragraphs[sid] = []
        self._current = sid

    @property
    def current(self) -> str | None:
        """Return the id of the section paragraphs now go to."""
        return self._current

    def add(self, text: str) -> tuple[str, int] | None:
        """Add a paragraph (blank ones are not paragraphs); return its section and 1-based number."""
        text = text.strip()
        if not text:
            return None
        if self._current is None:
            self.start("overview", None)
        assert self._current is not None
        paragraphs = self._paragraphs[self._current]
        paragraphs.append(text)
        return self._current, len(paragraphs)

    def paragraph(self, text: str) -> tuple[str, int] | None:
        """Add a paragraph; one opening with the inline label "Recommendations for X:" opens that section."""
        label = INLINE_RECOMMENDATIONS.match(text.lstrip())
        # Only the lead can hold it (2010-era layout): later sections never contain the recommendations.
        if label and self._current in (None, "overview"):
            self.start("recommendations", label.group())
        return self.add(text)

    def sections(self) -> tuple[Section, ...]:
        """Return the sections that have paragraphs, in document order."""
        result = []
        for sid in self._ids:
            if self._paragraphs[sid]:
                result.append(Section(id=sid, title=self._titles[sid], paragraphs=tuple(self._paragraphs[sid])))
            else:
                self.warnings.append(f"section {sid!r} ({self._titles[sid]!r}) has no paragraphs: dropped")
        return tuple(result)
