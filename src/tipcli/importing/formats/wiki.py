"""Parse a Wikipedia plain-text export: [[Title]], CATEGORIES:, ==Headings==, [tpl] markers."""

from __future__ import annotations

import re

from tipcli.formatting import counted
from tipcli.importing.formats.wiki_tags import (
    Template,
    anchor_before,
    month_date,
    notice_text,
    parse_citation,
    split_citation,
    strip_templates,
    tag_label_note,
)
from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.headings import loose_section_id, parse_header
from tipcli.importing.structure.narrative import Annotation, Citation
from tipcli.importing.structure.tiers import year_in_title, year_of_edition

_TITLE = re.compile(r"\[\[([^\[\]\n]{1,300})\]\]")
_HEADING = re.compile(r"(={2,6})\s*([^=\n]{1,200}?)\s*\1")
# Link lists and notes at the end of an article are not part of the narrative.
_TAIL = frozenset({"see also", "references", "external links", "further reading", "notes", "sources", "bibliography"})
_TITLE_WITHIN = 5


def parse_wiki(text: str) -> Draft:
    """Parse a Wikipedia export into a Draft."""
    draft = Draft()
    lines = [line.strip() for line in text.split("\n")]
    in_tail = False
    for line in lines[_find_title(lines, draft) :]:
        heading = _HEADING.fullmatch(line)
        if not line:
            continue
        if line.startswith("CATEGORIES:"):
            draft.categories.extend(c.strip() for c in line[len("CATEGORIES:") :].split(",") if c.strip())
        elif heading:
            in_tail = _start_heading(heading[2], draft, in_tail)
        elif in_tail:
            draft.warnings.append(f"text under an end-matter heading is not narrative: dropped {line[:40]!r}")
        elif draft.header is None and not draft.headings and parse_header(line):
            draft.header = line
        else:
            _read_paragraph(line, draft)
    return draft


def _find_title(lines: list[str], draft: Draft) -> int:
    """Record the [[Title]] line; return the index the article starts at (lines before it are not narrative)."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        m = _TITLE.fullmatch(line)
        if m:
            draft.title = m[1].strip()
            if seen:
                draft.warnings.append(
                    f"{counted(seen, 'lines')} before the article title {'is' if seen == 1 else 'are'} not narrative: dropped"
                )
            return index + 1
        seen += 1
        if seen >= _TITLE_WITHIN:
            break
    return 0


def _start_heading(title: str, draft: Draft, in_tail: bool) -> bool:
    """Open the section a ==heading== names; return whether end matter (See also, References) goes on."""
    if title.lower() in _TAIL:
        return True
    sid = loose_section_id(title)
    if sid:
        draft.start(sid, title)
        return False
    # An unknown heading inside the narrative is taken to subdivide it; inside end matter, it is end matter.
    if not in_tail:
        draft.warnings.append(f"heading {title!r} names no known section: its paragraphs stay in the one before")
    return in_tail


def _read_paragraph(line: str, draft: Draft) -> None:
    """Add one paragraph line, keeping its templates and glued citation as data."""
    cleaned, templates = strip_templates(line)
    stripped = cleaned.rstrip()
    paragraph, citation = split_citation(stripped)
    lead = len(paragraph) - len(paragraph.lstrip())
    place = draft.paragraph(paragraph)
    if place is None:
        _read_lone_templates(templates, draft)
        return
    section, number = place
    if citation:
        draft.citations.append(Citation(section=section, paragraph=number, text=citation))
        _read_citation(citation, draft)
    text = paragraph.strip()
    for template in templates:
        _read_template(template, text, template.at - lead, section, number, draft)


def _read_lone_templates(templates: list[Template], draft: Draft) -> None:
    """Keep a notice that stands on a line of its own; other such templates tag the page, not a text."""
    for template in templates:
        notice = notice_text(template.name)
        if notice:
            draft.notice = draft.notice or notice
        else:
            draft.warnings.append(f"template {template.name!r} stands on a line of its own: dropped")


def _read_citation(citation: str, draft: Draft) -> None:
    """Take the source's title, publisher, date and edition year from a citation, first one first."""
    parsed = parse_citation(citation)
    if parsed and draft.source_title is None:
        draft.source_title, draft.publisher, draft.published = parsed
    if draft.year_hint is None:
        draft.year_hint = year_in_title(citation) or year_of_edition(citation)


def _read_template(template: Template, paragraph: str, at: int, section: str, number: int, draft: Draft) -> None:
    """Keep a template as the notice or as an annotation anchored to the text before it."""
    notice = notice_text(template.name)
    if notice:
        draft.notice = draft.notice or notice
        return
    anchor = anchor_before(paragraph, min(max(at, 0), len(paragraph)))
    if not anchor:
        draft.warnings.append(f"template {template.name!r} opens its paragraph: no text to anchor it, dropped")
        return
    label, note = tag_label_note(template.name)
    date = month_date(template.params.get("date", ""))
    kind = template.name.lower()
    draft.annotations.append(
        Annotation(kind=kind, label=label, date=date, note=note, section=section, paragraph=number, anchor=anchor)
    )
