"""Extract the agencies a narrative names or describes: named bodies, acronyms and generic actors."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tipcli.importing.extract.agency_acronyms import find_international_acronyms
from tipcli.importing.extract.agency_generic import GenericMention, find_generic
from tipcli.importing.extract.agency_names import NamedBody, find_named
from tipcli.importing.extract.agency_roles import find_by_role
from tipcli.importing.lexicon.bodies import INTERNATIONAL, JUDICIAL, JUDICIAL_STEMS, LEGISLATIVE, NGO_HEADS, PUBLIC
from tipcli.importing.lexicon.nouns import PROSECUTION_SERVICES


@dataclass(frozen=True, slots=True, kw_only=True)
class FoundAgency:
    """A body the text names or describes, with the phrases that count as its mentions."""

    name: str
    acronym: str | None
    level: str
    phrases: tuple[str, ...]
    first_section: str


@dataclass(slots=True)
class _Draft:
    name: str
    acronym: str | None
    level: str
    order: tuple[int, int]
    forms: list[str] = field(default_factory=list)
    creates: bool = True
    last: int = 0  # the last paragraph a form was seen in: the name occurs by then


_NGO_APPOSITION = re.compile(r"\W{0,12}(?:an?|the)\s+(?:NGO|non-?governmental|civil[- ]society)\b", re.IGNORECASE)
_GOVERNMENT_OF = re.compile(r"\bGovernment of ([A-Z][\w-]+)")
_LOWER_NAMED = re.compile(
    r"\b(?:([A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}) (?:city|town|municipal) council|[Ss]tate of ([A-Z][\w-]+)|"
    r"[Pp]rovince of ([A-Z][\w-]+))\b"
)


_ADJECTIVE_GOVERNMENT = re.compile(r"\b(U\.S\.|[A-Z][a-z]+(?:an|ese|ish|i))\s+government\b")


def _level(name: str, after: str, home: str | None) -> str:
    """Classify a named body by the words of its name and an appositive right after it."""
    words = set(name.replace("’s", "").replace("'s", "").split())
    government = _GOVERNMENT_OF.match(name)
    if words & INTERNATIONAL:
        return "international"
    us_body = name.startswith("U.S.") and home not in ("United", None)
    envoy = name.split()[0] in ("Embassy", "Consulate")  # a foreign government's mission
    if (government and government.group(1) != home) or name.endswith(" government") or us_body or envoy:
        return "foreign"
    if words & NGO_HEADS or ("Institute" in words and not words & PUBLIC) or _NGO_APPOSITION.match(after):
        return "nongovernmental"
    if words & LEGISLATIVE:
        return "legislative"
    # A 'Public Ministry' (Ministerio Publico) is the prosecution service in civil-law countries.
    prosecution = any(service in name.lower() for service in PROSECUTION_SERVICES)
    if words & JUDICIAL or any(word.startswith(JUDICIAL_STEMS) for word in words) or prosecution:
        return "judicial"
    first = name.split()[0]
    if first in ("State", "Provincial", "state", "province", "Province"):
        return "state"
    if words & {"City", "Municipal", "city", "municipal", "town"}:
        return "municipal"
    return "federal"


def _home_country(paragraphs: Sequence[tuple[str, int, str]]) -> str | None:
    """Guess the report's own country: the 'Government of X' whose X the text names most often."""
    text = "\n".join(paragraph[2] for paragraph in paragraphs)
    candidates = sorted(set(_GOVERNMENT_OF.findall(text)))[:20]  # a narrative names a few governments
    counts = {name: len(re.findall(r"\b" + re.escape(name), text)) for name in candidates}
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    return best if len(counts) > 1 or counts[best] >= 3 else None


def _lower_named(text: str, home: str | None) -> list[NamedBody]:
    """Find bodies written partly in lower case: 'Merrowgate city council', 'the state of Innisvar'."""
    found = []
    for match in _ADJECTIVE_GOVERNMENT.finditer(text):
        if home is None or match.group(1)[:4] != home[:4]:  # 'the Mexican government' of Mexico is 'the government'
            found.append(NamedBody(name=match.group(), acronym=None, start=match.start(), end=match.end()))
    for match in _LOWER_NAMED.finditer(text):
        if home is not None and home in (match.group(2), match.group(3)):
            continue
        found.append(NamedBody(name=match.group(), acronym=None, start=match.start(), end=match.end()))
    return found


def _add_named(
    drafts: dict[str, _Draft],
    body: NamedBody,
    text: str,
    where: tuple[int, int],
    home: str | None,
    *,
    level: str | None = None,
) -> None:
    """Record a named body once, keyed by acronym when it has one and by name otherwise."""
    government = _GOVERNMENT_OF.fullmatch(body.name)
    if government and government.group(1) == home:
        return  # 'the government' of the report's own country is not listed
    by_name = drafts.get(body.name.lower())
    if body.acronym and by_name is not None and by_name.acronym is None:
        by_name.acronym = body.acronym
        drafts[body.acronym] = by_name
        return
    key = body.acronym or body.name.lower()
    if key in drafts:
        return
    longer = None if body.acronym else _longer_name(drafts, body.name)
    if longer is not None:
        longer.forms.append(body.name)  # 'the State Committee' after 'the State Committee for X': one body
        drafts[key] = longer
        return
    level = level or _level(body.name, text[body.end : body.end + 40], home)
    drafts[key] = _Draft(body.name, body.acronym, level, (where[0], where[1] + body.start))
    drafts.setdefault(body.name.lower(), drafts[key])


_NAME_GOES_ON = ("for", "of", "on", "against", "to")


def _longer_name(drafts: dict[str, _Draft], name: str) -> _Draft | None:
    """Return a body already found whose name is this one cut short before a preposition."""
    lowered = name.lower()
    for draft in drafts.values():
        rest = draft.name.lower().removeprefix(lowered + " ")
        if draft.name and rest != draft.name.lower() and rest.split(" ", 1)[0] in _NAME_GOES_ON:
            return draft
    return None


def _add_generic(drafts: dict[str, _Draft], mention: GenericMention, where: tuple[int, int]) -> None:
    """Record a generic actor's mention; it becomes an agency once a mention names the body itself."""
    key = "generic:" + "|".join(mention.key)
    draft = drafts.setdefault(key, _Draft("", None, mention.level, where, creates=False))
    draft.forms.append(mention.written)
    draft.last = where[0]
    if mention.creates and not draft.creates:
        draft.creates, draft.order = True, (where[0], where[1] + mention.start)


def _generic_name(forms: list[str]) -> str:
    """Name a generic actor as first written, in the plural when the text uses it."""
    plurals = [form for form in forms if form.lower().endswith("s")]
    name = (plurals or forms)[0]
    return name if name.lower().startswith("ngo") else name.lower()


def _first_section(paragraphs: Sequence[tuple[str, int, str]], phrase: str, last: int) -> str:
    """Return the section where a phrase first occurs as whole words (it does by paragraph `last`)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", re.IGNORECASE)
    for section, _, text in paragraphs[: last + 1]:
        if pattern.search(text):
            return section
    return paragraphs[0][0] if paragraphs else ""


def _phrases(draft: _Draft, name: str) -> tuple[str, ...]:
    """List the name, the acronym and every other form the text uses, once each (ignoring case)."""
    seen: dict[str, str] = {}
    for phrase in (name, draft.acronym or "", *draft.forms):
        if phrase and phrase.lower() not in seen:
            seen[phrase.lower()] = phrase
    return tuple(seen.values())


def _inside(bodies: Sequence[NamedBody], pos: int) -> bool:
    """Tell whether an offset falls inside one of the bodies (sorted by start; names do not overlap).

    Speed: a bisection, not a scan of every name, so a paragraph of thousands of names and of acronyms
    or generic mentions between them stays n log n.
    """
    k = bisect.bisect_right(bodies, pos, key=lambda body: body.start) - 1
    return k >= 0 and pos < bodies[k].end


def extract_agencies(paragraphs: Sequence[tuple[str, int, str]]) -> list[FoundAgency]:
    """paragraphs: (section_id, paragraph_number_from_1, text) in document order."""
    home = _home_country(paragraphs)
    drafts: dict[str, _Draft] = {}
    for index, (_, _, text) in enumerate(paragraphs):
        named = sorted(find_named(text) + _lower_named(text, home), key=lambda body: body.start)
        for body in named:
            _add_named(drafts, body, text, (index, 0), home)
        for body, level in find_by_role(text, home):
            if not any(other.start < body.end and body.start < other.end for other in named):
                _add_named(drafts, body, text, (index, 0), home, level=level)
        described = [body for body in named if body.name[:1].islower()]  # q7: "the national ... commission (NATC)"
        for mention in find_generic(text):
            if not _inside(described, mention.start):
                _add_generic(drafts, mention, (index, 0))
        for body in find_international_acronyms(text):  # q7: "IOM", "UNICEF" alone, not inside a name
            if body.name not in drafts and not _inside(named, body.start):  # nor a bracketed name's acronym
                _add_named(drafts, body, text, (index, 0), home, level="international")
    found: list[tuple[tuple[int, int], FoundAgency]] = []
    for draft in {id(draft): draft for draft in drafts.values()}.values():
        if not draft.creates:
            continue
        name = draft.name or _generic_name(draft.forms)
        agency = FoundAgency(
            name=name,
            acronym=draft.acronym,
            level=draft.level,
            phrases=_phrases(draft, name),
            first_section=_first_section(paragraphs, name, max(draft.order[0], draft.last)),
        )
        found.append((draft.order, agency))
    return [agency for _, agency in sorted(found, key=lambda pair: pair[0])]
