"""The group a bare number counts when its noun was named before: "of them", "the remaining nine", "Of the 30 X, 21 ..."."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tipcli.importing.extract.figure_units import is_plural, noun_phrase
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import ATTACHMENTS, BREAKDOWNS, COMPARISONS, HEDGES
from tipcli.importing.lexicon.nouns import STOP, TIME_UNITS
from tipcli.importing.lexicon.verbs import CHANGE_VERBS
from tipcli.importing.text import layer

if TYPE_CHECKING:
    from tipcli.importing.extract.figure_scan import Draft

# "Of these, 151 were ...": a bare number after this opener is some of the group counted just before.
OF_THESE_RE = re.compile(r"\b(?:of|among)\s+(?:these|those|them)\s*,\s*$", re.IGNORECASE)
# Only a hedge, or "Of these,", may stand between a sentence's start and a number that opens it ("More than
# one-half of them", "Of these, 151 were ...").
_OPENER_RE = re.compile(
    r"(?:(?:of|among)\s+(?:these|those|them)\s*,\s*)?(?:(?:" + alternation(HEDGES) + r")\s+)?",
    re.IGNORECASE,
)
# A plural noun a bare number may point back to when no figure counts it: "referred all identified victims to
# care, and 198 of them ...". It must end a phrase (punctuation or a small word after it), which keeps out a verb
# ending in -s before its object ("investigates 40 of them").
_BARE_PLURAL_RE = re.compile(r"\b([a-z]+)(?=\s*[,;]|\s+(?:" + alternation(STOP) + r")\b)")
_BARE_REACH = 200  # the back-reference stands in the same clause; the bound keeps a long sentence linear
# "Of the 30 convicted traffickers, 21 ...": the group named at the head of the sentence.
_OF_GROUP_RE = re.compile(
    r"(?:^|[.!?;]\s+)(?:[Oo]f|[Aa]mong)\s+(?:the|these|those)\s+(?:[\d,]+\s+|[a-z]+\s+(?=\w+s\b))?"
)
# "the number of labor inspectors, currently fewer than 90": the noun the number is the number of.
_NUMBER_OF_RE = re.compile(r"\b(?:number|total)\s+of\s+")
_CLAUSE_GAP_RE = re.compile(
    r",\s+(?:(?:currently|now|still|then|just|only)\s+)?$"
    r"|\s+(?:beyond|above|from|over|past)\s+(?:the\s+|its\s+)?(?:current|present|existing)\s+$"  # q7
)
# "compared with 28", "up from nearly 40": the number is an earlier state of a figure before it.
_COMPARED_RE = re.compile(
    r"\b(?:" + alternation([*COMPARISONS, "than"]) + r")\s+(?:(?:" + alternation(HEDGES) + r")\s+)?$"
)
# "212 victims, including 145 adults": what follows counts some of the figure before; so does the rest of the list.
_BREAKDOWN_BEFORE_RE = re.compile(r"\b(?:" + alternation(BREAKDOWNS) + r")\s+(?:(?:" + alternation(HEDGES) + r")\s+)?$")
# "48 investigations involving 71 suspects": right after a figure, the suspects are an attribute of it.
ATTACHED_RE = re.compile(r",?\s+(?:" + alternation(ATTACHMENTS) + r")\s+(?:(?:" + alternation(HEDGES) + r")\s+)?")
# "30 victims; 12 were women and the remaining 18 ...": a number whose noun follows a copula is a sibling part,
# which "the remaining" or "the other" does not point to.
_PREDICATE_RE = re.compile(r"\s+(?:were|are)\s+(?:also\s+)?[a-z]")
_PREDICATE_NOUN_RE = re.compile(r"\s+(?:were|are)\s+(?:also\s+)?([^\W\d_]+)")  # q7: "37 were children"
_FROM_RE = re.compile(r"\bfrom\s+$")  # q7: "removed 19 girls from two brothels": the place is no group
_THE_REST_RE = re.compile(r"\bthe\s+(?:other|remaining|rest\s+of\s+the)\s+$", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"(?:\s+[^\W\d_]+){0,5}?,?\s+(?:and\s+)?")  # "145 adults[ and ]67 children"
# "Convictions fell from 12 ...": the plural noun before a verb of change counts what the numbers count.
_CHANGE_RE = re.compile(r"([^\W\d_]+)\s+(?:" + alternation(CHANGE_VERBS) + r")\s+(?:from|to)\s+$")
# "a staff of three": a collective noun that is its own plural counts the people.
_STAFF_OF_RE = re.compile(r"\b(?:a|an|the|its|their)\s+(staff|personnel)\s+of\s+$")
_PARTS_REACH = 6  # a breakdown lists a few parts; the bound keeps a paragraph of bare numbers linear


def _counts_things(draft: Draft) -> bool:
    """Tell whether a figure counts a group (people, cases ...), not time, percent, money or a modifier."""
    unit = draft.unit
    return (
        bool(unit) and not draft.money and not draft.adjective and unit != "percent" and unit not in TIME_UNITS.values()
    )


def antecedent(text: str, earlier: list[Draft], draft: Draft) -> Draft | None:
    """Return the group a number points back to: the main group counted before it in its sentence (not a part of
    a breakdown), else what the sentence before is about ("Police identified 40 victims, including 12 boys.
    Shelters took 30 of them."), else a plural noun named before it in its sentence with no number.

    When the number opens its sentence ("More than one-half of them were ...", "Of these, 151 ..."), the sentence
    before is meant.
    """
    doc = layer(text)
    sentence_start = doc.sentence(draft.start)[0]
    opens = sentence_start > 0 and _OPENER_RE.fullmatch(text, sentence_start, draft.start) is not None
    if not opens:
        own: list[Draft] = []
        rest = _THE_REST_RE.search(text, max(0, draft.start - 30), draft.start) is not None
        for candidate in reversed(earlier[-_PARTS_REACH * 2 :]):  # a sentence holds a few figures; bounded
            if candidate.start < sentence_start:
                break
            if not (rest and _PREDICATE_RE.match(text, max(candidate.num_end, candidate.num_start))):
                own.insert(0, candidate)
        found = main_count(text, own) or next((c for c in reversed(own) if _counts_things(c)), None)
        if found is not None:
            return found
    if sentence_start > 0:
        before = doc.sentence(sentence_start - 1)[0]
        found = main_count(text, [d for d in earlier if before <= d.start < sentence_start])
        if found is not None:
            return found
    return _bare_plural(text, max(sentence_start, draft.start - _BARE_REACH), draft)


def _bare_plural(text: str, start: int, draft: Draft) -> Draft | None:
    """Return a plural noun between start and the number, the nearest, as a group counted by no figure."""
    nouns = [
        m.group(1)
        for m in _BARE_PLURAL_RE.finditer(text, start, draft.start)
        if is_plural(m.group(1)) and m.group(1) not in STOP and m.group(1) not in TIME_UNITS.values()
    ]
    if not nouns:
        return None
    return replace(draft, value=0, unit=nouns[-1], money=False, zero=False)


def compares(text: str, draft: Draft) -> bool:
    """Tell whether a number is an earlier state brought in to compare ("compared with 28 in 2020")."""
    return _COMPARED_RE.search(text, max(0, draft.start - 40), draft.start) is not None


def main_count(text: str, drafts: list[Draft]) -> Draft | None:
    """Return the latest counted group of drafts that is no part of another: not in a breakdown ("including 41
    children"; "19 victims, 15 women and four men": parts that add up to a figure before) and not a comparison."""
    parts = _parts(text, drafts)
    for index in range(len(drafts) - 1, -1, -1):
        if _counts_things(drafts[index]) and not parts[index]:
            return drafts[index]
    return None


def _parts(text: str, drafts: list[Draft]) -> list[bool]:
    """Tell for each figure whether it is a comparison, one of the parts a figure before it is broken into, or an
    attribute of the figure before it ("involving 71 suspects")."""
    parts: list[bool] = []
    for index, part in enumerate(drafts):
        listed = (
            index > 0
            and parts[-1]
            and part.start - drafts[index - 1].end < 80  # a list's gaps are short; the bound keeps this linear
            and _LIST_GAP_RE.fullmatch(text, drafts[index - 1].end, part.start)
        )
        parts.append(
            compares(text, part)
            or bool(listed and not compares(text, drafts[index - 1]))
            or _BREAKDOWN_BEFORE_RE.search(text, max(0, part.start - 30), part.start) is not None
            or (index > 0 and ATTACHED_RE.fullmatch(text, drafts[index - 1].end, part.start) is not None)
            or _adds_up(text, drafts, index)
            or _predicate_part(text, part)
            or _FROM_RE.search(text, max(0, part.start - 8), part.start) is not None  # q7: "from two brothels"
        )
    return parts


def _predicate_part(text: str, part: Draft) -> bool:
    """Tell whether a number's noun is its predicate ("; 37 were children"): a part of the group before (q7)."""
    predicate = _PREDICATE_NOUN_RE.match(text, part.num_end)
    return predicate is not None and bool(part.unit) and part.unit.split()[0] == predicate.group(1).lower()


def _adds_up(text: str, drafts: list[Draft], index: int) -> bool:
    """Tell whether drafts[index] is in a run of figures that add up to a figure just before the run."""
    for whole_index in range(max(0, index - _PARTS_REACH), index):
        whole, total = drafts[whole_index], 0.0
        if not _counts_things(whole):
            continue
        for member in drafts[whole_index + 1 : whole_index + 1 + _PARTS_REACH]:
            if compares(text, member):
                break  # q7: "14 cases, compared with nine cases, and five persons": no breakdown of the 14
            total += member.value
            if member.start >= drafts[index].start and total == whole.value:
                return True
    return False


def named_group(text: str, start: int) -> str | None:
    """Return the unit of a group the sentence names just before a bare number, or None."""
    change = _CHANGE_RE.search(text, max(0, start - 60), start)
    if change and change.group(1).lower() not in STOP and is_plural(change.group(1).lower()):
        return change.group(1).lower()  # "Convictions fell from 12"
    staff = _STAFF_OF_RE.search(text, max(0, start - 30), start)
    if staff:
        return staff.group(1).lower()  # "a staff of three"
    sentence_start = max(layer(text).sentence(start)[0], start - 300)
    head = text[sentence_start:start]
    for pattern in (_OF_GROUP_RE, _NUMBER_OF_RE):
        for match in pattern.finditer(head):
            phrase = noun_phrase(text, sentence_start + match.end() - 1, singular=False)
            if phrase is not None and _CLAUSE_GAP_RE.fullmatch(text, phrase.end, start):
                return phrase.unit
    return None
