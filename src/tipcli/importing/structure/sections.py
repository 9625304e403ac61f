"""Put a narrative's blocks into sections: by headings, run-in headings, formulas and subjects.

- A heading line opens its section ("PROSECUTION", "Trafficking Profile", "RECOMMENDATIONS FOR X:").
- A heading run into its paragraph ("Prosecution: The government ...") opens it too; the paragraph
  is kept whole, word for word.
- GOVERNMENT EFFORTS (a Special Case's one heading) is followed by paragraphs on law enforcement,
  victims and prevention: each goes to prosecution, protection or prevention by its opening formula,
  else by what it speaks of; the first keeps the heading as its title.
- A section the copy gives no heading (a copy without any heading: every section) opens at the
  formula it opens with ("The government maintained law enforcement efforts.", "As reported over the
  past five years, ...").
- A bullet (a list item, a "•" line, an item of an inline " • " list) is one paragraph; bullets
  right after the opening go to recommendations.
Sections only move forward in the report's order, so a formula quoted later never reopens one.
"""

from __future__ import annotations

import re

from tipcli.formatting import counted
from tipcli.importing.lexicon.structure import EFFORT_IDS, EFFORT_SUBJECTS, SECTION_FORMULAS, SECTION_IDS
from tipcli.importing.structure.draft import Draft
from tipcli.importing.structure.furniture import Found, find_narrative, heading_id, is_heading
from tipcli.importing.structure.headings import is_government_efforts, run_in_heading
from tipcli.importing.structure.narrative import Block

_FIRST_SENTENCE = re.compile(r".{1,400}?[.!?](?=\s|$)|.{1,400}", re.S)
_ORDER = {sid: n for n, sid in enumerate(SECTION_IDS)}


def read_blocks(blocks: list[Block], draft: Draft) -> Found:
    """Find the narrative among the blocks and add its headings and paragraphs to the draft."""
    found = find_narrative(blocks)
    header = 1 if found.header is not None else 0  # the header line is a fact about the file, not furniture
    dropped = found.start - header + (len(blocks) - found.end) + len(found.dropped)
    if dropped:
        draft.warnings.append(
            f"{counted(dropped, 'blocks')} of page furniture around the narrative {'is' if dropped == 1 else 'are'}"
            " not narrative: dropped"
        )
    narrative = [b for i, b in enumerate(blocks[found.start : found.end], found.start) if i not in found.dropped]
    state = _State(draft, _headed(narrative))
    for block in narrative:
        state.read(block)
    return found


def _headed(blocks: list[Block]) -> frozenset[str]:
    """Return the sections the narrative opens with a heading (GOVERNMENT EFFORTS stands for all three)."""
    found: set[str] = set()
    for block in blocks:
        if is_heading(block):
            found |= set(EFFORT_IDS) if is_government_efforts(block.text) else {heading_id(block) or ""}
        elif block.kind != "li" and (run_in := run_in_heading(block.text)):
            found.add(run_in[0])
    return frozenset(found)


class _State:
    """Which section paragraphs go to, and whether a GOVERNMENT EFFORTS part is being read."""

    def __init__(self, draft: Draft, headed: frozenset[str]) -> None:
        self.draft = draft
        self.headed = headed  # sections opened by a heading: no formula opens them
        self.efforts_title: str | None = None  # the GOVERNMENT EFFORTS heading, until a section takes it
        self.in_efforts = False

    def read(self, block: Block) -> None:
        """Add one block: a heading opens a section, a paragraph goes to the right one."""
        if is_heading(block):
            self._heading(block)
        elif block.kind == "li":
            if self.draft.current in (None, "overview"):
                self.draft.start("recommendations", None)
            self.draft.add(block.text)
        elif block.kind == "heading":
            self.draft.warnings.append(f"heading {block.text!r} names no known section: left out")
        else:
            self._paragraph(block.text)

    def _heading(self, block: Block) -> None:
        if is_government_efforts(block.text):
            self.in_efforts, self.efforts_title = True, block.text.strip()
            return
        sid = heading_id(block)
        assert sid is not None
        self.in_efforts = False
        self.draft.start(sid, block.text.strip())

    def _paragraph(self, text: str) -> None:
        run_in = run_in_heading(text)
        if run_in:
            self.in_efforts = False
            self.draft.start(*run_in)
        else:
            sid = _formula_section(text)
            # In a copy without headings the effort sections follow one another with or without a formula:
            # a paragraph clearly about the next effort opens it, as under a GOVERNMENT EFFORTS heading.
            unheaded_efforts = not self.headed and self.draft.current in EFFORT_IDS
            if (self.in_efforts or unheaded_efforts) and sid is None:
                sid = self._subject(text)
            if sid is not None and (self.in_efforts or sid not in self.headed) and self._forward(sid):
                title, self.efforts_title = self.efforts_title, None
                self.draft.start(sid, title)
        self.draft.paragraph(text)

    def _subject(self, text: str) -> str | None:
        """Return the effort a GOVERNMENT EFFORTS paragraph without a formula speaks of, when clear."""
        current = self.draft.current
        if current not in EFFORT_IDS:
            return _subject_section(text) or EFFORT_IDS[0]
        counts = {sid: len(EFFORT_SUBJECTS[sid].findall(text)) for sid in EFFORT_IDS}
        best = max(EFFORT_IDS, key=lambda sid: counts[sid])
        return best if counts[best] >= 2 and counts[best] > counts[current] else None

    def _forward(self, sid: str) -> bool:
        """Tell whether sid comes after the current section in the report's order."""
        current = self.draft.current
        if current is None:
            return False  # the unheaded opening is the overview, whatever it opens with
        if sid == "profile" and current not in EFFORT_IDS:
            return False  # the profile an older edition opens with is still the overview
        return _ORDER[sid] > _ORDER[current]


def _formula_section(paragraph: str) -> str | None:
    """Return the section whose opening formula the paragraph's first sentence is, else None."""
    m = _FIRST_SENTENCE.match(paragraph)
    first = m.group() if m else paragraph
    return next((sid for sid, formula in SECTION_FORMULAS if formula.search(first)), None)


def _subject_section(paragraph: str) -> str | None:
    """Return the effort (prosecution, protection, prevention) a paragraph speaks of most."""
    counts = {sid: len(EFFORT_SUBJECTS[sid].findall(paragraph)) for sid in EFFORT_IDS}
    best = max(counts.values())
    return next((sid for sid in EFFORT_IDS if counts[sid] == best), None) if best else None
