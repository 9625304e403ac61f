"""A drafted figure's label: what its number counts, said in words of its own sentence.

Never a bare unit ("stellings"), a fragment ("30-day") or the number itself ("$7,000"): a count
is named by its noun and the verb acting on it ("trafficking cases investigated"); an amount, a
term or a period by the noun it belongs to ("reflection period", "maximum fine") and what it is
for ("allocated to victim shelters"). A bracketed conversion is labelled as the amount it converts.

Pure functions over (sentence, span of the figure's quote, unit, kind).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from tipcli.importing.extract.matcher import Match, T, TokenRule, match_from, phrase_at
from tipcli.importing.extract.numbers import find_numbers
from tipcli.importing.lexicon.hedges import COMPARISONS, HEDGES, LIMIT_HEDGES
from tipcli.importing.lexicon.nouns import PEOPLE, TIME_UNITS
from tipcli.importing.lexicon.nouns import STOP as NOUN_STOP
from tipcli.importing.lexicon.numbers import MULTIPLES, SCALE_WORDS, TENS_WORDS, TIMES, UNIT_WORDS, ZERO_MARKERS
from tipcli.importing.lexicon.verbs import IRREGULAR_PAST, NOT_VERBS, PASSIVE_AUXILIARIES
from tipcli.importing.text import Token, layer

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "with",
        "by",
        "at",
        "in",
        "on",
        "and",
        "or",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "its",
        "their",
        "his",
        "her",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "as",
        "from",
        "than",
        "some",
        "about",
        "approximately",
        "around",
        "nearly",
        "over",
        "more",
        "less",
        "least",
        "up",
        "only",
        "just",
        "roughly",
        "almost",
        "totaling",
        "totalling",
        "worth",
        "each",
        "per",
        "all",
        "both",
        "any",
        "no",
        "not",
        "between",
        "while",
        "if",
        "when",
        "after",
        "before",
        "because",
        "although",
        "whether",
        "unless",
        "until",
        "so",
    ]
)
_PREPOSITIONS = ("for", "to", "on", "in", "into", "under", "against", "from", "as", "of")
_SUBORDINATORS = frozenset(
    ["while", "if", "when", "after", "before", "because", "although", "whether", "unless", "until", "so"]
)
_PRONOUNS = frozenset(["they", "he", "she", "it", "we", "them", "him", "her"])
_BOUNDARIES = frozenset(",;:()[].!?—–")  # marks that end the clause a label is read from (and numbers)
_GLUED = ("’", "'", "-")  # written right after a word, they are part of it ("dancers'", "NGO-")
_TAIL_REACH = 200  # a label takes a few words after the quote; a paragraph with no boundary must not be read whole
_TAIL_TOKENS = 40  # the same, in tokens: words after a count are read from at most this many
_CLAUSE_TOKENS = 24  # tokens before a count: its clause's last six words, and punctuation between them
_REACH = 5  # tokens before a number: the longest comparison and hedge ("compared with as many as")
_BACK_REFERENTS = frozenset(["them", "whom", "these", "those", "which"])  # "of them", "among whom"
_COMPARED_RULES = (
    TokenRule(
        name="comparison before a figure",
        purpose='"compared with 52", "up from 40", "vs. 19": the figure is compared with another, and named as that one',
        pattern=(T(phrase_in=COMPARISONS),),
        examples=(
            ("Courts heard 30 cases, compared with 22 a year before.", "compared with"),
            ("Judges heard 30 appeals vs 19 in the prior year.", "vs"),
        ),
        not_examples=("The unit compared notes with 12 NGOs.",),
    ),
    TokenRule(
        name="hedged comparison before a figure",
        purpose='"down from about 60": a comparison, then a hedge, before the figure compared with',
        pattern=(T(phrase_in=COMPARISONS), T(phrase_in=HEDGES)),
        examples=(("Arrests fell to 12, down from nearly 60.", "down from nearly"),),
    ),
)
_VERB_AFTER_RULES = (
    TokenRule(
        name="verb after a count",
        purpose='"12 suspects were charged", "300 migrants crossed": the word after a count, past a passive\'s auxiliary',
        pattern=(T(op="?", phrase_in=PASSIVE_AUXILIARIES), T(match=re.compile(r"[a-z].*"), name="verb")),
        examples=(("Of the 40, 12 suspects were charged.", "were charged"),),
    ),
)
_COMPARISON_FIRSTS = frozenset(phrase.split()[0] for phrase in COMPARISONS)
_CONVERSION_RULES = (
    TokenRule(
        name="bracket before an amount",
        purpose='"500,000 rundas ($7,000)": an amount right after a bracket converts the one before it',
        pattern=(T(text_in=("(", "[")),),
        examples=(("The fund paid 40,000 dals ($900) to victims.", "("),),
    ),
    TokenRule(
        name="bracket and hedge before an amount",
        purpose='"900,000 rundas (about $70,000)": a hedge between the bracket and the converted amount',
        pattern=(T(text_in=("(", "[")), T(phrase_in=HEDGES)),
        examples=(("The fund paid 40,000 dals (approximately $900) to victims.", "(approximately"),),
    ),
)
# One token: a number hyphened to a word ("30-day", "12-member"), which a quote ending there leaves a fragment.
_HYPHENED_NUMBER = re.compile(r".*\d-[a-z]+")
_PERIODS = tuple(word for word, plural in TIME_UNITS.items() if plural in ("years", "months", "days"))
_POSSESSIVE_ENDS = frozenset({"’", "'", "’s", "'s", "s"})  # "years' imprisonment", "a year's term"
_RANGE_GAPS = frozenset({"to", "and", "-", "–"})  # between a range's two numbers
LABEL_RULES = (*_COMPARED_RULES, *_VERB_AFTER_RULES, *_CONVERSION_RULES)  # the tests run their examples
_TIME_UNITS = frozenset(TIME_UNITS)
_IRREGULAR = IRREGULAR_PAST  # past tenses without -ed
_NUMBER_WORDS = frozenset([*UNIT_WORDS, *TENS_WORDS, *SCALE_WORDS, *MULTIPLES, *TIMES])
_NOT_OF_HEADS = frozenset(["total", "number", "maximum", "minimum", "average", "sum", "group", "each", "one"])
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# Words before a count that are no action on it: "compared with 52", "the remaining four", "currently 210".
_NOT_ACTIONS = frozenset(
    [
        "compared",
        "remaining",
        "including",
        "totaling",
        "totalling",
        "exceeding",
        "according",
        "involving",
        "concerning",
        "regarding",
        "following",
        "affecting",
        "during",
        "pending",
    ]
)
_NOT_VERBS = NOT_VERBS
_OPENERS = frozenset(["and", "or", "but", "which", "who", "whom", "that", "of", "in", "on", "at", "by", "with"])
_HEDGE_WORDS = frozenset(
    [
        "an",
        "a",
        "the",
        "estimated",
        "approximately",
        "about",
        "around",
        "nearly",
        "some",
        "only",
        "over",
        "at",
        "least",
        "more",
        "than",
        "up",
        "to",
        "almost",
        "roughly",
        "just",
    ]
)
_LIMIT = 60  # characters: a label says what is counted, it does not retell the sentence


def _trim(words: list[str]) -> list[str]:
    """Drop stop words at both ends."""
    while words and words[0].lower() in _STOP:
        words = words[1:]
    while words and words[-1].lower() in _STOP:
        words = words[:-1]
    return words


def _cut(text: str) -> int | None:
    """Return where a token's text first holds a boundary mark or a digit ("U.S" at ".", "30-day" at "3"), or None."""
    return next((i for i, char in enumerate(text) if char in _BOUNDARIES or char.isdigit()), None)


def _word(text: str) -> str:
    """Return a piece of a token as a word: from its first letter ("-day" is "day"), or '' when it has none."""
    core = text.lstrip("-'’")
    return core if core[:1].isalpha() else ""


def _glued(tokens: Sequence[Token], i: int) -> str:
    """Return an apostrophe or hyphen written right after token i ("dancers’ passports", "NGO- operated"), or ''."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after.text if after is not None and after.start == tokens[i].end and after.text in _GLUED else ""


def _around(text: str, pos: int, *, after: bool) -> list[Token]:
    """Return the tokens after pos (or before it) in its sentence; a token pos cuts is cut there too."""
    doc = layer(text)
    index = bisect.bisect_right(doc.token_starts, pos) - 1
    cut = doc.tokens[index] if index >= 0 and doc.tokens[index].start < pos < doc.tokens[index].end else None
    if after:
        rest = [Token(pos, cut.end, cut.text[pos - cut.start :])] if cut else []
        return rest + list(doc.words_after(pos, _TAIL_TOKENS))
    head = [Token(cut.start, pos, cut.text[: pos - cut.start])] if cut else []
    return list(doc.words_before(pos, _CLAUSE_TOKENS)) + head


def _clause_before(text: str, start: int) -> list[str]:
    """Return the words before start in its sentence, back to a boundary (punctuation or a number), of its last
    six blank-separated chunks ("lines of ~56": "of" and "~" are two)."""
    tokens = _around(text, start, after=False)
    words: list[str] = []
    chunks, right = 0, start
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        chunks += not chunks or token.end < right
        right = token.start
        if chunks > 6:
            break
        cut = _cut(token.text)
        if cut is not None:  # "30-day program": the words after the number's last digit
            last = max(j for j, char in enumerate(token.text) if char in _BOUNDARIES or char.isdigit())
            words[:0] = [word] if (word := _word(token.text[last + 1 :])) else []
            break
        if token.is_word:
            words.insert(0, token.text + _glued(tokens, i))
    return words


def _words_after(text: str, end: int, *, past_bracket: bool = False) -> list[str]:
    """Return the words after end in its sentence up to a boundary (punctuation or a number); past_bracket: first
    past a bracket that opens right there ("500,000 rundas ($7,000) for ...": past the conversion)."""
    tokens = _around(text, end, after=True)
    if past_bracket and tokens and tokens[0].text in ("(", "["):
        close = next((i for i, token in enumerate(tokens) if token.text in (")", "]")), None)
        tokens = tokens[close + 1 :] if close is not None else tokens
    words = []
    for i, token in enumerate(tokens):
        cut = _cut(token.text)
        if cut is not None:  # "val-cerise-2018": the words before the number
            words += [word] if (word := _word(token.text[:cut])) else []
            break
        if word := _word(token.text):
            words.append(word + _glued(tokens, i))
    return words


def _tail(text: str, end: int) -> str:
    """Return the prepositional phrase right after end ("for victim services"), up to a boundary, four words."""
    words = _words_after(text, end, past_bracket=True)
    if not words or words[0].lower() not in _PREPOSITIONS:
        return ""
    kept = [words[0]]
    for word in words[1:5]:
        if word.lower() in ("and", "or", "but", "which", "who", "while", "after", "before", "because"):
            break
        kept.append(word)
    kept = _trim(kept[1:])
    return f"{words[0]} {' '.join(kept)}" if kept else ""


def _noun_after(text: str, end: int) -> tuple[str, int]:
    """Return the noun right after a quote that ends inside its phrase ("30-day| reflection period", "years’|
    imprisonment"), and where it ends: up to three lower-case words after a blank (and an "of"), to a small word."""
    tokens = _around(text, end, after=True)
    i = 1 if tokens and tokens[0].start == end and tokens[0].text in _POSSESSIVE_ENDS else 0
    if i < len(tokens) and tokens[i].text == "of" and tokens[i].start > _end_of(tokens, i, end):
        i += 1
    words: list[Token] = []
    while i < len(tokens) and len(words) < 3 and tokens[i].start > _end_of(tokens, i, end):
        token = tokens[i]
        word = "".join(itertools.takewhile(lambda char: char.isalnum() or char in "_-", token.text))
        if not ("a" <= word[:1] <= "z") or word.lower() in _STOP or word.lower() in _PREPOSITIONS:
            break
        words.append(Token(token.start, token.start + len(word), word))
        if len(word) < len(token.text):
            break  # "period's": the word ends at its apostrophe, and the noun with it
        i += 1
    return " ".join(token.text for token in words), (words[-1].end if words else end)


def _end_of(tokens: Sequence[Token], i: int, end: int) -> int:
    """Return where the token before token i ends (end, for the first): a blank must stand between them."""
    return tokens[i - 1].end if i else end


def _words_between(text: str, start: int, end: int) -> list[str]:
    """Return the words of text[start:end] by its tokens (a token either end cuts is cut there), in order."""
    doc = layer(text)
    first = max(0, bisect.bisect_right(doc.token_starts, start) - 1)
    tokens = [t for t in doc.tokens[first : bisect.bisect_left(doc.token_starts, end)] if t.end > start]
    pieces = [Token(max(t.start, start), min(t.end, end), text[max(t.start, start) : min(t.end, end)]) for t in tokens]
    return [word + _glued(pieces, i) for i, piece in enumerate(pieces) if (word := _word(piece.text))]


def _counted_noun(text: str, start: int, end: int) -> str:
    """Return the words after the last number of a quote: its counted noun phrase ("" when there is none)."""
    numbers = find_numbers(text[start:end])
    return " ".join(_trim(_words_between(text, start + numbers[-1].end if numbers else start, end)))


def _last_piece(text: str, end: int) -> str:
    """Return the text of the token a quote ends with, up to the quote's end ("30-day", "years")."""
    doc = layer(text)
    index = bisect.bisect_right(doc.token_starts, end - 1) - 1
    token = doc.tokens[index] if index >= 0 else None
    return text[token.start : end] if token is not None and token.start < end <= token.end else ""


def _hyphened_number(text: str, end: int) -> bool:
    """Tell whether a quote ends on a hyphened number ("a 30-day", "12-member"): a fragment of a phrase."""
    return bool(_HYPHENED_NUMBER.fullmatch(_last_piece(text, end)))


def _limit(text: str, start: int) -> str | None:
    """Return "maximum" or "minimum" when a quote opens with a hedge that makes it a limit ("up to", "at least")."""
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, start)
    taken = phrase_at(doc.tokens, index, LIMIT_HEDGES)
    return LIMIT_HEDGES[" ".join(t.text.lower() for t in doc.tokens[index : index + taken])] if taken else None


def _count_label(text: str, start: int, end: int, noun: str, depth: int = 0) -> str:
    """Return what a count counts: its noun and the first thing _COUNT_NAMERS finds to say of it.

    "investigated 41 cases" and "41 cases were investigated" give "cases investigated"; "130 beds for
    victims" gives "beds for victims"; a count with no verb of its own is named by the clause it
    closes, as a relative clause would ("the ministry employs 70 inspectors": "inspectors the
    ministry employs"). A comparison figure ("compared with 52") is named as the figure it is
    compared with, and one in a list ("trained 40 police, 12 judges") by the verb of the list.
    """
    before = _clause_before(text, start)
    for namer in _COUNT_NAMERS:
        said = namer(text, start, end, before, depth)
        if said:
            return f"{noun} {said}".strip()
    return noun


def _by_comparison(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "compared with 52", or a count in brackets after another ("88 cases (103 in 2018)"): as that one."""
    if depth or not (_compared_before(text, start) or _bracketed_before(text, start)):
        return ""
    earlier = _number_before(text, start)
    return f"{_count_label(text, *earlier, '', depth + 1)} (compared)".strip() if earlier else ""


def _by_verb_before(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "convicted 12 traffickers": the verb right before the count."""
    verb = before[-1] if before else ""
    return verb if verb.islower() and _is_verb(verb) and verb not in _NOT_ACTIONS else ""


def _by_verb_after(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "12 suspects were charged", "300 migrants crossed": the verb right after the count."""
    verb = _verb_after(text, end)
    return verb if _is_verb(verb) and verb not in _NOT_ACTIONS else ""


def _by_shared_verb(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "trained 40 police, 12 judges and 9 prosecutors", "charged 30 suspects in 11 cases", "identified 90
    victims, including 20 children": a count that follows another with no verb between shares its verb."""
    earlier = _number_before(text, start) if depth < 3 else None
    if earlier is None:
        return ""
    doc = layer(text)
    between = doc.tokens[bisect.bisect_left(doc.token_starts, earlier[1]) : bisect.bisect_left(doc.token_starts, start)]
    gap = [token.text for token in between if token.is_word]
    if len(gap) > 6 or any(w.islower() and (w.endswith("ed") or w in _IRREGULAR) and _is_verb(w) for w in gap):
        return ""
    return _count_label(text, *earlier, "", depth + 1)


def _by_tail(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "130 beds for victims": the phrase right after the count."""
    tail = _tail(text, end)
    return tail if tail and not _has_digit(tail) and not _is_back_reference(tail.split()) else ""


def _by_clause(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "the ministry employs 70 inspectors": the clause the count closes, when it has a finite verb (a past
    tense, or a present one right before the count); "a special unit of 25 officers": "of" the unit."""
    clause = _clause_words(before)
    if any(w.islower() and (w.endswith("ed") or w in _IRREGULAR) and _is_verb(w) for w in clause) or (
        clause and clause[-1].islower() and clause[-1].endswith("s") and clause[-1] not in NOUN_STOP
    ):
        return " ".join(clause)
    if clause and clause[-1] == "of":
        phrase = list(itertools.takewhile(lambda w: w.lower() not in ("and", "or", "with"), reversed(clause[:-1])))
        if phrase and phrase[0].lower() not in _NOT_OF_HEADS:
            return f"of {' '.join(reversed(phrase))}"
    return ""


def _by_subject_verb(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """ "Some 300 victims, 120 of them children, received care": the first verb after a count that opens its clause."""
    if _clause_words(before):
        return ""
    doc = layer(text)
    stop = min(doc.sentence(start)[1], end + _TAIL_REACH)
    after = doc.tokens[bisect.bisect_left(doc.token_starts, end) : bisect.bisect_right(doc.token_starts, stop)]
    verb = next((t.text for t in after if t.end <= stop and t.is_word and t.text.islower() and _is_verb(t.text)), "")
    return verb if verb not in _NOT_ACTIONS else ""


def _by_words_after(text: str, start: int, end: int, before: list[str], depth: int) -> str:
    """The words after the count, up to a boundary: the last resort."""
    return " ".join(_named_after(text, end))


# What names a count, in the order tried: the first that says something wins.
_COUNT_NAMERS = (
    _by_comparison,
    _by_verb_before,
    _by_verb_after,
    _by_shared_verb,
    _by_tail,
    _by_clause,
    _by_subject_verb,
    _by_words_after,
)


def _named_after(text: str, end: int) -> list[str]:
    """Return up to four words after a count, up to a boundary, past an "of them" and without stop words at the ends."""
    words = _words_after(text, end)
    if _is_back_reference(words):
        words = words[2:]  # "51 of them for sex trafficking": past "of them"
    words = words[:4]
    while words and (words[-1].lower() in _STOP or words[-1].lower() in _NOT_ACTIONS):
        words = words[:-1]
    return _trim(words)


def _is_verb(word: str) -> bool:
    """Tell whether a lower-case word reads as a past tense or participle ("convicted", "held", "seeking")."""
    return (word.endswith(("ed", "ing")) and len(word) > 4 and word not in _NOT_VERBS) or word in _IRREGULAR


def _is_back_reference(words: Sequence[str]) -> bool:
    """Tell whether words open with a reference back to a group ("of them", "among whom")."""
    return len(words) >= 2 and words[0].lower() in ("of", "among") and words[1].lower() in _BACK_REFERENTS


def _has_digit(words: str) -> bool:
    """Tell whether a label's words hold a digit."""
    return any(char.isdigit() for char in words)


def _compared_before(text: str, start: int) -> bool:
    """Tell whether a comparison ("compared with", "up from about") ends right before start."""
    return _ends_before(text, _COMPARED_RULES, start, _COMPARISON_FIRSTS) is not None


def _ends_before(text: str, rules: Sequence[TokenRule], start: int, firsts: frozenset[str]) -> Match | None:
    """Return the match of rules that ends right before start (blanks between), tried from the few tokens before it.

    Only from a token that is one of the words the rules start with (firsts): a count costs a look at five tokens.
    """
    doc = layer(text)
    index = bisect.bisect_left(doc.token_starts, start)
    for k in range(max(0, index - _REACH), index):
        if doc.tokens[k].text.lower() not in firsts:
            continue
        for rule in rules:  # each on its own: a longer rule may run past start where a shorter one ends before it
            match = match_from(text, (rule,), doc.tokens[k].start)
            if match is not None and match.end <= start and not text[match.end : start].strip():
                return match
    return None


def _bracketed_before(text: str, start: int) -> bool:
    """Tell whether start follows a bracket that opens right after a word or number ("88 cases (103 in 2018)")."""
    before = layer(text).words_before(start, 2)
    return (
        len(before) == 2
        and before[1].text in ("(", "[")
        and not text[before[1].end : start].strip()
        and (before[0].text[-1].isalnum() or before[0].text[-1] == "_")
        and not text[before[0].end : before[1].start].strip()
    )


def _verb_after(text: str, end: int) -> str:
    """Return the word right after a count, past a passive's auxiliary ("12 suspects were charged"): '' when none.

    The word must follow a blank on the same line, and be in lower case (its letters up to a hyphen or apostrophe).
    """
    match = match_from(text, _VERB_AFTER_RULES, end)
    if match is None or match.start == end or text[end : match.start].strip(" \t"):
        return ""
    verb = match.group("verb")[0].text
    letters = "".join(itertools.takewhile(lambda char: "a" <= char <= "z", verb))
    return letters if letters and (len(letters) == len(verb) or verb[len(letters)] in "-'’") else ""


def _clause_words(before: list[str]) -> list[str]:
    """Return the clause before a count, without its opening conjunction or its hedges, lower-cased at its start."""
    while before and (before[0].lower() in _SUBORDINATORS or before[0].lower() in _OPENERS):
        before = before[1:]
    while before and before[-1].lower() in _HEDGE_WORDS:
        before = before[:-1]
    if before and before[0] in ("The", "A", "An", "Some", "Its", "Their"):
        before = [before[0].lower(), *before[1:]]
    return before[-5:] if len(before) > 5 else before


def _number_before(text: str, start: int) -> tuple[int, int] | None:
    """Return the span of the number before start in its sentence (not a year), at most 40 tokens back.

    Tokens, not find_numbers over a window: each figure of a paragraph asks this (and a list's count
    asks it again for the one before), so it must cost a few tokens, not a parse of the window.
    """
    lay = layer(text)
    sentence_start = lay.sentence(start)[0]
    index = bisect.bisect_left(lay.token_starts, start)
    for token in reversed(lay.tokens[max(0, index - 40) : index]):
        if token.start < sentence_start:
            return None
        digits = token.text[0].isdigit() and not _YEAR_RE.fullmatch(token.text)
        if digits or token.lower in _NUMBER_WORDS:
            return token.start, token.end
    return None


def figure_label(text: str, start: int, end: int, *, unit: str, kind: str) -> str:
    """Return a short label of the figure quoted by text[start:end], in words of its sentence."""
    quote = " ".join(text[start:end].split())
    if unit in ("USD", "") and _ends_before(text, _CONVERSION_RULES, start, frozenset(("(", "["))):
        window = max(0, start - 80)
        previous = find_numbers(text[window:start])
        if previous:  # "500,000 stellings ($7,000)": the label of the amount converted, from its range's start
            first = len(previous) - 1
            while first > 0 and (
                text[window + previous[first - 1].end : window + previous[first].start].strip() in _RANGE_GAPS
            ):
                first -= 1
            anchor = window + previous[first].start
            return figure_label(text, anchor, text.rfind("(", anchor, start), unit="", kind=kind)
    doc = layer(text)
    inside = doc.tokens[bisect.bisect_left(doc.token_starts, start) : bisect.bisect_left(doc.token_starts, end)]
    if any(token.text.lower() in ZERO_MARKERS for token in inside) and not find_numbers(quote):
        if len(quote.split()) > 1 or not unit:
            return quote  # "did not report any convictions": the quote says what is counted, and that it is none
        return _short(_count_label(text, start, end, unit))  # "none was prosecuted": what none of them was
    noun = _counted_noun(text, start, end)
    money_or_time = kind in ("money", "penalty", "duration", "threshold", "percentage") or not unit
    if not money_or_time and unit.lower() not in _TIME_UNITS and not _hyphened_number(text, end):
        return _short(_count_label(text, start, end, noun or unit))
    if kind == "threshold" and unit == "years":  # figure_kinds makes a span of years a threshold only for an age
        return _age_label(text, start)
    if kind == "percentage":
        label = _percentage_label(text, start, end)
        if label:
            return _short(label)
    label = _context_label(text, start, end)
    if not label or label.lower() in (unit.lower(), "usd", "percent") or label.lower() == noun.lower():
        after = _trim(_words_after(text, end)[:5])
        label = " ".join([noun or unit, *after]) if after else (label or f"{noun or unit} ({kind})")
    return _short(label)


def _age_label(text: str, start: int) -> str:
    """Return whose age a threshold is ("girls as young as 13", "children younger than 15"): the people
    named last before it in its sentence."""
    window = max(layer(text).sentence(start)[0], start - _TAIL_REACH)
    people = [w for w in _words_between(text, window, start) if w.lower() in PEOPLE or w.lower() == "victims"]
    return f"age of {people[-1].lower()}" if people else "age"


def _percentage_label(text: str, start: int, end: int) -> str:
    """Return what a percentage is of: a share ("40 percent of identified victims"), a change ("an 18
    percent increase in funding") or the clause it closes ("funding rose by 18 percent")."""
    share = _share_of(text, end)
    if share is not None:  # "of identified victims were", "of those convicted": to the first small word after the first
        words = _words_between(text, share, share + 80)[:5]
        kept = words[:1] + list(
            itertools.takewhile(
                lambda w: w.lower() not in NOUN_STOP and not (w.endswith("ing") and w.lower() != "trafficking"),
                words[1:],
            )
        )
        if kept and not (len(kept) == 1 and kept[0].lower() in _STOP):
            return f"share of {' '.join(kept)}"
    noun, after = _noun_after(text, end)
    noun = "" if noun and _is_verb(noun.split()[0]) else noun  # "40 percent compared with": no noun
    if noun:
        tail = _tail(text, after)
        return f"{noun} {tail}" if tail and not _has_digit(tail) else noun
    if _compared_before(text, start):  # "compared with 40 percent": as the one before
        earlier = _number_before(text, start)
        if earlier is not None and not _compared_before(text, earlier[0]):
            label = _percentage_label(text, *earlier)
            return f"{label} (compared)" if label else ""
    clause = _clause_words(_clause_before(text, start))
    while clause and clause[-1].lower() in _STOP:
        clause = clause[:-1]
    while clause and clause[0].lower() in ("a", "an", "the"):
        clause = clause[1:]
    return " ".join(clause)


def _share_of(text: str, end: int) -> int | None:
    """Return where "of" ends when it follows a percentage between blanks on one line ("40 percent of victims")."""
    after = layer(text).words_after(end, 1)
    if not after or after[0].text != "of" or text[end : after[0].start].strip(" \t") or after[0].start == end:
        return None
    blank = text[after[0].end : after[0].end + 1]
    return after[0].end + 1 if blank in (" ", "\t") else None


def _context_label(text: str, start: int, end: int) -> str:
    """Return what an amount, a term or a period is for, from the words around it."""
    last = _last_piece(text, end)
    head = _noun_after(text, end)[0] if _HYPHENED_NUMBER.fullmatch(last) or last.endswith(_PERIODS) else ""
    before = _trim(_clause_before(text, start))
    cut = [i for i, w in enumerate(before) if w.lower() in _SUBORDINATORS]
    before = _trim([w for w in before[cut[-1] + 1 if cut else 0 :] if w.lower() not in _PRONOUNS])
    if not head and before:
        verbs = [
            i for i, w in enumerate(before) if w.islower() and ((w.endswith("ed") and len(w) > 4) or w in _IRREGULAR)
        ]
        head = " ".join(before[verbs[-1] :] if verbs else before[-2:])
        head = " ".join(_trim(head.split()))
    if not head:
        return ""
    limit = _limit(text, start)
    if limit is not None and limit not in head:
        head = f"{limit} {head}"
    return f"{head} {_tail(text, end)}".strip()


def _short(label: str) -> str:
    """Return label cut at a word boundary to at most _LIMIT characters."""
    if len(label) <= _LIMIT:
        return label
    return label[:_LIMIT].rsplit(" ", 1)[0]
