"""What the schema cannot say: every place a table points to exists, and every quote stands there.

Runs on a checked document (see schema.check), where a value with a problem has been left out,
so that a report with a misspelt key still gets all its quotes checked.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from tipcli.schema import SCHEMA_VERSION, Problems, ReportDoc
from tipcli.spans import phrases_in

Texts = Mapping[str, list[str]]  # section id -> its paragraphs


def crosscheck(doc: ReportDoc) -> Problems:
    """Return every problem of reference in a checked document: ids, places, quotes, ranges, phrases."""
    problems: Problems = []
    if doc.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
        problems.append(("schema", f"this tipcli reads schema {SCHEMA_VERSION}, not {doc['schema']}"))
    texts = {s["id"]: s.get("paragraphs", []) for s in _items(doc.get("sections")) if "id" in s}
    for i, section in _indexed(doc.get("sections")):
        if section.get("paragraphs") == [] and "paragraphs" in section:
            problems.append((f"sections[{i}].paragraphs", "a section needs at least one paragraph"))
    for key, what in (("sections", "section"), ("figures", "figure"), ("agencies", "agency"), ("events", "event")):
        problems += _duplicates(doc, key, what)
    problems += _duplicates(doc, "errata", "erratum")
    if "tier" in doc:
        problems += _located(doc["tier"], "tier", texts)
    for i, citation in _indexed(doc.get("source", {}).get("citations")):
        problems += _located(citation, f"source.citations[{i}]", texts, text_key=None)
    for key in ("figures", "errata", "prior_tiers"):
        for i, item in _indexed(_array(doc, key)):
            problems += _located(item, f"{key}[{i}]", texts)
    for i, figure in _indexed(doc.get("figures")):
        if "high" in figure and "value" in figure and figure["high"] < figure["value"]:
            problems.append((f"figures[{i}].high", f"{figure['high']} is below value {figure['value']}"))
        if "written" in figure and "quote" in figure and figure["written"] not in figure["quote"]:
            problems.append((f"figures[{i}].written", f"{figure['written']!r} is not in the figure's quote"))
    for i, annotation in _indexed(doc.get("annotations")):
        problems += _located(annotation, f"annotations[{i}]", texts, text_key="anchor")
    problems += _events(doc, texts)
    problems += _prior_tiers(doc)
    problems += _phrases(doc, texts)
    return problems


def _array(doc: ReportDoc, key: str) -> list[Any] | None:
    """Return one of the document's arrays of tables, by name."""
    array: list[Any] | None = doc.get(key)  # type: ignore[assignment]  # the keys named are arrays
    return array


def _items(array: Iterable[Any] | None) -> list[dict[str, Any]]:
    return [item for item in array or () if item is not None]


def _indexed(array: Iterable[Any] | None) -> list[tuple[int, dict[str, Any]]]:
    """Return (index in the file, table) for the tables of an array that passed the schema."""
    return [(i, item) for i, item in enumerate(array or ()) if item is not None]


def _duplicates(doc: ReportDoc, key: str, what: str) -> Problems:
    seen: set[str] = set()
    problems: Problems = []
    for i, item in _indexed(_array(doc, key)):
        if "id" in item:
            if item["id"] in seen:
                problems.append((f"{key}[{i}].id", f"duplicate {what} id {item['id']!r}"))
            seen.add(item["id"])
    return problems


def _located(table: Mapping[str, Any], path: str, texts: Texts, text_key: str | None = "quote") -> Problems:
    """Check that section and paragraph exist and (if text_key) that the quote stands in that paragraph."""
    section, number = table.get("section"), table.get("paragraph")
    if section is None or number is None:
        return []
    if section not in texts:
        ids = list(texts)
        known = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "") if ids else "none"
        return [(f"{path}.section", f"unknown section {section!r} (sections: {known})")]
    count = len(texts[section])
    if not 1 <= number <= count:
        return [(f"{path}.paragraph", f"{section} has paragraphs 1 to {count}, not {number}")]
    text = texts[section][number - 1]
    if text_key and text_key in table and table[text_key] not in text:
        return [(f"{path}.{text_key}", not_found(table[text_key], f"{section} paragraph {number}", text))]
    return []


PLACEMENTS = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")


def _prior_tiers(doc: ReportDoc) -> Problems:
    """A prior placement names a placement, and a year before the report's own edition."""
    problems: Problems = []
    edition = doc.get("report", {}).get("year")
    for i, prior in _indexed(doc.get("prior_tiers")):
        if "placement" in prior and prior["placement"] not in PLACEMENTS:
            problems.append(
                (f"prior_tiers[{i}].placement", f"{prior['placement']!r} is not one of {', '.join(PLACEMENTS)}")
            )
        if "year" in prior and isinstance(edition, int) and prior["year"] >= edition:
            problems.append((f"prior_tiers[{i}].year", f"{prior['year']} is not before the report's year {edition}"))
    return problems


def not_found(quote: str, where: str, text: str) -> str:
    """Say that a quote is not in its paragraph: the quote looked for and the nearest passage there,
    as `tipcli cite --quote` says it, so that the file's author sees what changed."""
    from tipcli.quoting import nearest  # only a quote that is not found needs it

    return f"not found in {where}: looked for {quote!r}; the nearest passage there is {nearest(text, quote)!r}"


def _events(doc: ReportDoc, texts: Texts) -> Problems:
    """An event's quote may stand in its paragraph or in a citation that closes it."""
    citations = _items(doc.get("source", {}).get("citations"))
    problems: Problems = []
    for i, event in _indexed(doc.get("events")):
        if "date" in event and "end" in event and event["end"] < event["date"]:
            problems.append((f"events[{i}].end", f"{event['end']} is before date {event['date']}"))
        found = _located(event, f"events[{i}]", texts, text_key=None)
        problems += found
        if found or not {"section", "paragraph", "quote"} <= event.keys():
            continue
        place = (event["section"], event["paragraph"])
        closing = [c["text"] for c in citations if (c.get("section"), c.get("paragraph")) == place and "text" in c]
        paragraph = texts[place[0]][place[1] - 1]
        if not any(event["quote"] in text for text in (paragraph, *closing)):
            where = f"{place[0]} paragraph {place[1]} or its citations"
            problems.append((f"events[{i}].quote", not_found(event["quote"], where, paragraph)))
    return problems


def _phrases(doc: ReportDoc, texts: Texts) -> Problems:
    agencies = list(_indexed(doc.get("agencies")))
    # the acronyms too, which the build then looks for: the same question, answered once (spans.phrases_in)
    words = {phrase for _, agency in agencies for phrase in agency.get("phrases", [])}
    words |= {acronym for _, agency in agencies if (acronym := agency.get("acronym"))}
    paragraphs = tuple(text for paragraphs in texts.values() for text in paragraphs)
    occurs = {phrase for found in phrases_in(paragraphs, frozenset(words)) for phrase in found}
    problems: Problems = []
    for i, agency in agencies:
        for j, phrase in enumerate(agency.get("phrases", [])):
            if phrase not in occurs:
                problems.append((f"agencies[{i}].phrases[{j}]", f"{phrase!r} never occurs in the text"))
    return problems
