"""Parse a saved HTML page: the narrative is the article (else main, else body) content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.headings import loose_section_id, parse_header, section_id
from tipcli.importing.structure.tiers import year_in_title

# Page furniture: never narrative, wherever it stands.
_SKIP = frozenset({"nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template", "svg"})
_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol", "table", "tr", "td", "th", "section"}
    | {"article", "main", "blockquote", "dd", "dt", "dl", "body", "figure", "figcaption", "pre", "hr"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source"})
_BREAK = "\x00"  # stands for <br> until the block is flushed; control characters never reach the parser
_SPACE = re.compile(r"[ \t\n\r\f\v]+")
_DOUBLE_BREAK = re.compile(r"\x00[ \t\n\r\f\v]*\x00[\x00 \t\n\r\f\v]*")
_ZONES = ("article", "main", "body")
# An element whose id or class names page furniture ('<div id="footer">', 'class="site-nav"') is skipped too.
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:footer|nav|navbar|navigation|menu|breadcrumbs?|sidebar|masthead|skip-link)(?:$|[\s_-])",
    re.IGNORECASE,
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True, slots=True)
class _Block:
    """One run of text with the element kind it came from and the page zones it stood in."""

    kind: str  # "heading", "li" or "p"
    text: str
    zones: frozenset[str]


class _PageParser(HTMLParser):
    """Collect the page's text blocks and its <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self.title: str | None = None
        self.h1: str | None = None  # the page heading, outside the narrative: a fallback for the title
        # Open elements, and how many of each are open: membership tests stay O(1) however deep the page.
        self._stack: list[str] = []
        self._open: dict[str, int] = {}
        self._furniture: list[int] = []  # stack depths where an element named as furniture opened
        self._buf: list[str] = []
        self._kind = "p"
        self._in_title = False
        self._title: list[str] = []
        self.addresses: dict[str, str] = {}  # "canonical" and "og:url": where the page says it lives

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element: flush at block boundaries, note furniture and zones."""
        if tag == "br":
            self._buf.append(_BREAK)
            return
        if tag in ("link", "meta"):
            self._address(attrs)
        if tag in _BLOCKS:
            self._flush()
            self._kind = "heading" if tag in _HEADINGS else "li" if tag == "li" else "p"
        # Only the page's first <title> counts: an <svg> icon has a <title> of its own.
        self._in_title = tag == "title" and self.title is None and not self._open.get("svg")
        if tag in _VOID:
            return
        if any(name in ("id", "class") and value and _FURNITURE.search(value) for name, value in attrs):
            self._furniture.append(len(self._stack))
        self._stack.append(tag)
        self._open[tag] = self._open.get(tag, 0) + 1

    def _address(self, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the first <link rel="canonical" href> and <meta property="og:url" content>."""
        values = {name: value or "" for name, value in attrs}
        if "canonical" in values.get("rel", "").lower().split():
            self.addresses.setdefault("canonical", values.get("href", ""))
        elif values.get("property", "").lower() == "og:url":
            self.addresses.setdefault("og:url", values.get("content", ""))

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open element of this name (tolerating unclosed ones)."""
        if tag in _BLOCKS:
            self._flush()
        if tag == "title" and self._in_title:
            self._in_title = False
            self.title = "".join(self._title)
        if not self._open.get(tag):
            return
        while self._stack:
            top = self._stack.pop()
            self._open[top] -= 1
            if top == tag:
                break
        while self._furniture and self._furniture[-1] >= len(self._stack):
            self._furniture.pop()

    def handle_data(self, data: str) -> None:
        """Keep text of the page's content, and the <title>."""
        if self._in_title:
            self._title.append(data)
        elif not self._open.get("head") and not self._furniture and not any(self._open.get(t) for t in _SKIP):
            self._buf.append(data)

    def close(self) -> None:
        """Finish parsing and flush the last block."""
        super().close()
        self._flush()

    def _flush(self) -> None:
        """Turn the buffered text into blocks: a double <br> separates paragraphs."""
        raw, self._buf = "".join(self._buf), []
        zones = frozenset(z for z in _ZONES if self._open.get(z))
        for piece in _DOUBLE_BREAK.split(raw):
            # Character references can decode to control characters: drop them like raw ones.
            text = _SPACE.sub(" ", _CONTROLS.sub("", piece.replace(_BREAK, " "))).strip()
            if self._kind == "heading" and self.h1 is None and self._open.get("h1"):
                self.h1 = text or None
            if text:
                self.blocks.append(_Block(kind=self._kind, text=text, zones=zones))
        self._kind = "p"


_WEB_ADDRESS = re.compile(r"https?://[^\s/?#<>\"'\\]+(?:[/?#][^\s<>\"\\]*)?", re.I)


def web_address(text: str) -> str | None:
    """Return TEXT as a web address a citation can give (absolute http or https, no spaces or
    control characters), else None: a relative or scripted href is not where the page lives."""
    text = text.strip()
    return text if _WEB_ADDRESS.fullmatch(text) and text.isprintable() else None


def parse_html(text: str) -> Draft:
    """Parse an HTML page into a Draft."""
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    draft = Draft()
    if parser.title:
        draft.title = _SPACE.sub(" ", _CONTROLS.sub("", parser.title)).strip() or None
    draft.title = draft.title or parser.h1
    draft.year_hint = year_in_title(draft.title) or year_in_title(parser.h1)
    draft.url = next(filter(None, (web_address(parser.addresses.get(k, "")) for k in ("canonical", "og:url"))), None)
    zone = next((z for z in _ZONES if any(z in b.zones for b in parser.blocks)), None)
    blocks = [b for b in parser.blocks if zone in b.zones]
    skipping = False
    for block in blocks[_header_index(blocks, draft) :]:
        skipping = _read_block(block, draft, skipping)
    return draft


def _header_index(blocks: list[_Block], draft: Draft) -> int:
    """Record the tier header if the content has one; return the index the narrative starts at."""
    for index, block in enumerate(blocks):
        if parse_header(block.text):
            draft.header = block.text
            if index:
                draft.warnings.append(f"{index} block(s) before the header are not narrative: dropped")
            return index + 1
        if block.kind == "p" and len(block.text) > 200:
            break  # narrative text has begun: a later header line would be something else
    return 0


def _read_block(block: _Block, draft: Draft, skipping: bool) -> bool:
    """Add a heading or a paragraph to the draft; return whether paragraphs are now being left out."""
    # Some pages mark headings up as a bold paragraph: <p><strong>PROSECUTION</strong></p>.
    # List items are never headings: a table of contents lists the section names too.
    if block.kind == "heading" or (block.kind == "p" and not block.text.endswith(".") and section_id(block.text)):
        sid = loose_section_id(block.text)
        if sid:
            draft.start(sid, block.text)
            return False
        # After the report's sections, another heading opens page matter ("Related Reports").
        draft.warnings.append(f"heading {block.text!r} names no known section: left out with what follows it")
        return draft.headings > 0
    if skipping:
        draft.warnings.append(f"text under an unknown heading is not narrative: dropped {block.text[:40]!r}")
    else:
        draft.paragraph(block.text)
    return skipping
