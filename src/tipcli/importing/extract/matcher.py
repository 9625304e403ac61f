"""A small token matcher, after spaCy's Matcher: patterns are tuples of token specs, matched within a sentence.

A pattern is data, e.g. "did not provide any" is

    (T(lower_in=AUXILIARIES), T(lower="not"), T(op="!", lower="only"), T(op="*", max=4, is_word=True), T(lower="any"))

A spec tests one token on its attributes (all given must hold): `text`/`text_in` (as written),
`lower`/`lower_in` (lower-cased; a lexicon set or dict's keys), `phrase_in` (one or more tokens
whose words, joined by a blank, are a phrase of a lexicon vocabulary), `is_number` (starts with a
digit), `is_word` (starts with a letter), `shape` (as spaCy writes it: "dddd", "Xxxxx"),
`match` (a compiled regex the token's text must match whole: for digits inside one token, such as a
year), `is_sent_start`, and `any_of` (one of several specs). Its op says how often:
"" once, "?" at most once, "*" from 0 to `max` times (a BOUNDED run, never open-ended), "!" the
next token must not match (a negative look-ahead that consumes nothing; the end of the sentence
passes).

Linear time: from each start token the matcher tries every path through the pattern, but each "*"
runs at most `max` tokens and a phrase at most its vocabulary's longest phrase, so one start costs a
constant of the pattern (at most the product of (max + 1) over its runs), whatever the length of the
paragraph: a paragraph of n tokens costs O(n). A match never crosses a sentence end. A rule whose
first token is one of a few words is tried only where those words stand (the paragraph's word index).

Each pattern lives in a TokenRule with its name, what it is for, and examples the tests run.
Overlapping matches are resolved in one place, filter_spans: the longest first, then the earliest.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from tipcli.importing.text import Layer, Token, layer


@dataclass(frozen=True, slots=True, kw_only=True)
class T:
    """One token spec of a pattern: every attribute given must hold; op says how many tokens it takes."""

    op: str = ""  # "" one, "?" zero or one, "*" 0..max, "!" the next token is not this (consumes none)
    max: int = 4  # the bound of a "*" run
    name: str = ""  # a capture: Match.group(name) returns the tokens of every spec carrying the name
    text: str | None = None
    text_in: Collection[str] | None = None
    lower: str | None = None
    lower_in: Collection[str] | None = None
    phrase_in: Collection[str] | None = None
    is_number: bool | None = None
    is_word: bool | None = None
    shape: str | None = None
    match: re.Pattern[str] | None = None
    is_sent_start: bool | None = None
    any_of: tuple[T, ...] = ()

    def __post_init__(self) -> None:
        """Hold each vocabulary as a frozenset (a dict's keys, a tuple): looked up fast, and hashable."""
        for name in ("text_in", "lower_in", "phrase_in"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))

    def fits(self, token: Token, sent_start: bool) -> bool:
        """Tell whether one token has every attribute this spec gives (phrase_in aside); the commonest tests first."""
        text = token.text
        if self.lower_in is not None and text.lower() not in self.lower_in:
            return False
        if self.lower is not None and text.lower() != self.lower:
            return False
        if (self.text is not None and text != self.text) or (self.text_in is not None and text not in self.text_in):
            return False
        return not (
            (self.is_number is not None and text[0].isdigit() != self.is_number)
            or (self.is_word is not None and token.is_word != self.is_word)
            or (self.shape is not None and shape(text) != self.shape)
            or (self.match is not None and not self.match.fullmatch(text))
            or (self.is_sent_start is not None and sent_start != self.is_sent_start)
            or (self.any_of and not any(spec.fits(token, sent_start) for spec in self.any_of))
        )


def shape(text: str) -> str:
    """Return a token's shape as spaCy writes it: X upper, x lower, d digit, other kept; runs cut at four."""
    out: list[str] = []
    for char in text:
        mark = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if len(out) < 4 or out[-4:] != [mark] * 4:
            out.append(mark)
    return "".join(out)


@functools.cache
def _phrases(vocabulary: frozenset[str]) -> tuple[frozenset[str], int]:
    """Return a vocabulary's phrases, blanks made single and lower-cased, and its longest phrase in words."""
    phrases = frozenset(" ".join(p.lower().split()) for p in vocabulary)
    return phrases, max((len(p.split()) for p in phrases), default=0)


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenRule:
    """A pattern with its name, the kind of sentence it exists for, and its own examples.

    examples: (sentence, the text the pattern matches there); not_examples: sentences it matches nowhere.
    """

    name: str
    purpose: str
    pattern: tuple[T, ...]
    examples: tuple[tuple[str, str], ...] = ()
    not_examples: tuple[str, ...] = ()
    shortest: bool = False  # from one start, the shortest match wins ("did not ... any": the first "any")


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's match: text[start:end], its tokens, and the tokens each named spec took."""

    rule: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    groups: tuple[tuple[str, tuple[Token, ...]], ...]

    def group(self, name: str) -> tuple[Token, ...]:
        """Return the tokens the specs named `name` took (none when they took nothing)."""
        return tuple(t for key, tokens in self.groups if key == name for t in tokens)


def _takes(spec: T, tokens: Sequence[Token], i: int, end: int, sent_start: int) -> Iterator[int]:
    """Yield how many tokens from i one occurrence of a spec can take (a phrase may take several)."""
    if i >= end:
        return
    if spec.phrase_in is None:
        if spec.fits(tokens[i], i == sent_start):
            yield 1
        return
    phrases, longest = _phrases(frozenset(spec.phrase_in))  # a frozenset already (__post_init__): no copy
    words: list[str] = []
    for j in range(i, min(end, i + longest)):
        words.append(tokens[j].text.lower())
        if " ".join(words) in phrases and spec.fits(tokens[i], i == sent_start):
            yield j - i + 1


def phrase_at(tokens: Sequence[Token], i: int, vocabulary: Collection[str]) -> int:
    """Return how many tokens from i make the longest phrase of a vocabulary (0 when none does)."""
    return max(_takes(T(phrase_in=vocabulary), tokens, i, len(tokens), -1), default=0)


def _lengths(spec: T, tokens: Sequence[Token], i: int, end: int, first: int) -> Sequence[int]:
    """Return how many tokens from i one occurrence of a spec can take: (1,) or () for one token, more for phrases."""
    if spec.phrase_in is None:
        return (1,) if i < end and spec.fits(tokens[i], i == first) else ()
    return tuple(_takes(spec, tokens, i, end, first))


def _best(
    rule: TokenRule, k: int, i: int, count: int, where: tuple[Sequence[Token], int, int]
) -> tuple[int, ...] | None:
    """Return the best way specs k.. match from token i (spec k having matched count times): where each spec ends.

    The best is the one ending last (or first, for a shortest rule); on a tie, the one that stops a run sooner.
    """
    pattern = rule.pattern
    if k == len(pattern):
        return ()
    spec, (tokens, end, first) = pattern[k], where
    if spec.op == "!":
        if _lengths(spec, tokens, i, end, first):
            return None
        rest = _best(rule, k + 1, i, 0, where)
        return None if rest is None else (i, *rest)
    low, high = (1, 1) if not spec.op else (0, 1) if spec.op == "?" else (0, spec.max)
    best = None
    if count >= low:
        rest = _best(rule, k + 1, i, 0, where)
        best = None if rest is None else (i, *rest)
    if count < high:
        for taken in _lengths(spec, tokens, i, end, first):
            more = _best(rule, k, i + taken, count + 1, where)
            if more is not None and (best is None or (more[-1] < best[-1] if rule.shortest else more[-1] > best[-1])):
                best = more
    return best


def _match_at(rule: TokenRule, tokens: Sequence[Token], i: int, end: int, first: int) -> Match | None:
    """Return the longest (or shortest) match of a rule starting at token i, within tokens[first:end] (one sentence)."""
    best = _best(rule, 0, i, 0, (tokens, end, first))
    if best is None or best[-1] == i:  # a match takes one token at least
        return None
    groups = []
    for k, spec in enumerate(rule.pattern):
        if spec.name:
            groups.append((spec.name, tuple(tokens[best[k - 1] if k else i : best[k]])))
    taken = tuple(tokens[i : best[-1]])
    return Match(rule=rule.name, start=taken[0].start, end=taken[-1].end, tokens=taken, groups=tuple(groups))


@functools.lru_cache(maxsize=32)
def sentence_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Return each sentence of a paragraph as a range of token indexes (first, end)."""
    doc = layer(text)
    starts = doc.token_starts
    return tuple(
        (bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
        for start, end in zip(doc.sentence_starts, doc.sentence_ends, strict=True)
    )


@functools.lru_cache(maxsize=32)
def _sentence_firsts(text: str) -> tuple[int, ...]:
    """Return the index of each sentence's first token, for bisection."""
    return tuple(first for first, _ in sentence_ranges(text))


@functools.cache
def _words(spec: T) -> frozenset[str] | None:
    """Return the lower-case words a token must be one of to start what a spec matches, or None when any may."""
    if spec.phrase_in is not None:
        return frozenset(phrase.split()[0] for phrase in _phrases(frozenset(spec.phrase_in))[0])
    for words in (spec.lower_in, spec.text_in):
        if words is not None:
            return frozenset(word.lower() for word in words)
    written = spec.lower if spec.lower is not None else spec.text
    return frozenset({written.lower()}) if written is not None else None


def _gate(rule: TokenRule) -> frozenset[str] | None:
    """Return the lower-case words a rule's first token must be one of, or None when any token may start it."""
    return None if rule.pattern[0].op else _words(rule.pattern[0])


@functools.lru_cache(maxsize=32)
def _lowered(text: str) -> str:
    """Return a paragraph in lower case, once."""
    return text.lower()


@functools.lru_cache(maxsize=32)
def _gate_memo(text: str) -> dict[int, bool]:
    """Return a paragraph's memo of _may_match answers, by rule (its id: the rule tables are module constants)."""
    return {}


def _may_match(text: str, rule: TokenRule) -> bool:
    """Tell whether every word a rule requires stands in the paragraph's raw text, if only inside another word.

    Read on the raw text, so that a paragraph no rule of a table can match (a run of brackets or of
    commas) is never split into tokens; where it passes, _possible then asks the word index.

    Speed: each answer is kept for the paragraph (_gate_memo). A word search reads the whole paragraph, and
    find_between asks once per date or number: without the memo a paragraph of n dates cost n whole-text
    searches, quadratic, and how often depended on which word of a set the search tried first.
    """
    memo = _gate_memo(text)
    answer = memo.get(id(rule))
    if answer is None:
        lowered = _lowered(text)
        answer = all(
            words is None or any(word in lowered for word in words)
            for words in (None if spec.op else _words(spec) for spec in rule.pattern)
        )
        memo[id(rule)] = answer
    return answer


def _possible(rule: TokenRule, index: dict[str, list[int]]) -> bool:
    """Tell whether every token a rule requires has a word that stands somewhere in the paragraph."""
    for spec in rule.pattern:
        words = None if spec.op else _words(spec)
        if words is not None and not any(word in index for word in words):
            return False
    return True


@functools.lru_cache(maxsize=32)
def _word_index(text: str) -> dict[str, list[int]]:
    """Return where each word stands in a paragraph (lower-cased: token indexes, in order)."""
    index: dict[str, list[int]] = {}
    for i, token in enumerate(layer(text).tokens):
        index.setdefault(token.text.lower(), []).append(i)
    return index


def _starts(text: str, rule: TokenRule, low: int, high: int) -> Iterator[int]:
    """Yield the token indexes in [low, high) where a rule may start, in order.

    The speed trick, the only one here: a rule whose first token is one of a few words is tried only
    where those words stand (found in the paragraph's word index, made once), as spaCy's Matcher
    looks up a first token; a long paragraph of other words then costs one pass, not one per table.
    """
    index = _word_index(text)
    if not _possible(rule, index):
        return  # "on Tier 3 in 2016" needs "tier": a paragraph without it is not scanned for it
    gate = _gate(rule)
    if gate is None:
        yield from range(low, high)
        return
    places = [i for word in gate for i in _between_indexes(index.get(word, ()), low, high)]
    yield from sorted(places)


def _between_indexes(places: Sequence[int], low: int, high: int) -> Sequence[int]:
    """Return the indexes of a sorted list that lie in [low, high)."""
    return places[bisect.bisect_left(places, low) : bisect.bisect_left(places, high)]


def _scan(doc: Layer, rules: Sequence[TokenRule], low: int, high: int) -> list[Match]:
    """Return every rule's match from each token index in [low, high), each within its sentence and that range."""
    ranges = sentence_ranges(doc.text)
    firsts = _sentence_firsts(doc.text)
    found = []
    for rule in rules:
        for i in _starts(doc.text, rule, low, high):
            first, end = ranges[bisect.bisect_right(firsts, i) - 1]
            match = _match_at(rule, doc.tokens, i, min(end, high), first)
            if match is not None:
                found.append(match)
    return sorted(found, key=lambda m: m.start)


def find_all(text: str, rules: Sequence[TokenRule]) -> list[Match]:
    """Return every rule's longest match from each token, overlapping ones kept, in text order."""
    rules = [rule for rule in rules if _may_match(text, rule)]
    if not rules:
        return []
    doc = layer(text)
    return _scan(doc, rules, 0, len(doc.tokens))


def find_between(text: str, rules: Sequence[TokenRule], start: int, end: int) -> list[Match]:
    """Return the matches wholly between two offsets of a paragraph, overlaps resolved by filter_spans."""
    rules = [rule for rule in rules if _may_match(text, rule)]
    if not rules:
        return []
    doc = layer(text)
    low = bisect.bisect_left(doc.token_starts, start)
    high = bisect.bisect_left(doc.token_starts, end)
    while high > low and doc.tokens[high - 1].end > end:
        high -= 1
    return filter_spans(_scan(doc, rules, low, high))


def match_from(text: str, rules: Sequence[TokenRule], pos: int) -> Match | None:
    """Return the longest match of a rule table that starts at the first token at or after pos."""
    doc = layer(text)
    low = bisect.bisect_left(doc.token_starts, pos)
    if low == len(doc.tokens):
        return None
    first, end = doc.sentence(doc.tokens[low].start)
    sentence_first = bisect.bisect_left(doc.token_starts, first)
    sentence_end = bisect.bisect_left(doc.token_starts, end)
    found = [m for rule in rules if (m := _match_at(rule, doc.tokens, low, sentence_end, sentence_first))]
    return max(found, key=lambda m: len(m.tokens), default=None)


def filter_spans(matches: Sequence[Match]) -> list[Match]:
    """Keep the matches that overlap no kept one, the longest (in tokens) first, then the earliest; in text order."""
    kept: list[Match] = []
    taken: set[int] = set()
    for match in sorted(matches, key=lambda m: (-len(m.tokens), m.start)):
        spots = {t.start for t in match.tokens}
        if not spots & taken:
            kept.append(match)
            taken |= spots
    return sorted(kept, key=lambda m: m.start)


def find(text: str, rules: Sequence[TokenRule]) -> list[Match]:
    """Return the matches of a rule table in a paragraph, overlaps resolved by filter_spans."""
    return filter_spans(find_all(text, rules))


def match_before(text: str, rules: Sequence[TokenRule], pos: int, reach: int) -> list[Match]:
    """Return each rule's match that ends right before pos (blanks between), starting within reach tokens of it.

    For a rule asked once per figure about the words before it ("fines of [up to 9,000 rundas]"): no
    match runs past pos, so a rule ending in an optional or repeated part still ends where the figure
    starts, and a figure costs its reach tokens, never a scan of its paragraph.
    """
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, pos)
    if index == 0:
        return []
    first = bisect.bisect_left(doc.token_starts, doc.sentence(doc.tokens[index - 1].start)[0])
    gates = [(rule, _gate(rule)) for rule in rules]
    found = []
    for i in range(max(first, index - reach), index):
        word = doc.tokens[i].text.lower()
        for rule, gate in gates:
            if gate is not None and word not in gate:
                continue
            match = _match_at(rule, doc.tokens, i, index, first)
            if match is not None and match.end <= pos and not text[match.end : pos].strip():
                found.append(match)
    return found
