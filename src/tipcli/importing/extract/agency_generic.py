"""Find generic actors (police, courts, NGOs, labor inspectors, foreign governments ...) from a closed list."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.lexicon.bodies import (
    FOREIGN_SINGULAR_MODS,
    FUNCTION_WORDS,
    MORE_GENERIC_BODIES,
    PLACE_MODS,
    SINGULAR_GENERIC_BODIES,
)

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
    "courts": ("judicial", ()),
    "public defenders": ("judicial", ()),
    "ngos": ("nongovernmental", ()),
    "civil society organizations": ("nongovernmental", ()),
    "civil society groups": ("nongovernmental", ()),
    "faith-based organizations": ("nongovernmental", ()),
    "judiciary": ("judicial", ()),
    "parliament": ("legislative", ()),
    "legislature": ("legislative", ()),
    "international organizations": ("international", ()),
}
# Singular forms that name the body itself rather than one person or one court.
_NOUNS |= MORE_GENERIC_BODIES
_SINGULAR_BODY = {"ngo": "ngos", "international organization": "international organizations", "police": "police"}
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
_MOD_LEVEL |= dict.fromkeys(("state", "provincial"), "state")
_MOD_LEVEL |= dict.fromkeys(("local", "district", "municipal", "city"), "municipal")
_MOD_LEVEL |= {"federal": "federal", "national": "federal"}
# Modifiers that say nothing about the kind of body: 'local NGOs' are NGOs, 'Kelmoran courts' are courts.
_IGNORED_MOD = frozenset(
    {"judges", "magistrates", "prosecutors", "courts", "public defenders", "ngos", "civil society organizations"}
)
# Bodies named by one common noun: only in lower case, since 'Parliament' may stand for a named body.
_LOWER_ONLY = frozenset({"judiciary", "parliament", "legislature"})

_ALL_NOUNS = sorted({*_NOUNS, *_SINGULAR_BODY, *_SINGULAR_MENTION}, key=len, reverse=True)
_MODS = sorted({mod for _, mods in _NOUNS.values() for mod in mods}, key=len, reverse=True)
_PATTERN = re.compile(
    r"(?<![\w-])(?:(" + "|".join(_MODS) + r")\s+)?(" + "|".join(re.escape(n) for n in _ALL_NOUNS) + r")(?![\w-])",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([\w’'-]+)\W*$")
_PLURAL_DETERMINER = re.compile(
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|all|both|few|"
    r"these|those|various|numerous|multiple|other|more|most"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class GenericMention:
    """One mention of a generic actor: key (modifier, plural noun), the text as written, and its level."""

    key: tuple[str, str]
    written: str
    level: str
    creates: bool
    start: int


def _word_before(text: str, start: int) -> str:
    """Return the word right before an offset ('' at a clause start or after punctuation)."""
    head = text[max(0, start - 40) : start]
    if not head.strip() or head.rstrip()[-1:] in ",;:(.":
        return ""
    match = _WORD_BEFORE.search(head)
    return match.group(1) if match else ""


def _in_proper_name(text: str, match: re.Match[str]) -> bool:
    """Tell whether the words belong to a capitalised name ('Migration Police', 'State Prosecutor')."""
    noun = match.group(2)
    if noun.lower() in ("ngo", "ngos") or not noun[:1].isupper():  # an acronym is capitalised anywhere
        return False
    # Capitalised after the start of a sentence or clause: part of a name ('the International Organization for').
    return bool(_word_before(text, match.start())) or bool(match.group(1) and match.group(1)[:1].isupper())


def _mention(text: str, match: re.Match[str]) -> GenericMention | None:
    """Classify one match of the closed list, or None when it names no body."""
    mod, noun = (match.group(1) or "").lower(), match.group(2).lower()
    plural = _SINGULAR_BODY.get(noun) or _SINGULAR_MENTION.get(noun) or noun
    default, mods = _NOUNS.get(plural, _NOUNS.get(noun, ("federal", ())))
    if _in_proper_name(text, match) or (noun in _LOWER_ONLY and not match.group(2).islower()):
        return None
    if mod and (mod not in mods or plural in _IGNORED_MOD):
        mod = ""
    level = _MOD_LEVEL.get(mod) if mod else default
    if level is None:
        return None
    start = match.start(2) if not mod else match.start()
    one_body = noun not in _SINGULAR_MENTION or mod in FOREIGN_SINGULAR_MODS  # q7: "a foreign donor" is a body
    creates = one_body and not (noun == "police" and _bad_police(text, match, mod))
    if _word_before(text, match.start()).lower() == "no":
        creates = False  # q7: "had no labor inspectorate" names a body that does not exist
    if noun == "ngo" and _PLURAL_DETERMINER.fullmatch(_word_before(text, match.start(2)).lower()):
        creates = False  # "two NGO shelters": a plural determiner cannot count one NGO, the noun is a modifier
    return GenericMention(
        key=(mod, _SAME.get(plural, plural)),
        written=text[start : match.end()],
        level=level,
        creates=creates,
        start=start,
    )


def _bad_police(text: str, match: re.Match[str], mod: str) -> bool:
    """Tell whether 'police' is one officer or a unit of something else ('a police officer', 'anti-trafficking police units')."""
    if re.match(r"\s+officer\b", text[match.end() : match.end() + 9]):
        return True
    if re.match(r"\s*(?:[,;:.)]|and\b|or\b)", text[match.end() : match.end() + 5]):
        return False  # 'train police, prosecutors, and judges': the noun ends its phrase, it names the body
    before = _word_before(text, match.start()).lower()
    return not mod and bool(before) and before not in FUNCTION_WORDS and not before[:1].isupper()


def find_generic(text: str) -> list[GenericMention]:
    """Return the generic actors a paragraph mentions, in order."""
    found = []
    for match in _PATTERN.finditer(text):
        mention = _mention(text, match)
        if mention is not None:
            found.append(mention)
    return found
