"""Read a plain-text narrative into blocks: lines joined where a paragraph was hard-wrapped, bullets split.

Which blocks are narrative, and which section each belongs to, is the structure stage's to decide
(structure/furniture.py and structure/sections.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.furniture import is_heading, is_label
from tipcli.importing.structure.headings import parse_header
from tipcli.importing.structure.hyphens import whole_words
from tipcli.importing.structure.narrative import Block
from tipcli.importing.structure.pages import blank_separated, ends_paragraph, join_lines, page_lines, wrap_width
from tipcli.importing.structure.sections import read_blocks

# Bullets as typed and as PDF-to-text tools give them (U+F0B7: the Symbol font's bullet, unmapped).
_BULLET = re.compile(r"[•●▪◦·*\-–\uf0b7]\s+")
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
    lines = [raw.strip() for raw in text.split("\n")]
    # Text copied from a browser has a paragraph, a list item, a menu word on each line: only a text
    # whose lines are (nearly) all of a page's width was hard-wrapped, and only there are lines joined.
    long = sum(len(line) > _WRAP_WIDTH for line in lines)
    if long > _LONG_SHARE * sum(bool(line) for line in lines):
        return _Reader(None).read(lines)
    # Where blank lines set paragraphs apart, a line's length tells nothing (and a proportional font's
    # line lengths vary); where nothing does, a paragraph ends at a short line ending a sentence.
    separated = blank_separated(lines)
    lines = page_lines(lines)  # a PDF's copy: page furniture dropped, split headings joined
    width = 0 if separated else wrap_width(lines)
    return _Reader(_Wrap(width, whole_words(lines))).read(lines)


@dataclass(frozen=True, slots=True)
class _Wrap:
    """What a hard-wrapped text's lines are joined by: its width and its words (for line-end hyphens)."""

    width: int  # 0: the paragraphs are set apart by blank lines, so the width ends none
    vocabulary: set[str]


class _Reader:
    """Lines to blocks; with a _Wrap, a paragraph's lines are joined until it ends."""

    def __init__(self, wrap: _Wrap | None) -> None:
        self.wrap = wrap
        self.blocks: list[Block] = []
        self.pending: list[str] = []
        self.kind = "p"  # of the pending lines: "li" while a wrapped bullet goes on

    def read(self, lines: list[str]) -> list[Block]:
        for line in lines:
            alone = bool(line) and (is_heading(Block("p", line)) or parse_header(line) is not None or is_label(line))
            bullet = _BULLET.match(line)
            if not line or alone or bullet or _INLINE_BULLET in line or self._starts_anew(line):
                self._flush()  # the line before was not a wrapped one: this one starts anew
            if not line:
                continue
            if alone:
                self.blocks.append(Block("p", line))
            elif bullet or _INLINE_BULLET in line:
                self.blocks.extend(_items(line, bullet is not None))
                if bullet and self.wrap and len(line) <= _WRAP_WIDTH:
                    self.pending.append(self.blocks.pop().text)  # a wrapped bullet: its next lines continue it
                    self.kind = "li"
            else:
                self.pending.append(line)
        self._flush()
        return self.blocks

    def _starts_anew(self, line: str) -> bool:
        """Tell whether a line starts a new block although no blank line, heading or bullet comes before it."""
        if self.wrap is None:
            return True
        last = self.pending[-1] if self.pending else ""
        ends = bool(last) and self.wrap.width > 0 and ends_paragraph(last, line, self.wrap.width)
        return len(last) > _WRAP_WIDTH or ends

    def _flush(self) -> None:
        """Add the pending lines as one block."""
        if self.pending:
            text = join_lines(self.pending, self.wrap.vocabulary) if self.wrap else " ".join(self.pending)
            self.blocks.append(Block(self.kind, text))
            self.pending.clear()
        self.kind = "p"


def _items(line: str, leading: bool) -> list[Block]:
    """Return a bullet line's items, one block each, without their bullet characters."""
    if leading:
        line = line[_BULLET.match(line).end() :]  # type: ignore[union-attr]
    return [Block("li", item.strip()) for item in line.split(_INLINE_BULLET) if item.strip()]
