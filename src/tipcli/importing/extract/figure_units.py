"""The counted noun after a number: noun-phrase scanning, plurals, time units and currencies."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import HEDGES
from tipcli.importing.lexicon.money import PAY_NOUNS
from tipcli.importing.lexicon.nouns import (
    ADJECTIVE_ENDINGS,
    AGENT_PLURALS,
    DEPENDENT_HEADS,
    IRREGULAR_PLURALS,
    KIND_HEADS,
    NOT_KIND_MODIFIERS,
    NOT_KIND_WORDS,
    NOT_PLURAL,
    PEOPLE,
    STOP,
    TIME_UNITS,
    TRAFFICKING_KINDS,
    TWO_WORD_MODIFIERS,
)
from tipcli.importing.lexicon.numbers import MULTIPLES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS

_WORD_RE = re.compile(r"[ \t\u00a0]+([^\W\d_][\w’'-]*)")
# "the remaining nine", "the other 19", "another six": some of a group counted before; "all 64": the whole of it.
REST_RE = re.compile(r"\b(?:the\s+(?:other|remaining|rest\s+of\s+the)|another|a\s+further|all)\s+$", re.IGNORECASE)
_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS) | frozenset(MULTIPLES)
# q7: one more item of a list after a plural head: ", border guards" or ", and labor inspectors"
_LIST_ITEM_RE = re.compile(r",\s+(?P<conj>(?:and|or)\s+)?(?P<words>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?=[\s,.;:)]|$)")
_CONVERSION_RE = re.compile(
    r"\s*\(\s*(?:(?:" + alternation(HEDGES) + r")\s+)?(?:US)?\$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class NounPhrase:
    """The counted noun after a number: where the phrase ends and the unit it names."""

    end: int
    unit: str
    plural: bool  # the text wrote the noun in the plural


def is_plural(word: str) -> bool:
    """Tell whether a lower-case word looks like a plural noun."""
    if word in IRREGULAR_PLURALS:
        return True
    if word in NOT_PLURAL or len(word) < 3 or not word.endswith("s"):
        return False
    return not word.endswith(("ss", "us", "is", "ous"))


def pluralize(word: str) -> str:
    """Return the plural of a singular English noun."""
    lower = word.lower()
    if lower in TIME_UNITS:
        return TIME_UNITS[lower]
    if lower.endswith("man"):
        return word[:-3] + "men"
    if lower in ("child", "person", "staff", "personnel", "police"):
        return {"child": word + "ren", "person": word + "s"}.get(lower, word)
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return word[:-1] + "ies"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _strip_possessive(word: str) -> tuple[str, bool]:
    """Return the word without a possessive ending, and whether it had one."""
    for ending in ("’s", "'s", "’", "'"):
        if word.endswith(ending):
            return word[: -len(ending)], True
    return word, False


def _listed(text: str, pos: int) -> int | None:
    """Return the end of ", border guards, and labor inspectors" after a plural head: a list of three or more
    kinds of people or things, each item one or two lower-case words ending in a plural noun (q7)."""
    item = _LIST_ITEM_RE.match(text, pos)
    items = 0
    while item is not None and items < 6:  # a list names a few kinds; the bound keeps a paragraph linear
        words = item.group("words").split()
        if not is_plural(words[-1]) or any(w in STOP or w in _NUMBER_WORDS or w.endswith("ly") for w in words):
            return None
        items += 1
        if item.group("conj"):
            after = _WORD_RE.match(text, item.end())
            return item.end() if items >= 2 and (after is None or after.group(1).lower() in STOP) else None
        item = _LIST_ITEM_RE.match(text, item.end())
    return None


def _coordinated(text: str, pos: int) -> int | None:
    """Return the end of "and girls" / "or convictions" after a plural head, when the phrase ends there."""
    if (end := _listed(text, pos)) is not None:
        return end  # q7: "officers, border guards, and labor inspectors"
    conj = _WORD_RE.match(text, pos)
    if not conj or conj.group(1).lower() not in ("and", "or"):
        return None
    second = _WORD_RE.match(text, conj.end())
    if second and not is_plural(second.group(1).lower()):
        # "refugees and asylum seekers": the second noun may be a compound whose head says nothing alone.
        head = _WORD_RE.match(text, second.end())
        second = head if head and head.group(1).lower() in DEPENDENT_HEADS else None
    if not second or not is_plural(second.group(1).lower()):
        return None
    after = _WORD_RE.match(text, second.end())
    if after is None or after.group(1).lower() in STOP:
        return second.end()  # "judges and prosecutors.", "prosecutions or convictions of"
    first = text[max(0, pos - 12) : pos].split()[-1].lower() if text[max(0, pos - 12) : pos].split() else ""
    if after.group(1).lower().endswith("ed") and first in PEOPLE and second.group(1).lower() in PEOPLE:
        return second.end()  # "women and girls removed"; not "defendants and courts convicted"
    return None


def _extend_compound(text: str, pos: int, words: list[tuple[int, int]]) -> None:
    """Take in a second plural noun that the first one modifies ("police officers", "women workers")."""
    nxt = _WORD_RE.match(text, pos)
    if nxt is None:
        return
    word, _ = _strip_possessive(nxt.group(1))
    if (word.lower() not in STOP and word.lower() in IRREGULAR_PLURALS | AGENT_PLURALS) or (
        text[words[-1][0] : words[-1][1]].lower() in IRREGULAR_PLURALS and is_plural(word.lower())
    ):
        words.append((nxt.start(1), nxt.start(1) + len(word)))


def _unit_text(text: str, words: list[tuple[int, int]], head: int, end: int) -> str:
    """Return the unit: the head noun, with the noun before a role head, the nouns naming a kind head's kind
    ("customs officers"), or a "minimum ... wages" phrase."""
    first = head
    lowered = [text[s:e].lower() for s, e in words]
    if lowered[head] in DEPENDENT_HEADS and head > 0 and _names_kind(lowered[head - 1]):
        first = head - 1
        if first > 0 and " ".join(lowered[first - 1 : head]) in TWO_WORD_MODIFIERS:
            first -= 1
    elif lowered[head] in KIND_HEADS:
        # Up to two nouns naming the kind ("law enforcement officers"), or a listed two-word term ("social welfare").
        while first > 0 and head - first < 2 and _is_kind_noun(text[words[first - 1][0] : words[first - 1][1]]):
            first -= 1
        if 0 < first < head and " ".join(lowered[first - 1 : first + 1]) in TWO_WORD_MODIFIERS:
            first -= 1
    elif lowered[head] == "wages" and "minimum" in lowered[:head]:
        first = lowered.index("minimum")
    unit = text[words[first][0] : end]
    return unit if sum(ch.isupper() for ch in unit) > 1 else unit.lower()  # keep acronyms ("NGOs")


def _names_kind(word: str) -> bool:
    """Tell whether a word before a dependent head names its kind ("border guards"; not "armed" or "other" guards)."""
    return word not in NOT_KIND_MODIFIERS and not word.endswith("ed")


def _is_kind_noun(word: str) -> bool:
    """Tell whether the word before a kind head is a noun naming the kind ("police", "customs", "detention").

    Without a part-of-speech tagger the test is by form: a lower-case word with no hyphen that is no adjective
    (by its ending, "regional", "consular", "domestic", or a known one, "foreign"), no participle or gerund
    ("trained", "counseling"), no word of which or how many ("other", "new") and no kind of trafficking ("labor").
    """
    lower = word.lower()
    return (
        word.islower()
        and word.isalpha()
        and len(word) > 2
        and lower not in NOT_KIND_MODIFIERS | NOT_KIND_WORDS | TRAFFICKING_KINDS
        and not lower.endswith((*ADJECTIVE_ENDINGS, "ed", "ing"))
    )


def noun_phrase(text: str, pos: int, *, singular: bool) -> NounPhrase | None:
    """Return the counted noun phrase starting after pos ("trafficking cases", "women and girls")."""
    words: list[tuple[int, int]] = []
    scan = pos
    for _ in range(7):
        match = _WORD_RE.match(text, scan)
        if not match:
            break
        word, possessive = _strip_possessive(match.group(1))
        lower = word.lower()
        if lower in ("and", "or") and words and not singular and _modifier_pair(text, match.end()):
            scan = match.end()  # "documented and undocumented foreign workers": two modifiers of one noun
            continue
        if lower in STOP or (words and lower.endswith(("ed", "ing")) and not singular and len(words) > 3):
            break
        if singular and words and lower.endswith("ed"):
            break  # "one offender received": the verb ends the phrase
        words.append((match.start(1), match.start(1) + len(word)))
        if not singular and possessive and lower in TIME_UNITS.values():
            pay = _WORD_RE.match(text, match.end())
            if pay and pay.group(1).lower() in PAY_NOUNS:  # "ten months' wages": the fee is counted in pay
                return NounPhrase(end=pay.end(1), unit=text[match.start(1) : pay.end(1)].lower(), plural=True)
        if not singular and is_plural(lower):
            _extend_compound(text, match.end(), words)
            end = _coordinated(text, words[-1][1]) or words[-1][1]
            return NounPhrase(end=end, unit=_unit_text(text, words, len(words) - 1, end), plural=True)
        scan = match.end()
        if possessive:
            break
    if not words or not singular:
        return None
    start, end = words[-1]
    return NounPhrase(end=end, unit=pluralize(text[start:end]).lower(), plural=is_plural(text[start:end].lower()))


def _modifier_pair(text: str, pos: int) -> bool:
    """Tell whether the word after "and"/"or" is a second modifier: lower case, no stop word, not plural."""
    nxt = _WORD_RE.match(text, pos)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word.islower() and word not in STOP and not is_plural(word) and _WORD_RE.match(text, nxt.end()) is not None


def is_conversion(text: str, pos: int) -> bool:
    """Tell whether a bracketed dollar conversion, "($310,000)", follows pos."""
    return _CONVERSION_RE.match(text, pos) is not None


def first_word(text: str, pos: int) -> tuple[int, int, str] | None:
    """Return the span and text of the word right after pos, when only blanks come between."""
    match = _WORD_RE.match(text, pos)
    if not match:
        return None
    return match.start(1), match.end(1), match.group(1)
