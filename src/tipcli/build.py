"""Build the model from a report document that has passed the schema and the cross-check.

Nothing here checks or fails: it turns tables into frozen objects and computes what the file does
not type (sentences, agency mentions, where each annotation stood).
"""

import re
from bisect import bisect_right

from tipcli.model import (
    Agency,
    Annotation,
    Citation,
    Erratum,
    Event,
    Figure,
    Mention,
    Paragraph,
    PriorTier,
    Report,
    Section,
    Source,
    Tier,
)
from tipcli.schema import AgencyDoc, ReportDoc, SectionDoc, SourceDoc, TierDoc
from tipcli.spans import phrases_in, split_sentences

_JOINED = r"\s*\(\s*"  # what stands between a full name and its acronym in brackets


Found = dict[str, list[Mention]]  # a phrase -> where it stands in the report


def build(doc: ReportDoc) -> Report:
    """Return the Report a valid document describes."""
    sections = tuple(_section(s) for s in doc["sections"])
    texts = {s.id: tuple(p.text for p in s.paragraphs) for s in sections}
    agencies = doc.get("agencies", ())
    words = {a.get("acronym") or "" for a in agencies} | {phrase for a in agencies for phrase in a["phrases"]}
    words.discard("")
    places = [(section, n) for section, paragraphs in texts.items() for n in range(1, len(paragraphs) + 1)]
    in_paragraphs = phrases_in(tuple(text for paragraphs in texts.values() for text in paragraphs), frozenset(words))
    found: Found = {}  # every phrase and acronym, found in one pass over each paragraph
    for (section, n), in_paragraph in zip(places, in_paragraphs, strict=True):
        for phrase, spans in in_paragraph.items():
            found.setdefault(phrase, []).extend(Mention(section=section, paragraph=n, start=a, end=b) for a, b in spans)
    starts = {(s.id, p.number): [sentence.start for sentence in p.sentences] for s in sections for p in s.paragraphs}
    meta, tier = doc["report"], doc.get("tier")
    return Report(
        title=meta["title"],
        country=meta["country"],
        year=meta["year"],
        categories=tuple(meta.get("categories", ())),
        source=_source(doc["source"]),
        tier=_tier(tier) if tier else None,
        sections=sections,
        figures=tuple(
            Figure(**{"high": None, "qualifier": None, "indicator": None, "trafficking": None, **f})  # type: ignore[arg-type]  # the keys of FigureDoc
            for f in doc.get("figures", ())
        ),
        agencies=tuple(_agency(a, found, texts, starts) for a in agencies),
        events=tuple(Event(**{"end": None, **e}) for e in doc.get("events", ())),  # type: ignore[arg-type]
        annotations=tuple(
            Annotation(**a, offset=texts[a["section"]][a["paragraph"] - 1].index(a["anchor"]) + len(a["anchor"]))
            for a in doc.get("annotations", ())
        ),
        errata=tuple(Erratum(**e) for e in doc.get("errata", ())),
        prior_tiers=tuple(PriorTier(**p) for p in doc.get("prior_tiers", ())),
    )


def _tier(doc: TierDoc) -> Tier:
    return Tier(
        placement=doc["placement"],
        rank=doc.get("rank"),
        provenance=doc["provenance"],
        section=doc.get("section"),
        paragraph=doc.get("paragraph"),
        quote=doc.get("quote"),
    )


def _section(doc: SectionDoc) -> Section:
    paragraphs = tuple(
        Paragraph(section=doc["id"], number=n, text=text, sentences=split_sentences(text))
        for n, text in enumerate(doc["paragraphs"], start=1)
    )
    return Section(
        id=doc["id"],
        title=doc["title"],
        aliases=tuple(doc.get("aliases", ())),
        paragraphs=paragraphs,
        lead=doc.get("lead", False),
    )


def _source(doc: SourceDoc) -> Source:
    return Source(
        title=doc["title"],
        edition=doc.get("edition", ""),
        publisher=doc["publisher"],
        published=doc.get("published"),
        notice=doc.get("notice", ""),
        citations=tuple(Citation(**c) for c in doc.get("citations", ())),
        url=doc.get("url"),
        narrative_url=doc.get("narrative_url"),
        article=doc.get("article"),
        article_url=doc.get("article_url"),
    )


def _agency(
    doc: AgencyDoc, found: Found, texts: dict[str, tuple[str, ...]], starts: dict[tuple[str, int], list[int]]
) -> Agency:
    spans = [mention for phrase in doc["phrases"] for mention in found.get(phrase, ())]
    acronym = doc.get("acronym")
    in_text = acronym is not None and acronym in found
    mentions = _merge(spans, texts)
    return Agency(
        id=doc["id"],
        name=doc["name"],
        acronym=acronym,
        spanish_name=doc.get("spanish_name"),
        level=doc["level"],
        role=doc.get("role"),
        phrases=tuple(doc["phrases"]),
        mentions=mentions,
        acronym_in_text=in_text,
        drafted=doc.get("drafted", False),
        sentences=_sentence_count(mentions, starts),
    )


def _sentence_count(mentions: tuple[Mention, ...], starts: dict[tuple[str, int], list[int]]) -> int:
    """Return how many sentences the mentions stand in (`starts`: where each paragraph's sentences
    start): what `agencies NAME` quotes."""
    # bisect: the sentence a mention starts in, without walking every sentence of its paragraph
    return len({(m.section, m.paragraph, bisect_right(starts[m.section, m.paragraph], m.start)) for m in mentions})


def _merge(spans: list[Mention], texts: dict[str, tuple[str, ...]]) -> tuple[Mention, ...]:
    """Sort mentions in report order and merge those that overlap or only a " (" separates.

    Two phrases at one place are one mention, and so is a full name with its acronym after it:
    "Office of the Special Prosecutor for Organized Crime (SIEDO)".
    """
    order = {section: i for i, section in enumerate(texts)}
    spans.sort(key=lambda m: (order[m.section], m.paragraph, m.start, -m.end))
    merged: list[Mention] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last and (last.section, last.paragraph) == (span.section, span.paragraph):
            text = texts[span.section][span.paragraph - 1]
            between = text[last.end : span.start]
            if span.start < last.end or re.fullmatch(_JOINED, between):
                end = max(last.end, span.end)
                if span.start >= last.end:  # "Full Name (ACR)": the mention ends with the closing bracket
                    closing = re.match(r"\s*\)", text[end:])
                    end += closing.end() if closing else 0
                merged[-1] = Mention(section=last.section, paragraph=last.paragraph, start=last.start, end=end)
                continue
        merged.append(span)
    return tuple(merged)
