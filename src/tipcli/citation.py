"""Citations of the report, and of a place in it, in APA, Chicago, BibTeX, RIS and CSL-JSON.

The work cited is the country narrative ("Mexico") in the State Department's report; its author and
publisher are the report's publisher. Plain text, ready to paste: no markup for italics.
"""

from __future__ import annotations

import re
from typing import Any

from tipcli.formatting import MONTHS
from tipcli.model import Report

FORMATS = ("apa", "chicago", "bibtex", "ris")


class Place:
    """A place in the report to cite: a section, perhaps a paragraph, perhaps a verbatim quote."""

    __slots__ = ("paragraph", "quote", "title")

    def __init__(self, title: str, paragraph: int | None = None, quote: str | None = None) -> None:
        self.title, self.paragraph, self.quote = title, paragraph, quote

    def pinpoint(self, style: str) -> str:
        """Return "Prosecution section, para. 2" (APA), "Prosecution, para. 2" (Chicago) and so on."""
        name = f"{self.title} section" if style == "apa" else self.title
        return name + (f", para. {self.paragraph}" if self.paragraph else "")


def key(report: Report) -> str:
    """Return a citation key: tip2010mexico."""
    return "tip" + str(report.year) + re.sub(r"\W", "", report.country.lower())


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
    entry = f"{s.publisher}. ({_year(report)}). {report.country}. In {s.title}{edition}."
    if place is None:
        return entry
    quote = f"“{place.quote}” " if place.quote else ""
    return f"{quote}({s.publisher}, {_year(report)}, {place.pinpoint('apa')})\n\n{entry}"


def chicago(report: Report, place: Place | None = None) -> str:
    s = report.source
    edition = f", {_edition(report)}" if s.edition else ""
    book = s.title + edition
    entry = f"{s.publisher}. “{report.country}.” In {book.rstrip('.')}. {s.publisher}, {_long_date(report)}."
    if place is None:
        return entry
    note = f"{s.publisher}, “{report.country},” in {s.title}{edition} ({s.publisher}, {_long_date(report)}), {place.pinpoint('chicago')}."
    quote = f"“{place.quote}”\n" if place.quote else ""
    return f"{quote}{note}\n\n{entry}"


def _note(place: Place | None) -> str:
    if place is None:
        return ""
    return place.pinpoint("chicago").replace("para.", "paragraph") + (f": “{place.quote}”" if place.quote else "")


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
        ("note", _note(place)),
    ]
    lines = [f"  {name} = {value if name == 'month' else '{' + value + '}'}," for name, value in fields if value]
    return "@incollection{" + key(report) + ",\n" + "\n".join(lines).rstrip(",") + "\n}"


def ris(report: Report, place: Place | None = None) -> str:
    s = report.source
    tags = [
        ("TY", "CHAP"),
        ("AU", s.publisher),
        ("TI", report.country),
        ("T2", s.title),
        ("ET", s.edition),
        ("PB", s.publisher),
        ("PY", str(_year(report))),
        ("DA", s.published.strftime("%Y/%m/%d") if s.published else ""),
        ("N1", _note(place)),
        ("ER", ""),
    ]
    return "\n".join(f"{tag}  - {value}" for tag, value in tags if value or tag == "ER")


def csl(report: Report, place: Place | None = None) -> list[dict[str, Any]]:
    """Return the citation as CSL-JSON (a list of one item)."""
    s = report.source
    item: dict[str, Any] = {
        "id": key(report),
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
    if place is not None:
        item["note"] = _note(place)
    return [item]


def cite(report: Report, style: str, place: Place | None = None) -> str:
    """Return the citation in one of FORMATS."""
    return {"apa": apa, "chicago": chicago, "bibtex": bibtex, "ris": ris}[style](report, place)
