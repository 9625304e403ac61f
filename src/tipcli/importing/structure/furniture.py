"""Tell a narrative from the furniture around it, by content: never by a wrapper's class or id.

The narrative is the run of blocks anchored by the header line, the minimum-standards sentence, a
tier sentence and the section formulas and headings. What lies before the run (site chrome, archive
metadata, a date line, the title line) and after it (related links, "Back to Top", a footer) is not
narrative and is dropped, counted in one warning; the title, header and date it holds are kept as
facts about the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipcli.importing.lexicon.structure import (
    DATE,
    FURNITURE,
    METADATA,
    METADATA_VALUE,
    MINIMUM_STANDARDS,
    PAGE_TITLE,
    SECTION_FORMULAS,
    TIER_CLAIM,
)
from tipcli.importing.structure.headings import (
    Header,
    is_government_efforts,
    loose_section_id,
    parse_header,
    section_id,
)
from tipcli.importing.structure.narrative import Block
from tipcli.importing.structure.tiers import year_in_date, year_in_title

# A block of prose: long enough to be a paragraph, ending as a sentence ends.
_PROSE_MIN = 80
_SENTENCE_END = (".", "!", "?", ".”", ".’", '."', ".)", ";", ":")
# Without any anchor, only the first blocks are searched for a header line.
_HEADER_SEARCH = 60
_DATE_LINE_MAX = 300


@dataclass(frozen=True, slots=True)
class Found:
    """Where the narrative lies among the blocks, and what the furniture around it states."""

    start: int
    end: int
    header: Header | None
    header_line: str | None
    title_line: str | None  # "2023 Trafficking in Persons Report: X" above the narrative
    year: int | None  # the edition a title line or a date line above the narrative states
    dropped: frozenset[int]  # indexes of blocks inside the run that are furniture


def is_prose(text: str) -> bool:
    """Tell a paragraph of sentences from a line of furniture."""
    return len(text) >= _PROSE_MIN and text.rstrip().endswith(_SENTENCE_END)


def is_furniture(text: str) -> bool:
    """Tell a block that belongs to a site or an archive: menu words, metadata, the title line."""
    s = text.strip()
    return (
        FURNITURE.fullmatch(s) is not None
        or METADATA.fullmatch(s) is not None
        or (len(s) <= _DATE_LINE_MAX and PAGE_TITLE.fullmatch(s) is not None)
        or (len(s) <= 40 and year_in_date(s) is not None)
    )


def is_label(line: str) -> bool:
    """Tell a line that stands alone even in hard-wrapped text: archive metadata, a title or date line."""
    s = line.strip()
    return len(s) <= _DATE_LINE_MAX and (
        METADATA.fullmatch(s) is not None
        or PAGE_TITLE.fullmatch(s) is not None
        or (len(s) <= 40 and bool(DATE.fullmatch(s)))
    )


def is_heading(block: Block) -> bool:
    """Tell a section heading: marked up as one, or a short line in the report's own words."""
    text = block.text.strip()
    if block.kind == "li" or len(text) > 100 or text.endswith("."):
        return False
    return heading_id(block) is not None or is_government_efforts(text)


def heading_id(block: Block) -> str | None:
    """Return the section a heading opens: by the report's own names, or, for an element marked up as a
    heading ("<h3>Victim Identification and Protection</h3>"), by its key word (never the overview,
    which is the unheaded opening: an "Introduction" heading after the narrative is a page's)."""
    strict = section_id(block.text)
    if strict or block.kind != "heading":
        return strict
    loose = loose_section_id(block.text)
    return loose if loose != "overview" else None


def _is_anchor(block: Block) -> bool:
    """Tell a block only a narrative has: a minimum-standards or tier sentence, a section formula."""
    text = block.text
    if block.kind == "li" or len(text.split()) < 4 or not text.rstrip().endswith(_SENTENCE_END):
        return False
    if MINIMUM_STANDARDS.search(text) or TIER_CLAIM.search(text):
        return True
    first = text[:300]
    return any(formula.search(first) for _, formula in SECTION_FORMULAS)


def find_narrative(blocks: list[Block]) -> Found:
    """Return where the narrative starts and ends among the blocks, and what lies above it."""
    anchors = [i for i, b in enumerate(blocks) if _is_anchor(b)]
    limit = anchors[0] if anchors else min(len(blocks), _HEADER_SEARCH)
    at = next((i for i in range(limit) if len(blocks[i].text) < 200 and parse_header(blocks[i].text)), None)
    if at is not None:
        start = at + 1
    elif anchors:
        start = anchors[0]
        while start > 0 and blocks[start - 1].kind != "li" and is_prose(blocks[start - 1].text):
            start -= 1
        if start > 0 and is_heading(blocks[start - 1]):
            start -= 1
    else:
        start = next((i for i, b in enumerate(blocks) if is_heading(b)), 0)
    # A heading counts when text follows it: a table of contents lists the section names too.
    headed = (i for i, b in enumerate(blocks[:-1]) if is_heading(b) and _is_sentence(blocks[i + 1]))
    last = max([start, *anchors, *headed])
    end = min(last + 1, len(blocks))
    while end < len(blocks) and not _ends_narrative(blocks[end]):
        end += 1
    while end > start + 1 and not _narrative_tail(blocks[end - 1]) and not is_heading(blocks[end - 2]):
        end -= 1
    above = [_value(b.text) for b in blocks[:start]]
    title = next((text for text in above if PAGE_TITLE.fullmatch(text)), None)
    # The date line nearest the narrative: an archive's banner above it ("released before January 20, 2009")
    # dates the archive, not the edition.
    year = next(filter(None, map(year_in_title, above)), None) or next(
        filter(None, (year_in_date(text) for text in reversed(above) if len(text) <= _DATE_LINE_MAX)), None
    )
    dropped = frozenset(i for i in range(start, end) if is_furniture(blocks[i].text) and not is_heading(blocks[i]))
    return Found(
        start=start,
        end=end,
        header=parse_header(blocks[at].text) if at is not None else None,
        header_line=blocks[at].text.strip() if at is not None else None,
        title_line=title,
        year=year,
        dropped=dropped,
    )


def _value(text: str) -> str:
    """Return an archive metadata line's value ("Title | 2019 Trafficking in Persons Report - X"), else the text."""
    text = text.strip()
    m = METADATA_VALUE.fullmatch(text) if len(text) <= _DATE_LINE_MAX else None
    return m["value"].strip() if m else text


def _is_sentence(block: Block) -> bool:
    """Tell a paragraph of at least one short sentence (what follows a heading in a narrative)."""
    return block.kind != "heading" and len(block.text.split()) >= 3 and block.text.rstrip().endswith(_SENTENCE_END)


def _ends_narrative(block: Block) -> bool:
    """Tell a block after the last anchor that starts the page's end matter."""
    if is_heading(block):
        return False
    return is_furniture(block.text) or block.kind == "heading"


def _narrative_tail(block: Block) -> bool:
    """Tell a block that can close a narrative: a paragraph of prose, a recommendation, a heading.

    A short line at the very end ("Stay connected.", a note about the page) is the page's, not the
    narrative's: the last paragraph of a section is prose (a section of one short paragraph keeps it,
    as the heading before it stops the trimming)."""
    return block.kind == "li" or is_heading(block) or is_prose(block.text)
