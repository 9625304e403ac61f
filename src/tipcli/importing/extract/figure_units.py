"""The counted noun after a number: noun-phrase scanning, plurals, time units and currencies."""

from __future__ import annotations

import re
from dataclasses import dataclass


def word_set(words: str) -> frozenset[str]:
    """Return the set of the blank-separated words of a literal."""
    return frozenset(words.split())


# Words that end a noun phrase: prepositions, determiners, pronouns, conjunctions and auxiliaries.
STOP = word_set("""of in on at to for from with by about against among between into through during under over after before
    since until within without across toward towards per via than as like including involving concerning regarding
    near outside inside upon onto along beyond despite except the a an this that these those its their his her our
    your my it they them he she we who whom whose which what each every all both some any no none most many several
    and or but nor so yet if because while although though whereas when where whether is are was were be been being
    has have had do does did will would shall should can could may might must not also only still then there here
    alone each respectively annually total""")
# Words ending in "s" that are not plural nouns.
NOT_PLURAL = word_set("""was has its this thus yes always perhaps whereas various news series means across unless besides towards
    afterwards sometimes status bus process progress business access sex gas lens bias basis analysis crisis
    diagnosis emphasis thesis previous serious numerous dangerous anonymous famous religious enormous
    continuous vulnerable us is as""")
IRREGULAR_PLURALS = word_set(
    "men women children people staff personnel police persons youth cattle fishermen policemen"
)
# Nouns that name something uncountable or abstract: "no budget", "no effort", "no shelter space" are not counts.
NONCOUNT = word_set("""budget budgets presence authority effort efforts assistance space information data evidence progress action
    funding money protection training support access care oversight attention progress capacity jurisdiction
    mechanism mechanisms policy legislation law laws plan plans progress improvement improvements change changes
    cooperation coordination awareness knowledge time way ways means reason reasons right rights role power powers
    interest intention indication indications sign signs recourse choice alternative option options difference
    longer later more less one procedures guidelines measures steps resources funds protocols standards
    regulations provisions statistics records policies""")
# Singular nouns of things a narrative counts, so that "no official" or "no government-funded shelter" is a zero.
COUNTABLE = word_set("""victim case official officer shelter trafficker offender suspect defendant investigation prosecution conviction
    person child woman man girl boy worker migrant prosecutor judge inspector inspection complaint arrest raid
    center centre facility hotline campaign program programme court unit bed permit visa call report""")
TIME_UNITS = {
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
    "decade": "decades", "decades": "decades",
}  # fmt: skip
# Real currency nouns; invented or unlisted ones are recognised by a bracketed "$" conversion instead.
CURRENCIES = word_set("""dollars euros pesos rupees dinars dirhams riyals rials shillings francs yuan yen baht ringgit taka naira cedis
    kwacha rand lari manat tenge soms lei leva kuna zlotys forints hryvnias rubles roubles lira liras birr
    ariary kyats rupiah dong quetzales colones lempiras bolivianos soles guaranis reais pounds""")
# Plural nouns of people that another plural noun can modify ("NGO workers" is rare, "victims workers" never is).
_AGENT_PLURALS = word_set("officers workers officials employees members volunteers staff")
# Groups of people that a narrative counts together ("women and girls", "men and boys").
_PEOPLE = word_set("women girls men boys children adults minors adolescents families migrants workers victims")
# Heads that name a role only together with the noun before them ("asylum seekers", "brothel owners").
ROLE_HEADS = word_set("seekers owners points holders pickers")

_WORD_RE = re.compile(r"[ \t\u00a0]+([^\W\d_][\w’'-]*)")
_CONVERSION_RE = re.compile(
    r"\s*\(\s*(?:(?:approximately|about|around|roughly|nearly|some|over|more than|at least|up to|only)\s+)?(?:US)?\$",
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


def _coordinated(text: str, pos: int) -> int | None:
    """Return the end of "and girls" / "or convictions" after a plural head, when the phrase ends there."""
    conj = _WORD_RE.match(text, pos)
    if not conj or conj.group(1).lower() not in ("and", "or"):
        return None
    second = _WORD_RE.match(text, conj.end())
    if not second or not is_plural(second.group(1).lower()):
        return None
    after = _WORD_RE.match(text, second.end())
    if after is None or after.group(1).lower() in STOP:
        return second.end()  # "judges and prosecutors.", "prosecutions or convictions of"
    first = text[max(0, pos - 12) : pos].split()[-1].lower() if text[max(0, pos - 12) : pos].split() else ""
    if after.group(1).lower().endswith("ed") and first in _PEOPLE and second.group(1).lower() in _PEOPLE:
        return second.end()  # "women and girls removed"; not "defendants and courts convicted"
    return None


def _extend_compound(text: str, pos: int, words: list[tuple[int, int]]) -> None:
    """Take in a second plural noun that the first one modifies ("police officers", "women workers")."""
    nxt = _WORD_RE.match(text, pos)
    if nxt is None:
        return
    word, _ = _strip_possessive(nxt.group(1))
    if (word.lower() not in STOP and word.lower() in IRREGULAR_PLURALS | _AGENT_PLURALS) or (
        text[words[-1][0] : words[-1][1]].lower() in IRREGULAR_PLURALS and is_plural(word.lower())
    ):
        words.append((nxt.start(1), nxt.start(1) + len(word)))


def _unit_text(text: str, words: list[tuple[int, int]], head: int, end: int) -> str:
    """Return the unit: the head noun, with the noun before a role head or a "minimum ... wages" phrase."""
    first = head
    lowered = [text[s:e].lower() for s, e in words]
    if lowered[head] in ROLE_HEADS and head > 0:
        first = head - 1
    elif lowered[head] == "wages" and "minimum" in lowered[:head]:
        first = lowered.index("minimum")
    unit = text[words[first][0] : end]
    return unit if sum(ch.isupper() for ch in unit) > 1 else unit.lower()  # keep acronyms ("NGOs")


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
