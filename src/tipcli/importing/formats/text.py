"""Parse a plain-text narrative: a tier header line, headings on lines of their own, paragraphs."""

from __future__ import annotations

import re

from tipcli.formatting import counted
from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.headings import parse_header, section_id
from tipcli.importing.structure.tiers import year_in_title

_BULLET = re.compile(r"[•●▪◦·*\-–]\s+")
# Lines of hard-wrapped text are short; a paragraph written on one line is not.
_WRAP_WIDTH = 110
# The header is the narrative's first line; a few lines before it are a preamble, not narrative.
_HEADER_WITHIN = 5


def parse_text(text: str) -> Draft:
    """Parse plain text into a Draft."""
    draft = Draft()
    lines = text.split("\n")
    start = _find_header(lines, draft)
    for block in _blocks(lines[start:]):
        _read_block(block, draft)
    return draft


def _find_header(lines: list[str], draft: Draft) -> int:
    """Record the tier header line if one opens the text; return the index the narrative starts at."""
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if parse_header(line):
            draft.header = line.strip()
            if seen:
                draft.warnings.append(
                    f"{counted(seen, 'lines')} before the header line {'is' if seen == 1 else 'are'} not narrative: dropped"
                )
            # A running title before the header ("2023 TRAFFICKING IN PERSONS REPORT") states the edition.
            draft.year_hint = next(filter(None, map(year_in_title, lines[:index])), None)
            return index + 1
        seen += 1
        if seen >= _HEADER_WITHIN:
            break
    return 0


def _blocks(lines: list[str]) -> list[list[str]]:
    """Split lines into blocks separated by blank lines."""
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _read_block(block: list[str], draft: Draft) -> None:
    """Add one block's headings and paragraphs to the draft."""
    wrapped = len(block) > 1 and all(len(line) <= _WRAP_WIDTH for line in block[:-1])
    pending: list[str] = []
    for line in block:
        sid = section_id(line) if not line.endswith(".") else None
        bullet = _BULLET.match(line)
        if sid:
            _flush(pending, draft)
            draft.start(sid, line)
        elif bullet or not wrapped:
            _flush(pending, draft)
            pending.append(line[bullet.end() :] if bullet else line)
        else:
            pending.append(line)
    _flush(pending, draft)


def _flush(pending: list[str], draft: Draft) -> None:
    """Add the pending lines as one paragraph."""
    if not pending:
        return
    paragraph = " ".join(pending)
    pending.clear()
    draft.paragraph(paragraph)
