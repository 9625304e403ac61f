"""Read a narrative: find its format, parse it into a Draft, check it is a narrative, then country, tier and year.

narrative.py holds the record types it builds; this module is the way in (read_narrative).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tipcli.importing.formats.html import parse_html
from tipcli.importing.formats.text import parse_text
from tipcli.importing.formats.wiki import parse_wiki
from tipcli.importing.structure.check import check_markup, check_vocabulary, markdown_signs
from tipcli.importing.structure.clean import clean_input
from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.headings import country_case, parse_header, placement
from tipcli.importing.structure.narrative import FORMATS, Narrative, NarrativeError, Section, TierClaim
from tipcli.importing.structure.tiers import find_tier, find_tier_formula, year_in_sentence, year_in_title

_PARSERS: dict[str, Callable[[str], Draft]] = {"text": parse_text, "html": parse_html, "wiki": parse_wiki}
_ARTICLE_TITLE = re.compile(r"(?:human\s+)?trafficking\s+(?:in\s+persons\s+)?in\s+(?:the\s+(?=[A-Z]))?(.+)", re.I)
_PAGE_TITLE = re.compile(
    r"(?:(?:19|20)\d\d\s+)?Trafficking\s+in\s+Persons\s+Report\s*[:\-–—|]\s*(?P<a>[^:|()]{2,80}?)\s*(?:[-–—|(].*)?"
    r"|(?P<b>[^:|()]{2,80}?)\s+[-–—|]\s+.*Trafficking\s+in\s+Persons\s+Report.*",
    re.I,
)


def assemble(text: str, fmt: str) -> Narrative:
    """Parse text in format fmt; raise NarrativeError if it is not a narrative."""
    if fmt == "text":
        check_markup(text)
    draft = _PARSERS[fmt](text)
    sections = draft.sections()
    header = parse_header(draft.header) if draft.header else None
    # Recognisable as a narrative: a tier header line ("COUNTRY (Tier 2)", "COUNTRY: Tier 3") opening
    # the text, or at least one heading naming a report section other than the overview (Prosecution,
    # Protection, Prevention, Trafficking Profile, Recommendations..., the inline "Recommendations for X:"
    # label included). A tier sentence alone is not enough: any article about trafficking has one.
    if header is None and not draft.headings:
        raise NarrativeError(
            f"no narrative found in this input, {read_as(text, fmt)}: expected a tier header line such as "
            "'COUNTRY: Tier 2' or a section heading (Prosecution, Protection, Prevention, Trafficking Profile, "
            f"Recommendations); {_try_instead(fmt)}"
        )
    if not sections:
        raise NarrativeError(
            f"no paragraphs found in this input, {read_as(text, fmt)}: expected the narrative's text; "
            + _try_instead(fmt)
        )
    if fmt == "text":  # a page or article says what it is in its title and markup; plain text only in its words
        check_vocabulary(sections, header is not None)
    tier = _header_tier(header[1], sections) if header else find_tier(sections) or find_tier_formula(sections)
    year = draft.year_hint or year_in_title(draft.title) or year_in_sentence(tier.quote if tier else None)
    return Narrative(
        format=fmt,
        country=header[0] if header else _country_from_title(draft.title),
        year=year,
        title=draft.title,
        tier=tier,
        source_title=draft.source_title,
        publisher=draft.publisher,
        published=draft.published,
        notice=draft.notice,
        categories=tuple(draft.categories),
        sections=sections,
        citations=tuple(draft.citations),
        annotations=tuple(draft.annotations),
        warnings=tuple(draft.warnings),
        url=draft.url,
    )


def _header_tier(phrase: str, sections: tuple[Section, ...]) -> TierClaim:
    """Return the header's tier, with the sentence that repeats it in the text when there is one."""
    name, rank = placement(phrase)
    said = find_tier(sections)
    if said and said.placement == name:
        return TierClaim(
            placement=name,
            rank=rank,
            stated_in_header=True,
            section=said.section,
            paragraph=said.paragraph,
            quote=said.quote,
        )
    return TierClaim(placement=name, rank=rank, stated_in_header=True, section=None, paragraph=None, quote=None)


def _country_from_title(title: str | None) -> str | None:
    """Return the country an article or page title names ("Human trafficking in Mexico"), else None."""
    if not title:
        return None
    article = _ARTICLE_TITLE.fullmatch(title.strip())
    if article:
        return country_case(article[1].strip())
    page = _PAGE_TITLE.fullmatch(title.strip())
    if page:
        return country_case((page["a"] or page["b"]).strip())
    return None


_HTML_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|article|h[1-6])(?:\s[^<>]{0,500})?>", re.I)
_WIKI_RE = re.compile(r"^\[\[[^\[\]\n]{1,300}\]\][ \t]*$|^={2,6}[^=\n]{1,200}={2,6}[ \t]*$|\[tpl\]", re.M)


_PAGE_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]", re.I)  # a whole page, not a tag in Markdown
_NAMES = {"html": "HTML", "wiki": "a Wikipedia export", "text": "plain text"}


def detect_format(text: str) -> str:
    """Return "html", "wiki" or "text" from the markup the text carries; Markdown with a few HTML
    tags in it (a README's `<div align="center">`) is text, which then refuses it as Markdown."""
    if _HTML_RE.search(text) and (_PAGE_RE.search(text) or not markdown_signs(text)):
        return "html"
    if _WIKI_RE.search(text):
        return "wiki"
    return "text"


def read_as(text: str, fmt: str) -> str:
    """Say which format the input was read as, and what in it made it so: for a refusal's message."""
    found = {"html": _HTML_RE, "wiki": _WIKI_RE}.get(fmt)
    sign = found.search(text) if found else None
    if sign is None:
        why = "it has no HTML or wiki markup" if detect_format(text) == "text" else "as --format or its name asked"
        return f"read as {_NAMES[fmt]} ({why})"
    line = text.count("\n", 0, sign.start()) + 1
    return f"read as {_NAMES[fmt]} (line {line} has {sign[0].strip()[:40]!r})"


def _try_instead(fmt: str) -> str:
    """Say what to try when the format found may be the wrong one."""
    others = " or ".join(f"--format {other}" for other in FORMATS if other != fmt)
    return f"if it is a narrative in another format, try {others}"


def read_narrative(text: str, format: str | None = None) -> Narrative:
    """Parse a narrative; raise NarrativeError when the text is not one."""
    if format is not None and format not in FORMATS:
        raise NarrativeError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    cleaned = clean_input(text)
    fmt = format or detect_format(cleaned)
    return assemble(cleaned, fmt)
