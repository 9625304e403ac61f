"""Figures (quantities) stated in a paragraph: value, range, unit, kind, hedge and year, with a verbatim quote."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace

from tipcli.importing.extract.figure_groups import (
    antecedent,
    attaches,
    compares,
    main_count,
    named_group,
    of_these_before,
)
from tipcli.importing.extract.figure_kinds import figure_kind
from tipcli.importing.extract.figure_phrases import POSSESSIVE, after, clause_before, joined
from tipcli.importing.extract.figure_scan import Draft, draft_figure, skipped
from tipcli.importing.extract.figure_units import is_conversion, rest_before
from tipcli.importing.extract.figure_years import YearContext, figure_year, linked, year_context
from tipcli.importing.extract.figure_zero import pair_drafts, zero_drafts
from tipcli.importing.extract.matcher import T, TokenRule
from tipcli.importing.extract.numbers import find_numbers
from tipcli.importing.extract.rule import Expect, Rule
from tipcli.importing.lexicon.nouns import TIME_UNITS
from tipcli.importing.lexicon.verbs import IMPOSING, STATE_AFTER_NUMBER
from tipcli.importing.text import Token, layer

_IMPOSED = IMPOSING | {"awarded"}  # "awarded damages" is imposed too, though no penalty
_STANDING_KINDS = ("threshold", "capacity")
_YEAR_REACH = 400  # how far after a figure a year may still date it; sentences are shorter than this
_CLAUSE_WORDS = 100  # tokens back to the start of a penalty's clause: more than _YEAR_REACH characters hold
_SHARED_JOINS = ("and", "or", "to")  # "12 and 15 years", "12 to 15 years", "12, or 15 years"
_ENDS = frozenset(".!?;:")  # a mark that ends a sentence or a clause, when a blank follows it
_LOWER_WORD = re.compile(r"[a-z]\S*")  # inside one token: a word in lower case ("of these cases")
PART_RULES = (
    TokenRule(
        name="part of a whole",
        purpose="'five of 19 victims', 'nine of the province's 40 villages': the part counts what the whole counts",
        pattern=(
            T(text="of"),
            T(op="?", text_in=("the", "these", "those", "its", "their")),
            T(op="?", match=POSSESSIVE),
        ),
        examples=(("Raids reached 9 of the region's 40 towns.", "of the region's"),),
    ),
)
PARTITIVE_RULES = (
    TokenRule(
        name="some of those counted",
        purpose="'Five of the six': some of a group counted before",
        pattern=(T(text="of"), T(text_in=("the", "these", "those"))),
        examples=(("Police held six men. Five of the six were charged.", "of the"),),
    ),
)
OF_THEM_RULES = (
    TokenRule(
        name="bare number of them",
        purpose="'12 of them', '11 of whom', '30 of these': a bare number is part of the group named before",
        pattern=(T(text="of"), T(text_in=("them", "whom", "which"))),
        examples=(("It held 14 men, 11 of whom were foreign.", "of whom"),),
    ),
    TokenRule(
        name="of these",
        purpose="'30 of these.', not '30 of these cases': a pronoun, when no noun in lower case follows",
        pattern=(T(text="of"), T(text_in=("these", "those")), T(op="!", match=_LOWER_WORD)),
        examples=(("Police found 80 minors and freed 30 of these.", "of these"),),
        not_examples=("Police freed 30 of these minors.",),
    ),
)
FRACTION_SUBJECT_RULES = (
    TokenRule(
        name="fraction before a copula",
        purpose="'..., and one-quarter were children': a fraction with no noun is the subject; it is a share of the group before (q7)",
        pattern=(T(text_in=("were", "was", "are", "is")),),
        examples=(("Police found 80 victims; one-fifth were minors.", "were"),),
        not_examples=("Police found 80 victims in the port.",),
    ),
)


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
    # What the drafting helpers (labels.py, indicators.py) read: the figure's sentence, where the number
    # itself stands (the numerals or the zero marker, not the hedge or noun) and the unit's head noun.
    sentence_start: int
    sentence_end: int
    number_start: int
    number_end: int

    @property
    def unit_head(self) -> str:
        """Return the last word of the unit ("victims" of "forced labor victims"), "" when none is stated."""
        return self.unit.split()[-1] if self.unit else ""

    def sentence(self, text: str) -> str:
        """Return the sentence of the paragraph text that holds the figure."""
        return text[self.sentence_start : self.sentence_end]


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
    for rule in PASSES:
        drafts = rule.decide(text, drafts)
    return drafts


def _counted_member(text: str, draft: Draft, earlier: list[Draft]) -> bool:
    """Tell whether a bare "one" is the last part of a set counted out: "four remain in custody and one is ..."."""
    doc = layer(text)
    before = doc.token_before(draft.start)
    if not (before is not None and before.text == "and" and before.end < draft.start and _state_after(text, draft.end)):
        return False
    previous = earlier[-1] if earlier else None
    return previous is not None and not previous.noun_start >= 0 and not _ends_between(text, previous.end, draft.start)


def _state_after(text: str, pos: int) -> bool:
    """Tell whether a verb of state follows pos after a blank: "one is serving", "four remain in custody"."""
    word = layer(text).token_after(pos)
    return word is not None and word.start > pos and word.text in STATE_AFTER_NUMBER


def _tokens_in(text: str, start: int, end: int) -> tuple[Token, ...]:
    """Return the tokens wholly between two offsets (none when end is not after start)."""
    doc = layer(text)
    low = bisect.bisect_left(doc.token_starts, start)
    high = bisect.bisect_left(doc.token_starts, end)
    return tuple(t for t in doc.tokens[low:high] if t.end <= end)


def _ends_between(text: str, start: int, end: int) -> bool:
    """Tell whether a sentence or a clause ends between two offsets: ". ", "; ", ": " (a mark, then a blank)."""
    return any(t.text in _ENDS and t.end < end and text[t.end].isspace() for t in _tokens_in(text, start, end))


def _partitives(text: str, drafts: list[Draft]) -> list[Draft]:
    """Read "Five of the six": the five are some of the six counted before, of their unit; the six are no new figure."""
    kept: list[Draft] = []
    skip: set[int] = set()
    for index, draft in enumerate(drafts):
        if index in skip:
            continue
        whole = drafts[index + 1] if index + 1 < len(drafts) else None
        if whole is not None and not draft.unit and whole.unit and joined(text, PART_RULES, draft.end, whole.start):
            draft = replace(draft, unit=whole.unit, money=whole.money)  # "only five of 19 foreign victims": both listed
        elif (
            whole is not None
            and not draft.unit
            and not whole.unit
            and joined(text, PARTITIVE_RULES, draft.end, whole.start)
        ):
            counted = next((k for k in reversed(kept) if k.value == whole.value and k.unit), None)
            if counted is not None:
                draft = replace(draft, unit=counted.unit, money=counted.money)
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
        key = (draft.value, draft.unit)  # 2 == 2.0 as keys; no float(), which overflows on long numerals
        if container is not None and first_seen.get(key, container.start) < container.start:
            continue
        first_seen.setdefault(key, draft.start)
        kept.append(draft)
    return kept


def _link_conversions(text: str, drafts: list[Draft]) -> list[Draft]:
    """Return the figures with each bracketed dollar conversion marked as converting the amount before it."""
    linked_drafts = list(drafts)
    for index, (amount, converted) in enumerate(itertools.pairwise(drafts), start=1):
        if not (amount.money and converted.unit == "USD" and is_conversion(text, amount.end)):
            continue
        marks = {t.text for t in _tokens_in(text, amount.end, converted.start)}
        if "(" in marks and ")" not in marks:
            linked_drafts[index] = replace(converted, converts=True)
    return linked_drafts


def _blockers(text: str, drafts: list[Draft], index: int) -> list[int]:
    """Return where the later figures stand that keep a later year from reaching drafts[index].

    Figures chained to it ("35 cases involving 59 suspects in 2021") and conversions do not block.
    """
    blockers: list[int] = []
    chained = True
    limit = drafts[index].end + _YEAR_REACH
    # A dozen figures on, the next year is another figure's anyway; the bound keeps a list of numbers linear.
    for nxt in range(index + 1, min(len(drafts), index + 13)):
        if drafts[nxt].start > limit:
            break
        chained = chained and (drafts[nxt].converts or linked(text, drafts[nxt - 1].end, drafts[nxt].start))
        if not chained and not drafts[nxt].converts:
            blockers.append(drafts[nxt].num_start)
    return blockers


def _year(ctx: YearContext, drafts: list[Draft], index: int, kind: str) -> int | None:
    """Return the year of drafts[index] under the rules for its kind."""
    draft = drafts[index]
    if kind in _STANDING_KINDS:
        return None
    if kind == "penalty" and not _imposed(ctx.text, draft.start):
        return None  # a penalty the law prescribes is a standing attribute
    return figure_year(ctx, draft.num_start, _blockers(ctx.text, drafts, index))


def _imposed(text: str, pos: int) -> bool:
    """Tell whether a verb of imposing ("sentenced", "fined") stands in the clause before pos."""
    return any(w.lower in _IMPOSED for w in clause_before(text, pos, _CLAUSE_WORDS, _YEAR_REACH))


def _label(text: str, draft: Draft) -> str:
    """Return a short label: the counted noun phrase and the verb just before the quote, else the quote."""
    quote = " ".join(text[draft.start : draft.end].split())
    if draft.zero or draft.noun_start < 0 or draft.unit in ("USD", "percent") or draft.unit in TIME_UNITS.values():
        return quote
    noun = " ".join(text[draft.noun_start : draft.end].split())
    if not noun or noun.lower().startswith(("of ", "or ")):
        return quote
    return f"{noun} {_verb_before(text, draft.start)}".strip()


def _verb_before(text: str, pos: int) -> str:
    """Return the past participle standing alone right before pos ("victims identified"), else ""."""
    doc = layer(text)
    word = doc.token_before(pos)
    if word is None or not (word.text.isalpha() and word.text.islower() and word.text.endswith("ed")):
        return ""
    previous = doc.token_before(word.start)
    return word.text if previous is None or previous.end < word.start else ""  # not "(identified"


def _share_units(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give a bare number the unit its neighbour states: "12 and 15 years", "compared with 1,206 in 2018".

    Each figure is replaced by a new one; a later figure reads the earlier ones as given their units.
    """
    shared = list(drafts)
    for index, draft in enumerate(shared):
        source = _unit_source(text, shared, index)
        if source is not None:
            shared[index] = replace(draft, unit=source.unit, money=source.money)
    return shared


def _unit_source(text: str, drafts: list[Draft], index: int) -> Draft | None:
    """Return the figure whose unit a bare number takes, or None."""
    draft = drafts[index]
    prev = drafts[index - 1] if index > 0 else None
    if draft.zero and not draft.unit:
        return antecedent(text, _recent(drafts, index), draft)  # "a dozen guards were fired, but none was charged"
    if (
        not draft.unit
        and not draft.zero
        and (
            after(text, OF_THEM_RULES, draft.end)
            or rest_before(text, draft.start)
            or of_these_before(text, draft.start)
        )
    ):
        return antecedent(text, _recent(drafts, index), draft)  # "only 12 of them", "the remaining nine"
    if draft.fraction and not draft.unit and _ends_on_it(text, draft):
        return _amount_before(text, drafts, index)  # "spent 3.1 million lats, nearly half of it on food"
    if draft.fraction and not draft.unit and after(text, FRACTION_SUBJECT_RULES, draft.end):
        return antecedent(text, _recent(drafts, index), draft)  # q7: "..., and one-quarter were children"
    if draft.unit or draft.fraction or draft.zero:
        return None
    if compares(text, draft):  # "64 victims, including 41 children, compared with 28": the 28 are victims
        sentence_start = layer(text).sentence(draft.start)[0]
        compared = main_count(text, [d for d in _recent(drafts, index) if d.start >= sentence_start])
        if compared is not None:
            return compared
    nxt = drafts[index + 1] if index + 1 < len(drafts) else None
    gap = [t.text for t in _tokens_in(text, draft.end, nxt.start)] if nxt is not None else []
    # "12 and 15 years", "12 to 15 years"; not "referred all 64 to two centers", which no range reads downwards.
    ascending = nxt is not None and ("to" not in gap or draft.value < nxt.value)
    if nxt is not None and nxt.unit and not nxt.adjective and _shares_gap(gap) and ascending:
        return nxt
    if prev and prev.unit and not prev.adjective and not _ends_between(text, prev.end, draft.start):
        return _attached_to(text, drafts, index - 1) or prev
    if prev and prev.unit and not prev.adjective and _later_clause_count(text, prev, draft):
        return prev  # "...; four remain in custody and one is serving ...", "...; prosecutors indicted 38"
    if (named := named_group(text, draft.start)) is not None:
        return Draft(start=draft.start, end=draft.end, num_start=draft.start, value=0, unit=named)  # "Of the 40 X, 25"
    return _said_before(drafts, index)


def _shares_gap(gap: list[str]) -> bool:
    """Tell whether the words between two numbers let them share a unit: none, a comma, "and", "or", "to"."""
    if gap[:1] == [","]:
        gap = gap[1:]
    return gap == [] or (len(gap) == 1 and gap[0] in _SHARED_JOINS)


def _ends_on_it(text: str, draft: Draft) -> bool:
    """Tell whether a quote ends on the word "it" ("half of it"), a fraction of an amount named before."""
    word = layer(text).token_at(draft.end - 1)
    return word is not None and word.text == "it" and word.end == draft.end and word.start > draft.start


def _attached_to(text: str, drafts: list[Draft], index: int) -> Draft | None:
    """Return the figure drafts[index] is attached to ("56 cases involving 89 suspects"), or None (q7).

    A bare number after such a pair breaks down the figure, not its attribute: "(32 sex trafficking, ...)".
    """
    if index < 1 or not drafts[index - 1].unit:
        return None
    return drafts[index - 1] if attaches(text, drafts[index - 1].end, drafts[index].start) else None


_RECENT = 24  # a back-reference reaches its own sentence and the one before, which hold far fewer figures


def _recent(drafts: list[Draft], index: int) -> list[Draft]:
    """Return the figures just before drafts[index] that a back-reference can reach.

    A bound, not the whole paragraph: a paragraph of thousands of "N of them" stays linear.
    """
    return drafts[max(0, index - _RECENT) : index]


def _amount_before(text: str, drafts: list[Draft], index: int) -> Draft | None:
    """Return the figure just before drafts[index] in its sentence that names what "of it" is a part of."""
    sentence_start = layer(text).sentence(drafts[index].start)[0]
    for back in range(index - 1, max(-1, index - 4), -1):  # "of it" follows its amount closely
        earlier = drafts[back]
        if earlier.start < sentence_start:
            break
        converts = back > 0 and drafts[back - 1].money and is_conversion(text, drafts[back - 1].end)
        if earlier.unit and not converts and not earlier.adjective:  # the amount, not its "($26,000)"
            return earlier
    return None


def _said_before(drafts: list[Draft], index: int) -> Draft | None:
    """Return an earlier figure of the paragraph with the same number, which a bare number repeats ("all 64")."""
    value = drafts[index].value
    if value in (0, 1):
        return None  # "one" and "none" say too little to point back
    # A dozen figures back is as far as a repeat reaches; the bound keeps a paragraph of numbers linear.
    for earlier in reversed(drafts[max(0, index - 12) : index]):
        if earlier.value == value and earlier.unit and not earlier.money and not earlier.adjective:
            return earlier
    return None


def _later_clause_count(text: str, prev: Draft, draft: Draft) -> bool:
    """Tell whether a bare number is the subject or the object of a verb in a later clause of prev's sentence, so
    counting the same things: "four remain in custody", "21 received prison terms" (a verb right after it, which
    has no noun), "registered 64 suspects; prosecutors indicted 38" (a verb right before it)."""
    doc = layer(text)
    if doc.sentence_index(prev.end) != doc.sentence_index(draft.start):
        return False
    after = doc.words_after(draft.end, 1)
    return (
        _state_after(text, draft.end)
        or _past_verb(after[0] if after else None)
        or _past_verb(doc.token_before(draft.start))
    )


def _past_verb(token: Token | None) -> bool:
    """Tell whether a token is a lower-case word in "-ed" ("received", "indicted")."""
    return token is not None and token.is_word and token.text.islower() and token.text.endswith("ed")


def _counts_in_words(text: str, drafts: list[Draft]) -> list[Draft]:
    """Add the counts written without a number ("no victims", "did not hold any hearings", "Both shelters")."""
    return sorted(drafts + zero_drafts(text) + pair_drafts(text), key=lambda d: (d.start, -d.end))


def _units_pass(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give each bare number the unit of the group it points back to or shares a phrase with."""
    return _share_units(text, drafts)


def _conversions_pass(text: str, drafts: list[Draft]) -> list[Draft]:
    """Mark each bracketed dollar conversion with the amount it converts."""
    return _link_conversions(text, drafts)


PASSES = (
    Rule(
        name="counts in words",
        purpose="zero counts ('no X', 'did not ... any X') and a sentence opening 'Both X' are counts without a numeral",
        decide=_counts_in_words,
        examples=(
            Expect(
                sentence="The court did not hold any hearings.",
                quote="did not hold any hearings",
                value=0,
                unit="hearings",
            ),
            Expect(sentence="Two NGOs ran homes. Both homes were full.", quote="Both homes", value=2, unit="homes"),
            Expect(sentence="Ten guards were fired, but none was charged.", quote="none", value=0, unit="guards"),
        ),
        not_examples=(("It made no effort to help.", "no"), ("It hired both men and women.", "both")),
    ),
    Rule(
        name="back-reference in a quote",
        purpose="'four of the nine convicted offenders': the nine counted earlier are not counted again",
        decide=lambda text, drafts: _without_back_references(drafts),
        examples=(
            Expect(
                sentence="Courts convicted nine offenders; only four of the nine convicted offenders went to prison.",
                quote="only four of the nine convicted offenders",
                value=4,
            ),
        ),
    ),
    Rule(
        name="partitive",
        purpose="'Five of the six': some of a group counted before, in its unit; the six are no new figure",
        decide=_partitives,
        examples=(
            Expect(
                sentence="Police held six suspects. Five of the six were charged.",
                quote="Five",
                value=5,
                unit="suspects",
            ),
            Expect(sentence="Raids reached 9 of the region’s 40 towns.", quote="9", value=9, unit="towns"),
            Expect(sentence="It aided only two of 15 migrants.", quote="only two", value=2, unit="migrants"),
        ),
    ),
    Rule(
        name="group pointed back to",
        purpose="a bare number takes the unit of 'of them', 'of whom', 'the remaining', 'Of the 30 X', or its clause",
        decide=_units_pass,
        examples=(
            Expect(
                sentence="Police found 40 victims from the U.S. and 12 of them were boys.", quote="12", unit="victims"
            ),
            Expect(
                sentence="Courts convicted 30 traffickers; 21 received prison terms.", quote="21", unit="traffickers"
            ),
            Expect(sentence="It held 14 suspects, 11 of whom were foreigners.", quote="11", unit="suspects"),
            Expect(sentence="Of the 20 cases filed, 15 went to trial.", quote="15", unit="cases"),
            Expect(sentence="Nine girls left; the remaining three stayed.", quote="three", unit="girls"),
            Expect(
                sentence="Officers rescued 80 migrants, among them 25 boys, compared with 61 a year earlier.",
                quote="61",
                unit="migrants",
            ),
            Expect(
                sentence="Courts heard 30 appeals, 18 from men and 12 from women, up from 22 in 2019.",
                quote="22",
                unit="appeals",
            ),
            Expect(
                sentence="Monitors counted 50 orphans, including nine infants. A charity housed 40 of them.",
                quote="40",
                unit="orphans",
            ),
            Expect(
                sentence="Inspectors found 17 minors at the mine. The labor office sent all 17 home.",
                quote="17",
                unit="minors",
            ),
            Expect(sentence="Arrests dropped from 90 in 2019 to 41 in 2020.", quote="90", unit="arrests"),
            Expect(sentence="Indictments climbed to 33, compared with 20 in 2016.", quote="20", unit="indictments"),
            Expect(sentence="The new unit had a staff of four.", quote="four", unit="staff"),
            Expect(sentence="Guards held 58 minors. Police drove all 58 to three hostels.", quote="58", unit="minors"),
            # "Of these, N ...": the group counted in the sentence before; the rest of its list too.
            Expect(
                sentence="Officials found 300 victims. Of these, 170 were in farming, 120 in bars, and ten in both.",
                quote="170",
                unit="victims",
            ),
            Expect(
                sentence="Officials found 300 victims. Of these, 170 were in farming, 120 in bars, and ten in both.",
                quote="ten",
                unit="victims",
            ),
            Expect(sentence="Raids freed 45 men. Among them, 30 were from abroad.", quote="30", unit="men"),
            # "of them" after a breakdown: the whole group, not its last part.
            Expect(
                sentence="NGOs found another 70 victims, including 30 boys, and sent 25 of them to shelters.",
                quote="25",
                unit="victims",
            ),
            # A count attached to a figure ("involving", "against") is not what the next sentence is about.
            Expect(
                sentence="Police opened 52 fraud probes involving 80 suspects. Begging accounted for 30 of them.",
                quote="30",
                unit="probes",
            ),
            Expect(
                sentence="Prosecutors filed 25 cases against 40 defendants. Courts dropped six of them.",
                quote="six",
                unit="cases",
            ),
            # No figure counts the group: the plural noun named before the number in its sentence.
            Expect(
                sentence="Officials sent all rescued minors to care, and 150 of them accepted.",
                quote="150",
                unit="minors",
            ),
            Expect(
                sentence="Migrants may apply for work visas for up to a year, but none were granted in 2020.",
                quote="none",
                unit="visas",
            ),
            # "the remaining N were X": X describes some of the group, which is what they count.
            Expect(
                sentence="Police freed 60 victims. Forty of them were girls, and the remaining 20 were boys.",
                quote="20",
                unit="victims",
            ),
            Expect(
                sentence="Courts tried 33 suspects; 25 were jailed and the other eight were foreigners.",
                quote="eight",
                unit="suspects",
            ),
            Expect(
                sentence="Raids freed 30 migrants; 12 were women and the remaining 18 were men.",
                quote="18",
                unit="migrants",
            ),
            Expect(
                sentence="Raids freed 30 migrants; 12 were women and another six were men.",
                quote="six were men",
                unit="men",
            ),
            # "half of it": a fraction of the amount just before (not its bracketed conversion).
            Expect(
                sentence="The agency spent 2.5 million rivs ($40,000) on aid, nearly a third of it on food.",
                quote="nearly a third of it",
                unit="rivs",
                kind="fraction",
            ),
            Expect(
                sentence="Donors gave 800,000 marks, and half of it went to shelters.", quote="half of it", unit="marks"
            ),
        ),
        not_examples=(),
    ),
    Rule(
        name="bracketed conversion",
        purpose="'(approximately $400)' after a local amount converts it: its own figure, with the amount's kind and year",
        decide=_conversions_pass,
        examples=(
            Expect(
                sentence="It spent 3 million lats ($90,000) in 2020.",
                quote="$90,000",
                value=90000,
                unit="USD",
                year=2020,
            ),
        ),
    ),
    Rule(
        name="year of a figure",
        purpose="the year the sentence gives a figure: a trailing 'in 2020', an opening 'In May 2008,'; else none",
        decide=lambda text, drafts: drafts,  # applied in extract_figures, once kinds are known
        examples=(
            Expect(sentence="Officials charged 18 suspects in 2020.", quote="18 suspects", year=2020),
            Expect(sentence="In May 2008, the police freed 32 women.", quote="32 women", year=2008),
            Expect(
                sentence="The range was 1.5 to 2 million migrants.", quote="1.5 to 2 million migrants", value=1_500_000
            ),
        ),
        not_examples=(),
    ),
)


def extract_figures(text: str) -> list[FoundFigure]:
    """Return the figures stated in one paragraph's text, in text order."""
    drafts = _drafts(text)
    ctx = year_context(text)
    kinds: list[str] = []
    years: list[int | None] = []
    for index, draft in enumerate(drafts):
        if draft.converts:  # the amount it converts stands just before it
            kinds.append(kinds[index - 1])
            years.append(years[index - 1])
            drafts[index] = replace(draft, qualifier=draft.qualifier or drafts[index - 1].qualifier)
            continue
        kind = figure_kind(
            text, start=draft.start, end=draft.end, unit=draft.unit, money=draft.money, fraction=draft.fraction
        )
        kinds.append(kind)
        years.append(_year(ctx, drafts, index, kind))
    doc = layer(text)
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
            sentence_start=doc.sentence(d.num_start)[0],
            sentence_end=max(doc.sentence(d.num_start)[1], d.end),
            number_start=d.num_start,
            number_end=max(d.num_end, d.num_start),
        )
        for i, d in enumerate(drafts)
    ]
