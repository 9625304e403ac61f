"""Citations of the report, and of a place in it, in APA, Chicago, BibTeX, RIS and CSL-JSON.

The work cited is the country narrative ("Mexico") in the State Department's report; its author and
publisher are the report's publisher. Plain text, ready to paste: no markup for italics. A quote
that contains a defect of the text (an erratum) is marked [sic], with the intended wording in a note.
Section titles and paragraph numbers are those of the text as the source article reproduces it.
"""

from __future__ import annotations

import re
from typing import Any

from tipcli.formatting import MONTHS
from tipcli.model import Erratum, Report

FORMATS = ("apa", "chicago", "bibtex", "ris")
SIC = " [sic]"


class Place:
    """A place in the report to cite: a section, perhaps a paragraph, perhaps a verbatim quote.

    `quote` is as the text has it; `marked` is the quote with [sic] after each defect in it, and
    `errata` are those defects. `lead`: the section is the article's lead, not a section of the report.
    `in_citation`: the quote is from the article's citation that closes the paragraph, not the text.
    `ident` names the place in a citation key: `protection-2-6`, `fig-federal-investigations`.
    """

    __slots__ = ("errata", "ident", "in_citation", "lead", "marked", "paragraph", "quote", "title")

    def __init__(
        self,
        title: str,
        paragraph: int | None = None,
        quote: str | None = None,
        *,
        lead: bool = False,
        marked: str | None = None,
        errata: tuple[Erratum, ...] = (),
        in_citation: bool = False,
        ident: str = "",
    ) -> None:
        self.title, self.paragraph, self.quote = title, paragraph, quote
        self.lead, self.marked, self.errata = lead, marked if marked is not None else quote, errata
        self.in_citation, self.ident = in_citation, ident

    def pinpoint(self, style: str) -> str:
        """Return "Prosecution section, para. 2" (APA), "Prosecution, para. 2" (Chicago) and so on."""
        # The lead has no heading in the report: name it as the report's opening, not as a section.
        title = f"introduction (the article's “{self.title}”)" if self.lead else self.title
        name = f"{title} section" if style == "apa" and not self.lead else title
        name += f", para. {self.paragraph}" if self.paragraph else ""
        return f"the article's source citation after {name}" if self.in_citation else name

    def sic_notes(self) -> list[str]:
        """Return one note for each defect the quote contains: what the text reads, what was meant."""
        return [f"[sic] “{e.quote}”: likely intended “{e.intended}” ({e.note})" for e in self.errata]


def place(
    report: Report, section: str, paragraph: int | None = None, quote: str | None = None, *, ident: str = ""
) -> Place:
    """Return the place to cite, its quote marked [sic] where it contains a defect of the text.

    IDENT names it in the citation key (a figure's or an event's); by default the section, the
    paragraph and the sentence name it (and, for a quote that is not a whole sentence, a checksum
    of the quote's words: two quotes, two keys; the same quote, the same key).
    """
    chosen = report.section(section)
    ident = ident or _ident(report, section, paragraph, quote)
    if paragraph is None or quote is None:
        return Place(chosen.title, paragraph, quote, lead=chosen.lead, ident=ident)
    marks = sorted(_sic_marks(report, section, paragraph, quote), key=lambda mark: mark[0])
    marked = quote
    for offset, _ in reversed(marks):  # from the end, so that earlier offsets stay right
        marked = marked[:offset] + SIC + marked[offset:]
    errata = tuple(erratum for _, erratum in marks)
    in_citation = quote not in chosen.paragraphs[paragraph - 1].text
    return Place(
        chosen.title,
        paragraph,
        quote,
        lead=chosen.lead,
        marked=marked,
        errata=errata,
        in_citation=in_citation,
        ident=ident,
    )


def _ident(report: Report, section: str, paragraph: int | None, quote: str | None) -> str:
    """Return `protection`, `protection-2`, `protection-2-6` (a whole sentence) or `protection-2-6-1a2b3c`."""
    if paragraph is None:
        return section
    if quote is None:
        return f"{section}-{paragraph}"
    import zlib  # only a quote's key needs a checksum

    text = report.paragraph(section, paragraph)
    at = text.text.find(quote)
    first = next((s for s in text.sentences if s.start <= at < s.end), None) if at >= 0 else None
    digest = f"{zlib.crc32(quote.encode()):08x}"[:6]
    if first is None:  # a quote from the article's citation after the paragraph
        return f"{section}-{paragraph}-{digest}"
    if quote.strip() == first.text.strip():
        return f"{section}-{paragraph}-{first.index}"
    return f"{section}-{paragraph}-{first.index}-{digest}"


def _sic_marks(report: Report, section: str, paragraph: int, quote: str) -> list[tuple[int, Erratum]]:
    """Return (where in the quote [sic] goes, the erratum) for each defect the quote covers, even in part."""
    text = report.paragraph(section, paragraph).text
    if quote not in text:  # an event's quote may stand in the citation that closes the paragraph
        return []
    start = text.index(quote)
    end = start + len(quote)
    marks = []
    for erratum in report.errata:
        if (erratum.section, erratum.paragraph) == (section, paragraph) and erratum.quote in text:
            first, last = _defect(erratum, text.index(erratum.quote))
            if first < end and last > start:
                marks.append((min(last, end) - start, erratum))
    return marks


def _defect(erratum: Erratum, at: int) -> tuple[int, int]:
    """Return where, in the paragraph, the words that differ from the intended wording stand.

    The quote and the intended wording share a beginning and an end; what lies between, widened
    to whole words (a hyphenated word is one word), is the defect: "onehalf", "statues", "2009-2012".
    """
    wrong, meant = erratum.quote, erratum.intended
    same = len(_common_prefix(wrong, meant))
    tail = len(_common_prefix(wrong[same:][::-1], meant[same:][::-1]))
    first, last = same, len(wrong) - tail
    while first > 0 and _in_word(wrong[first - 1]):
        first -= 1
    while last < len(wrong) and _in_word(wrong[last]):
        last += 1
    return at + first, at + last


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "-"


def key(report: Report, place: Place | None = None) -> str:
    """Return a citation key: tip2010mexico for the report, tip2010mexico-protection-2-6 for a place in it."""
    report_key = "tip" + str(report.year) + re.sub(r"\W", "", report.country.lower())
    if place is None or not place.ident:
        return report_key
    return report_key + "-" + re.sub(r"[^A-Za-z0-9_-]+", "-", place.ident).strip("-")


def _year(report: Report) -> int:
    """Return the year of publication: the date's, else the edition's (a report is published in its year)."""
    return report.source.published.year if report.source.published else report.year


def _long_date(report: Report) -> str:
    date = report.source.published
    return f"{MONTHS[date.month - 1]} {date.day}, {date.year}" if date else str(report.year)


def _edition(report: Report) -> str:
    return f"{report.source.edition} ed." if report.source.edition else ""


def apa(report: Report, place: Place | None = None) -> str:
    s = report.source
    edition = f" ({_edition(report)})" if s.edition else ""
    # APA leaves out the publisher when it is the author, as it is for a government report.
    entry = f"{s.publisher}. ({_year(report)}). {report.country}. In {s.title}{edition}.{_address(report)}"
    if place is None:
        return entry
    quote = f"“{place.marked}” " if place.marked else ""
    return f"{quote}({s.publisher}, {_year(report)}, {place.pinpoint('apa')}){_notes(report, place)}\n\n{entry}"


def chicago(report: Report, place: Place | None = None) -> str:
    s = report.source
    edition = f", {_edition(report)}" if s.edition else ""
    book = s.title + edition
    entry = (
        f"{s.publisher}. “{report.country}.” In {book.rstrip('.')}. {s.publisher}, {_long_date(report)}."
        + _address(report)
    )
    if place is None:
        return entry
    note = f"{s.publisher}, “{report.country},” in {s.title}{edition} ({s.publisher}, {_long_date(report)}), {place.pinpoint('chicago')}."
    quote = f"“{place.marked}”\n" if place.marked else ""
    return f"{quote}{note}{_notes(report, place)}\n\n{entry}"


def _notes(report: Report, place: Place) -> str:
    """Return the lines under a cited place: the [sic] notes, and whose text the numbering follows."""
    lines = place.sic_notes()
    s = report.source
    if s.article:
        address = f" ({s.article_url})" if s.article_url else ""
        lines.append(
            f"Sections and paragraphs as numbered in the article “{s.article}”{address}, "
            "which reproduces the report's text."
        )
    return "".join("\n" + line for line in lines)


def _note(place: Place | None) -> str:
    if place is None:
        return ""
    note = place.pinpoint("chicago").replace("para.", "paragraph") + (f": “{place.marked}”" if place.marked else "")
    return " ".join([note, *place.sic_notes()])


def _address(report: Report) -> str:
    """Return " URL" to end an APA or Chicago entry with (the State Department's page), or ""."""
    return f" {_url(report)}" if _url(report) else ""


def _url(report: Report) -> str:
    """Return the address of the work cited: the country narrative's page, else the report's."""
    return report.source.narrative_url or report.source.url or ""


def bibtex(report: Report, place: Place | None = None) -> str:
    s = report.source
    fields = [
        ("author", f"{{{s.publisher}}}"),
        ("title", report.country),
        ("booktitle", s.title),
        ("edition", s.edition),
        ("publisher", s.publisher),
        ("year", str(_year(report))),
        ("month", MONTHS[s.published.month - 1][:3].lower() if s.published else ""),
        ("date", s.published.isoformat() if s.published else ""),
        ("url", _url(report)),
        ("note", _note(place)),
    ]
    lines = [f"  {name} = {value if name == 'month' else '{' + value + '}'}," for name, value in fields if value]
    return "@incollection{" + key(report, place) + ",\n" + "\n".join(lines).rstrip(",") + "\n}"


def ris(report: Report, place: Place | None = None) -> str:
    s = report.source
    tags = [
        ("TY", "CHAP"),
        ("ID", key(report, place)),
        ("AU", s.publisher),
        ("TI", report.country),
        ("T2", s.title),
        ("ET", s.edition),
        ("PB", s.publisher),
        ("PY", str(_year(report))),
        ("DA", s.published.strftime("%Y/%m/%d") if s.published else ""),
        ("UR", _url(report)),
        ("N1", _note(place)),
        ("ER", ""),
    ]
    return "\n".join(f"{tag}  - {value}" for tag, value in tags if value or tag == "ER")


def csl(report: Report, place: Place | None = None) -> list[dict[str, Any]]:
    """Return the citation as CSL-JSON (a list of one item)."""
    s = report.source
    item: dict[str, Any] = {
        "id": key(report, place),
        "type": "chapter",
        "title": report.country,
        "container-title": s.title,
        "author": [{"literal": s.publisher}],
        "publisher": s.publisher,
        "issued": {
            "date-parts": [[s.published.year, s.published.month, s.published.day] if s.published else [report.year]]
        },
    }
    edition = re.match(r"\d+", s.edition)
    if edition:
        item["edition"] = edition[0]
    if _url(report):
        item["URL"] = _url(report)
    if place is not None:
        item["note"] = _note(place)
    return [item]


def cite(report: Report, style: str, place: Place | None = None) -> str:
    """Return the citation in one of FORMATS."""
    return {"apa": apa, "chicago": chicago, "bibtex": bibtex, "ris": ris}[style](report, place)
