"""The counted noun after a number: noun-phrase scanning, plurals, time units and currencies.

The words of a noun phrase are read from the paragraph's tokens (text.py): _word returns the word right after
a position when only blanks (no line break) stand between, as a noun phrase runs on; a bracketed conversion
is a token rule (CONVERSION_RULES).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from tipcli.importing.extract.context import ending_before
from tipcli.importing.extract.matcher import T, TokenRule, match_from
from tipcli.importing.lexicon.context import REST_OPENERS
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
from tipcli.importing.text import layer

_WORD_CHARS = re.compile(r"[\w’'-]*")  # inside one token: the characters a word of a noun phrase is made of
_BLANKS = frozenset(" \t\u00a0")  # what may stand between two words of a phrase: no line break, no mark
# "the remaining nine", "the other 19", "another six": some of a group counted before; "all 64": the whole of it.
REST_RULES = (
    TokenRule(
        name="rest or all",
        purpose='"the remaining nine", "another six", "all 64": a bare number that counts (some of) a group named before',
        pattern=(T(phrase_in=(*REST_OPENERS, "another", "a further", "all")),),
        examples=(("Courts freed six and the remaining nine stayed.", "the remaining"), ("It hired all 64.", "all")),
    ),
)
_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS) | frozenset(MULTIPLES)
_LIST_WORD = re.compile(r"[a-z][a-z-]*")  # one word of a list's item (q7), in lower case
CONVERSION_RULES = (
    TokenRule(
        name="bracketed dollars",
        purpose='"12 million lats ($31 million)", "(about US$3,000)": the amount in brackets converts the one before',
        pattern=(T(text="("), T(op="?", phrase_in=HEDGES), T(op="?", lower="us"), T(text="$")),
        examples=(("It spent 12 million lats (about $31 million).", "(about $"), ("A fine (US$500).", "(US$")),
        not_examples=("It spent 12 million lats (in 2020).",),
    ),
)


def _word(text: str, pos: int) -> tuple[int, int] | None:
    """Return the span of the word right after pos when only blanks (no line break) come between, or None.

    A word starts with a letter and holds letters, digits, hyphens and apostrophes ("NGO-run", "victims'"):
    the first token after pos, with the tokens that touch it while they are made of those characters.
    """
    doc = layer(text)
    tokens, index = doc.tokens, bisect.bisect_left(doc.token_starts, pos)
    if index == len(tokens) or tokens[index].start == pos or not tokens[index].text[0].isalpha():
        return None
    if not _BLANKS.issuperset(text[pos : tokens[index].start]):
        return None  # a line break or the rest of a token (pos inside it) stands between
    start = end = tokens[index].start
    while index < len(tokens) and tokens[index].start == end:
        taken = _WORD_CHARS.match(tokens[index].text).end()  # type: ignore[union-attr]  # "*" always matches
        end += taken
        if taken < len(tokens[index].text):
            break  # "U.S": the word stops at the dot, as a phrase does
        index += 1
    return start, end


def rest_before(text: str, pos: int) -> bool:
    """Tell whether "the remaining", "another" or "all" ends right before pos."""
    return ending_before(text, REST_RULES, pos) is not None


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


def _list_item(text: str, pos: int) -> tuple[int, bool, list[str]] | None:
    """Return one more item of a list right at pos (", border guards", ", and labor inspectors"): where it ends,
    whether "and" or "or" opened it, and its one or two lower-case words, read as the words after the comma (q7)."""
    if not text.startswith(",", pos):
        return None
    word = _word(text, pos + 1)
    conj = word is not None and text[word[0] : word[1]] in ("and", "or")
    if word is not None and conj:
        word = _word(text, word[1])
    spans = [word] if word is not None else []
    if word is not None and (second := _word(text, word[1])) is not None:
        spans.append(second)
    words = [text[a:b] for a, b in spans]
    if not words or not all(_LIST_WORD.fullmatch(w) for w in words):
        words, spans = words[:1], spans[:1]  # the second word is no lower-case word: the item is the first
    if not words or not _LIST_WORD.fullmatch(words[0]):
        return None
    return spans[-1][1], conj, words


def _listed(text: str, pos: int) -> int | None:
    """Return the end of ", border guards, and labor inspectors" after a plural head: a list of three or more
    kinds of people or things, each item one or two lower-case words ending in a plural noun (q7)."""
    item = _list_item(text, pos)
    items = 0
    while item is not None and items < 6:  # a list names a few kinds; the bound keeps a paragraph linear
        end, conj, words = item
        if not is_plural(words[-1]) or any(w in STOP or w in _NUMBER_WORDS or w.endswith("ly") for w in words):
            return None
        items += 1
        if conj:
            after = _word(text, end)
            return end if items >= 2 and (after is None or text[after[0] : after[1]].lower() in STOP) else None
        item = _list_item(text, end)
    return None


def _coordinated(text: str, pos: int, first: str) -> int | None:
    """Return the end of "and girls" / "or convictions" after a plural head (first), when the phrase ends there."""
    if (end := _listed(text, pos)) is not None:
        return end  # q7: "officers, border guards, and labor inspectors"
    conj = _word(text, pos)
    if not conj or text[conj[0] : conj[1]].lower() not in ("and", "or"):
        return None
    second = _word(text, conj[1])
    if second and not is_plural(text[second[0] : second[1]].lower()):
        # "refugees and asylum seekers": the second noun may be a compound whose head says nothing alone.
        head = _word(text, second[1])
        second = head if head and text[head[0] : head[1]].lower() in DEPENDENT_HEADS else None
    if not second or not is_plural(text[second[0] : second[1]].lower()):
        return None
    after = _word(text, second[1])
    if after is None or text[after[0] : after[1]].lower() in STOP:
        return second[1]  # "judges and prosecutors.", "prosecutions or convictions of"
    if (
        text[after[0] : after[1]].lower().endswith("ed")
        and first in PEOPLE
        and text[second[0] : second[1]].lower() in PEOPLE
    ):
        return second[1]  # "women and girls removed"; not "defendants and courts convicted"
    return None


def _extend_compound(text: str, pos: int, words: list[tuple[int, int]]) -> None:
    """Take in a second plural noun that the first one modifies ("police officers", "women workers")."""
    nxt = _word(text, pos)
    if nxt is None:
        return
    word, _ = _strip_possessive(text[nxt[0] : nxt[1]])
    if (word.lower() not in STOP and word.lower() in IRREGULAR_PLURALS | AGENT_PLURALS) or (
        text[words[-1][0] : words[-1][1]].lower() in IRREGULAR_PLURALS and is_plural(word.lower())
    ):
        words.append((nxt[0], nxt[0] + len(word)))


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
        span = _word(text, scan)
        if not span:
            break
        word, possessive = _strip_possessive(text[span[0] : span[1]])
        lower = word.lower()
        if lower in ("and", "or") and words and not singular and _modifier_pair(text, span[1]):
            scan = span[1]  # "documented and undocumented foreign workers": two modifiers of one noun
            continue
        if lower in STOP or (words and lower.endswith(("ed", "ing")) and not singular and len(words) > 3):
            break
        if singular and words and lower.endswith("ed"):
            break  # "one offender received": the verb ends the phrase
        words.append((span[0], span[0] + len(word)))
        if not singular and possessive and lower in TIME_UNITS.values():
            pay = _word(text, span[1])
            if pay and text[pay[0] : pay[1]].lower() in PAY_NOUNS:  # "ten months' wages": the fee is counted in pay
                return NounPhrase(end=pay[1], unit=text[span[0] : pay[1]].lower(), plural=True)
        if not singular and is_plural(lower):
            _extend_compound(text, span[1], words)
            head = text[words[-1][0] : words[-1][1]].lower()
            end = _coordinated(text, words[-1][1], head) or words[-1][1]
            return NounPhrase(end=end, unit=_unit_text(text, words, len(words) - 1, end), plural=True)
        scan = span[1]
        if possessive:
            break
    if not words or not singular:
        return None
    start, end = words[-1]
    return NounPhrase(end=end, unit=pluralize(text[start:end]).lower(), plural=is_plural(text[start:end].lower()))


def _modifier_pair(text: str, pos: int) -> bool:
    """Tell whether the word after "and"/"or" is a second modifier: lower case, no stop word, not plural."""
    nxt = _word(text, pos)
    if nxt is None:
        return False
    word = text[nxt[0] : nxt[1]]
    return word.islower() and word not in STOP and not is_plural(word) and _word(text, nxt[1]) is not None


def is_conversion(text: str, pos: int) -> bool:
    """Tell whether a bracketed dollar conversion, "($310,000)", follows pos (blanks between)."""
    match = match_from(text, CONVERSION_RULES, pos)
    return match is not None and (match.start == pos or text[pos : match.start].isspace())


def first_word(text: str, pos: int) -> tuple[int, int, str] | None:
    """Return the span and text of the word right after pos, when only blanks come between."""
    span = _word(text, pos)
    return None if span is None else (span[0], span[1], text[span[0] : span[1]])
