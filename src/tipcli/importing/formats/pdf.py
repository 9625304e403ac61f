"""Read a PDF of the report: its text in reading order, the page furniture left out, paragraphs rejoined.

The annual report's PDF sets each page's text as lines placed on the page; this module turns them
back into the plain text `formats/text.py` reads (a block a line, blocks apart by a blank line),
keeping the page each block came from. What is not narrative is recognised by where and how it is
set, not by what it says:

- running headers and page numbers stand in the page's top or bottom tenth, set smaller than the
  body, or as a page number, or as a line that recurs there on three pages or more, or that stands
  apart from every other line of its page (body text reaching into the margin stays);
- a boxed story stands inside a drawn rectangle;
- a photo caption (and any other small print) is set smaller than the body text;
- a page set in two columns has lines that start right of its middle: the left column is read first.

A block ends where the gap between lines is wider than the leading, where the type changes (a
heading, a header line), at a bullet, and at a page or column break after a short line that ends a
sentence. A line-end hyphen is joined unless the word is hyphenated elsewhere in the document and
never written whole, the next part starts with a capital or a digit ("Port-Clément", "COVID-19"),
or the first part is a prefix that keeps its hyphen ("anti-", "non-", "self-").

Text comes from pypdf (an optional extra, `pip install 'tipcli[pdf]'`): pure Python, no
dependencies, and on our made-up edition the fastest of pypdf, pdfminer.six and pdfplumber by 5 to
20 times with the same words in the same order (BENCHMARKS.md, "Editions").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from tipcli.importing.structure.hyphens import joined_hyphen, whole_words
from tipcli.importing.structure.narrative import NarrativeError
from tipcli.importing.structure.tiers import year_in_title

MARGIN = 0.1  # running headers and page numbers stand in the top or bottom 10% of a page
_REPEATED = 3  # ... and a running header's words (digits aside) stand there on this many pages or more
_PAGE_NUMBER = re.compile(r"(?:page\s+)?[0-9ivxlc]{1,6}(?:\s+of\s+[0-9]+)?", re.I)
SMALL = 0.85  # type smaller than this share of the body's size is a caption or a note
_BULLETS = "•●▪◦·■"
_END_OF_SENTENCE = tuple(".!?:;”’)\"'")


class PdfMissingError(Exception):
    """pypdf is not installed."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as set on a page: its page (from 1), where it starts, its type and its text."""

    page: int
    x: float
    top: float  # distance from the page's top edge, in points
    size: float
    bold: bool
    text: str


@dataclass(slots=True)
class PdfText:
    """The document as plain text (blocks apart by a blank line) and the page of each block."""

    text: str
    pages: list[int]  # the page each block starts on, in order
    page_count: int
    dropped: Counter[str] = field(default_factory=Counter)
    year_hint: int | None = None  # the edition year a running header states


def is_pdf(data: bytes) -> bool:
    """Tell a PDF by its signature, which the format allows within the first 1,024 bytes."""
    return b"%PDF-" in data[:1024]


def read_pdf(data: bytes, name: str) -> PdfText:
    """Return the text of a PDF; NarrativeError if it cannot be read, PdfMissingError without pypdf."""
    try:
        import pypdf
    except ImportError:
        raise PdfMissingError("reading a PDF needs pypdf: pip install 'tipcli[pdf]' (or pip install pypdf)") from None
    import io
    import logging

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd but readable files are not ours
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NarrativeError(f"{name} is an encrypted PDF; save an unencrypted copy")
        pages = [_page_lines(page, number) for number, page in enumerate(reader.pages, start=1)]
    except NarrativeError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise NarrativeError(f"{name} is not a PDF that can be read ({type(exc).__name__}: {exc})") from None
    return _assemble(pages)


@dataclass(slots=True)
class _Page:
    lines: list[Line]
    width: float
    height: float
    boxes: list[tuple[float, float, float, float]]  # drawn rectangles (x0, top0, x1, top1)
    tops: list[float] | None = None  # its lines' tops, sorted, once asked for


def _page_lines(page: object, number: int) -> _Page:
    """Collect a page's pieces of text with their place and size, and its drawn rectangles."""
    box = page.mediabox  # type: ignore[attr-defined]
    width, height = float(box.width), float(box.height)
    left, top_edge = float(box.left), float(box.top)  # a page's box need not start at 0
    pieces: list[tuple[float, float, float, bool, str]] = []
    rects: list[tuple[float, float, float, float]] = []

    def text(piece: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        piece = piece.replace("\n", " ")
        if piece.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4] - left
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
            base = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
            pieces.append((x, top_edge - y, size * scale, "bold" in base.lower(), piece))

    def operator(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)  # type: ignore[arg-type]
            x0, y0 = x * cm[0] + y * cm[2] + cm[4] - left, x * cm[1] + y * cm[3] + cm[5]
            w, h = w * cm[0], h * cm[3]
            if abs(w) > 40 and abs(h) > 30:  # a box, not a rule or an underline
                rects.append((min(x0, x0 + w), top_edge - max(y0, y0 + h), max(x0, x0 + w), top_edge - min(y0, y0 + h)))

    page.extract_text(visitor_text=text, visitor_operand_before=operator)  # type: ignore[attr-defined]
    return _Page(_lines(pieces, number, width), width, height, rects)


def _lines(pieces: list[tuple[float, float, float, bool, str]], number: int, width: float) -> list[Line]:
    """Join the pieces that stand on one baseline in one column into lines.

    A line's size and weight are those of most of its characters: a run-in heading in bold
    ("Prosecution: The government ...") does not make its line a heading.
    """
    edge = _column_edge(pieces, width)
    rows: list[list[tuple[float, float, float, bool, str]]] = []
    pieces.sort(key=lambda p: (p[0] >= edge, round(p[1] / 2), p[0]))  # the left column's rows first
    for piece in pieces:
        last = rows[-1][0] if rows else None
        if last is not None and abs(last[1] - piece[1]) < 0.4 * piece[2] and (last[0] >= edge) == (piece[0] >= edge):
            rows[-1].append(piece)
        else:
            rows.append([piece])
    return [_line(row, number) for row in rows]


def _line(row: list[tuple[float, float, float, bool, str]], number: int) -> Line:
    text = ""
    for *_, piece in row:
        text += piece if text.endswith(" ") or piece.startswith(" ") or not text else f" {piece}"
    sizes: Counter[float] = Counter()
    bold = 0
    for _, _, size, is_bold, piece in row:
        sizes[size] += len(piece)
        bold += len(piece) if is_bold else 0
    x, top = row[0][0], row[0][1]
    return Line(number, x, top, sizes.most_common(1)[0][0], 2 * bold > sum(sizes.values()), " ".join(text.split()))


def _column_edge(pieces: list[tuple[float, float, float, bool, str]], width: float) -> float:
    """Return where a page's second column starts (many rows start there, right of the middle), else beyond the page."""
    starts = Counter(round(x) for x, *_ in pieces if x >= width * 0.45)
    if starts:
        x, rows = starts.most_common(1)[0]
        if rows >= 5:
            return x - 1.0
    return width + 1.0


def _assemble(pages: list[_Page]) -> PdfText:
    """Leave out the furniture, put each page's lines in reading order, and join them into blocks."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size, 1)] += len(line.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    result = PdfText(text="", pages=[], page_count=len(pages))
    running = _running(pages)
    ordered: list[Line] = []
    for page in pages:
        kept = [line for line in page.lines if _kept(line, page, body, running, result)]
        ordered += _reading_order(kept, page.width)
    blocks = _blocks(ordered, body)
    vocabulary = whole_words(line.text for line in ordered)
    texts = [_join(block, vocabulary) for block in blocks]
    result.text = "\n\n".join(texts) + "\n"
    result.pages = [block[0].page for block in blocks]
    return result


def _in_margin(line: Line, page: _Page) -> bool:
    return line.top < page.height * MARGIN or line.top > page.height * (1 - MARGIN)


def _isolated(line: Line, page: _Page, body: float) -> bool:
    """Tell whether a line stands apart from every other line of its page (as a running header does)."""
    if page.tops is None:  # sorted once a page: a page of many lines costs a search, not a scan, a line
        page.tops = sorted(other.top for other in page.lines)
    tops = page.tops
    at = bisect.bisect_left(tops, line.top)  # the line's own top is there; its neighbours beside it
    near = [tops[i] for i in (at - 1, at + 1) if 0 <= i < len(tops)]
    return min((abs(t - line.top) for t in near), default=0.0) > 2.5 * body  # wider than a paragraph's gap


def _shape(text: str) -> str:
    """A margin line's words with its digits left out: the same running header on every page."""
    return re.sub(r"[0-9]+", "#", text.casefold())


def _running(pages: list[_Page]) -> set[str]:
    """The shapes of the lines that stand in the margins of several pages: running headers and footers."""
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_shape(line.text) for line in page.lines if _in_margin(line, page)})
    return {shape for shape, count in seen.items() if count >= _REPEATED}


def _kept(line: Line, page: _Page, body: float, running: set[str], result: PdfText) -> bool:
    """Tell whether a line is text of the document, counting what is left out by kind.

    A line in a page's margin is a running header or a page number when it is set smaller than
    the body, is a page number, stands in the margin of several pages, or stands apart from every
    other line of its page; body text that reaches into the margin stays.
    """
    if _in_margin(line, page) and (
        line.size < body * 0.95
        or _PAGE_NUMBER.fullmatch(line.text)
        or _shape(line.text) in running
        or _isolated(line, page, body)
    ):
        result.dropped["running headers and page numbers"] += 1
        if result.year_hint is None:
            result.year_hint = year_in_title(line.text)
        return False
    if any(x0 <= line.x <= x1 and t0 <= line.top <= t1 for x0, t0, x1, t1 in page.boxes):
        result.dropped["boxed text"] += 1
        return False
    if line.size < body * SMALL:
        result.dropped["captions and small print"] += 1
        return False
    return True


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    """Return a page's lines top to bottom; on a two-column page, the left column first."""
    edge = _column_edge([(ln.x, ln.top, ln.size, ln.bold, ln.text) for ln in lines], width)
    return sorted(lines, key=lambda ln: (ln.x >= edge, ln.top, ln.x))


def _blocks(lines: list[Line], body: float) -> list[list[Line]]:
    """Group lines into blocks: headings, header lines, paragraphs, bullets."""
    leading = _leading(lines, body)
    full = _full_width(lines, body)
    blocks: list[list[Line]] = []
    for line in lines:
        last = blocks[-1][-1] if blocks else None
        if last is None or _starts_block(last, line, leading, full):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def _starts_block(last: Line, line: Line, leading: float, full: int) -> bool:
    if line.text[0] in _BULLETS or (line.bold, round(line.size)) != (last.bold, round(last.size)):
        return True
    moved_on = line.page != last.page or line.top < last.top or abs(line.x - last.x) > 4 * line.size
    if moved_on:  # a new page or column: the paragraph goes on unless the last line ended one
        return last.text.endswith(_END_OF_SENTENCE) and len(last.text) < 0.85 * full
    return line.top - last.top > leading + 0.3 * line.size


def _leading(lines: list[Line], body: float) -> float:
    """The usual distance between the baselines of a paragraph's lines: the commonest, the smaller on a tie."""
    steps = Counter(
        round(b.top - a.top)
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and 0 < b.top - a.top < 3 * body and abs(a.size - body) < 0.5
    )
    if not steps:
        return body * 1.2
    return float(min(steps, key=lambda step: (-steps[step], step)))


def _full_width(lines: list[Line], body: float) -> int:
    """The length in characters of a full line of body text (lines that end a paragraph are shorter)."""
    lengths = sorted(len(line.text) for line in lines if abs(line.size - body) < 0.5)
    return lengths[int(len(lengths) * 0.8)] if lengths else 80


def _join(block: list[Line], vocabulary: set[str]) -> str:
    """Join a block's lines with spaces, and a line-end hyphen as the word needs it (line by line: linear)."""
    parts = [block[0].text]
    for line in block[1:]:
        kept = joined_hyphen(parts[-1], line.text, vocabulary)
        if kept is None:
            parts.append(f" {line.text}")
        else:
            parts[-1] = parts[-1] if kept else parts[-1][:-1]
            parts.append(line.text)
    return "".join(parts)
