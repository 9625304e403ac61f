"""The group a bare number counts when its noun was named before: "of them", "the remaining nine", "Of the 30 X, 21 ...".

Read from the paragraph's tokens (text.py): GROUP_RULES are token rules that end right before a number
("of these,", "compared with", "including", "the remaining") or name its group ("Convictions fell from",
"a staff of"); the gaps between two figures ("145 adults and 67 children", "48 cases involving 71
suspects") are read as the tokens between them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tipcli.importing.extract.context import ending_before, token_before
from tipcli.importing.extract.figure_units import is_plural, noun_phrase
from tipcli.importing.extract.matcher import T, TokenRule, phrase_at
from tipcli.importing.lexicon.context import COLLECTIVES, GAP_ADVERBS, REST_OPENERS
from tipcli.importing.lexicon.hedges import ATTACHMENTS, BREAKDOWNS, COMPARISONS, HEDGES
from tipcli.importing.lexicon.nouns import STOP, TIME_UNITS
from tipcli.importing.lexicon.verbs import CHANGE_VERBS
from tipcli.importing.text import Layer, Token, layer

if TYPE_CHECKING:
    from tipcli.importing.extract.figure_scan import Draft

# "Of these, 151 were ...": a bare number after this opener is some of the group counted just before.
_OF_THESE = (T(lower_in={"of", "among"}), T(lower_in={"these", "those", "them"}), T(text=","))
_LOWER_WORD = re.compile(r"[a-z]+")  # one token: a word in lower case, as a noun named before is written
_BARE_REACH = 200  # the back-reference stands in the same clause; the bound keeps a long sentence linear
_HEAD_REACH = 300  # how far back in its sentence "Of the 30 convicted traffickers, 21" names the group
_GROUP_WORDS = frozenset({"Of", "of", "Among", "among", "number", "total"})  # the first words of a group's name
_CURRENT_MOVES = frozenset({"beyond", "above", "from", "over", "past"})
_CURRENT_WORDS = frozenset({"current", "present", "existing"})
_PARTS_REACH = 6  # a breakdown lists a few parts; the bound keeps a paragraph of bare numbers linear

# Rules that end right before a bare number and say which group it is part of.
OF_THESE_RULES = (
    TokenRule(
        name="of these, opening a clause",
        purpose='"Of these, 151 were girls": the number is some of the group counted just before',
        pattern=_OF_THESE,
        examples=(("Police found 40 victims. Of these, 12 were boys.", "Of these,"),),
        not_examples=("Of these cases none went to trial.",),
    ),
)
COMPARED_RULES = (
    TokenRule(
        name="earlier state of a figure",
        purpose='"compared with 28", "up from 40", "vs. 35": the number is an earlier state of a figure before it',
        pattern=(T(phrase_in=COMPARISONS),),
        examples=(
            ("Courts tried 31 cases, compared with 44 the year before.", "compared with"),
            ("Raids freed 60 people, vs. 35 a year earlier.", "vs."),
        ),
        not_examples=("Courts compared the two laws.",),
    ),
    TokenRule(
        name="compared with a hedge",
        purpose='"compared with nearly 40": a hedge between the comparison and the number, outside the quote',
        pattern=(T(phrase_in=COMPARISONS), T(phrase_in=HEDGES)),
        examples=(("It held 31 people, up from nearly 40.", "up from nearly"),),
    ),
)
BREAKDOWN_RULES = (
    TokenRule(
        name="breakdown",
        purpose='"212 victims, including 145 adults", "of whom 30": the number counts some of the figure before',
        pattern=(T(phrase_in=BREAKDOWNS),),
        examples=(("Police freed 212 victims, including 145 adults.", "including"),),
    ),
    TokenRule(
        name="breakdown with a hedge",
        purpose='"including at least 40 boys": a hedge between the breakdown and the number, outside the quote',
        pattern=(T(phrase_in=BREAKDOWNS), T(phrase_in=HEDGES)),
        examples=(("Police freed 212 victims, including at least 40 boys.", "including at least"),),
    ),
)
REST_RULES = (
    TokenRule(
        name="the rest",
        purpose='"the remaining 18", "the other 27": a number that counts the rest of a group, not a sibling part',
        pattern=(T(phrase_in=REST_OPENERS),),
        examples=(("Ten were women and the remaining 18 were men.", "the remaining"),),
        not_examples=("Ten remained in the shelter.",),
    ),
)
NAMING_RULES = (
    TokenRule(
        name="group before a change",
        purpose='"Convictions fell from 12": the plural noun before a verb of change names what the numbers count',
        pattern=(T(is_word=True, name="noun"), T(lower_in=CHANGE_VERBS), T(lower_in={"from", "to"})),
        examples=(("Convictions fell from 12 to 9.", "Convictions fell from"),),
        not_examples=("The number fell sharply.",),
    ),
    TokenRule(
        name="a staff of",
        purpose='"a staff of three": a collective noun that is its own plural counts the people',
        pattern=(T(lower_in={"a", "an", "the", "its", "their"}), T(lower_in=COLLECTIVES, name="noun"), T(lower="of")),
        examples=(("The unit has a staff of three.", "a staff of"),),
    ),
)
CURRENT_RULES = (
    TokenRule(
        name="group beyond its present number",
        purpose='"the number of medics beyond the current 40": the number is the present size of the group named (q7)',
        pattern=(T(lower_in=_CURRENT_MOVES), T(op="?", lower_in={"the", "its"}), T(lower_in=_CURRENT_WORDS)),
        examples=(("Plans raise the number of nurses above the present 30.", "above the present"),),
        not_examples=("Nurses came from the capital.", "The current plan ends soon."),
    ),
)
GROUP_RULES = (*OF_THESE_RULES, *COMPARED_RULES, *BREAKDOWN_RULES, *REST_RULES, *NAMING_RULES, *CURRENT_RULES)


def _counts_things(draft: Draft) -> bool:
    """Tell whether a figure counts a group (people, cases ...), not time, percent, money or a modifier."""
    unit = draft.unit
    return (
        bool(unit) and not draft.money and not draft.adjective and unit != "percent" and unit not in TIME_UNITS.values()
    )


def _between(doc: Layer, start: int, end: int) -> tuple[Token, ...]:
    """Return the tokens between two offsets of a paragraph."""
    return doc.tokens[bisect.bisect_left(doc.token_starts, start) : bisect.bisect_left(doc.token_starts, end)]


def of_these_before(text: str, pos: int) -> bool:
    """Tell whether "of these," or "among them," ends right before pos."""
    return ending_before(text, OF_THESE_RULES, pos) is not None


def _opens_sentence(text: str, sentence_start: int, pos: int) -> bool:
    """Tell whether only "Of these," and a hedge stand between a sentence's start and pos ("More than one-half of
    them", "Of these, 151 ...")."""
    doc = layer(text)
    low, high = bisect.bisect_left(doc.token_starts, sentence_start), bisect.bisect_left(doc.token_starts, pos)
    if high - low > 3 + 3:  # the opener and the longest hedge: a longer head is no opener (nor sliced: linear)
        return False
    words = doc.tokens[low:high]
    if len(words) >= 3 and all(spec.fits(t, False) for spec, t in zip(_OF_THESE, words, strict=False)):
        words = words[3:]
    return not words or phrase_at(words, 0, HEDGES) == len(words)


def antecedent(text: str, earlier: list[Draft], draft: Draft) -> Draft | None:
    """Return the group a number points back to: the main group counted before it in its sentence (not a part of
    a breakdown), else what the sentence before is about ("Police identified 40 victims, including 12 boys.
    Shelters took 30 of them."), else a plural noun named before it in its sentence with no number.

    When the number opens its sentence ("More than one-half of them were ...", "Of these, 151 ..."), the sentence
    before is meant.
    """
    doc = layer(text)
    sentence_start = doc.sentence(draft.start)[0]
    opens = sentence_start > 0 and _opens_sentence(text, sentence_start, draft.start)
    if not opens:
        own: list[Draft] = []
        rest = ending_before(text, REST_RULES, draft.start) is not None
        for candidate in reversed(earlier[-_PARTS_REACH * 2 :]):  # a sentence holds a few figures; bounded
            if candidate.start < sentence_start:
                break
            if not (rest and _predicate_after(doc, max(candidate.num_end, candidate.num_start))):
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


def _predicate_after(doc: Layer, pos: int) -> bool:
    """Tell whether a copula and a word follow pos: "12 were women" (a sibling part, which "the remaining" skips)."""
    after = doc.words_after(pos, 4)
    if len(after) < 2 or after[0].start == pos or after[0].text not in ("were", "are"):
        return False
    return after[1].text[0].isascii() and after[1].text[0].islower()  # "were also ...", "are minors"


def _bare_plural(text: str, start: int, draft: Draft) -> Draft | None:
    """Return a plural noun between start and the number, the nearest, as a group counted by no figure.

    The noun must end a phrase (a comma or a small word after it), which keeps out a verb ending in -s before
    its object ("investigates 40 of them").
    """
    words = _between(layer(text), start, draft.start)
    for index in range(len(words) - 2, -1, -1):
        word, after = words[index].text, words[index + 1].text
        if not _LOWER_WORD.fullmatch(word) or not (after in (",", ";") or after in STOP):
            continue
        if is_plural(word) and word not in STOP and word not in TIME_UNITS.values():
            return replace(draft, value=0, unit=word, money=False, zero=False)
    return None


def compares(text: str, draft: Draft) -> bool:
    """Tell whether a number is an earlier state brought in to compare ("compared with 28 in 2020")."""
    return ending_before(text, COMPARED_RULES, draft.start) is not None


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
    doc = layer(text)
    parts: list[bool] = []
    for index, part in enumerate(drafts):
        # A list's or an attachment's gap is short; the bound keeps a paragraph of far-apart figures linear.
        near = index > 0 and part.start - drafts[index - 1].end < 80
        gap = _between(doc, drafts[index - 1].end, part.start) if near else ()
        listed = near and parts[-1] and _list_gap(gap)
        parts.append(
            compares(text, part)
            or bool(listed and not compares(text, drafts[index - 1]))
            or ending_before(text, BREAKDOWN_RULES, part.start) is not None
            or (near and len(gap) <= 5 and _attached(gap))
            or _adds_up(text, drafts, index)
            or _predicate_part(doc, part)
            or _from_place(text, part)
        )
    return parts


def _list_gap(gap: tuple[Token, ...]) -> bool:
    """Tell whether the words between two figures continue a list: "145 adults[, and ]67 children"."""
    words = [t.text for t in gap]
    if words[-1:] == ["and"]:
        words.pop()
    if words[-1:] == [","]:
        words.pop()
    return len(words) <= 5 and all(word.isalpha() for word in words)


def _attached(gap: tuple[Token, ...]) -> bool:
    """Tell whether the words between two figures attach the second to the first ("48 cases involving 71")."""
    words = list(gap[1:] if gap and gap[0].text == "," else gap)
    if not words or words[0].text not in ATTACHMENTS:
        return False
    return len(words) == 1 or phrase_at(words, 1, HEDGES) == len(words) - 1


def attaches(text: str, end: int, start: int) -> bool:
    """Tell whether the words between a figure ending at end and a number at start attach the number to the
    figure ("56 cases involving 89 suspects"): a short gap, read as tokens."""
    if start - end >= 80:
        return False  # an attachment's gap is short; the bound keeps a paragraph of far-apart figures linear
    gap = _between(layer(text), end, start)
    return len(gap) <= 5 and _attached(gap)


def _predicate_part(doc: Layer, part: Draft) -> bool:
    """Tell whether a number's noun is its predicate ("; 37 were children"): a part of the group before (q7)."""
    after = doc.words_after(part.num_end, 3)
    if not part.unit or len(after) < 2 or after[0].start == part.num_end or after[0].text not in ("were", "are"):
        return False
    noun = after[2] if after[1].text == "also" and len(after) > 2 else after[1]
    return noun.text.lower() == part.unit.split()[0]


def _from_place(text: str, part: Draft) -> bool:
    """Tell whether "from" stands right before a number ("removed 19 girls from two brothels"): the place a
    group came from is no group of its own (q7)."""
    before = token_before(text, part.start)
    return before is not None and before.text == "from"


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
    naming = ending_before(text, NAMING_RULES, start)
    if naming is not None:
        noun = naming.group("noun")[0].text.lower()
        if naming.rule == "a staff of":
            return noun  # "a staff of three"
        if noun not in STOP and is_plural(noun):
            return noun  # "Convictions fell from 12"
    doc = layer(text)
    sentence_start = max(doc.sentence(start)[0], start - _HEAD_REACH)
    head = _between(doc, sentence_start, start)
    for index in range(len(head) - 1):
        if head[index].text not in _GROUP_WORDS:
            continue  # most words open no group: one set lookup each
        pos = _group_opener(head, index) if index == 0 or head[index - 1].text in ".!?;" else None
        if pos is None and head[index].text in ("number", "total") and head[index + 1].text == "of":
            pos = head[index + 1].end  # "the number of labor inspectors, currently fewer than 90"
        phrase = noun_phrase(text, pos, singular=False) if pos is not None else None
        if phrase is not None and _clause_gap(text, _between(doc, phrase.end, start), phrase.end, start):
            return phrase.unit
    return None


def _group_opener(head: tuple[Token, ...], index: int) -> int | None:
    """Return where the words after "Of the", "Among these 30" start a noun phrase, or None."""
    if head[index].text not in ("Of", "of", "Among", "among") or index + 1 >= len(head):
        return None
    if head[index + 1].text not in ("the", "these", "those"):
        return None
    end = head[index + 1].end
    nxt = head[index + 2] if index + 2 < len(head) else None
    if nxt is not None and nxt.text.replace(",", "").isdigit():  # one token: "Of the 30 convicted traffickers"
        return nxt.end
    after = head[index + 3] if index + 3 < len(head) else None
    if nxt is not None and _LOWER_WORD.fullmatch(nxt.text) and after is not None and after.text.endswith("s"):
        return nxt.end  # "Of the remaining victims": the phrase starts at the plural noun
    return end


def _clause_gap(text: str, gap: tuple[Token, ...], end: int, start: int) -> bool:
    """Tell whether a comma and at most an adverb stand between a group's noun and its number ("..., currently 90"),
    or a move beyond its present size ("medics beyond the current 40", q7)."""
    if gap and gap[0].start > end and gap[-1].end < start:
        current = ending_before(text, CURRENT_RULES, start)
        if current is not None and current.tokens == gap:
            return True
    if not gap or gap[0].text != "," or gap[0].start != end or gap[-1].end >= start:
        return False
    return len(gap) == 1 or (len(gap) == 2 and gap[1].text.lower() in GAP_ADVERBS)
