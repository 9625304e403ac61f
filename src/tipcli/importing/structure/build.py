"""Read a narrative: find its format, parse it into a Draft, check it is a narrative, then country, tier and year.

narrative.py holds the record types it builds; this module is the way in (read_narrative).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tipcli.importing.formats.html import parse_html
from tipcli.importing.formats.text import parse_text
from tipcli.importing.formats.wiki import parse_wiki
from tipcli.importing.lexicon.structure import ARTICLE_TITLE, GOVERNMENT_OF, PAGE_TITLE, TIER
from tipcli.importing.structure.check import check_markup, check_vocabulary, markdown_signs
from tipcli.importing.structure.clean import clean_input
from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.headings import Header, country_case, looks_like_country, parse_header, placement
from tipcli.importing.structure.narrative import FORMATS, Narrative, NarrativeError, Section, TierClaim
from tipcli.importing.structure.tiers import find_tier, find_tier_formula, year_in_sentence, year_in_title

_PARSERS: dict[str, Callable[[str], Draft]] = {"text": parse_text, "html": parse_html, "wiki": parse_wiki}
_TITLE_TIER = re.compile(rf"\b(?:{TIER})", re.I)
NOT_A_NARRATIVE = (
    "no narrative found in this input, {read_as}: it has no tier line such as 'COUNTRY: Tier 2', no sentence "
    "on the minimum standards and no section heading (such as Prosecution or Protection) or formula ('The government maintained law enforcement efforts.'); give the narrative's "
    "own text, as copied from the report, a saved page or an archive copy; {try_instead}"
)


def assemble(text: str, fmt: str) -> Narrative:
    """Parse text in format fmt; raise NarrativeError if it is not a narrative."""
    if fmt == "text":
        check_markup(text)
    draft = _PARSERS[fmt](text)
    sections = draft.sections()
    header = parse_header(draft.header) if draft.header else None
    tier = _tier(header, draft, sections)
    # A narrative states its tier (a header, a title, the minimum-standards formula) or has the report's
    # sections. A tier sentence alone is not enough: any article about trafficking has one.
    stated = tier is not None and tier.stated_in in ("title", "standards")
    if header is None and not draft.headings and not stated and not _sectioned(sections):
        raise NarrativeError(NOT_A_NARRATIVE.format(read_as=read_as(text, fmt), try_instead=_try_instead(fmt)))
    if not sections:
        raise NarrativeError(
            f"no paragraphs found in this input, {read_as(text, fmt)}: expected the narrative's text; "
            + _try_instead(fmt)
        )
    if fmt == "text":  # a page or article says what it is in its title and markup; plain text only in its words
        check_vocabulary(sections, header is not None)
    if tier is not None and tier.stated_in == "standards":
        draft.warnings.append(
            f"no tier is named in the file; took {tier.placement} from the minimum-standards wording: check it"
        )
    titles = (draft.title, draft.h1)
    year = draft.year_hint or next(filter(None, map(year_in_title, titles)), None)
    return Narrative(
        format=fmt,
        country=_country(header, titles, sections),
        year=year or year_in_sentence(tier.quote if tier else None),
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


def _sectioned(sections: tuple[Section, ...]) -> bool:
    """Tell whether the text was found to have the report's sections (by headings or formulas)."""
    return any(s.id not in ("overview", "recommendations") for s in sections)


def _tier(header: Header | None, draft: Draft, sections: tuple[Section, ...]) -> TierClaim | None:
    """Return the tier: the header's, else the page title's, else a sentence's, else the formula's."""
    if header is not None:
        return _named_tier(header.tier, "header", sections)
    for title in (draft.title, draft.h1):
        m = _TITLE_TIER.search(title or "")
        if m:
            return _named_tier(m.group(), "title", sections)
    return find_tier(sections) or find_tier_formula(sections)


def _named_tier(phrase: str, where: str, sections: tuple[Section, ...]) -> TierClaim:
    """Return a tier named in the header or title, with the sentence that repeats it when there is one."""
    name, rank = placement(phrase)
    said = find_tier(sections)
    claim = TierClaim(
        placement=name, rank=rank, stated_in_header=where == "header", stated_in=where,
        section=None, paragraph=None, quote=None,
    )  # fmt: skip
    if said and said.placement == name:
        return replace(claim, section=said.section, paragraph=said.paragraph, quote=said.quote)
    return claim


def _country(header: Header | None, titles: tuple[str | None, ...], sections: tuple[Section, ...]) -> str | None:
    """Return the country: the header's, else the title's, else the one "The Government of X" names."""
    if header is not None:
        return header.country
    named = next(filter(None, map(_country_from_title, titles)), None)
    if named:
        return named
    for section in sections[:1]:
        for paragraph in section.paragraphs:
            m = GOVERNMENT_OF.search(paragraph)
            if m:
                return m["c"]
    # A page titled by the country alone ("Pemberra", "Pemberra - Site Name") that its text names.
    opening = " ".join(sections[0].paragraphs[:3]) if sections else ""
    for title in filter(None, titles):
        name = re.split(r"\s[-–—|]\s|:", title, maxsplit=1)[0].strip()
        if looks_like_country(name) and re.search(rf"\b{re.escape(name)}\b", opening):
            return name
    return None


def _country_from_title(title: str | None) -> str | None:
    """Return the country an article or page title names ("Human trafficking in Mexico"), else None."""
    if not title:
        return None
    article = ARTICLE_TITLE.fullmatch(title.strip())
    if article:
        return country_case(article[1].strip())
    page = PAGE_TITLE.fullmatch(title.strip())
    if page:
        name = (page["a"] or page["b"]).strip()
        header = parse_header(name)  # "Haldren (Tier 2) - 2024 Trafficking in Persons Report"
        return header.country if header else country_case(name)
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
