"""Figures (quantities) stated in a paragraph: value, range, unit, kind, hedge and year, with a verbatim quote."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tipcli.importing.extract.figure_groups import REST_RE as _REST_RE
from tipcli.importing.extract.figure_groups import antecedent, named_group
from tipcli.importing.extract.figure_kinds import figure_kind, words_before
from tipcli.importing.extract.figure_scan import Draft, draft_figure, skipped
from tipcli.importing.extract.figure_units import TIME_UNITS, is_conversion
from tipcli.importing.extract.figure_years import YearContext, figure_year, linked, year_context
from tipcli.importing.extract.figure_zero import zero_drafts
from tipcli.importing.extract.numbers import find_numbers

_IMPOSED_RE = re.compile(r"\b(?:sentenced|fined|ordered|imposed|awarded|received)\b", re.IGNORECASE)
_STANDING_KINDS = ("threshold", "capacity")
_YEAR_REACH = 400  # how far after a figure a year may still date it; sentences are shorter than this
_SHARED_GAP_RE = re.compile(r"\s*,?\s*(?:and|or|to)?\s*")
_SENTENCE_END_RE = re.compile(r"[.!?;:]\s")
_PARTITIVE_RE = re.compile(r"\s+of\s+(?:the|these|those)\s+")
_AND_BEFORE_RE = re.compile(r"\band\s+$")
_VERB_AFTER_RE = re.compile(r"\s+(?:is|was|are|were|remain|remains|remained|has|had)\b")
_FULL_STOP_RE = re.compile(r"[.!?]\s")
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them\b|(?:these|those)\b(?!\s+[a-z]))")


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundFigure:
    """A quantity stated in a paragraph; the quote is paragraph_text[start:end], verbatim."""

    start: int
    end: int
    value: float | int
    high: float | int | None
    unit: str  # the counted noun in the plural ("cases", "women and girls"), "percent", "USD" or a local currency
    kind: str  # count money percentage duration penalty capacity threshold fraction
    qualifier: (
        str | None
    )  # at least, approximately, more than, over, nearly, up to, only, fewer than; or more, or fewer
    year: int | None  # the year the quantity refers to, when its own sentence says so
    label: str  # a short description made only of words of the sentence
    confident: bool  # False when the rules were unsure


def _drafts(text: str) -> list[Draft]:
    """Return the draft figures of text, numbers and zero counts, in text order."""
    tokens = find_numbers(text)
    drafts: list[Draft] = []
    index = 0
    while index < len(tokens):
        if skipped(text, tokens, index):
            index += 1
            continue
        draft, last = draft_figure(text, tokens, index)
        bare_one = draft.unit == "" and draft.value == 1 and not draft.fraction
        if bare_one and _counted_member(text, draft, drafts):
            bare_one = False
        if not bare_one and not draft.drop:
            drafts.append(draft)
        index = last + 1
        while index < len(tokens) and tokens[index].start < draft.swallowed:
            index += 1
    drafts += zero_drafts(text)
    drafts.sort(key=lambda d: (d.start, -d.end))
    return _partitives(text, _without_back_references(drafts))


def _counted_member(text: str, draft: Draft, earlier: list[Draft]) -> bool:
    """Tell whether a bare "one" is the last part of a set counted out: "four remain in custody and one is ..."."""
    if not (
        _AND_BEFORE_RE.search(text, max(0, draft.start - 6), draft.start) and _VERB_AFTER_RE.match(text, draft.end)
    ):
        return False
    previous = earlier[-1] if earlier else None
    return (
        previous is not None
        and not previous.noun_start >= 0
        and not _SENTENCE_END_RE.search(text, previous.end, draft.start)
    )


def _partitives(text: str, drafts: list[Draft]) -> list[Draft]:
    """Read "Five of the six": the five are some of the six counted before, of their unit; the six are no new figure."""
    kept: list[Draft] = []
    skip: set[int] = set()
    for index, draft in enumerate(drafts):
        if index in skip:
            continue
        whole = drafts[index + 1] if index + 1 < len(drafts) else None
        if (
            whole is not None
            and not draft.unit
            and not whole.unit
            and _PARTITIVE_RE.fullmatch(text, draft.end, whole.start)
        ):
            counted = next((k for k in reversed(kept) if k.value == whole.value and k.unit), None)
            if counted is not None:
                draft.unit, draft.money = counted.unit, counted.money
                skip.add(index + 1)
        kept.append(draft)
    return kept


def _without_back_references(drafts: list[Draft]) -> list[Draft]:
    """Drop "nine" in "four of the nine convicted offenders" when the nine were counted earlier."""
    kept: list[Draft] = []
    first_seen: dict[tuple[float, str], int] = {}
    for draft in drafts:
        # Only the few figures just before can contain this one: quotes are short.
        container = next((k for k in kept[-3:] if k.start < draft.start and draft.end <= k.end and k.value != 0), None)
        key = (float(draft.value), draft.unit)
        if container is not None and first_seen.get(key, container.start) < container.start:
            continue
        first_seen.setdefault(key, draft.start)
        kept.append(draft)
    return kept


def _link_conversions(text: str, drafts: list[Draft]) -> None:
    """Mark each bracketed dollar conversion with the amount it converts."""
    for amount, converted in itertools.pairwise(drafts):
        if not (amount.money and converted.unit == "USD" and is_conversion(text, amount.end)):
            continue
        if "(" in text[amount.end : converted.start] and ")" not in text[amount.end : converted.start]:
            converted.conversion_of = amount


def _blockers(text: str, drafts: list[Draft], index: int) -> list[int]:
    """Return where the later figures stand that keep a later year from reaching drafts[index].

    Figures chained to it ("35 cases involving 59 suspects in 2021") and conversions do not block.
    """
    blockers: list[int] = []
    chained = True
    limit = drafts[index].end + _YEAR_REACH
    for nxt in range(index + 1, len(drafts)):
        if drafts[nxt].start > limit:
            break
        chained = chained and (
            drafts[nxt].conversion_of is not None or linked(text, drafts[nxt - 1].end, drafts[nxt].start)
        )
        if not chained and drafts[nxt].conversion_of is None:
            blockers.append(drafts[nxt].num_start)
    return blockers


def _year(ctx: YearContext, drafts: list[Draft], index: int, kind: str) -> int | None:
    """Return the year of drafts[index] under the rules for its kind."""
    draft = drafts[index]
    if kind in _STANDING_KINDS:
        return None
    if kind == "penalty":
        clause_start = max(ctx.text.rfind(mark, 0, draft.start) for mark in ".;:")
        if not _IMPOSED_RE.search(ctx.text, clause_start + 1, draft.start):
            return None  # a penalty the law prescribes is a standing attribute
    return figure_year(ctx, draft.num_start, _blockers(ctx.text, drafts, index))


def _label(text: str, draft: Draft) -> str:
    """Return a short label: the counted noun phrase and the verb just before the quote, else the quote."""
    quote = " ".join(text[draft.start : draft.end].split())
    if draft.zero or draft.noun_start < 0 or draft.unit in ("USD", "percent") or draft.unit in TIME_UNITS.values():
        return quote
    noun = " ".join(text[draft.noun_start : draft.end].split())
    if not noun or noun.lower().startswith(("of ", "or ")):
        return quote
    before = words_before(text, draft.start, 1).strip()
    verb = before if before.isalpha() and before.islower() and before.endswith("ed") else ""
    return f"{noun} {verb}".strip()


def _share_units(text: str, drafts: list[Draft]) -> None:
    """Give a bare number the unit its neighbour states: "12 and 15 years", "compared with 1,206 in 2018"."""
    for index, draft in enumerate(drafts):
        prev = drafts[index - 1] if index > 0 else None
        if (
            not draft.unit
            and not draft.zero
            and (_OF_THEM_RE.match(text, draft.end) or _REST_RE.search(text, 0, draft.start))
        ):
            group = antecedent(text, drafts[:index], draft)  # "only 12 of them", "the remaining nine"
            if group is not None:
                draft.unit, draft.money = group.unit, group.money
            continue
        if draft.unit or draft.fraction or draft.zero:
            continue
        nxt = drafts[index + 1] if index + 1 < len(drafts) else None
        if nxt is not None and nxt.unit and not nxt.adjective and _SHARED_GAP_RE.fullmatch(text[draft.end : nxt.start]):
            draft.unit, draft.money = nxt.unit, nxt.money
        elif prev and prev.unit and not prev.adjective and not _SENTENCE_END_RE.search(text[prev.end : draft.start]):
            draft.unit, draft.money = prev.unit, prev.money
        elif prev and prev.unit and not prev.adjective and _subject_count(text, prev, draft):
            draft.unit, draft.money = prev.unit, prev.money  # "...; four remain in custody and one is serving ..."
        elif (named := named_group(text, draft.start)) is not None:
            draft.unit = named  # "Of the 40 detained migrants, 25 ...", "the number of inspectors, currently 90"


def _subject_count(text: str, prev: Draft, draft: Draft) -> bool:
    """Tell whether a bare number is the subject of a later clause of prev's sentence, so counting the same things."""
    return _VERB_AFTER_RE.match(text, draft.end) is not None and not _FULL_STOP_RE.search(text, prev.end, draft.start)


def extract_figures(text: str) -> list[FoundFigure]:
    """Return the figures stated in one paragraph's text, in text order."""
    drafts = _drafts(text)
    _share_units(text, drafts)
    _link_conversions(text, drafts)
    ctx = year_context(text)
    kinds: list[str] = []
    years: list[int | None] = []
    positions = {id(draft): index for index, draft in enumerate(drafts)}
    for index, draft in enumerate(drafts):
        source = draft.conversion_of
        if source is not None:
            source_index = positions[id(source)]
            kinds.append(kinds[source_index])
            years.append(years[source_index])
            draft.qualifier = draft.qualifier or source.qualifier
            continue
        kind = figure_kind(
            text, start=draft.start, end=draft.end, unit=draft.unit, money=draft.money, fraction=draft.fraction
        )
        kinds.append(kind)
        years.append(_year(ctx, drafts, index, kind))
    return [
        FoundFigure(
            start=d.start,
            end=d.end,
            value=d.value,
            high=d.high,
            unit=d.unit,
            kind=kinds[i],
            qualifier=d.qualifier,
            year=years[i],
            label=_label(text, d),
            confident=d.confident and bool(d.unit),
        )
        for i, d in enumerate(drafts)
    ]
