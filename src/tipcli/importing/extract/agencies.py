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
from tipcli.importing.extract.matcher import T, TokenRule, find, find_all, match_from
from tipcli.importing.lexicon.bodies import (
    CONTINENTAL,
    CONTINENTAL_HEADS,
    HEADS,
    HOUSE_MEMBERS,
    INTERNATIONAL,
    JUDICIAL,
    JUDICIAL_STEMS,
    LEADING_STOP,
    LEGISLATIVE,
    NGO_HEADS,
    NGO_WORDS,
    PUBLIC,
    REGIONAL_BODIES,
    RELIGIOUS,
    STATES_MISSION,
)
from tipcli.importing.lexicon.nouns import PROSECUTION_SERVICES
from tipcli.importing.text import Token, layer


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


_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")  # one token: a capitalised word of two letters or more
_PLACE = T(match=_CAPITALISED, name="place")
# Nationality adjectives: "Ostmarkian", "Vellanese", "Brannish", "Qatari" (one token).
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")
_PLACE_WORDS = 4  # "Port Ellis city council": at most four capitalised words name the place

# A body named by its place. A rule starts at the lower-case words ("city council", "government"), and
# the place is read back from the tokens before it: tried where those words stand, not at every capital.
_GOVERNMENT_WORDS = ("government", "government’s", "government's", "Government", "Government’s", "Government's")
NAMED_BY_PLACE_RULES = (
    TokenRule(
        name="city council",
        purpose='"Merrowgate city council": a council named by its place, with "city", "town" or "municipal" in lower case',
        pattern=(T(text_in=("city", "town", "municipal")), T(text="council")),
        examples=(("Residents wrote to the Port Ellis town council.", "town council"),),
    ),
    TokenRule(
        name="state of",
        purpose='"the state of Innisvar": a state government named by its place',
        pattern=(T(text_in=("State", "state")), T(text="of"), _PLACE),
        examples=(("Courts in the state of Innisvar heard 40 cases.", "state of Innisvar"),),
        not_examples=("The state of the shelters was poor.",),
    ),
    TokenRule(
        name="province of",
        purpose='"the Province of Dallmoor": a provincial government named by its place',
        pattern=(T(text_in=("Province", "province")), T(text="of"), _PLACE),
        examples=(("Officials of the province of Dallmoor met NGOs.", "province of Dallmoor"),),
    ),
    TokenRule(
        name="adjective government",
        purpose='"the Vellanese government", "the U.S. government": a government named by the adjective before it',
        pattern=(T(text_in=_GOVERNMENT_WORDS),),
        examples=(("Police handed him to the Vellanese government’s envoy.", "government’s"),),
        not_examples=("Ministers of Ostmark met.",),
    ),
    TokenRule(
        name="adjective police",
        purpose='"the Vellanese police": another country\'s police named by the adjective before it',
        pattern=(T(text="police"),),
        examples=(("Officers worked with the Vellanese police on two cases.", "police"),),
        not_examples=("The Police of Ostmark met.",),
    ),
)
_APPOSITION_RULES = (
    TokenRule(
        name="called an NGO",
        purpose='"Hope House, an NGO": an appositive right after a name says it is nongovernmental',
        pattern=(
            T(op="*", max=4, is_word=False, is_number=False),
            T(lower_in=("a", "an", "the"), name="article"),
            T(phrase_in=NGO_WORDS),
        ),
        examples=(("She stayed at Hope House, a non-governmental shelter.", ", a non-governmental"),),
        not_examples=("She stayed at Hope House, a state shelter.",),
    ),
)
GOVERNMENT_OF_RULES = (
    TokenRule(
        name="government of",
        purpose='"the Government of Ostmark": a government named by its country, which may be the report\'s own',
        pattern=(T(text="Government"), T(text="of"), T(match=re.compile(r"[A-Z][\w-]+.*"))),
        examples=(("The Government of Ostmark’s budget grew.", "Government of Ostmark’s"),),
        not_examples=("The government of the day resigned.",),
    ),
)
AGENCY_RULES = (*NAMED_BY_PLACE_RULES, *_APPOSITION_RULES, *GOVERNMENT_OF_RULES)  # the tests run their examples
_APPOSITION_REACH = 12  # characters of blanks and punctuation between a name and its appositive
_POSSESSIVE = ("’s", "'s")


def _government_of(name: str) -> str | None:
    """Return X of a name that starts "Government of X" (X a capitalised word, cut at its possessive)."""
    words = name.split(maxsplit=3)
    if len(words) < 3 or words[:2] != ["Government", "of"] or not words[2][:1].isupper():
        return None
    place = words[2][: next((i for i, c in enumerate(words[2]) if not (c.isalnum() or c in "_-")), len(words[2]))]
    return place if len(place) >= 2 else None


def _called_an_ngo(text: str, end: int) -> bool:
    """Tell whether an appositive right after a name calls the body an NGO ("X, a nongovernmental ...")."""
    match = match_from(text, _APPOSITION_RULES, end)
    return match is not None and match.group("article")[0].start - end <= _APPOSITION_REACH


def _level(name: str, text: str, end: int, home: str | None) -> str:
    """Classify a named body by the words of its name and an appositive right after it (text[end:])."""
    words = set(name.replace("’s", "").replace("'s", "").split())
    government = _government_of(name)
    if _regional_government(name.split()):
        return "state"
    first = name.split()[0]
    if "Mission" in words:  # "the Joint Monitoring Mission" of states; "the Church City Mission", a charity
        return "international" if words & STATES_MISSION and not words & RELIGIOUS else "nongovernmental"
    if words & INTERNATIONAL or (first in CONTINENTAL and words & CONTINENTAL_HEADS):
        return "international"
    us_body = name.startswith("U.S.") and home not in ("United", None)
    envoy = name.split()[0] in ("Embassy", "Consulate")  # a foreign government's mission
    several = name.startswith("Governments of ")  # agq8: 'the Governments of X and Y': other countries' own
    if (government and government != home) or name.endswith(" government") or us_body or envoy or several:
        return "foreign"
    if words & NGO_HEADS or ("Institute" in words and not words & PUBLIC) or _called_an_ngo(text, end):
        return "nongovernmental"
    if (words & LEGISLATIVE and not words & JUDICIAL) or ("House" in words and words & HOUSE_MEMBERS):
        return "legislative"  # (not "the First Criminal Chamber of the Supreme Court": a court's chamber)
    # A 'Public Ministry' (Ministerio Publico) is the prosecution service in civil-law countries.
    prosecution = any(service in name.lower() for service in PROSECUTION_SERVICES)
    judiciary = "Judicial" in words and "Police" not in words  # "the Judicial Training Institute", not its police
    if words & JUDICIAL or any(word.startswith(JUDICIAL_STEMS) for word in words) or prosecution or judiciary:
        return "judicial"
    # A capitalised "State" opens national bodies' names ("the State Migration Service"); a state is named by
    # its place ("the State of Innisvar") or in lower case ("state police", generic_agencies).
    state_of = name.startswith(("State of ", "state of "))
    if state_of or first in ("state", "province") or words & {"Province", "Provincial"}:
        return "state"
    if words & {"City", "Municipal", "Municipality", "Town", "city", "municipal", "town"}:
        return "municipal"
    return "federal"


def _regional_government(words: list[str]) -> bool:
    """Tell whether a name is a region's own government ("the Kelvar Regional Administration"), not a regional
    organisation of states ("the Regional Conference on Migration"): a place, "Regional", then its body."""
    return any(
        word == "Regional" and 0 < i < len(words) - 1 and words[i + 1] in REGIONAL_BODIES
        for i, word in enumerate(words)
    )


def _home_country(paragraphs: Sequence[tuple[str, int, str]]) -> str | None:
    """Guess the report's own country: the 'Government of X' whose X the text names most often."""
    candidates: set[str] = set()
    for _, _, text in paragraphs:
        if "Government of " in text:  # the rule needs it; other paragraphs are not split into tokens here
            places = (_government_of(text[m.start : m.end]) for m in find_all(text, GOVERNMENT_OF_RULES))
            candidates.update(place for place in places if place is not None)
    counts = dict.fromkeys(sorted(candidates)[:20], 0)  # a narrative names a few governments
    if not counts:
        return None
    for _, _, text in paragraphs:
        for name in counts:
            counts[name] += _word_starts(text, name)
    best = max(counts, key=counts.__getitem__)
    return best if len(counts) > 1 or counts[best] >= 3 else None


def _word_starts(text: str, name: str) -> int:
    """Count where a name starts a word of a paragraph ("Ostmark", "Ostmarkian", "pro-Ostmark"): a string search."""
    count, at = 0, text.find(name)
    while at >= 0:
        count += not _is_word_char(text[at - 1 : at])
        at = text.find(name, at + 1)
    return count


def _place_before(text: str, start: int, rule: str) -> tuple[Token, ...]:
    """Return the place a body named by it has right before start: capitalised words, or an adjective."""
    before = layer(text).words_before(start, _PLACE_WORDS)
    if rule in ("adjective government", "adjective police"):
        if len(before) >= 2 and before[-2].text == "U.S" and before[-1].text == ".":
            return before[-2:]
        return before[-1:] if before and _NATIONALITY.fullmatch(before[-1].text) else ()
    run: list[Token] = []
    for token in reversed(before):
        if not _CAPITALISED.fullmatch(token.text):
            break
        run.insert(0, token)
    while run and run[0].text in LEADING_STOP:
        run = run[1:]  # "The Port Ellis town council": "The" opens the sentence, the place is Port Ellis
    return tuple(run)


def _lower_named(text: str, home: str | None) -> list[NamedBody]:
    """Find bodies written partly in lower case: 'Merrowgate city council', 'the state of Innisvar', 'the Vellanese government'."""
    found = []
    for match in find(text, NAMED_BY_PLACE_RULES):
        tokens = match.group("place") or _place_before(text, match.start, match.rule)
        if not tokens:
            continue
        place, start = text[tokens[0].start : tokens[-1].end], min(tokens[0].start, match.start)
        if home is not None and match.rule in ("state of", "province of") and place == home:
            continue  # 'the state of X' of X's own report names the country, not a state
        own = home is not None and place[:4] == home[:4]
        if (match.rule == "adjective government" and own) or (match.rule == "adjective police" and (own or not home)):
            continue  # 'the Mexican government' of Mexico is 'the government'; without a home, police may be its own
        end = match.end - 2 if text.endswith(_POSSESSIVE, match.start, match.end) else match.end
        level = "foreign" if match.rule == "adjective police" else None
        found.append(NamedBody(name=text[start:end], acronym=None, start=start, end=end, level=level))
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
    words = body.name.split()
    if home is not None and _government_of(body.name) == home and not set(words[3:]) & HEADS:
        return  # 'the government' of the report's own country ("Government of Port Velo") is not listed
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
    level = level or body.level or _level(body.name, text, body.end, home)
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
    for section, _, text in paragraphs[: last + 1]:
        if _holds(text, phrase):
            return section
    return paragraphs[0][0] if paragraphs else ""


def _holds(text: str, phrase: str) -> bool:
    """Tell whether a phrase stands in a paragraph as whole words, ignoring case (a string search, not a rule)."""
    lowered, wanted = text.lower(), phrase.lower()
    at = lowered.find(wanted)
    while at >= 0:
        before, after = lowered[at - 1 : at], lowered[at + len(wanted) : at + len(wanted) + 1]
        if not (_is_word_char(before) or _is_word_char(after)):
            return True
        at = lowered.find(wanted, at + 1)
    return False


def _is_word_char(char: str) -> bool:
    """Tell whether a character (or '') is a letter, digit or underscore."""
    return char.isalnum() or char == "_"


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


def extract_agencies(paragraphs: Sequence[tuple[str, int, str]], country: str | None = None) -> list[FoundAgency]:
    """paragraphs: (section_id, paragraph_number_from_1, text) in document order; country: the report's own,
    when known (else guessed from the text), by the first word of its name as 'Government of X' cuts it."""
    home = country.split()[0] if country and country.split() else _home_country(paragraphs)
    drafts: dict[str, _Draft] = {}
    for index, (_, _, text) in enumerate(paragraphs):
        lower = _lower_named(text, home)
        named = sorted(find_named(text) + lower, key=lambda body: body.start)
        for body in named:
            _add_named(drafts, body, text, (index, 0), home)
        for body, level in find_by_role(text, home):
            if not any(other.start < body.end and body.start < other.end for other in named):
                _add_named(drafts, body, text, (index, 0), home, level=level)
        # q7: "the national ... commission (NATC)", "the Vellanese police": no generic actor inside them
        described = sorted([*lower, *(body for body in named if body.name[:1].islower())], key=lambda body: body.start)
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
