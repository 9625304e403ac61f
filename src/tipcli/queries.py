"""Pure questions over the model: find a section or agency, pick figures, quote mentions."""

import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence

from tipcli.errors import UsageError
from tipcli.model import Agency, Event, Figure, Report, Section, Sentence, Value, value

SORTS = ("report", "value", "section", "year")


def normalize(text: str) -> str:
    """Fold case, accents, apostrophes and runs of space, for forgiving name matching."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def _suggest(word: str, choices: list[str], also: list[str] | None = None) -> str:
    """Return "did you mean ...?" from CHOICES and their other names (ALSO), else some CHOICES to choose from.

    CHOICES name one thing each (the count of those not listed is theirs); ALSO are more names of
    the same things (acronyms), good for a guess but not listed.
    """
    choices = list(dict.fromkeys(choices))
    names = list(dict.fromkeys([*choices, *(also or ())]))  # an agency's id is often its acronym: name it once
    close = difflib.get_close_matches(word, names, n=3, cutoff=0.7)
    if close:
        return f"did you mean {' or '.join(repr(c) for c in close)}?"
    return f"choose from {', '.join(choices[:8])}" + (f" and {len(choices) - 8} more" if len(choices) > 8 else "")


def find_section(report: Report, name: str) -> Section:
    """Return the section NAME means: an id, title or alias, in any case, or a unique prefix."""
    return find_section_in(report.sections, name)


def find_section_in(sections: Sequence[Section], name: str) -> Section:
    """Return the section NAME means among these (see find_section)."""
    wanted = normalize(name)
    ids = [s.id for s in sections]
    if not wanted:
        raise UsageError(f"the section name is empty; choose from {', '.join(ids)}")
    names = {s.id: [normalize(n) for n in (s.id, s.title, *s.aliases)] for s in sections}
    by_id = [s for s in sections if normalize(s.id) == wanted]
    exact = [s for s in sections if wanted in names[s.id]]
    prefixed = [s for s in sections if any(n.startswith(wanted) for n in names[s.id])]
    for found in (by_id, exact, prefixed):  # an id wins over a title, a whole name over a prefix
        if len(found) == 1:
            return found[0]
    if prefixed:
        matches = " or ".join(s.id for s in prefixed[:6]) + (
            f" (or {len(prefixed) - 6} more)" if len(prefixed) > 6 else ""
        )
        raise UsageError(f"section {name.strip()!r} is ambiguous: {matches}?")
    raise UsageError(f"no section {name.strip()!r}; {_suggest(wanted, ids)}")


_PLACE = re.compile(r"(?P<section>[^:¶]*?)\s*(?::|¶)\s*(?P<paragraph>\d+)(?:\.(?P<sentence>\d+))?")


def find_place(report: Report, place: str) -> tuple[Section, int, Sentence | None]:
    """Return the section, paragraph number and sentence (or None) a place names: `protection:2.6`.

    The section is named as `find_section` takes it (a prefix will do); `protection ¶2.6`, as
    search prints a hit's place, is the same place.
    """
    found = _PLACE.fullmatch(place.strip())
    if not found or not found["section"]:
        raise UsageError(
            f"{place.strip()!r} is not a place; write SECTION:PARAGRAPH or SECTION:PARAGRAPH.SENTENCE, "
            "e.g. 'protection:2.6' (search prints it 'protection ¶2.6')"
        )
    section = find_section(report, found["section"])
    number = int(found["paragraph"])
    if not 1 <= number <= len(section.paragraphs):
        raise UsageError(f"{section.id} has paragraphs 1 to {len(section.paragraphs)}, not {number}")
    if found["sentence"] is None:
        return section, number, None
    sentences = section.paragraphs[number - 1].sentences
    index = int(found["sentence"])
    if not 1 <= index <= len(sentences):
        raise UsageError(f"{section.id} ¶{number} has sentences 1 to {len(sentences)}, not {index}")
    return section, number, sentences[index - 1]


def figures(
    report: Report,
    *,
    section: Section | None = None,
    match: str | None = None,
    sort: str = "report",
    kind: str | None = None,
    indicator: str | None = None,
) -> list[Figure]:
    """Return the figures of a section (or all), of a kind and indicator, whose label, quote or unit
    matches MATCH as `search` matches (search.figure_words: stems, prefixes, accents, operators).

    indicator "none" chooses the figures that have no indicator.
    """
    order = {s.id: i for i, s in enumerate(report.sections)}
    found = None
    if match is not None and match.strip():
        from tipcli.search import figure_words  # sqlite3: only --match pays for it

        found = figure_words(report, match)
    chosen = [
        f
        for n, f in enumerate(report.figures)
        if (section is None or f.section == section.id)
        and (kind is None or f.kind == kind)
        and (indicator is None or f.indicator == (None if indicator == "none" else indicator))
        and (found is None or n in found)
    ]
    if sort == "value":
        chosen.sort(key=lambda f: f.value)
    elif sort == "year":  # the year each figure refers to; those the text does not date last
        chosen.sort(key=lambda f: (f.year is None, f.year or 0))
    elif sort == "section":
        chosen.sort(key=lambda f: (order[f.section], f.paragraph))
    elif sort != "report":
        raise UsageError(f"no sort {sort!r}; choose from {', '.join(SORTS)}")
    return chosen


def key_figures(report: Report) -> list[Figure]:
    """Return the handful of figures marked `key` (the first five if none is)."""
    return [f for f in report.figures if f.key] or list(report.figures[:5])


def find_agency(report: Report, name: str) -> Agency:
    """Return the agency NAME means: acronym, id, name, or words of its names, in any case or accent."""
    wanted = normalize(name)
    if not wanted:
        raise UsageError("the agency name is empty")
    exact = [
        a
        for a in report.agencies
        if wanted in {normalize(n) for n in (a.id, a.name, a.acronym or "", a.spanish_name or "")}
    ]
    if len(exact) == 1:
        return exact[0]
    words = re.findall(r"\w+", wanted)
    by_words = [a for a in report.agencies if words and all(w in agency_words(a) for w in words)]
    if len(by_words) == 1:
        return by_words[0]
    if by_words:
        listed = ", ".join(a.acronym or a.id for a in by_words[:6])
        raise UsageError(f"agency {name.strip()!r} is ambiguous: {listed}; add words or use an id")
    acronyms = [a.acronym.casefold() for a in report.agencies if a.acronym]
    raise UsageError(f"no agency {name.strip()!r}; {_suggest(wanted, [a.id for a in report.agencies], acronyms)}")


def agency_words(agency: Agency) -> set[str]:
    """Return the words of an agency's names and phrases, folded: what a NAME is matched against."""
    names = " ".join(n for n in (agency.id, agency.name, agency.acronym, agency.spanish_name, *agency.phrases) if n)
    return set(re.findall(r"\w+", normalize(names.replace("-", " "))))


def agencies(report: Report, *, level: str | None = None) -> list[Agency]:
    """Return the agencies, or those of one level."""
    if level is None:
        return list(report.agencies)
    levels = sorted({a.level for a in report.agencies})
    wanted = normalize(level)
    if wanted not in levels:
        raise UsageError(f"no level {level.strip()!r}; {_suggest(wanted, levels)}")
    return [a for a in report.agencies if a.level == wanted]


@value
class Quote(Value):
    """A sentence of the report that mentions something, where it stands, and the spans that do."""

    section: str
    paragraph: int
    sentence: Sentence
    spans: tuple[tuple[int, int], ...]  # offsets into sentence.text


def agency_quotes(report: Report, agency: Agency) -> list[Quote]:
    """Return every sentence that mentions the agency, once each, in report order, with the mentions."""
    spans: dict[tuple[str, int, Sentence], list[tuple[int, int]]] = {}
    for mention in agency.mentions:
        paragraph = report.paragraph(mention.section, mention.paragraph)
        for sentence in paragraph.sentences:
            if sentence.start <= mention.start < sentence.end:
                where = (mention.section, mention.paragraph, sentence)
                spans.setdefault(where, []).append((mention.start - sentence.start, mention.end - sentence.start))
    return [
        Quote(section=section, paragraph=number, sentence=sentence, spans=tuple(found))
        for (section, number, sentence), found in spans.items()
    ]


def find_figure(report: Report, figure_id: str) -> Figure:
    """Return the figure with this id (UsageError with suggestions if there is none)."""
    for figure in report.figures:
        if figure.id == figure_id.strip():
            return figure
    raise UsageError(f"no figure {figure_id.strip()!r}; {_suggest(figure_id, [f.id for f in report.figures])}")


def find_event(report: Report, event_id: str) -> Event:
    """Return the event with this id (UsageError with suggestions if there is none)."""
    for event in report.events:
        if event.id == event_id.strip():
            return event
    raise UsageError(f"no event {event_id.strip()!r}; {_suggest(event_id, [e.id for e in report.events])}")


def timeline(report: Report) -> list[Event]:
    """Return the events in date order (an earlier or less precise date first; ties in text order)."""
    where = text_order(report)
    return sorted(report.events, key=lambda e: (e.date, where(e)))


def text_order(report: Report) -> Callable[[Event], tuple[int, int, int]]:
    """Return a key that puts a report's events in the order the text tells them: section,
    paragraph, then where the quote stands in it (one in a closing citation after the paragraph)."""
    sections = {s.id: i for i, s in enumerate(report.sections)}

    def key(event: Event) -> tuple[int, int, int]:
        text = report.paragraph(event.section, event.paragraph).text
        at = text.find(event.quote)
        return sections[event.section], event.paragraph, at if at >= 0 else len(text)

    return key
