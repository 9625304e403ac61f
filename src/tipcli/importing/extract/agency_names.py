"""Find named bodies: capitalised multiword names headed by an institution noun, or followed by (ACRONYM)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.lexicon.bodies import FOREIGN, HEADS, LEADING_STOP, NOT_BODY, TITLES
from tipcli.importing.lexicon.dates import MONTH_NAMES

_CONNECTORS = frozenset({"of", "the", "for", "on", "against", "and", "in", "&", "to"})
_MONTHS = MONTH_NAMES
_TOKEN = re.compile(r"\S+")
# A comma inside a name's list of portfolios: 'Ministry of Women, Family and Community Development'.
_LIST_COMMA = re.compile(
    r"\b(?:" + "|".join(sorted(HEADS)) + r") of (?:the )?[A-Z][\w’'-]*(?P<commas>(?:, [A-Z][\w’'-]*)+),? "
    r"(?:and|&) [A-Z][\w’'-]*"
)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&\-]{0,10}[A-Z]s?)\)")
_POSSESSIVE = ("’s", "'s")
_MAX_RUN = 24
_LOWER_HEADS = frozenset(word.lower() for word in HEADS)
# A lower-case description from its determiner to the bracket, within one clause.
_DESCRIPTION = re.compile(r"\b(?:the|a|an|its|their)\s+([a-z][a-z’'-]*(?:\s[a-z][a-z’'-]*){0,7})\s*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedBody:
    """A name as written (start/end in the paragraph) and the acronym bracketed right after it."""

    name: str
    acronym: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Tok:
    word: str
    start: int
    end: int


def _is_capitalised(word: str) -> bool:
    """Tell whether a word starts with a capital letter (the mark of a proper name)."""
    return word[:1].isupper() or word == "&"


def _list_commas(text: str) -> frozenset[int]:
    """Return the offsets of commas that separate portfolios inside one body's name."""
    found: set[int] = set()
    for match in _LIST_COMMA.finditer(text):
        start, end = match.span("commas")
        found.update(i for i in range(start, end + 1) if text[i : i + 1] == ",")
    return frozenset(found)


def _runs(text: str) -> list[tuple[list[_Tok], int]]:
    """Split a paragraph into runs of capitalised words and connectors, each with the offset after it."""
    inner = _list_commas(text)
    runs: list[tuple[list[_Tok], int]] = []
    run: list[_Tok] = []
    for match in _TOKEN.finditer(text):
        raw = match.group()
        lead = len(raw) - len(raw.lstrip('([“"‘'))
        core = raw[lead:]
        if not _ABBREVIATION.fullmatch(core):
            stripped = core.rstrip(",.;:)]”\"?!’'")
            # A plural possessive stays in a name: "the Victims' Compensation Board".
            plural_owner = stripped.endswith("s") and core[len(stripped) : len(stripped) + 1] in ("’", "'")
            core = stripped + core[len(stripped)] if plural_owner and len(core) == len(stripped) + 1 else stripped
        if lead or not core:  # a bracket or quote opens: the name before it has ended
            if run:
                runs.append((run, match.start()))
            run = []
            if not core:
                continue
        tok = _Tok(core, match.start() + lead, match.start() + lead + len(core))
        if _is_capitalised(core) or (run and (core in _CONNECTORS or core in FOREIGN)):
            run.append(tok)
            if len(run) >= _MAX_RUN:  # no name is this long; the cap keeps every later step bounded
                runs.append((run, tok.end))
                run = []
        elif run:
            runs.append((run, match.start()))
            run = []
        if run and raw.endswith(",") and match.end() - 1 in inner:
            continue  # a comma of the name's own list: the name goes on
        if run and len(core) + lead < len(raw):  # trailing punctuation ends a name
            runs.append((run, match.end()))
            run = []
    if run:
        runs.append((run, len(text)))
    return runs


def _split(run: list[_Tok]) -> list[list[_Tok]]:
    """Cut a run where two bodies meet: 'X and the Y', 'X and Ministry Y', 'Court in Town', 'DSP’s Unit'."""
    segments: list[list[_Tok]] = [[]]
    words = [tok.word for tok in run]
    for i, tok in enumerate(run):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if tok.word in ("and", "to", "&") and (nxt == "the" or nxt in HEADS or not _is_capitalised(nxt)):
            segments.append([])
            continue
        if tok.word == "the" and prev in ("and", "to", "&"):
            continue
        if tok.word in ("in", "on", "since", "until", "by") and nxt in _MONTHS:
            segments.append([])  # 'the Government of Ostmark in January': a date follows the name
            continue
        if tok.word == "in" and prev in HEADS:
            segments.append([])
            continue
        segments[-1].append(tok)
    return [part for segment in segments for part in _split_possessive(segment)]


def _has_head(tokens: list[_Tok]) -> bool:
    """Tell whether some word of the tokens is an institution noun."""
    for i, tok in enumerate(tokens):
        after = tokens[i + 1].word if i + 1 < len(tokens) else ""
        before = tokens[i - 1].word if i else ""
        if tok.word == "Government":  # 'Government of X' is a body; 'Government and NGO statistics' is not
            if after == "of":
                return True
        elif tok.word in HEADS or (tok.word == "Prosecutor" and before == "Special"):
            return True
    return False


def _split_possessive(segment: list[_Tok]) -> list[list[_Tok]]:
    """Separate an owner from the owned body: 'DSP’s Anti-Trafficking Unit', 'Office on Crime’s Campaign'."""
    for i, tok in enumerate(segment[:-1]):
        if not tok.word.endswith(_POSSESSIVE):
            continue
        owner, owned = segment[: i + 1], segment[i + 1 :]
        bare = _Tok(tok.word[:-2], tok.start, tok.end - 2)
        if owned[0].word in HEADS:
            # "Public Defender's Office": one body; "the Public Ministry's Office for Victims": the
            # owner is a body itself, and so is the office it runs.
            if len(owned) >= 2 and _has_head(owned) and any(t.word in HEADS for t in [*owner[:-1], bare]):
                return [[*owner[:-1], bare], *_split_possessive(owned)]
            continue
        if bare.word.isupper():
            return _split_possessive(owned)
        if _has_head([*owner[:-1], bare]):
            return [[*owner[:-1], bare], *_split_possessive(owned)] if _has_head(owned) else [[*owner[:-1], bare]]
    return [segment]


def _trim(segment: list[_Tok]) -> list[_Tok]:
    """Drop sentence openers, a leading 'Members of the', and connectors at either end."""
    for i in range(len(segment) - 1, 0, -1):
        owner = segment[i - 1].word
        if segment[i].word == "of" and (owner in LEADING_STOP or owner in TITLES or _plural_people(owner)):
            segment = segment[i + 1 :]
            break
    if len(segment) > 2 and segment[1].word == "the":  # 'Later the Board ...': no name has 'the' second
        segment = segment[2:]
    while segment and (segment[0].word in LEADING_STOP or segment[0].word in _CONNECTORS or segment[0].word in FOREIGN):
        segment = segment[1:]
    while segment and (segment[-1].word in _CONNECTORS or segment[-1].word in FOREIGN):
        segment = segment[:-1]
    if segment and segment[-1].word.endswith(_POSSESSIVE):  # "the Parliament's committee": the owner is named
        last = segment[-1]
        segment = [*segment[:-1], _Tok(last.word[:-2], last.start, last.end - 2)]
    return segment


def _plural_people(word: str) -> bool:
    """Tell whether a capitalised word before 'of' names people, not a body ('Members', 'Officers')."""
    return word.endswith("s") and word not in HEADS and not word.endswith(("ss", "us", "ics"))


def _is_body(segment: list[_Tok], acronym: str | None) -> bool:
    """Tell whether a trimmed segment names a body rather than a law, fund, place or person."""
    if _has_head(segment):
        return acronym is not None or len(segment) >= 2
    return acronym is not None and not {tok.word for tok in segment} & NOT_BODY


def _described(text: str, match: re.Match[str]) -> NamedBody | None:
    """Name a body described in lower case before its acronym: 'the national anti-trafficking commission (NATC)'."""
    tail = _DESCRIPTION.search(text, max(0, match.start() - 80), match.start())
    if tail is None or not _LOWER_HEADS & set(tail.group(1).split()):
        return None
    return NamedBody(name=tail.group(1), acronym=match.group(1), start=tail.start(1), end=tail.end(1))


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


def find_named(text: str) -> list[NamedBody]:
    """Return every named body in a paragraph, in order, with its bracketed acronym if any."""
    found = [body for match in _ACRONYM.finditer(text) if (body := _described(text, match)) is not None]
    for run, after in _runs(text):
        match = _ACRONYM.match(text, after + (1 if text[after : after + 1] == " " else 0))
        acronym_of_run = match.group(1) if match else None
        segments = [_trim(part) for segment in _split(run) for part in _foreign_parts(_trim(segment), acronym_of_run)]
        segments = [segment for segment in segments if segment]
        for k, segment in enumerate(segments):
            last = match is not None and k == len(segments) - 1 and segment[-1].end == run[-1].end
            acronym = match.group(1) if match and last else None
            if _is_body(segment, acronym):
                start, end = segment[0].start, segment[-1].end
                found.append(NamedBody(name=text[start:end], acronym=acronym, start=start, end=end))
    return sorted(found, key=lambda body: body.start)
