"""Find generic actors (police, courts, NGOs, labor inspectors, foreign governments ...) from a closed list.

GENERIC_RULES are token patterns (matcher.py) over the closed list: a noun phrase of it, with or
without a modifier before it; the words around a match (a capital, "officer", a count) say what it is.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from tipcli.importing.extract.matcher import Match, T, TokenRule, find_all
from tipcli.importing.lexicon.bodies import (
    FOREIGN_SINGULAR_MODS,
    FUNCTION_WORDS,
    MORE_GENERIC_BODIES,
    PLACE_LEVELS,
    PLACE_MODS,
    SINGULAR_GENERIC_BODIES,
)
from tipcli.importing.lexicon.numbers import PLURAL_QUANTIFIERS, TENS_WORDS, UNIT_WORDS
from tipcli.importing.text import layer

# agq8: "district courts", "military courts": a modifier that says which courts is part of the name as
# written; the level stays judicial; "juvenile" and "criminal" courts too (two blind sets list them so).
# Not "trial"/"civil"/"labor" courts (the kind of case) nor a
# nationality ("Kelmoran courts"): those are the courts. Prosecutors keep "prosecutors" (gold is split).
_JURISDICTION_MODS = ("district", "provincial", "state", "regional", "military", "federal", "juvenile", "criminal")
# noun (lower case) -> (level without a modifier or None when the noun needs one, modifiers that count)
_NOUNS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "police": ("federal", (*PLACE_MODS, "federal", "national")),
    "officials": (None, PLACE_MODS),
    "governments": (None, (*PLACE_MODS, "foreign", "neighboring", "neighbouring")),
    "governors": (None, PLACE_MODS),
    "authorities": (None, PLACE_MODS),
    "states": (None, ("neighboring", "neighbouring")),
    "donors": ("foreign", ("foreign", "international")),  # q7: "Donors spent ...": foreign donors
    "labor inspectors": ("federal", PLACE_MODS),
    "labour inspectors": ("federal", PLACE_MODS),
    "labor inspectorates": ("federal", PLACE_MODS),
    "labour inspectorates": ("federal", PLACE_MODS),
    "immigration offices": ("federal", PLACE_MODS),
    "immigration officials": ("federal", ()),
    "immigration officers": ("federal", ()),
    "migration officers": ("federal", ()),
    "border guards": ("federal", ()),
    "border police": ("federal", ()),
    "judges": ("judicial", ()),
    "magistrates": ("judicial", ()),
    "prosecutors": ("judicial", ()),
    "courts": ("judicial", _JURISDICTION_MODS),
    "public defenders": ("judicial", ()),
    "ngos": ("nongovernmental", ()),
    "civil society organizations": ("nongovernmental", ()),
    "civil society groups": ("nongovernmental", ()),
    "faith-based organizations": ("nongovernmental", ()),
    "judiciary": ("judicial", ()),
    "parliament": ("legislative", ()),
    "legislature": ("legislative", ()),
    "international organizations": ("international", ()),
    # One international organisation is listed apart from "international organizations" when both stand
    # in a narrative ("allowed an international organization to evacuate ..."), as the layouts' gold does.
    "international organization": ("international", ()),
}
# Singular forms that name the body itself rather than one person or one court.
_NOUNS |= MORE_GENERIC_BODIES
_SINGULAR_BODY = {"ngo": "ngos", "international organization": "international organization", "police": "police"}
_SINGULAR_BODY |= SINGULAR_GENERIC_BODIES
_SINGULAR_MENTION = {
    "judge": "judges",
    "magistrate": "magistrates",
    "donor": "donors",
    "government": "governments",
    "official": "officials",
    "prosecutor": "prosecutors",
    "court": "courts",
    "border guard": "border guards",
    "labor inspector": "labor inspectors",
    "immigration official": "immigration officials",
    "immigration officer": "immigration officers",
}
# Different words for one kind of actor: one agency, its phrases all the forms the text uses.
_SAME = {
    "immigration officers": "immigration officials",
    "migration officers": "immigration officials",
    "labour inspectors": "labor inspectors",
    "labour inspectorates": "labor inspectorates",
}
_MOD_LEVEL = {
    "foreign": "foreign",
    "neighboring": "foreign",
    "neighbouring": "foreign",
    "international": "international",
}
_MOD_LEVEL |= PLACE_LEVELS
_MOD_LEVEL |= {"federal": "federal", "national": "federal"}
# Modifiers that say nothing about the kind of body: 'local NGOs' are NGOs, 'Kelmoran courts' are courts.
_IGNORED_MOD = frozenset({"judges", "magistrates", "public defenders", "ngos", "civil society organizations"})
# Bodies named by one common noun: only in lower case, since 'Parliament' may stand for a named body.
_LOWER_ONLY = frozenset({"judiciary", "parliament", "legislature"})

# Modifiers only courts take: before another noun they are not part of its match.
_ONLY_JURISDICTION = frozenset(_JURISDICTION_MODS) - {m for n, (_, ms) in _NOUNS.items() if n != "courts" for m in ms}
_JUDICIAL_BODIES = frozenset({"courts"})  # judicial whatever their modifier

_ALL_NOUNS = frozenset({*_NOUNS, *_SINGULAR_BODY, *_SINGULAR_MENTION})
_MODS = frozenset(mod for _, mods in _NOUNS.values() for mod in mods)
_POSSESSIVE = ("’s", "'s")
# A noun as written, or with a possessive on its last word ("the NGO's shelter" mentions the NGO).
_NOUN_FORMS = _ALL_NOUNS | {noun + mark for noun in _ALL_NOUNS for mark in _POSSESSIVE}
# "two NGO shelters": a count of two or more, a number word or a quantifier, before the noun.
_PLURAL_DETERMINERS = PLURAL_QUANTIFIERS | {word for word, n in {**UNIT_WORDS, **TENS_WORDS}.items() if n >= 2}
_ENDS_PHRASE = frozenset({",", ";", ":", ".", ")", "and", "or"})  # after the noun: it ends its phrase
_OPENS_CLAUSE = frozenset({",", ";", ":", "(", "."})  # before the noun: no word of its phrase

GENERIC_RULES = (
    TokenRule(
        name="generic actor with modifier",
        purpose='"state police", "foreign governments": a modifier of the closed list before a generic actor',
        pattern=(T(lower_in=_MODS, name="mod"), T(phrase_in=_NOUN_FORMS, name="noun")),
        examples=(("Local officials met district labor inspectors.", "district labor inspectors"),),
        not_examples=("Local residents met state lawmakers.",),
    ),
    TokenRule(
        name="generic actor",
        purpose='"the police", "NGOs", "labor inspectors": an actor of the closed list named by its common noun',
        pattern=(T(phrase_in=_NOUN_FORMS, name="noun"),),
        examples=(("The prosecutors and the NGO’s lawyers met.", "NGO’s"),),
        not_examples=("Traffickers recruited the workers.",),
    ),
)


@dataclass(frozen=True, slots=True)
class _Found:
    """A match of GENERIC_RULES as written: its modifier ('' when none) and noun, the noun without a possessive."""

    mod: str
    noun: str
    start: int  # the modifier's start, or the noun's
    noun_start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericMention:
    """One mention of a generic actor: key (modifier, plural noun), the text as written, and its level."""

    key: tuple[str, str]
    written: str
    level: str
    creates: bool
    start: int


def _word_before(text: str, start: int) -> str:
    """Return the word right before an offset ('' at a sentence or clause start, or after punctuation)."""
    before = layer(text).words_before(start, 6)
    if not before or before[-1].text in _OPENS_CLAUSE:
        return ""
    return next((token.text for token in reversed(before) if token.text[0].isalnum()), "")


def _token_after(text: str, end: int) -> str:
    """Return the token right after an offset in the paragraph ('' at its end)."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, end)
    return doc.tokens[index].text if index < len(doc.tokens) else ""


def _in_proper_name(text: str, found: _Found) -> bool:
    """Tell whether the words belong to a capitalised name ('Migration Police', 'State Prosecutor')."""
    if found.noun.lower() in ("ngo", "ngos") or not found.noun[:1].isupper():  # an acronym is capitalised anywhere
        return False
    # Capitalised after the start of a sentence or clause: part of a name ('the International Organization for').
    return bool(_word_before(text, found.start)) or found.mod[:1].isupper()


def _mention(text: str, found: _Found) -> GenericMention | None:
    """Classify one match of the closed list, or None when it names no body."""
    mod, noun = found.mod.lower(), found.noun.lower()
    plural = _SINGULAR_BODY.get(noun) or _SINGULAR_MENTION.get(noun) or noun
    default, mods = _NOUNS.get(plural, _NOUNS.get(noun, ("federal", ())))
    if _in_proper_name(text, found) or (noun in _LOWER_ONLY and not found.noun.islower()):
        return None
    if mod and (mod not in mods or plural in _IGNORED_MOD):
        mod = ""
    level = _MOD_LEVEL.get(mod) if mod and plural not in _JUDICIAL_BODIES else default
    if level is None:
        return None
    start = found.noun_start if not mod else found.start
    one_body = noun not in _SINGULAR_MENTION or mod in FOREIGN_SINGULAR_MODS  # q7: "a foreign donor" is a body
    creates = one_body and not (noun == "police" and _bad_police(text, found, mod))
    if _word_before(text, found.start).lower() == "no":
        creates = False  # q7: "had no labor inspectorate" names a body that does not exist
    count = _word_before(text, found.noun_start).lower()
    if noun == "ngo" and (count in _PLURAL_DETERMINERS or count[:1].isdigit()):
        creates = False  # "two NGO shelters": a plural determiner cannot count one NGO, the noun is a modifier
    return GenericMention(
        key=(mod, _SAME.get(plural, plural)),
        written=text[start : found.end],
        level=level,
        creates=creates,
        start=start,
    )


def _bad_police(text: str, found: _Found, mod: str) -> bool:
    """Tell whether 'police' is one officer or a unit of something else ('a police officer', 'anti-trafficking police units')."""
    after = _token_after(text, found.end)
    if after.removesuffix("’s").removesuffix("'s") == "officer":
        return True
    if after in _ENDS_PHRASE:
        return False  # 'train police, prosecutors, and judges': the noun ends its phrase, it names the body
    before = _word_before(text, found.start).lower()
    return not mod and bool(before) and before not in FUNCTION_WORDS and not before[:1].isupper()


def _leftmost(matches: list[Match]) -> list[Match]:
    """Keep the earliest match, then the earliest that starts after it ends, and so on (as a regex's finditer)."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def _found(text: str, match: Match) -> _Found:
    """Return a match's modifier and noun as written, the noun's possessive left out."""
    mod, noun = match.group("mod"), match.group("noun")
    noun_start, end = noun[0].start, noun[-1].end
    if text.endswith(_POSSESSIVE, noun_start, end):
        end -= 2
    return _Found(
        mod=mod[0].text if mod else "", noun=text[noun_start:end], start=match.start, noun_start=noun_start, end=end
    )


def _bare_if_foreign_mod(found: _Found) -> _Found:
    """agq8: a modifier only other nouns take ('military police', 'regional police') is a word before the bare noun."""
    mod, noun = found.mod.lower(), found.noun.lower()
    plural = _SINGULAR_BODY.get(noun) or _SINGULAR_MENTION.get(noun) or noun
    if mod in _ONLY_JURISDICTION and mod not in _NOUNS.get(plural, ("", ()))[1]:
        return _Found(mod="", noun=found.noun, start=found.noun_start, noun_start=found.noun_start, end=found.end)
    return found


def find_generic(text: str) -> list[GenericMention]:
    """Return the generic actors a paragraph mentions, in order."""
    found = []
    for match in _leftmost(find_all(text, GENERIC_RULES)):
        if text[match.start - 1 : match.start] == "-" or text[match.end : match.end + 1] == "-":
            continue  # a hyphen touches it: part of a word broken at a line's end ("NGO-" then "operated")
        mention = _mention(text, _bare_if_foreign_mod(_found(text, match)))
        if mention is not None:
            found.append(mention)
    return found
