"""Find named bodies: capitalised multiword names headed by an institution noun, or followed by (ACRONYM)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from string import ascii_letters, ascii_lowercase, ascii_uppercase
from typing import NamedTuple

from tipcli.importing.extract.matcher import Match, T, TokenRule, find_all
from tipcli.importing.lexicon.bodies import (
    CAMPAIGN_VERBS,
    CHARITY_NAMES,
    DESCRIBED_GROUP_HEADS,
    DESCRIBED_HEADS,
    DESCRIBED_MODS,
    DESCRIBED_REACH,
    FELLOWSHIPS,
    FOREIGN,
    HEADS,
    HOUSE_MEMBERS,
    LEADING_STOP,
    LOCAL_GOVERNMENT_MODS,
    NGO_DESCRIPTORS,
    NGO_HEADS,
    NOT_BODY,
    NOT_NAMES,
    OFFICE_HEADS,
    OFFICE_MODS,
    PLACE_BODY_HEADS,
    PLACE_BODY_PLURALS,
    PLACE_LEVELS,
    PORTFOLIO_ENDS,
    SENTENCE_ADVERBS,
    SOLE_BODIES,
    TITLES,
    UN_BODY_ENDS,
)
from tipcli.importing.lexicon.dates import MONTH_NAMES
from tipcli.importing.text import Layer, Token, layer

_REGIONS = frozenset({"Europe", "Asia", "Africa", "America", "Americas", "Pacific", "Caribbean"})  # of states
_CONNECTORS = frozenset({"of", "the", "for", "on", "against", "and", "in", "&", "to"})
_MONTHS = MONTH_NAMES
_OPENING = frozenset("([“\"‘'")  # before a word: a bracket or quote opens
_CLOSING = frozenset(",.;:)]”\"?!’'")  # after a word: punctuation that ends a name
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*")  # one token: a capitalised word
_CAPITAL = T(match=_CAPITAL_WORD)
_POSSESSIVE = ("’s", "'s")
_MAX_RUN = 24
_LOWER_HEADS = frozenset(word.lower() for word in HEADS)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})  # open a lower-case description
_DESCRIPTION_WORDS = 8  # "the national commission against trafficking (NCAT)": at most eight words
_DESCRIPTION_REACH = 80  # characters from its determiner to the bracket
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")  # a word written in lower case

NAME_RULES = (
    TokenRule(
        name="acronym in brackets",
        purpose='"the Anti-Trafficking Unit (ATU)": capitals in brackets right after a name are its acronym',
        pattern=(
            T(text="("),
            T(op="*", max=6, any_of=(T(is_word=True), T(text="&"), T(text="-")), name="acronym"),
            T(text=")"),
        ),
        examples=(("Police of the Border Unit (BU-K) met.", "(BU-K)"),),
    ),
    TokenRule(
        name="portfolio list",
        purpose='"Ministry of Women, Family and Youth": the commas of a body\'s list of portfolios are inside its name',
        pattern=(
            T(text_in=HEADS),
            T(text="of"),
            T(op="?", text="the"),
            _CAPITAL,
            T(op="*", max=16, any_of=(T(text=","), _CAPITAL), name="list"),
            T(text_in=("and", "&")),
            _CAPITAL,
        ),
        examples=(("The Ministry of Labour, Trade and Industry met.", "Ministry of Labour, Trade and Industry"),),
    ),
)


_PROVIDERS = ("ngo", "charity")  # nouns that say a body is a provider outside the state by themselves
_PROVIDER_GROUPS = ("organization", "organisation", "group")  # ... only with a descriptor ("civil society group")
_NGO_PLURALS = (
    "ngos",
    "charities",
    "civil society organizations",
    "civil society groups",
    "religious organizations",
    "faith-based organizations",
    "nongovernmental organizations",
    "non-governmental organizations",
    "ngo providers",
    "ngo partners",
    "providers",
)
# Bodies without an institution noun in their name ("Open Hands", "Bright Path Sisters") that the sentence
# says the kind of: the noun of the kind right before the name, or "and other NGOs" right after it.
NGO_KIND_RULES = (
    TokenRule(
        name="kind before a name",
        purpose='"the NGO Open Hands", "the local charity Bright Path": a name right after a noun that says what it is',
        pattern=(T(lower_in=_PROVIDERS, name="kind"),),  # what stands before the noun does not move the name
        examples=(("Police referred the boys to the local NGO Open Hands.", "NGO"),),
        not_examples=("Police referred the boys to a shelter.",),
    ),
    TokenRule(
        name="described kind before a name",
        purpose='"the nongovernmental organization Bright Path": an organisation or group whose descriptor says its kind',
        pattern=(T(phrase_in=NGO_DESCRIPTORS, name="descriptor"), T(lower_in=_PROVIDER_GROUPS, name="kind")),
        examples=(("She worked for the faith-based organization Bright Path.", "faith-based organization"),),
        not_examples=("She worked for the organization for two years.",),
    ),
    TokenRule(
        name="and other NGOs",
        purpose='"Open Hands and other NGOs": a name coordinated with others of its kind',
        pattern=(
            T(lower="and"),
            T(lower_in=("other", "several", "many")),
            T(op="?", lower="other"),
            T(op="*", max=1, phrase_in=NGO_DESCRIPTORS),
            T(phrase_in=_NGO_PLURALS, name="kind"),
        ),
        examples=(("Open Hands and other NGOs ran shelters.", "and other NGOs"),),
        not_examples=("Police and other officials met.",),
    ),
    TokenRule(
        name="run by",
        purpose='"a shelter run by Casa Alba": the operator of a place, a civil-society group when its name has no head',
        pattern=(T(lower_in=("run", "operated", "managed")), T(lower="by")),
        examples=(("Victims stayed in a shelter run by Casa Alba.", "run by"),),
        not_examples=("The shelter was open to women.",),
    ),
    TokenRule(
        name="NGOs such as",
        purpose='"NGOs such as Open Hands and Bright Path": names listed as examples of their kind',
        pattern=(
            T(phrase_in=_NGO_PLURALS, name="kind"),
            T(op="?", text=","),
            T(lower_in=("such", "including", "like")),
            T(op="?", lower="as"),
        ),
        examples=(("NGOs such as Open Hands sheltered adults.", "NGOs such as"),),
        not_examples=("NGOs sheltered adults such as men.",),
    ),
)


DESCRIBED_RULES = (
    TokenRule(
        name="described body",
        purpose='"the police anti-vice unit", "its inter-ministerial anti-trafficking committee": one body described in lower case',
        pattern=(
            T(lower_in=("the", "its", "their")),
            T(op="*", max=2, lower_in=DESCRIBED_MODS.union(DESCRIBED_REACH), match=_LOWER_WORD, name="words"),
            T(lower_in=DESCRIBED_MODS, match=_LOWER_WORD, name="words"),  # what it works on, next to its head
            T(phrase_in=DESCRIBED_HEADS | DESCRIBED_GROUP_HEADS, name="head"),
        ),
        examples=(("In May the border anti-trafficking unit rescued nine men.", "the border anti-trafficking unit"),),
        not_examples=("The unit rescued nine men.", "The national committee met."),
    ),
)


_PLACE_WORD = T(match=_CAPITAL_WORD, name="place")
PLACE_BODY_RULES = (
    TokenRule(
        name="bodies of places",
        purpose='"regional prosecution offices", "municipal social services": offices of the provinces or towns',
        pattern=(
            T(lower_in=PLACE_LEVELS, name="mod"),
            T(match=_LOWER_WORD),  # what they do: "regional offices" alone are a national body's branches
            T(op="*", max=1, match=_LOWER_WORD),
            T(lower_in=PLACE_BODY_PLURALS),
        ),
        examples=(("Victims went to municipal social services in two towns.", "municipal social services"),),
        not_examples=("Victims went to local churches in two towns.", "The council opened regional offices in May."),
    ),
    TokenRule(
        name="body of a named place",
        purpose='"the municipal council of San Remo": a province\'s or town\'s body named by its place after "of"',
        pattern=(
            T(lower_in=PLACE_LEVELS, name="mod"),
            T(lower_in=PLACE_BODY_HEADS),
            T(text="of"),
            _PLACE_WORD,
            T(op="*", max=2, match=_CAPITAL_WORD, name="place"),
        ),
        examples=(("The municipal council of Port Ellis funded a hotline.", "municipal council of Port Ellis"),),
        not_examples=("The municipal council of the capital funded a hotline.",),
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedBody:
    """A name as written (start/end in the paragraph), the acronym bracketed right after it, and its level when
    the sentence says it ("the NGO Open Hands")."""

    name: str
    acronym: str | None
    start: int
    end: int
    level: str | None = None


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str
    start: int
    end: int


def _is_capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital letter (the mark of a proper name)."""
    return word[:1].isupper() or word == "&"


def _list_commas(text: str) -> frozenset[int]:
    """Return the offsets of commas that separate portfolios inside one body's name (", Family, and Youth")."""
    found: set[int] = set()
    for match in find_all(text, NAME_RULES[1:]):
        listed = [token.text for token in match.group("list")]
        pairs = listed[:-1] if listed and listed[-1] == "," else listed
        if pairs and len(pairs) % 2 == 0 and all(word == "," for word in pairs[::2]) and "," not in pairs[1::2]:
            found.update(token.start for token in match.group("list") if token.text == ",")
    return frozenset(found)


def _acronyms(text: str) -> dict[int, Match]:
    """Return the bracketed acronyms of a paragraph by where their bracket opens: "(ATU)", "(NCTIPs)", "(T&T)"."""
    found = {}
    for match in find_all(text, NAME_RULES[:1]):
        if _is_acronym(text[match.start + 1 : match.end - 1]):
            found[match.start] = match
    return found


def _is_acronym(written: str) -> bool:
    """Tell whether a bracket's text is an acronym: capitals first and last (a plural "s" after), letters, "&" and
    "-" between, 2 to 12 characters, no blank."""
    core = written[:-1] if written.endswith("s") else written
    return (
        2 <= len(core) <= 12
        and core[0] in ascii_uppercase
        and core[-1] in ascii_uppercase
        and all(char in ascii_letters or char in "&-" for char in core)
    )


def _chunks(text: str) -> list[list[Token]]:
    """Split a paragraph's tokens into the groups written without a blank between them ("(ATU),", "Victims'")."""
    chunks: list[list[Token]] = []
    for token in layer(text).tokens:
        if chunks and chunks[-1][-1].end == token.start:
            chunks[-1].append(token)
        else:
            chunks.append([token])
    return chunks


def _core(chunk: list[Token]) -> tuple[int, list[Token]]:
    """Return how many opening brackets or quotes a chunk starts with, and its word without them or the
    punctuation after it; a plural possessive keeps its apostrophe ("the Victims' Compensation Board")."""
    if len(chunk) == 1 and chunk[0].text not in _OPENING and chunk[0].text not in _CLOSING:
        return 0, chunk  # most chunks: one word, nothing around it
    lead = len(list(itertools.takewhile(lambda token: token.text in _OPENING, chunk)))
    core = chunk[lead:]
    if _is_abbreviation(core):  # "U.S.": its last dot is part of it
        return lead, core
    kept = len(core)
    while kept and core[kept - 1].text in _CLOSING:
        kept -= 1
    if kept and kept == len(core) - 1 and core[kept - 1].text.endswith("s") and core[kept].text in ("’", "'"):
        kept += 1
    return lead, core[:kept]


def _is_abbreviation(tokens: list[Token]) -> bool:
    """Tell whether tokens are an abbreviation of capitals and dots ("U.S", "." or "U.N.H.C.R", ".")."""
    if len(tokens) != 2 or tokens[1].text != ".":
        return False
    letters = tokens[0].text.split(".")
    return len(letters) >= 2 and all(len(letter) == 1 and letter in ascii_uppercase for letter in letters)


def _runs(text: str) -> list[tuple[list[_Tok], int]]:
    """Split a paragraph into runs of capitalised words and connectors, each with the offset after it."""
    inner = _list_commas(text)
    runs: list[tuple[list[_Tok], int]] = []
    run: list[_Tok] = []
    for chunk in _chunks(text):
        lead, core = _core(chunk)
        if lead or not core:  # a bracket or quote opens: the name before it has ended
            if run:
                runs.append((run, chunk[0].start))
            run = []
            if not core:
                continue
        tok = _Tok(text[core[0].start : core[-1].end], core[0].start, core[-1].end)
        if _is_capitalised(tok.word) or (run and (tok.word in _CONNECTORS or tok.word in FOREIGN)):
            run.append(tok)
            if len(run) >= _MAX_RUN:  # no name is this long; the cap keeps every later step bounded
                runs.append((run, tok.end))
                run = []
        elif run:
            runs.append((run, chunk[0].start))
            run = []
        if run and chunk[-1].text == "," and chunk[-1].start in inner:
            continue  # a comma of the name's own list: the name goes on
        if run and lead + len(core) < len(chunk):  # trailing punctuation ends a name
            runs.append((run, chunk[-1].end))
            run = []
    if run:
        runs.append((run, len(text)))
    return runs


def _split(run: list[_Tok], bracketed: bool = False) -> list[list[_Tok]]:
    """Cut a run where two bodies meet: 'X and the Y', 'X and Ministry Y', 'Court in Town', 'DSP’s Unit'."""
    segments: list[list[_Tok]] = [[]]
    words = [tok.word for tok in run]
    for i, tok in enumerate(run):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        campaign = (
            nxt in CAMPAIGN_VERBS and words[i + 2 : i + 3] == ["the"]
        ) or nxt in CHARITY_NAMES  # "and Save the Y"
        ends_a_name = tok.word == "and" and ((prev in HEADS and prev != "Police") or campaign)  # 'X Initiative and Y'
        if tok.word in ("and", "to", "&") and (nxt == "the" or nxt in HEADS or not _is_capitalised(nxt) or ends_a_name):
            segments.append([])
            continue
        if tok.word == "the" and prev in ("and", "to", "&"):
            continue
        if tok.word in ("in", "on", "since", "until", "by") and nxt in _MONTHS:
            segments.append([])  # 'the Government of Ostmark in January': a date follows the name
            continue
        if tok.word == "in" and (prev in HEADS or (not bracketed and _place_after(words, i, segments[-1]))):
            segments.append([])  # 'the Court in Westport', 'the Court for Organized Crime in Westport'
            continue
        named_before = i >= 2 and _is_capitalised(words[i - 2]) and words[i - 2] not in LEADING_STOP
        if tok.word == "of" and prev in HEADS and _names_a_parent(words[i + 1 :], named_before):
            segments.append([])  # agq8: 'the Border Unit of the Ministry of Ports': a unit and its ministry
            continue
        segments[-1].append(tok)
    return [part for segment in segments for part in _split_possessive(segment, bracketed)]


def _place_after(words: list[str], i: int, so_far: list[_Tok]) -> bool:
    """Tell whether words[i] ("in") ends a name that has its head and only a place follows to the run's end
    (at most three capitalised words); "Trafficking in Persons", "in Human Beings" and "in Europe" stay, and so
    does all a bracketed acronym names ("the Agency for Children in Crisis (ACC)")."""
    rest = words[i + 1 :]
    while rest and rest[-1] in _CONNECTORS:
        rest = rest[:-1]  # "the Court in Westport and juvenile courts": the run ran on into "and"
    return (
        1 <= len(rest) <= 3
        and _has_head(so_far)
        and not words[i - 1].endswith(("Trafficking", "Traffic", "Trade"))
        and rest[-1] not in _REGIONS  # "the Organization for Security and Co-operation in Europe"
        and all(_is_capitalised(word) and word not in HEADS for word in rest)
    )


def _names_a_parent(after: list[str], named_before: bool) -> bool:
    """Tell whether the words after a head's 'of' name a second body: 'the Ministry of X'; after a name of two
    words or more ('the Child Protection Brigade'), also 'the National Police' (not 'the Ombudsman')."""
    if named_before and len(after) >= 4 and after[0] == "the" and after[1] in HEADS and after[2] == "of":
        return True  # (not "the Academy of the Ministry of X": a head alone before "of" is the ministry's own)
    name = list(itertools.takewhile(lambda word: word not in _CONNECTORS, after[1:]))
    court = name[-1:] in (["Court"], ["Courts"], ["Tribunal"])  # "the First Chamber of the Supreme Court": one court
    return named_before and len(after) >= 3 and after[0] == "the" and len(name) >= 2 and name[-1] in HEADS and not court


def _has_head(tokens: list[_Tok]) -> bool:
    """Tell whether some word of the tokens is an institution noun."""
    for i, tok in enumerate(tokens):
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        before = tokens[i - 1].word if i else ""
        if tok.word in ("Government", "Governments"):  # 'Government of X' is a body; 'Government and NGO data' is not
            if after == "of" or before in LOCAL_GOVERNMENT_MODS:
                return True
        elif tok.word == "Federation":  # 'the Federation of Domestic Workers'; 'the Russian Federation' is a country
            if after == "of" or i >= 2:  # 'the Westland Employers' Federation'
                return True
        elif tok.word == "School":  # 'the Judicial School', 'the National School of Magistrates'; not a school
            if {t.word for t in tokens} & {"Judicial", "Magistrates", "Judges", "Police", "Prosecutors"}:
                return True
        elif tok.word == "House":  # 'the House of Representatives'; 'Hope House' is a shelter
            if after == "of" and i + 2 < len(tokens) and tokens[i + 2].word in HOUSE_MEMBERS:
                return True
        elif tok.word in HEADS or (tok.word in OFFICE_HEADS and before in OFFICE_MODS):
            return True
    return False


def _split_possessive(segment: list[_Tok], bracketed: bool = False) -> list[list[_Tok]]:
    """Separate an owner acronym from the body it owns ('DSP’s Anti-Trafficking Unit') and a body from what it
    runs ('Office on Crime’s Campaign'). A body's part named with its owner's possessive stays one name ('the
    Interior Ministry’s Passports Department'), unless an acronym in brackets names the part as a body of its
    own ('the Interior Ministry’s Border Directorate (BD)': two bodies). bracketed: an acronym follows."""
    for i, tok in enumerate(segment[:-1]):
        if not tok.word.endswith(_POSSESSIVE):
            continue
        owner, owned = segment[: i + 1], segment[i + 1 :]
        portfolio = i and segment[i - 1].word == "of" and owned[-1].word not in NOT_BODY  # not "'s Safety Campaign"
        if (owned[-1].word in PORTFOLIO_ENDS or portfolio) and not _has_head(owned):
            continue  # "Ministry of Women's and Children's Affairs", "Department of Children's Services": a portfolio
        bare = _Tok(tok.word[:-2], tok.start, tok.end - 2)
        if bare.word.isupper():  # "the DSP's Ministry of X": an acronym owns the body named after it
            return _split_possessive(owned, bracketed)
        institution = any(t.word in HEADS for t in [*owner[:-1], bare])  # a ministry, not "the Special Prosecutor"
        if bracketed and institution and _has_head(owned):
            return [[*owner[:-1], bare], *_split_possessive(owned, bracketed)]  # "... Ministry's X Directorate (XD)"
        if owned[0].word in HEADS or _has_head(owned):
            # "Public Defender's Office", "the Interior Ministry's Passports Department": one body, a part of
            # a body named with its owner's possessive (the gold sets and the seed keep such names whole)
            continue
        if _has_head([*owner[:-1], bare]):
            return [[*owner[:-1], bare]]  # "the Office on Crime's Campaign": the owner is the body
    return [segment]


def _trim(segment: list[_Tok], *, opener: bool = True) -> list[_Tok]:
    """Drop sentence openers, a leading 'Members of the', and connectors at either end.

    opener=False keeps a capital before 'the' ("Save the Girls", named as an NGO), which otherwise is an
    adverb opening the sentence ("Later the Board").
    """
    for i in range(len(segment) - 1, 0, -1):
        owner = segment[i - 1].word
        title = owner in TITLES and not _has_head(segment[: i - 1])  # not "the Office of the Director of X"
        if segment[i].word == "of" and (owner in LEADING_STOP or title or _plural_people(owner)):
            segment = segment[i + 1 :]
            break
    if opener and len(segment) > 2 and segment[1].word == "the" and _adverb(segment[0].word):
        segment = segment[2:]  # 'Later the Board ...'; not 'Save the Young Foundation
    while segment and (segment[0].word in LEADING_STOP or segment[0].word in _CONNECTORS or segment[0].word in FOREIGN):
        segment = segment[1:]
    while segment and (segment[-1].word in _CONNECTORS or segment[-1].word in FOREIGN):
        segment = segment[:-1]
    if segment and segment[-1].word.endswith(_POSSESSIVE):  # "the Parliament's committee": the owner is named
        last = segment[-1]
        segment = [*segment[:-1], _Tok(last.word[:-2], last.start, last.end - 2)]
    return segment


def _adverb(word: str) -> bool:
    """Tell whether a capitalised word before "the" is an adverb opening the sentence ("Later", "Recently")."""
    return word in SENTENCE_ADVERBS or word.endswith("ly")


def _plural_people(word: str) -> bool:
    """Tell whether a capitalised word before 'of' names people, not a body ('Members', 'Officers')."""
    if word in HEADS or word in FELLOWSHIPS or word == "Governments":
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "ics"))


def _is_body(segment: list[_Tok], acronym: str | None) -> bool:
    """Tell whether a trimmed segment names a body rather than a law, fund, place or person."""
    if _has_head(segment):
        return acronym is not None or len(segment) >= 2 or segment[0].word in SOLE_BODIES
    words = [tok.word for tok in segment]
    if words == ["United", "Nations"]:
        return True  # "according to the United Nations": the organisation itself
    united = words[:2] == ["United", "Nations"] or words[:1] == ["UN"]
    if united and len(words) >= 3 and words[-1] in UN_BODY_ENDS:
        return True  # agq8: "the United Nations Relief Fund", "the UN Children's Fund": a UN fund is an organisation
    return acronym is not None and not {tok.word for tok in segment} & NOT_BODY


def _described(text: str, match: Match) -> NamedBody | None:
    """Name a body described in lower case before its acronym: 'the national anti-trafficking commission (NATC)'.

    The description is the lower-case words right before the bracket, from the earliest determiner that leaves
    one to eight of them.
    """
    before = layer(text).words_before(match.start, _DESCRIPTION_WORDS + 1)
    words: list[Token] = []
    for token in reversed(before):
        if not _is_lower_word(token.text) or match.start - token.start > _DESCRIPTION_REACH:
            break
        words.insert(0, token)
    opens = [i for i, token in enumerate(words[:-1]) if token.text in _DETERMINERS and len(words) - i - 1 <= 8]
    if not opens or not _LOWER_HEADS & {token.text for token in words[opens[0] + 1 :]}:
        return None
    start, end = words[opens[0] + 1].start, words[-1].end
    acronym = text[match.start + 1 : match.end - 1]
    return NamedBody(name=text[start:end], acronym=acronym, start=start, end=end)


def _is_lower_word(word: str) -> bool:
    """Tell whether a token is a lower-case word (letters a-z, apostrophes, hyphens), as a description's are."""
    return word[:1] in ascii_lowercase and all(char in ascii_lowercase or char in "’'-" for char in word)


def _foreign_parts(segment: list[_Tok], acronym: str | None) -> list[list[_Tok]]:
    """Cut a segment at its foreign connectors, except the longest tail whose acronym's letters fit it.

    "Oficina Nacional de Rescate (ONR)": O, N, R in order from its first letter, one name.
    """
    cuts = [i for i, tok in enumerate(segment) if tok.word in FOREIGN]
    if not cuts:
        return [segment]
    starts = [0, *(i + 1 for i in cuts)]
    if acronym is not None:
        for start in starts:  # longest tail first
            if _fits(acronym, segment[start:]):
                pieces = [segment[a:b] for a, b in zip([0, *[c + 1 for c in cuts]], cuts, strict=False) if a < start]
                return [*pieces, segment[start:]]
    return [segment[a:b] for a, b in zip(starts, [*cuts, len(segment)], strict=True)]


def _fits(acronym: str, tokens: list[_Tok]) -> bool:
    """Tell whether an acronym's letters stand in order in the name, the first being its first letter."""
    letters = "".join(tok.word for tok in tokens).casefold()
    wanted = acronym.rstrip("s").casefold()
    if not letters or not wanted or letters[0] != wanted[0]:
        return False
    rest = iter(letters[1:])
    return all(c in rest for c in wanted[1:])


class _Marks(NamedTuple):
    """Where the sentence says what a name is: it starts right after its kind ("the NGO |Open Hands"), ends
    right before "and other NGOs", or starts right after "run by" (an operator, when its name has no head)."""

    starts: frozenset[int]
    ends: frozenset[int]
    operators: frozenset[int]


def _kind_marks(text: str) -> _Marks:
    """Return the offsets where names the sentence says the kind of start or end (see _Marks)."""
    doc = layer(text)
    found: dict[str, set[int]] = {"starts": set(), "ends": set(), "operators": set()}
    for match in find_all(text, NGO_KIND_RULES):
        if match.rule == "and other NGOs":
            before = doc.token_before(match.start)
            found["ends"].update(() if before is None else (before.end,))
            continue
        after = doc.token_after(match.end)
        if after is not None and after.text in ("the", "The"):
            after = doc.token_after(after.end)  # "NGOs such as the Haven of Hope"
        found["operators" if match.rule == "run by" else "starts"].update(() if after is None else (after.start,))
        if match.rule == "NGOs such as" and after is not None:
            found["starts"].update(_list_items(doc, after.start))
    return _Marks(**{name: frozenset(offsets) for name, offsets in found.items()})


_LIST_REACH = 40  # tokens of one list of names after "NGOs such as": the scan is bounded


def _list_items(doc: Layer, start: int) -> list[int]:
    """Return where the later names of a list start ("such as the X Network, Solwodi Ardmoor, and the Y"): after
    each comma or "and" while the words are capitalised names and their connectors."""
    items: list[int] = []
    tokens = doc.words_after(start, _LIST_REACH)
    for k, token in enumerate(tokens):
        if token.text in (",", "and", "&"):
            following = [t for t in tokens[k + 1 : k + 3] if t.text not in ("and", "the")]
            if following and _is_capitalised(following[0].text):
                items.append(following[0].start)
        elif not (_is_capitalised(token.text) or token.text in _CONNECTORS or token.text in "’'"):
            break  # the list has ended: a lower-case word, a full stop
    return items


def _listed(raw: list[_Tok], marks: _Marks) -> list[list[_Tok]]:
    """Cut a run that starts right after its kind at each "and": "NGOs such as Open Hands and Bright Path"."""
    if not raw or raw[0].start not in marks.starts:
        return [raw]
    pieces: list[list[_Tok]] = [[]]
    for tok in raw:
        if tok.word in ("and", "&"):
            pieces.append([])
        elif not (tok.word == "the" and not pieces[-1]):
            pieces[-1].append(tok)
    return [piece for piece in pieces if piece]


def _of_its_kind(segment: list[_Tok], marks: _Marks) -> list[_Tok] | None:
    """Return the name of a segment the sentence says is an NGO (without a leading "NGO"), or None."""
    if not segment or not any(marks):
        return None
    if segment[0].word == "NGO" and len(segment) > 1 and not _has_head(segment[1:]):
        segment = segment[1:]  # "the NGO Open Hands": the run of capitals starts at "NGO"
    # an operator without a head, not "run by the Ministry of X", "run by NGOs in X", "operated by the DSP"
    generic = segment[0].word in ("NGO", "NGOs") or (len(segment) == 1 and segment[0].word.isupper())
    operator = segment[0].start in marks.operators and not _has_head(segment) and not generic
    if segment[0].word in NOT_NAMES or not (
        segment[0].start in marks.starts or segment[-1].end in marks.ends or operator
    ):
        return None
    return segment


def _described_bodies(text: str, acronyms: dict[int, Match]) -> list[NamedBody]:
    """Return the bodies described in lower case ("the police anti-vice unit"), with a level their words give;
    a description right before a bracketed acronym is left to _described."""
    found = []
    for match in find_all(text, DESCRIBED_RULES):
        said = [token.text.lower() for token in match.group("words")]
        after = layer(text).token_after(match.end)
        if after is not None and after.start in acronyms:
            continue
        level = next(
            (DESCRIBED_REACH[word] for word in said if DESCRIBED_REACH.get(word, "federal") != "federal"), None
        )
        start, end = match.group("words")[0].start, match.end
        found.append(NamedBody(name=text[start:end], acronym=None, start=start, end=end, level=level or "federal"))
    return found


def _place_bodies(text: str) -> list[NamedBody]:
    """Return the bodies of provinces and towns described in lower case, at the level their place word gives
    (prosecution offices are judicial)."""
    found = []
    for match in find_all(text, PLACE_BODY_RULES):
        written = text[match.start : match.end]
        level = "judicial" if "prosecut" in written or "court" in written else PLACE_LEVELS[match.group("mod")[0].lower]
        found.append(NamedBody(name=written, acronym=None, start=match.start, end=match.end, level=level))
    return found


def find_named(text: str) -> list[NamedBody]:
    """Return every named body in a paragraph, in order, with its bracketed acronym if any."""
    acronyms = _acronyms(text)
    found = [body for match in acronyms.values() if (body := _described(text, match)) is not None]
    found += _described_bodies(text, acronyms) + _place_bodies(text)
    marks = _kind_marks(text)
    for run, after in _runs(text):
        match = acronyms.get(after + (1 if text[after : after + 1] == " " else 0))
        acronym_of_run = text[match.start + 1 : match.end - 1] if match else None
        raws = [
            item for raw in _split(run) if (trimmed := _trim(raw, opener=False)) for item in _listed(trimmed, marks)
        ]
        kinds = [
            raw
            for k, raw in enumerate(raws)
            if _of_its_kind(raw, marks) or _coordinated_with_ngo(raws, k, run, marks) or _campaign_name(raw)
        ]
        kinds = [_of_its_kind(raw, marks) or raw for raw in kinds]
        segments = [
            _trim(part)
            for segment in _split(run, match is not None)
            for part in _foreign_parts(_trim(segment), acronym_of_run)
        ]
        segments = [segment for segment in segments if segment and not _overlaps(segment, kinds)]
        for ngo in kinds:
            start, end = ngo[0].start, ngo[-1].end
            found.append(NamedBody(name=text[start:end], acronym=None, start=start, end=end, level="nongovernmental"))
        for k, segment in enumerate(segments):
            last = match is not None and k == len(segments) - 1 and segment[-1].end == run[-1].end
            acronym = acronym_of_run if last else None
            if _is_body(segment, acronym):
                start, end = segment[0].start, segment[-1].end
                found.append(NamedBody(name=text[start:end], acronym=acronym, start=start, end=end))
    return sorted(found, key=lambda body: body.start)


def _campaign_name(segment: list[_Tok]) -> bool:
    """Tell whether a name opens with a campaigning verb and "the" ("Save the Mountain Children") or is a charity
    known by its name alone ("Caritas", "the Salvation Army", "Solwodi Ardmoor"): an NGO's."""
    if _has_head(segment):
        return False
    words = [tok.word for tok in segment]
    if words[0] in CHARITY_NAMES or " ".join(words[:2]) in CHARITY_NAMES or " ".join(words[:3]) in CHARITY_NAMES:
        return True
    return len(segment) >= 3 and words[0] in CAMPAIGN_VERBS and words[1] == "the"


def _coordinated_with_ngo(segments: list[list[_Tok]], k: int, run: list[_Tok], marks: _Marks) -> bool:
    """Tell whether a segment without a head is listed with "and" next to a civil-society body's name ("the Hope
    Harbor Network and Keep Them Safe"): names of one kind are listed together (not "the X Sisters in Port Ysel")."""
    if len(segments[k]) < 2 or _has_head(segments[k]) or segments[k][0].word in NOT_NAMES:
        return False
    beside = [segments[j] for j in (k - 1, k + 1) if 0 <= j < len(segments)]
    return any(
        ({tok.word for tok in other} & NGO_HEADS or _of_its_kind(other, marks))
        and _joined_by_and(run, other, segments[k])
        for other in beside
    )


def _joined_by_and(run: list[_Tok], one: list[_Tok], other: list[_Tok]) -> bool:
    """Tell whether the words of a run between two of its segments are "and" (and a "the")."""
    low, high = min(one[-1].end, other[-1].end), max(one[0].start, other[0].start)
    between = {tok.word for tok in run if low <= tok.start and tok.end <= high}
    return "and" in between and between <= {"and", "&", "the"}


def _overlaps(segment: list[_Tok], others: list[list[_Tok]]) -> bool:
    """Tell whether a segment shares characters with one of other segments."""
    return any(segment[0].start < other[-1].end and other[0].start < segment[-1].end for other in others)
