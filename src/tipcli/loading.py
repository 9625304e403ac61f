"""Read, parse, validate and build a report: bytes -> TOML -> checked tables -> model.

Every problem is collected, so that `tipcli validate` can list them all; the loader raises one
ReportError that carries them.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from tipcli import cache
from tipcli.errors import Problem, ReportError
from tipcli.model import (
    AGENCY_LEVELS,
    FIGURE_KINDS,
    Agency,
    Annotation,
    Citation,
    Erratum,
    Event,
    Figure,
    Mention,
    Paragraph,
    Report,
    Section,
    Sentence,
    Source,
    Tier,
)

SCHEMA_VERSION = 1
MAX_BYTES = 20 * 1024 * 1024
PACKAGED_NAME = "report.toml"

T = TypeVar("T")


def load_report(path: str | os.PathLike[str] | None = None) -> Report:
    """Return the report at `path`, or the packaged report when path is None (see cache.py)."""
    if path is None:
        return packaged_report()
    source = Path(path)
    return cache.load(source, lambda: parse_report(read_text(source), source=str(path)))


def report_file(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the file load_report(path) reads: `path`, or the packaged report's."""
    return Path(__file__).with_name("data") / PACKAGED_NAME if path is None else Path(path)


@functools.cache
def packaged_report() -> Report:
    """Return the report that ships inside the package."""
    return cache.load(report_file(), _parse_packaged)


def _parse_packaged() -> Report:
    import pkgutil  # only when the cache has no entry

    # pkgutil reads through the package's loader, so this works from a wheel or a zip as well as
    # a checkout, and costs 0.6 ms to import where importlib.resources costs 4 ms.
    data = pkgutil.get_data("tipcli", f"data/{PACKAGED_NAME}")
    if data is None:
        raise ReportError([Problem(file=PACKAGED_NAME, message="the packaged report is missing: reinstall tipcli")])
    return parse_report(data.decode("utf-8"), source=PACKAGED_NAME)


def read_text(path: Path) -> str:
    """Read a report file as UTF-8 text, turning every failure into a ReportError."""
    name = str(path)
    try:
        if path.is_dir():
            raise ReportError([Problem(file=name, message="is a directory, not a report file")])
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReportError(
                [Problem(file=name, message=f"is {size:,} bytes; a report file may be at most {MAX_BYTES:,}")]
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReportError([Problem(file=name, message="no such file")]) from None
    except PermissionError:
        raise ReportError([Problem(file=name, message="permission denied")]) from None
    except OSError as exc:
        raise ReportError([Problem(file=name, message=exc.strerror or str(exc))]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReportError([Problem(file=name, message="not UTF-8 text", line=line, column=column)]) from None


def parse_report(text: str, *, source: str) -> Report:
    """Parse TOML text and build a validated Report; raise ReportError listing every problem."""
    if "\x00" in text:
        raise ReportError([Problem(file=source, message="not a text file (contains NUL bytes)")])
    if sys.version_info >= (3, 11):  # imported here: a cached report needs no parser
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _error_position(exc)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", str(exc))
        raise ReportError(
            [Problem(file=source, message=f"invalid TOML: {message}", line=line, column=column)]
        ) from None
    return build_report(doc, source=source)


def _error_position(exc: Exception) -> tuple[int, int]:
    """Return the line and column of a TOML error (attributes only on tomli 2.5+ / Python 3.14+)."""
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if isinstance(lineno, int) and isinstance(colno, int):
        return lineno, colno
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    return (int(match[1]), int(match[2])) if match else (1, 1)


def build_report(doc: dict[str, Any], *, source: str) -> Report:
    """Validate a parsed TOML document and build the Report from it."""
    return _Builder(source).report(doc)


_TYPE_NAMES: dict[Any, str] = {
    str: "a string",
    bool: "true or false",
    int: "an integer",
    (int, float): "a number",
    list: "an array",
    dict: "a table",
    dt.date: "a date",
}
# Patterns stay strings, compiled (and cached by `re`) on first use: a start that reads the report
# from the cache never needs them.
_DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
_NO_SPLIT_BEFORE = r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|No|Ed|vs)\.$"
_JOINED = r"\s*\(\s*"
_SENTENCE_GAP = r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split a paragraph into sentences at ., ! or ? followed by space and a capital."""
    starts = [0]
    for gap in re.finditer(_SENTENCE_GAP, text):
        if not re.compile(_NO_SPLIT_BEFORE).search(text, max(0, gap.start() - 20), gap.start()):
            starts.append(gap.end())
    sentences = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        chunk = text[start:end].rstrip()
        sentences.append(Sentence(index=i + 1, start=start, end=start + len(chunk), text=chunk))
    return tuple(sentences)


def find_phrase(text: str, phrase: str, lowered: str | None = None) -> Iterator[tuple[int, int]]:
    """Yield the spans where `phrase` stands in `text` (`lowered`: text.lower()) as whole words, in any case."""
    hay, needle = lowered if lowered is not None else text.lower(), phrase.lower()
    if len(hay) != len(text) or len(needle) != len(phrase):  # lower() changed lengths: let re map offsets
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        yield from (m.span() for m in re.finditer(pattern, text, re.IGNORECASE))
        return
    start = hay.find(needle)
    while start != -1:
        end = start + len(needle)
        if not (_is_word(hay, start - 1) or _is_word(hay, end)):
            yield start, end
        start = hay.find(needle, start + 1)


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


class _Builder:
    """Checks a parsed document key by key, collecting problems, and builds the model."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self.paragraphs: dict[str, tuple[str, ...]] = {}
        self.lowered: list[tuple[str, int, str, str]] = []  # section, number, text, text.lower()
        self.citations: tuple[Citation, ...] = ()

    def fail(self, path: str, message: str) -> None:
        self.problems.append(Problem(file=self.source, message=message, path=path))

    def get(self, table: dict[str, Any], key: str, path: str, kind: Any, *, required: bool = True) -> Any:
        """Return table[key] if it has the right type, else None (after recording a problem)."""
        where = f"{path}.{key}" if path else key
        if key not in table:
            if required:
                self.fail(where, "missing")
            return None
        value = table[key]
        wrong = not isinstance(value, bool) if kind is bool else isinstance(value, bool) or not isinstance(value, kind)
        if wrong or (kind is dict and isinstance(value, dt.date)):
            self.fail(where, f"expected {_TYPE_NAMES[kind]}, got {_describe(value)}")
            return None
        if kind is str and not value.strip():
            self.fail(where, "empty text")
            return None
        return value

    def strings(self, table: dict[str, Any], key: str, path: str, *, required: bool = True) -> tuple[str, ...]:
        items = self.get(table, key, path, list, required=required) or []
        out = []
        for i, item in enumerate(items):
            where = f"{path}.{key}[{i}]" if path else f"{key}[{i}]"
            if not isinstance(item, str):
                self.fail(where, f"expected a string, got {_describe(item)}")
            elif not item.strip():
                self.fail(where, "empty text")
            else:
                out.append(item)
        return tuple(out)

    def tables(
        self, doc: dict[str, Any], key: str, path: str = "", *, required: bool = True
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield (key path, table) for each entry of an array of tables."""
        items = self.get(doc, key, path, list, required=required) or []
        prefix = f"{path}.{key}" if path else key
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield f"{prefix}[{i}]", item
            else:
                self.fail(f"{prefix}[{i}]", f"expected a table, got {_describe(item)}")

    def known_keys(self, table: dict[str, Any], path: str, allowed: str) -> None:
        for key in table.keys() - set(allowed.split()):
            self.fail(f"{path}.{key}" if path else key, "unknown key")

    def unique(self, doc: dict[str, Any], key: str, what: str) -> None:
        """Record a problem for each entry of an array of tables whose id an earlier one has."""
        seen: set[str] = set()
        items = doc.get(key)
        for i, item in enumerate(items if isinstance(items, list) else []):
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str):
                if item_id in seen:
                    self.fail(f"{key}[{i}].id", f"duplicate {what} id {item_id!r}")
                seen.add(item_id)

    def located(self, table: dict[str, Any], path: str, text_key: str | None = "quote") -> tuple[str, int, str] | None:
        """Check section, paragraph and (if given) that the quote stands in that paragraph."""
        section = self.get(table, "section", path, str)
        number = self.get(table, "paragraph", path, int)
        quote = self.get(table, text_key, path, str) if text_key else ""
        if section is None or number is None or quote is None:
            return None
        if section not in self.paragraphs:
            ids = list(self.paragraphs)
            known = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "") if ids else "none"
            self.fail(f"{path}.section", f"unknown section {section!r} (sections: {known})")
            return None
        count = len(self.paragraphs[section])
        if not 1 <= number <= count:
            self.fail(f"{path}.paragraph", f"{section} has paragraphs 1 to {count}, not {number}")
            return None
        if text_key and quote not in self.paragraphs[section][number - 1]:
            self.fail(f"{path}.{text_key}", f"not found in {section} paragraph {number}")
            return None
        return section, number, quote

    def each(
        self, doc: dict[str, Any], key: str, build: Callable[[str, dict[str, Any]], T | None], *, required: bool = True
    ) -> tuple[T, ...]:
        built = (build(path, table) for path, table in self.tables(doc, key, required=required))
        return tuple(item for item in built if item is not None)

    # -- the document, table by table ---------------------------------------------------------

    def report(self, doc: dict[str, Any]) -> Report:
        self.known_keys(doc, "", "schema report source tier sections figures agencies events annotations errata")
        schema = self.get(doc, "schema", "", int)
        if schema is not None and schema != SCHEMA_VERSION:
            self.fail("schema", f"this tipcli reads schema {SCHEMA_VERSION}, not {schema}")
        meta = self.get(doc, "report", "", dict) or {}
        self.known_keys(meta, "report", "title country year categories")
        sections = self.each(doc, "sections", self.section)
        self.paragraphs = {s.id: tuple(p.text for p in s.paragraphs) for s in sections}
        self.lowered = [(s.id, p.number, p.text, p.text.lower()) for s in sections for p in s.paragraphs]
        source = self.source_record(self.get(doc, "source", "", dict) or {})
        self.citations = source.citations
        tier_table = self.get(doc, "tier", "", dict, required=False)
        figures = self.each(doc, "figures", self.figure, required=False)
        agencies = self.each(doc, "agencies", self.agency, required=False)
        events = self.each(doc, "events", self.event, required=False)
        errata = self.each(doc, "errata", self.erratum, required=False)
        for key, what in (
            ("sections", "section"),
            ("figures", "figure"),
            ("agencies", "agency"),
            ("events", "event"),
            ("errata", "erratum"),
        ):
            self.unique(doc, key, what)
        report = Report(
            title=self.get(meta, "title", "report", str),
            country=self.get(meta, "country", "report", str),
            year=self.get(meta, "year", "report", int),
            categories=self.strings(meta, "categories", "report", required=False),
            source=source,
            tier=self.tier(tier_table) if tier_table is not None else None,
            sections=sections,
            figures=figures,
            agencies=agencies,
            events=events,
            annotations=self.each(doc, "annotations", self.annotation, required=False),
            errata=errata,
        )
        if self.problems:
            raise ReportError(self.problems)
        return report

    def section(self, path: str, table: dict[str, Any]) -> Section | None:
        self.known_keys(table, path, "id title aliases paragraphs")
        section_id = self.get(table, "id", path, str)
        title = self.get(table, "title", path, str)
        texts = self.strings(table, "paragraphs", path)
        if "paragraphs" in table and isinstance(table["paragraphs"], list) and not table["paragraphs"]:
            self.fail(f"{path}.paragraphs", "a section needs at least one paragraph")
        aliases = self.strings(table, "aliases", path, required=False)
        if section_id is None or title is None:
            return None
        paragraphs = tuple(
            Paragraph(section=section_id, number=n, text=text, sentences=split_sentences(text))
            for n, text in enumerate(texts, start=1)
        )
        return Section(id=section_id, title=title, aliases=aliases, paragraphs=paragraphs)

    def source_record(self, table: dict[str, Any]) -> Source:
        self.known_keys(table, "source", "title edition publisher published notice citations")
        citations = []
        for path, item in self.tables(table, "citations", "source", required=False):
            self.known_keys(item, path, "section paragraph text")
            where = self.located(item, path, text_key=None)
            text = self.get(item, "text", path, str)
            if where and text:
                citations.append(Citation(section=where[0], paragraph=where[1], text=text))
        return Source(
            title=self.get(table, "title", "source", str),
            edition=self.get(table, "edition", "source", str, required=False) or "",
            publisher=self.get(table, "publisher", "source", str),
            published=self.get(table, "published", "source", dt.date),
            notice=self.get(table, "notice", "source", str, required=False) or "",
            citations=tuple(citations),
        )

    def tier(self, table: dict[str, Any]) -> Tier | None:
        self.known_keys(table, "tier", "placement rank provenance section paragraph quote")
        placement = self.get(table, "placement", "tier", str)
        rank = self.get(table, "rank", "tier", int)
        provenance = self.get(table, "provenance", "tier", str)
        where = self.located(table, "tier")
        if placement is None or rank is None or provenance is None or where is None:
            return None
        return Tier(
            placement=placement, rank=rank, provenance=provenance, section=where[0], paragraph=where[1], quote=where[2]
        )

    def figure(self, path: str, table: dict[str, Any]) -> Figure | None:
        self.known_keys(table, path, "id kind value high unit qualifier label section paragraph quote key")
        fields = {key: self.get(table, key, path, str) for key in ("id", "kind", "unit", "label")}
        value = self.get(table, "value", path, (int, float))
        high = self.get(table, "high", path, (int, float), required=False)
        qualifier = self.get(table, "qualifier", path, str, required=False)
        key = self.get(table, "key", path, bool, required=False) or False
        where = self.located(table, path)
        if fields["kind"] is not None and fields["kind"] not in FIGURE_KINDS:
            self.fail(f"{path}.kind", f"unknown kind {fields['kind']!r} (kinds: {', '.join(FIGURE_KINDS)})")
            return None
        if value is not None and high is not None and high < value:
            self.fail(f"{path}.high", f"{high} is below value {value}")
            return None
        if None in fields.values() or value is None or where is None:
            return None
        return Figure(
            **fields,
            key=key,
            value=value,
            high=high,
            qualifier=qualifier,
            section=where[0],
            paragraph=where[1],
            quote=where[2],
        )

    def agency(self, path: str, table: dict[str, Any]) -> Agency | None:
        self.known_keys(table, path, "id name acronym spanish_name level role phrases")
        fields = {key: self.get(table, key, path, str) for key in ("id", "name", "level", "role")}
        acronym = self.get(table, "acronym", path, str, required=False)
        spanish_name = self.get(table, "spanish_name", path, str, required=False)
        phrases = self.strings(table, "phrases", path)
        if fields["level"] is not None and fields["level"] not in AGENCY_LEVELS:
            self.fail(f"{path}.level", f"unknown level {fields['level']!r} (levels: {', '.join(AGENCY_LEVELS)})")
            return None
        spans: list[Mention] = []
        for i, phrase in enumerate(phrases):
            found = [
                Mention(section=section, paragraph=n, start=start, end=end)
                for section, n, text, lowered in self.lowered
                for start, end in find_phrase(text, phrase, lowered)
            ]
            if not found:
                self.fail(f"{path}.phrases[{i}]", f"{phrase!r} never occurs in the text")
            spans.extend(found)
        if None in fields.values() or not phrases:
            return None
        in_text = acronym is not None and any(next(find_phrase(t, acronym, low), None) for _, _, t, low in self.lowered)
        return Agency(
            **fields,
            acronym=acronym,
            spanish_name=spanish_name,
            phrases=phrases,
            mentions=_merge(spans, self.paragraphs),
            acronym_in_text=in_text,
        )

    def event(self, path: str, table: dict[str, Any]) -> Event | None:
        self.known_keys(table, path, "id date end description section paragraph quote")
        event_id = self.get(table, "id", path, str)
        description = self.get(table, "description", path, str)
        date = self.date_string(table, "date", path, required=True)
        end = self.date_string(table, "end", path, required=False)
        if date and end and end < date:
            self.fail(f"{path}.end", f"{end} is before date {date}")
        where = self.located(table, path, text_key=None)
        quote = self.get(table, "quote", path, str)
        if where and quote and not self.in_paragraph_or_citation(quote, where):
            self.fail(f"{path}.quote", f"not found in {where[0]} paragraph {where[1]} or its citations")
            return None
        if event_id is None or description is None or date is None or where is None or quote is None:
            return None
        return Event(
            id=event_id, date=date, end=end, description=description, section=where[0], paragraph=where[1], quote=quote
        )

    def in_paragraph_or_citation(self, quote: str, where: tuple[str, int, str]) -> bool:
        section, number, _ = where
        if quote in self.paragraphs[section][number - 1]:
            return True
        return any(c.section == section and c.paragraph == number and quote in c.text for c in self.citations)

    def date_string(self, table: dict[str, Any], key: str, path: str, *, required: bool) -> str | None:
        value: str | None = self.get(table, key, path, str, required=required)
        if value is None:
            return None
        if not re.fullmatch(_DATE, value) or not _valid_date(value):
            self.fail(f"{path}.{key}", f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
            return None
        return value

    def annotation(self, path: str, table: dict[str, Any]) -> Annotation | None:
        self.known_keys(table, path, "kind label date note section paragraph anchor")
        fields = {key: self.get(table, key, path, str) for key in ("kind", "label", "note")}
        date = self.date_string(table, "date", path, required=True)
        where = self.located(table, path, text_key="anchor")
        if None in fields.values() or date is None or where is None:
            return None
        section, number, anchor = where
        offset = self.paragraphs[section][number - 1].index(anchor) + len(anchor)
        return Annotation(**fields, date=date, section=section, paragraph=number, anchor=anchor, offset=offset)

    def erratum(self, path: str, table: dict[str, Any]) -> Erratum | None:
        self.known_keys(table, path, "id section paragraph quote intended note")
        fields = {key: self.get(table, key, path, str) for key in ("id", "intended", "note")}
        where = self.located(table, path)
        if None in fields.values() or where is None:
            return None
        return Erratum(**fields, section=where[0], paragraph=where[1], quote=where[2])


def _merge(spans: list[Mention], paragraphs: dict[str, tuple[str, ...]]) -> tuple[Mention, ...]:
    """Sort mentions in report order and merge those that overlap or only a " (" separates.

    Two phrases at one place are one mention, and so is a full name with its acronym after it:
    "Office of the Special Prosecutor for Organized Crime (SIEDO)".
    """
    order = {section: i for i, section in enumerate(paragraphs)}
    spans.sort(key=lambda m: (order[m.section], m.paragraph, m.start, -m.end))
    merged: list[Mention] = []
    for span in spans:
        last = merged[-1] if merged else None
        if last and (last.section, last.paragraph) == (span.section, span.paragraph):
            between = paragraphs[span.section][span.paragraph - 1][last.end : span.start]
            if span.start < last.end or re.fullmatch(_JOINED, between):
                end = max(last.end, span.end)
                merged[-1] = Mention(section=last.section, paragraph=last.paragraph, start=last.start, end=end)
                continue
        merged.append(span)
    return tuple(merged)


def _valid_date(value: str) -> bool:
    parts = [int(p) for p in value.split("-")] + [1] * (3 - value.count("-") - 1)
    try:
        dt.date(*parts)
    except ValueError:
        return False
    return True


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind) and not (kind is dict and isinstance(value, dt.date)):
            return name.replace("a number", "a float")
    return type(value).__name__
