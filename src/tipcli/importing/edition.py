"""Many narratives in: files, folders read recursively, and documents that hold several narratives.

Each input becomes one or more Items, the text of one narrative each with where it came from; a
PDF is read into text first (formats/pdf.py), and a document whose text holds several header lines
is split at them (structure/split.py). Nothing here writes a file or prints: the import command does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tipcli.importing.formats.pdf import PdfMissingError, PdfText, is_pdf, read_pdf
from tipcli.importing.pipeline import DOCUMENT_MARK, decode, digest_of
from tipcli.importing.structure.build import detect_format
from tipcli.importing.structure.clean import clean_input
from tipcli.importing.structure.narrative import NarrativeError
from tipcli.importing.structure.split import Split, split_html, split_text, unpage

SUFFIXES = (".txt", ".html", ".htm", ".pdf")  # a Wikipedia export, NAME.wiki.txt, ends in .txt
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024  # an edition's PDF is 10-30 MB; its text about 5 MB
MAX_TEXT_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """One narrative to import: its text and format, or why its file could not be read."""

    file: str
    text: str = ""
    format: str | None = None  # None: recognised from the text
    pages: tuple[int, int] | None = None  # first and last page of a PDF
    year: int | None = None  # the edition year the document states outside the narrative
    country: str | None = None  # the country its header names, when it was split out of a document
    failure: str | None = None
    document: str | None = None  # the digest of the document it was split out of
    part: tuple[int, int] | None = None  # narrative i of n of that document
    report: Path | None = None  # its report in the library, when the whole document was imported before

    @property
    def provenance(self) -> str | None:
        """The header line that records which document (by digest) and which part of it this is."""
        if self.document is None or self.part is None:
            return None
        pages = f", pages {self.pages[0]}-{self.pages[1]}" if self.pages else ""
        return f"{self.document} narrative {self.part[0]} of {self.part[1]}{pages}"

    @property
    def name(self) -> str:
        """The file, and for a PDF its pages: how the report's header and messages name the source."""
        if self.pages is None:
            return self.file
        first, last = self.pages
        return f"{self.file} (page {first})" if first == last else f"{self.file} (pages {first}-{last})"

    @property
    def source(self) -> dict[str, object]:
        """Where the narrative came from, for --json: the file and, for a PDF, its first and last page."""
        return {"file": self.file, "pages": list(self.pages) if self.pages else None}


def expand(paths: list[str]) -> Iterator[str]:
    """Yield the files to read: each file as given, and a folder's files of the known kinds, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = []
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.join(folder, f) for f in files if f.lower().endswith(SUFFIXES) and f[:1] != "."]
            yield from sorted(found)
        else:
            yield path


def read_file(path: str, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read a file of at most `limit` bytes; NarrativeError says why it cannot be read."""
    try:
        if path == "-":
            import sys

            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as f:
                data = f.read(limit + 1)
    except FileNotFoundError:
        raise NarrativeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise NarrativeError(f"{path} is a directory") from None
    except OSError as exc:
        raise NarrativeError(f"{path}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise NarrativeError(f"{path} is more than {limit:,} bytes; an edition is far smaller")
    return data


def items_of(file: str, data: bytes, format: str | None) -> list[Item]:
    """Return the narratives of one document: the pieces it splits into, else the whole as one."""
    if format == "pdf" or (format is None and is_pdf(data)):
        return _pdf_items(file, read_pdf(data, file))
    text = decode(data, file, limit=MAX_TEXT_BYTES)
    kind = format or detect_format(clean_input(text))
    found = split_html(text) if kind == "html" else split_text(text) if kind == "text" else None
    if kind == "text" and found is not None and len({p.country for p in found.pieces}) >= 2:
        unpaged = split_text(unpage(text))  # an edition's text: without the page furniture a copy of its PDF has
        found = Split(pieces=unpaged.pieces, front_matter=unpaged.front_matter, year=found.year or unpaged.year)
    # One narrative whose header stands twice (a title line and the header) is still one narrative.
    if found is None or len({p.country for p in found.pieces}) < 2:
        return [Item(file=file, text=text, format=format, year=found.year if found else None)]
    return [Item(file=file, text=p.text, format=kind, year=found.year, country=p.country) for p in found.pieces]


def _pdf_items(file: str, pdf: PdfText) -> list[Item]:
    """The narratives of a PDF's text, each with its first and last page."""
    if not pdf.text.strip():
        raise NarrativeError(
            f"{file} holds no text (a scan?): tipcli reads the text a PDF holds, not pictures of pages"
        )
    found: Split = split_text(pdf.text)
    year = pdf.year_hint or found.year
    if not found.pieces:
        return [Item(file=file, text=pdf.text, format="text", year=year, pages=(1, pdf.page_count))]
    # pdf.text holds one block a line, blocks apart by one blank line: line 2k is block k.
    starts = [p.start for p in found.pieces]
    ends = [s - 2 for s in starts[1:]] + [len(pdf.text.split("\n")) - 2]
    return [
        Item(
            file=file,
            text=piece.text,
            format="text",
            year=year,
            country=piece.country,
            pages=(pdf.pages[start // 2], pdf.pages[min(end // 2, len(pdf.pages) - 1)]),
        )
        for piece, start, end in zip(found.pieces, starts, ends, strict=True)
    ]


def read_items(file: str, format: str | None, year: int | None, marks: Marks | None) -> list[Item]:
    """Return the narratives of one input file, numbered; a file that cannot be read is one failed Item.

    With `marks`, a document of several narratives all of which are in the library, imported from
    these very bytes, is not read any further: its narratives come back as found there.
    """
    try:
        data = read_file(file)
        document = document_digest(data, format, year)
        if marks is not None and (found := marks.unchanged(file, document)):
            return found
        return numbered(items_of(file, data, format), document)
    except (NarrativeError, PdfMissingError) as exc:
        return [Item(file=file, failure=str(exc))]


def document_digest(data: bytes, format: str | None, year: int | None) -> str:
    """Return what identifies a document read with these options (a second import of it can then be skipped)."""
    key = hashlib.sha256(f"{format or ''}\0{year or ''}\0".encode())
    key.update(data)
    return "sha256:" + key.hexdigest()


def numbered(items: list[Item], document: str) -> list[Item]:
    """Mark each narrative of a document of several with the document's digest and its place in it."""
    if len(items) < 2:
        return items
    return [dataclasses.replace(item, document=document, part=(i, len(items))) for i, item in enumerate(items, 1)]


_DOCUMENT_LINE = re.compile(r"(sha256:[0-9a-f]{64}) narrative (\d+) of (\d+)(?:, pages (\d+)-(\d+))?")


@dataclass(slots=True)
class Marks:
    """What the library's reports record of their sources: text digests, and the parts of documents."""

    texts: dict[str, Path]
    documents: dict[str, dict[int, tuple[Path, tuple[int, int] | None]]]
    sizes: dict[str, int]

    def unchanged(self, file: str, document: str) -> list[Item] | None:
        """Return the narratives of a document every part of which is in the library, as found there; else None."""
        parts, size = self.documents.get(document, {}), self.sizes.get(document, 0)
        if size < 2 or len(parts) != size:
            return None
        return [
            Item(file=file, document=document, part=(i, size), pages=parts[i][1], report=parts[i][0])
            for i in range(1, size + 1)
        ]


def library_marks(folder: Path) -> Marks:
    """Read the source digests in the headers of the library's reports (their first 2 KB)."""
    marks = Marks(texts={}, documents={}, sizes={})
    with contextlib.suppress(OSError):
        for path in sorted(folder.glob("*.toml")):
            with contextlib.suppress(OSError), open(path, "rb") as f:
                head = f.read(2048)
            digest = digest_of(head)
            if digest:
                marks.texts.setdefault(digest, path)
            line = next((ln for ln in head.decode("utf-8", "replace").splitlines() if ln.startswith(DOCUMENT_MARK)), "")
            if m := _DOCUMENT_LINE.match(line[len(DOCUMENT_MARK) :]):
                pages = (int(m[4]), int(m[5])) if m[4] else None
                marks.documents.setdefault(m[1], {})[int(m[2])] = (path, pages)
                marks.sizes[m[1]] = int(m[3])
    return marks
