"""Read a saved HTML page into blocks of visible text, with its <title> and first <h1>.

Which blocks are narrative is decided by their content (structure/furniture.py): no element is
skipped for its class or id, only the kinds of element that never hold a narrative (navigation,
footers, scripts, forms). The standard library's html.parser reads the page after `_defuse` has
made it linear (see there).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.furniture import is_heading
from tipcli.importing.structure.narrative import Block
from tipcli.importing.structure.sections import read_blocks
from tipcli.importing.structure.tiers import year_in_title

# Elements that never hold narrative text, wherever they stand.
_SKIP = frozenset(
    {"head", "nav", "footer", "aside", "script", "style", "form", "noscript", "template", "svg", "button"}
    | {"select", "iframe", "object", "canvas", "dialog", "menu"}
)
_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table", "tr", "td", "th", "section"}
    | {"article", "main", "blockquote", "dd", "dt", "dl", "body", "figure", "figcaption", "pre", "hr", "header"}
    | {"br"}
)
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INLINE_BULLET = " • "
# Speed trick, in this one place: html.parser is quadratic on markup that never ends. Each "<!--"
# without a later "-->", and each "<", "</", "<?" or "<!" without a later ">", makes it search the
# rest of the page again (200,000 "<!--" took 22 s to minutes on Python 3.10-3.13), and "<![" not
# followed by a keyword it knows ends in an AssertionError. `_defuse` writes such a "<" as "&lt;",
# which the parser reads back as the text "<": nothing visible changes, and every construct it
# starts searching for is there, so each search ends where the next one begins.
_MARKED_SECTION = re.compile(r"<!\[(?!\s{0,3}(?:CDATA\[|if\b|else\b|endif\b|temp\b|ignore\b|include\b|rcdata\b))", re.I)
_OPENER = re.compile(r"<(?=[!?/A-Za-z])")
_LEADING_BULLET = re.compile(r"[•●▪]\s+")


class _PageParser(HTMLParser):
    """Turn a page's text into blocks, flushing at block boundaries; keep its <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.h1: str | None = None
        self._buf: list[str] = []
        self._kinds: list[str] = ["p"]  # the kind of each open block element, innermost last
        self._breaks = 0  # <br> since the last text: two in a row separate paragraphs
        self._skipping: list[str] = []  # open elements that never hold narrative
        self._title: list[str] | None = None
        self.addresses: dict[str, str] = {}  # "canonical" and "og:url": where the page says it lives

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: flush at block boundaries, note what is skipped."""
        if tag in ("link", "meta"):
            self._address(attrs)
        if tag in _SKIP and tag not in _VOID:
            self._skipping.append(tag)
        if tag == "title" and self.title is None and self._title is None and "svg" not in self._skipping:
            self._title = []
        if tag == "br":
            self._breaks += 1
            self._buf.append(" ")
            # "<strong>PROSECUTION</strong><br>The government ...": the heading is a block of its own.
            if self._breaks >= 2 or _heading_so_far(self._buf):
                self._flush()
        elif tag in _BLOCKS:
            self._flush()
            if tag not in _VOID:
                self._kinds.append("heading" if tag in _HEADINGS else "li" if tag == "li" else self._kinds[-1])

    def _address(self, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the first <link rel="canonical" href> and <meta property="og:url" content>."""
        values = {name: value or "" for name, value in attrs}
        if "canonical" in values.get("rel", "").lower().split():
            self.addresses.setdefault("canonical", values.get("href", ""))
        elif values.get("property", "").lower() == "og:url":
            self.addresses.setdefault("og:url", values.get("content", ""))

    def handle_endtag(self, tag: str) -> None:
        """Close an element (tolerating unclosed ones)."""
        if tag == "title" and self._title is not None:
            self.title, self._title = "".join(self._title), None
        if tag in self._skipping:
            while self._skipping and self._skipping.pop() != tag:
                pass
        if tag in _BLOCKS and tag not in _VOID:
            self._flush()
            if tag == "h1" and self.h1 is None and self.blocks and self.blocks[-1].kind == "heading":
                self.h1 = self.blocks[-1].text
            if len(self._kinds) > 1:
                self._kinds.pop()

    def handle_data(self, data: str) -> None:
        """Keep text outside skipped elements, and the <title>."""
        if self._title is not None:
            self._title.append(data)
        elif not self._skipping:
            if data.strip():
                self._breaks = 0
            self._buf.append(data)

    def close(self) -> None:
        """Finish parsing and flush the last block."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = _SPACE.sub(" ", _CONTROLS.sub("", "".join(self._buf))).strip()
        self._buf, self._breaks = [], 0
        if not text:
            return
        kind = self._kinds[-1]
        if kind == "p" and (_LEADING_BULLET.match(text) or _INLINE_BULLET in text):
            items = _LEADING_BULLET.sub("", text, count=1).split(_INLINE_BULLET)
            self.blocks.extend(Block("li", item.strip()) for item in items if item.strip())
        else:
            self.blocks.append(Block(kind, text))


def _heading_so_far(buf: list[str]) -> bool:
    """Tell whether the text buffered so far is a section heading on its own."""
    text = "".join(buf[-8:]).strip()  # a heading is a few pieces of text at most
    return len(text) <= 60 and is_heading(Block("heading", text)) if text else False


def _defuse(text: str) -> str:
    """Return the page with each "<" that starts markup never closed written as "&lt;" (see above)."""
    text = _MARKED_SECTION.sub("&lt;![", text)
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            out += [text[pos:start], text[start:].replace("<!--", "&lt;!--")]
            pos = len(text)
            break
        out.append(text[pos : close + 3])
        pos = close + 3
    out.append(text[pos:])
    text = "".join(out)
    last = text.rfind(">")
    return text[: last + 1] + _OPENER.sub("&lt;", text[last + 1 :])


_WEB_ADDRESS = re.compile(r"https?://[^\s/?#<>\"'\\]+(?:[/?#][^\s<>\"\\]*)?", re.I)


def web_address(text: str) -> str | None:
    """Return TEXT as a web address a citation can give (absolute http or https, no spaces or
    control characters), else None: a relative or scripted href is not where the page lives."""
    text = text.strip()
    return text if _WEB_ADDRESS.fullmatch(text) and text.isprintable() else None


def _read_page(text: str) -> _PageParser:
    """Parse the page (made linear first, see `_defuse`)."""
    parser = _PageParser()
    parser.feed(_defuse(text))
    parser.close()
    return parser


def page_blocks(text: str) -> tuple[list[Block], str | None, str | None]:
    """Return the page's blocks of visible text, its <title> and its first <h1>."""
    parser = _read_page(text)
    title = _SPACE.sub(" ", _CONTROLS.sub("", parser.title or "")).strip()
    return parser.blocks, title or None, parser.h1


def parse_html(text: str) -> Draft:
    """Parse an HTML page into a Draft."""
    parser = _read_page(text)
    title = _SPACE.sub(" ", _CONTROLS.sub("", parser.title or "")).strip() or None
    h1 = parser.h1
    draft = Draft()
    found = read_blocks(parser.blocks, draft)
    draft.header = found.header_line
    draft.title = title or h1 or found.title_line
    draft.year_hint = year_in_title(title) or year_in_title(h1) or found.year
    draft.h1 = h1
    draft.url = next(filter(None, (web_address(parser.addresses.get(k, "")) for k in ("canonical", "og:url"))), None)
    return draft
