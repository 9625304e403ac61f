"""Compose a report document (the schema of report.toml) from a narrative and what is extracted from it.

Every figure, agency and event made here is marked `drafted`: a person has not reviewed it yet.
Labels and descriptions are drafted from the text's own words (see figures.py and events.py).
"""

import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from tipcli.importing.extract.agencies import extract_agencies
from tipcli.importing.extract.events import extract_events
from tipcli.importing.extract.figures import FoundFigure, extract_figures
from tipcli.importing.extract.indicators import code
from tipcli.importing.extract.labels import figure_label
from tipcli.importing.extract.numbers import written_form
from tipcli.importing.extract.placements import prior_placements
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.verbs import CHANGE_VERBS
from tipcli.importing.structure.narrative import Narrative, NarrativeError

PUBLISHER = "U.S. Department of State"  # the publisher of every Trafficking in Persons Report
OVERVIEW_ALIASES = ["lead", "intro", "introduction"]
# A comparison over time: a change "from" a number, or one the text dates to the period before.
_EARLIER_RE = re.compile(
    r"\b(?:up|down|" + alternation(CHANGE_VERBS) + r")\s+from\b"
    r"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|reporting\s+period)|\bthe\s+year\s+before\b",
    re.IGNORECASE,
)
UNSTATED = "(unit not stated)"  # "Five of the six were convicted": the text names no noun; a reviewer will
Document = dict[str, Any]
# Where a placement was read, as `summary` shows it (its first sentence) and the tier record keeps it.
_PROVENANCE = {
    "header": "Stated in the narrative's header.",
    "title": "Stated in the page's title.",
    "sentence": "Stated in a sentence of the text (the quote).",
    "standards": (
        "From the minimum-standards wording (the quote): the formula TIP reports use for this placement, "
        "which the text does not name."
    ),
}


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
    doc["figures"] = _figures(paragraphs, warnings, year)
    doc["agencies"] = _agencies(paragraphs, country)
    doc["events"] = _events(paragraphs)
    if priors := _prior_tiers(paragraphs, year):
        doc["prior_tiers"] = priors
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
    tier["provenance"] = _PROVENANCE[claim.stated_in]
    if claim.section is not None and claim.paragraph is not None and claim.quote:
        tier |= {"section": claim.section, "paragraph": claim.paragraph, "quote": claim.quote}
    return tier


_TOML_INT = 2**63  # TOML integers are 64-bit signed


def _figures(paragraphs: list[tuple[str, int, str]], warnings: list[str], edition: int) -> list[Document]:
    figures: list[Document] = []
    for section, number, text in paragraphs:
        found_figures = extract_figures(text)
        years = [found.year for found in found_figures]  # a comparison's year is read from its figure's
        for index, found in enumerate(found_figures):
            quote = text[found.start : found.end]
            if not all(_storable(v) for v in (found.value, found.high) if v is not None):
                warnings.append(f"left out the figure “{_short(quote)}” ({section} ¶{number}): too large to store")
                continue
            coded = _coded(text, found_figures, index, years, edition)
            figures.append(_figure_document(found, text, section, number, coded, years[index]))
            if not found.confident:
                warnings.append(f"unsure of the figure “{quote}” ({section} ¶{number}): check it")
    return unique_ids(figures)


def _figure_document(
    found: FoundFigure, text: str, section: str, number: int, coded: Document, year: int | None
) -> Document:
    """Return one figure as the report schema has it: the one place a found figure becomes a document.

    What is drafted from the figure's sentence is called from here: its label (labels.figure_label,
    else the engine's own) and its indicator and trafficking (`coded`, from indicators.code).
    """
    figure: Document = {"id": f"{section}-{number}-{slug(found.unit)}", "kind": found.kind, "value": found.value}
    if found.high is not None:
        figure["high"] = found.high
    quote = text[found.start : found.end]
    written = written_form(quote, found.value, found.high, money=found.unit == "USD")
    if written:  # display keeps the text's form: "1.8 million", not "1,800,000"
        figure["written"] = written
    figure["unit"] = found.unit or UNSTATED
    if found.qualifier:
        figure["qualifier"] = found.qualifier
    figure["label"] = figure_label(text, found.start, found.end, unit=found.unit, kind=found.kind) or found.label
    figure |= coded
    if year is not None:
        figure["year"] = year
    return figure | {"drafted": True, "section": section, "paragraph": number, "quote": quote}


def _storable(value: float) -> bool:
    """Tell whether the report schema can hold a value: a TOML int64, or a finite float."""
    return -_TOML_INT <= value < _TOML_INT if isinstance(value, int) else math.isfinite(value)


def _short(quote: str) -> str:
    """Return a quote cut to a length a warning can show."""
    return quote if len(quote) <= 60 else quote[:57] + "..."


# The one place the importer codes a figure's indicator (issue 24); its label is drafted just above by
# labels.figure_label. The figure engine (issue 19) is to call both from where it builds a figure;
# until then they are called here, on the paragraph.
def _coded(text: str, found: list[FoundFigure], index: int, years: list[int | None], edition: int) -> Document:
    """Return the figure's indicator and trafficking keys (only those the text gives).

    A comparison over time ("up from 26", "compared with 187 the previous year") refers to the
    period before the one of the figure it is compared with: years[index] is set to it.
    """
    figure = found[index]
    coding = code(text, figure.start, figure.end, unit=figure.unit, kind=figure.kind)
    keys: Document = {}
    if coding.trafficking is not None:  # of every figure, as the text says: "4,000 children in forced labor"
        keys["trafficking"] = coding.trafficking
    if coding.indicator is None:
        return keys
    keys = {"indicator": coding.indicator, **keys}
    if coding.compares is not None and _EARLIER_RE.search(text, max(0, figure.start - 30), figure.end + 40):
        other = next((i for i, f in enumerate(found) if f.start <= coding.compares < f.end), None)
        stated = years[other] if other is not None else None
        period = stated if stated is not None else edition - 1
        own = years[index]
        if own is None or own >= period:
            years[index] = period - 1
    return keys


def _agencies(paragraphs: list[tuple[str, int, str]], country: str) -> list[Document]:
    agencies = []
    for found in extract_agencies(paragraphs, country):
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


def _prior_tiers(paragraphs: list[tuple[str, int, str]], edition: int) -> list[Document]:
    """Return the earlier editions' placements the text states, once a year (the first statement wins)."""
    priors: dict[int, Document] = {}
    for section, number, text in paragraphs:
        for found in prior_placements(text):
            if found.year < edition and found.year not in priors:
                priors[found.year] = {"year": found.year, "placement": found.placement, "drafted": True} | {
                    "section": section,
                    "paragraph": number,
                    "quote": text[found.start : found.end],
                }
    return sorted(priors.values(), key=lambda p: p["year"])


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
