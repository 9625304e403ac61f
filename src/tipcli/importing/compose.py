"""Compose a report document (the schema of report.toml) from a narrative and what is extracted from it.

Every figure, agency and event made here is marked `drafted`: a person has not reviewed it yet.
Labels and descriptions are drafted from the text's own words (see figures.py and events.py).
"""

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from tipcli.importing.extract.agencies import extract_agencies
from tipcli.importing.extract.events import extract_events
from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.numbers import written_form
from tipcli.importing.structure.narrative import Narrative, NarrativeError

PUBLISHER = "U.S. Department of State"  # the publisher of every Trafficking in Persons Report
OVERVIEW_ALIASES = ["lead", "intro", "introduction"]
UNSTATED = "(unit not stated)"  # "Five of the six were convicted": the text names no noun; a reviewer will
Document = dict[str, Any]


def compose(
    narrative: Narrative, *, country: str | None, year: int | None, file_name: str = ""
) -> tuple[Document, list[str]]:
    """Return the report document and the importer's warnings; --country/--year win over the file."""
    warnings = list(narrative.warnings)
    if year is None and narrative.year is None and (named := _year_in_name(file_name)):
        warnings.append(f"the text does not say its edition; took {named} from the file name {file_name!r}")
        year = named
    country, year = _identity(narrative, country, year, warnings)
    paragraphs = [(s.id, n, text) for s in narrative.sections for n, text in enumerate(s.paragraphs, start=1)]
    doc: Document = {
        "schema": 1,
        "report": {"title": narrative.title or f"Trafficking in Persons Report {year}: {country}", "country": country},
    }
    doc["report"]["year"] = year
    if narrative.categories:
        doc["report"]["categories"] = list(narrative.categories)
    doc["source"] = _source(narrative, year)
    if narrative.tier is not None:
        doc["tier"] = _tier(narrative)
    doc["sections"] = [
        {
            "id": s.id,
            "title": s.title.rstrip(":").strip() if s.title else s.id.capitalize(),
            "aliases": OVERVIEW_ALIASES if s.id == "overview" else [],
            "paragraphs": list(s.paragraphs),
        }
        for s in narrative.sections
    ]
    doc["figures"] = _figures(paragraphs, warnings)
    doc["agencies"] = _agencies(paragraphs)
    doc["events"] = _events(paragraphs)
    doc["annotations"] = [
        {"kind": a.kind, "label": a.label, "date": a.date, "note": a.note}
        | {"section": a.section, "paragraph": a.paragraph, "anchor": a.anchor}
        for a in narrative.annotations
    ]
    return doc, warnings


def _identity(narrative: Narrative, country: str | None, year: int | None, warnings: list[str]) -> tuple[str, int]:
    """Return the country and edition year: as given, else as the file states them."""
    for given, stated, what in ((country, narrative.country, "country"), (year, narrative.year, "year")):
        if given is not None and stated is not None and str(given).casefold() != str(stated).casefold():
            warnings.append(f"the file states {what} {stated!r}; using {given!r} as given")
    country, year = country or narrative.country, year or narrative.year
    if country is None:
        raise NarrativeError("the file does not say which country it is about; give --country NAME")
    if year is None:
        raise NarrativeError("the file does not say which edition it is from; give --year YYYY")
    return country, year


def _year_in_name(name: str) -> int | None:
    """Return the edition year a file's name gives ("veldmark-2011.txt"), if one of 2001-2099."""
    years = re.findall(r"(?<![0-9])(20[0-9]{2})(?![0-9])", name)
    return int(years[-1]) if years and int(years[-1]) >= 2001 else None


def _source(narrative: Narrative, year: int) -> Document:
    source: Document = {
        "title": narrative.source_title or f"Trafficking in Persons Report {year}",
        "publisher": narrative.publisher or PUBLISHER,
    }
    if narrative.published is not None:
        source["published"] = narrative.published
    if narrative.notice:
        source["notice"] = narrative.notice
    if narrative.url:  # the page's own address: citations give it
        source["narrative_url"] = narrative.url
    if narrative.citations:
        source["citations"] = [
            {"section": c.section, "paragraph": c.paragraph, "text": c.text} for c in narrative.citations
        ]
    return source


def _tier(narrative: Narrative) -> Document:
    claim = narrative.tier
    assert claim is not None
    tier: Document = {"placement": claim.placement}
    if claim.rank is not None:
        tier["rank"] = int(claim.rank) if float(claim.rank).is_integer() else claim.rank
    if claim.stated_in_header:
        tier["provenance"] = "Stated in the narrative's header."
    elif claim.from_formula:
        tier["provenance"] = (
            "From the text's wording (the quote): the formula TIP reports use for this placement, "
            "which the text does not name."
        )
    else:
        tier["provenance"] = "Stated in a sentence of the text (the quote)."
    if claim.section is not None and claim.paragraph is not None and claim.quote:
        tier |= {"section": claim.section, "paragraph": claim.paragraph, "quote": claim.quote}
    return tier


def _figures(paragraphs: list[tuple[str, int, str]], warnings: list[str]) -> list[Document]:
    figures: list[Document] = []
    for section, number, text in paragraphs:
        for found in extract_figures(text):
            figure: Document = {
                "id": f"{section}-{number}-{slug(found.unit)}",
                "kind": found.kind,
                "value": found.value,
            }
            if found.high is not None:
                figure["high"] = found.high
            quote = text[found.start : found.end]
            written = written_form(quote, found.value, found.high, money=found.unit == "USD")
            if written:  # display keeps the text's form: "1.8 million", not "1,800,000"
                figure["written"] = written
            figure["unit"] = found.unit or UNSTATED
            if found.qualifier:
                figure["qualifier"] = found.qualifier
            figure["label"] = found.label
            if found.year is not None:
                figure["year"] = found.year
            figure |= {"drafted": True, "section": section, "paragraph": number, "quote": quote}
            figures.append(figure)
            if not found.confident:
                warnings.append(f"unsure of the figure “{quote}” ({section} ¶{number}): check it")
    return unique_ids(figures)


def _agencies(paragraphs: list[tuple[str, int, str]]) -> list[Document]:
    agencies = []
    for found in extract_agencies(paragraphs):
        agency: Document = {"id": slug(found.acronym or found.name), "name": found.name}
        if found.acronym:
            agency["acronym"] = found.acronym
        agency |= {"level": found.level, "phrases": list(found.phrases), "drafted": True}
        agencies.append(agency)
    return unique_ids(agencies)


def _events(paragraphs: list[tuple[str, int, str]]) -> list[Document]:
    events = []
    for section, number, text in paragraphs:
        for found in extract_events(text):
            events.append(
                {"id": f"{found.date}-{section}-{number}", "date": found.date, "description": found.description}
                | {"drafted": True, "section": section, "paragraph": number, "quote": text[found.start : found.end]}
            )
    return unique_ids(events)


def slug(text: str) -> str:
    """Return lowercase ASCII words joined by hyphens: "Côte d’Ivoire" -> "cote-d-ivoire".

    Accented letters lose their accents (NFKD, combining marks dropped) rather than the letter.
    """
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", plain)) or "item"


def unique_ids(items: Iterable[Document]) -> list[Document]:
    """Give repeated ids a suffix, -2, -3 ..., in order."""
    seen: dict[str, int] = {}
    out = []
    for item in items:
        base = item["id"]
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            item = {**item, "id": f"{base}-{seen[base]}"}
        out.append(item)
    return out
