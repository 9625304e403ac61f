"""Plain-dict shapes of the model for --json and --csv: the JSON contract in README.md."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tipcli.errors import Problem
from tipcli.formatting import format_value
from tipcli.model import Agency, Annotation, Erratum, Event, Figure, Report, Section, Sentence, precision
from tipcli.queries import Quote, key_figures

if TYPE_CHECKING:  # search imports sqlite3, which only `tipcli search` should pay for
    from tipcli.search import Hit, SearchResult

JSON = dict[str, Any]

# The columns of --csv, in order: the keys of the JSON objects of the same answer.
FIGURE_COLUMNS = (
    "id",
    "kind",
    "value",
    "high",
    "unit",
    "qualifier",
    "display",
    "label",
    "indicator",
    "trafficking",
    "section",
    "paragraph",
    "quote",
)
AGENCY_COLUMNS = (
    "id",
    "name",
    "acronym",
    "spanish_name",
    "level",
    "role",
    "sections",
    "mentions",
    "external",
    "sentences",
)
QUOTE_COLUMNS = ("agency", "section", "paragraph", "sentence", "text")
HIT_COLUMNS = ("section", "paragraph", "sentence", "text", "score", "matches")
CONTEXT_COLUMNS = ("before", "after")  # search --csv --context N: the sentences around the hit, as text
EVENT_COLUMNS = (
    "id",
    "date",
    "end",
    "precision",
    "description",
    "section",
    "paragraph",
    "quote",
    "relative",
    "erratum",  # an event with one is doubtful: the JSON's "doubtful" is not repeated here
)


def _about(report: Report) -> JSON:
    """Return what the report is: the first keys of both `summary` and `export`."""
    return {
        "title": report.title,
        "country": report.country,
        "year": report.year,
        "tier": tier(report),
        "source": source(report),
        "categories": list(report.categories),
    }


def summary(report: Report, key_figures: list[Figure]) -> JSON:
    sections = [
        {
            "id": s.id,
            "title": s.title,
            "paragraphs": len(s.paragraphs),
            "figures": sum(f.section == s.id for f in report.figures),
        }
        for s in report.sections
    ]
    counts = {
        "figures": len(report.figures),
        "agencies": len(report.agencies),
        "events": len(report.events),
        "annotations": len(report.annotations),
        "errata": len(report.errata),
    }
    return {**_about(report), "sections": sections, "key_figures": [figure(f) for f in key_figures], "counts": counts}


def tier(report: Report) -> JSON | None:
    if report.tier is None:
        return None
    t = report.tier
    return {
        "placement": t.placement,
        "rank": t.rank,
        "provenance": t.provenance,
        "section": t.section,
        "paragraph": t.paragraph,
        "quote": t.quote,
    }


def source(report: Report) -> JSON:
    s = report.source
    return {
        "title": s.title,
        "edition": s.edition,
        "publisher": s.publisher,
        "published": s.published.isoformat() if s.published else None,
        "notice": s.notice,
        "citations": [{"section": c.section, "paragraph": c.paragraph, "text": c.text} for c in s.citations],
        "url": s.url,
        "narrative_url": s.narrative_url,
        "article": s.article,
        "article_url": s.article_url,
    }


def section_list(report: Report) -> list[JSON]:
    return [
        {"id": s.id, "title": s.title, "aliases": list(s.aliases), "paragraphs": len(s.paragraphs)}
        for s in report.sections
    ]


def section(report: Report, chosen: Section, paragraph: int | None = None) -> JSON:
    """Return the section's text; with `paragraph`, only that paragraph (and its notes)."""
    numbers = [paragraph] if paragraph else [p.number for p in chosen.paragraphs]
    here = chosen.id
    document: JSON = {"id": chosen.id, "title": chosen.title}
    if paragraph:
        document["paragraph"] = paragraph
    document["paragraphs"] = [chosen.paragraphs[n - 1].text for n in numbers]
    document["annotations"] = [
        _annotation(a) for a in report.annotations if a.section == here and a.paragraph in numbers
    ]
    document["errata"] = [_erratum(e) for e in report.errata if e.section == here and e.paragraph in numbers]
    document["citations"] = [
        {"paragraph": c.paragraph, "text": c.text}
        for c in report.source.citations
        if c.section == here and c.paragraph in numbers
    ]
    return document


def _annotation(a: Annotation) -> JSON:
    return {
        "paragraph": a.paragraph,
        "offset": a.offset,
        "kind": a.kind,
        "label": a.label,
        "date": a.date,
        "note": a.note,
    }


def _erratum(e: Erratum) -> JSON:
    return {"id": e.id, "paragraph": e.paragraph, "quote": e.quote, "intended": e.intended, "note": e.note}


def figure(f: Figure) -> JSON:
    shown = format_value(f)
    return figure_row((f.id, f.kind, f.value, f.high, f.unit, f.qualifier, f.year, f.drafted, shown, *_place(f)))


def _place(f: Figure) -> tuple[object, ...]:
    return f.label, f.indicator, f.trafficking, f.section, f.paragraph, f.quote


def figure_row(values: Sequence[Any], document: JSON | None = None) -> JSON:
    """Return a figure's JSON from its columns (id, kind, value, high, unit, qualifier, figure_year,
    drafted, display, label, indicator, trafficking, section, paragraph, quote): a report's figure, or the library index's
    row of one (reportset), added to `document` (an answer across reports begins each row with
    report, country and year)."""
    id_, kind, value, high, unit, qualifier, year, drafted, display, label, indicator, trafficking = values[:12]
    section, paragraph, quote = values[12:15]
    document = {} if document is None else document
    document.update(id=id_, kind=kind, value=value)
    if high is not None:
        document["high"] = high
    document["unit"] = unit
    if qualifier is not None:
        document["qualifier"] = qualifier
    if year is not None:
        document["figure_year"] = year  # "year" is the edition's, in answers across reports
    if drafted:
        document["drafted"] = True
    document.update(display=display, label=label, indicator=indicator, trafficking=trafficking)
    document.update(section=section, paragraph=paragraph, quote=quote)
    return document


def agency(a: Agency, quotes: list[Quote] | None = None) -> JSON:
    listed = (a.id, a.name, a.acronym, a.spanish_name, a.level, a.role, a.sections, len(a.mentions), a.external)
    document = listed_agency((*listed, a.sentences, a.drafted))
    if quotes is not None:
        document["quotes"] = [_quote(q) for q in quotes]
    return document


def listed_agency(values: Sequence[Any], document: JSON | None = None) -> JSON:
    """Return an agency's listing from its columns (id, name, acronym, spanish_name, level, role,
    sections, mentions, external, sentences, drafted): a report's agency, or the library index's row
    of one, where sections and external are space-separated text and drafted 0 or 1; added to
    `document` (see figure_row)."""
    id_, name, acronym, spanish_name, level, role, sections, mentions, external, sentences, drafted = values
    document = {} if document is None else document
    document.update(
        id=id_,
        name=name,
        acronym=acronym,
        spanish_name=spanish_name,
        level=level,
        role=role,
        sections=sections.split() if isinstance(sections, str) else list(sections),
        mentions=mentions,
        external=external.split() if isinstance(external, str) else list(external),
        sentences=sentences,
    )
    if drafted:
        document["drafted"] = True
    return document


def _quote(q: Quote) -> JSON:
    return {"section": q.section, "paragraph": q.paragraph, **_sentence(q.sentence)}


def quote_row(agency_id: str, q: Quote) -> JSON:
    """Return a CSV row of `agencies NAME`: one sentence that mentions the agency (QUOTE_COLUMNS)."""
    return {"agency": agency_id, **_quote(q)}


def _sentence(s: Sentence) -> JSON:
    return {"sentence": s.index, "text": s.text}


def search_result(result: SearchResult, context: int = 0) -> JSON:
    return {"query": result.query, "total": result.total, "hits": [_hit(hit, context) for hit in result.hits]}


def _hit(hit: Hit, context: int) -> JSON:
    document: JSON = dict(zip(("report", "country", "year"), hit.report, strict=True)) if hit.report else {}
    document |= {
        "section": hit.section,
        "paragraph": hit.paragraph,
        "sentence": hit.sentence.index,
        "text": hit.sentence.text,
        "score": hit.score,
        "matches": [list(span) for span in hit.matches],
    }
    if context:
        document["before"] = [_sentence(s) for s in hit.before]
        document["after"] = [_sentence(s) for s in hit.after]
    return document


def hit_row(hit: Hit, context: int = 0) -> JSON:
    """Return a CSV row of `search`: the hit's columns, and with context the sentences before and
    after it as two cells of text (each the sentences in order, joined by a space)."""
    row = _hit(hit, 0)
    if context:
        row["before"] = " ".join(s.text for s in hit.before)
        row["after"] = " ".join(s.text for s in hit.after)
    return row


def problem(p: Problem) -> JSON:
    return {"file": p.file, "line": p.line, "column": p.column, "path": p.path, "message": p.message}


def event(e: Event) -> JSON:
    return event_row(
        (e.id, e.date, e.end, e.description, e.section, e.paragraph, e.quote, e.drafted, e.relative, e.erratum)
    )


def event_row(values: Sequence[Any], document: JSON | None = None) -> JSON:
    """Return an event's JSON from its columns (id, date, end, description, section, paragraph,
    quote, drafted, relative, erratum), added to `document` (see figure_row)."""
    id_, date, end, description, section, paragraph, quote, drafted, relative, erratum = values
    document = {} if document is None else document
    document.update(
        id=id_,
        date=date,
        end=end,
        precision=precision(date),
        description=description,
        section=section,
        paragraph=paragraph,
        quote=quote,
    )
    if relative is not None:
        document["relative"] = relative
    if erratum is not None:  # the date and end are in doubt: the erratum says why
        document["doubtful"] = True
        document["erratum"] = erratum
    if drafted:
        document["drafted"] = True
    return document


def export(report: Report, quotes: dict[str, list[Quote]]) -> JSON:
    """Return the whole report in the shapes of the other commands' answers."""
    return {
        **_about(report),
        "key_figures": [figure(f) for f in key_figures(report)],
        "sections": [section(report, s) for s in report.sections],
        "figures": [figure(f) for f in report.figures],
        "agencies": [agency(a, quotes[a.id]) for a in report.agencies],
        "events": [event(e) for e in report.events],
        # Here each note also names its section, which a section's own answer leaves implied.
        "annotations": [{"section": a.section, **_annotation(a)} for a in report.annotations],
        "errata": [{"section": e.section, **_erratum(e)} for e in report.errata],
    }
