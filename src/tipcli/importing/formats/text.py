"""Read a plain-text narrative into blocks: lines joined where a paragraph was hard-wrapped, bullets split.

Which blocks are narrative, and which section each belongs to, is the structure stage's to decide
(structure/furniture.py and structure/sections.py).
"""

from __future__ import annotations

import re

from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.furniture import is_heading, is_label
from tipcli.importing.structure.headings import parse_header
from tipcli.importing.structure.narrative import Block
from tipcli.importing.structure.sections import read_blocks

_BULLET = re.compile(r"[•●▪◦·*\-–]\s+")
_INLINE_BULLET = " • "
# Lines of hard-wrapped text are at most a page's width; a paragraph written on one line is longer.
_WRAP_WIDTH = 110
_LONG_SHARE = 0.03  # a PDF's lines are all about its width; a browser copy's paragraphs are long lines


def parse_text(text: str) -> Draft:
    """Parse plain text into a Draft."""
    draft = Draft()
    found = read_blocks(text_blocks(text), draft)
    draft.header = found.header_line
    draft.title = found.title_line
    draft.year_hint = found.year
    return draft


def text_blocks(text: str) -> list[Block]:
    """Return the text's blocks: paragraphs (hard-wrapped lines joined), headings, bullets, lines."""
    blocks: list[Block] = []
    pending: list[str] = []
    kind = "p"  # of the pending lines: "li" while a wrapped bullet goes on
    lines = [raw.strip() for raw in text.split("\n")]
    # Text copied from a browser has a paragraph, a list item, a menu word on each line: only a text
    # whose lines are (nearly) all of a page's width was hard-wrapped, and only there are lines joined.
    long = sum(len(line) > _WRAP_WIDTH for line in lines)
    hard_wrapped = long <= _LONG_SHARE * sum(bool(line) for line in lines)
    for line in lines:
        alone = bool(line) and (is_heading(Block("p", line)) or parse_header(line) is not None or is_label(line))
        bullet = _BULLET.match(line)
        starts_anew = not hard_wrapped or (pending and len(pending[-1]) > _WRAP_WIDTH)
        if not line or alone or bullet or _INLINE_BULLET in line or starts_anew:
            _flush(pending, blocks, kind)  # the line before was not a wrapped one: this one starts anew
            kind = "p"
        if not line:
            continue
        if alone:
            blocks.append(Block("p", line))
        elif bullet or _INLINE_BULLET in line:
            blocks.extend(_items(line, bullet is not None))
            if bullet and hard_wrapped and len(line) <= _WRAP_WIDTH:
                pending.append(blocks.pop().text)  # a wrapped bullet: its next lines continue it
                kind = "li"
        else:
            pending.append(line)
    _flush(pending, blocks, kind)
    return blocks


def _items(line: str, leading: bool) -> list[Block]:
    """Return a bullet line's items, one block each, without their bullet characters."""
    if leading:
        line = line[_BULLET.match(line).end() :]  # type: ignore[union-attr]
    return [Block("li", item.strip()) for item in line.split(_INLINE_BULLET) if item.strip()]


def _flush(pending: list[str], blocks: list[Block], kind: str = "p") -> None:
    """Add the pending lines as one block."""
    if pending:
        blocks.append(Block(kind, " ".join(pending)))
        pending.clear()
