"""narrative bytes -> text -> Narrative -> report document -> checked -> TOML text.

What it returns always loads: the document goes through the same checks as any report file, and
an extracted item that fails them is dropped with a warning instead of failing the import.
"""

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from tipcli.errors import ReportError
from tipcli.importing.compose import compose
from tipcli.importing.report_id import report_id
from tipcli.importing.structure.build import read_narrative
from tipcli.importing.structure.narrative import NarrativeError
from tipcli.loading import build_report
from tipcli.model import Report

MAX_BYTES = 5 * 1024 * 1024  # a country narrative is 5-60 KB; a whole report's text is about 5 MB
_DROPPABLE = re.compile(r"(figures|agencies|events|annotations|prior_tiers)\[(\d+)\]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Imported:
    """A narrative made into a report: its suggested id, the TOML to write, the built report, warnings."""

    id: str
    toml: str
    report: Report
    warnings: tuple[str, ...]


def decode(data: bytes, name: str, limit: int = MAX_BYTES) -> str:
    """Return the text of a narrative file (UTF-8, else Windows-1252 as old saved pages are)."""
    if len(data) > limit:
        what = "a country narrative" if limit == MAX_BYTES else "a whole edition"
        raise NarrativeError(f"{name} is more than {limit:,} bytes; {what} is far smaller")
    if b"\x00" in data:
        raise NarrativeError(f"{name} is not a text file (it holds NUL bytes); expected a narrative as text or HTML")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise NarrativeError(f"{name} is not UTF-8 or Windows-1252 text; save it as UTF-8") from None


def import_text(
    text: str,
    *,
    name: str,
    format: str | None = None,
    country: str | None = None,
    year: int | None = None,
    url: str | None = None,
    digest: str | None = None,
    document: str | None = None,
) -> Imported:
    """Import a narrative's text; NarrativeError says why it is not one. `url` (import --url) is the
    narrative's address, for citations, over any the page states; `digest` (the text's) and
    `document` (which part of which document) are written in the header."""
    narrative = read_narrative(text, format or format_by_name(name))
    doc, warnings = compose(narrative, country=country, year=year, file_name=name.rsplit("/", 1)[-1])
    if url:
        doc["source"]["narrative_url"] = url
    report = _checked(doc, name, warnings)
    return Imported(
        id=report_id(report.country, report.year),
        toml=to_toml(doc, name, digest, document),
        report=report,
        warnings=tuple(warnings),
    )


def format_by_name(name: str) -> str | None:
    """Return the format a file's name says, where its markup cannot: Markdown (a README.md with a
    few HTML tags in it) is read as plain text, which refuses it as Markdown. None: find it."""
    return "text" if name.lower().endswith((".md", ".markdown")) else None


DIGEST_MARK = "# Source digest: "
DOCUMENT_MARK = "# Source document: "


def source_digest(
    text: str, *, format: str | None, country: str | None, year: int | None, url: str | None = None
) -> str:
    """Return what identifies an import: the narrative's text and the options it was read with."""
    import hashlib

    key = "\0".join((format or "", country or "", str(year or ""), url or "", text))
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def digest_of(head: bytes) -> str | None:
    """Return the source digest written in a report file's header (its first bytes), else None."""
    for line in head.decode("utf-8", "replace").splitlines()[:12]:
        if line.startswith(DIGEST_MARK):
            return line[len(DIGEST_MARK) :].split()[0]
    return None


def _checked(doc: dict[str, Any], name: str, warnings: list[str]) -> Report:
    """Build the report; drop the extracted items that do not pass the checks (with a warning) and retry once."""
    try:
        return build_report(doc, source=name)
    except ReportError as exc:
        if not _all_droppable(exc):
            raise NarrativeError(f"could not make a valid report of {name}: {exc}") from None
        bad = {(m[1], int(m[2])) for p in exc.problems if p.path and (m := _DROPPABLE.match(p.path))}
        warnings.extend(f"left out {problem.path}: {problem.message}" for problem in exc.problems)
        for key in {key for key, _ in bad}:
            doc[key] = [item for i, item in enumerate(doc[key]) if (key, i) not in bad]
    try:
        return build_report(doc, source=name)
    except ReportError as exc:
        raise NarrativeError(f"could not make a valid report of {name}: {exc}") from None


def _all_droppable(exc: ReportError) -> bool:
    """Tell whether every problem lies in an extracted item, which can be left out."""
    return all(p.path is not None and _DROPPABLE.match(p.path) for p in exc.problems)


def to_toml(doc: dict[str, Any], name: str, digest: str | None = None, document: str | None = None) -> str:
    """Write the document as TOML 1.0 with a header saying where it came from."""
    import tomli_w

    # The digest lets a second import of the same narrative leave this file as it is (reviewed or not).
    mark = f"{DIGEST_MARK}{digest} (importing the same text again leaves this file alone)\n" if digest else ""
    mark += f"{DOCUMENT_MARK}{document}\n" if document else ""
    header = (
        f"# Imported by `tipcli import` from {name} on {dt.date.today().isoformat()}.\n"
        "# The sections are the narrative's text word for word. Figures, agencies and events marked\n"
        "# `drafted = true` were extracted by machine: check each against its quote, then delete the mark.\n"
        "# Schema: `tipcli validate --schema` prints it. Check with `tipcli validate FILE`.\n"
        f"{mark}\n"
    )
    return header + tomli_w.dumps(doc)
