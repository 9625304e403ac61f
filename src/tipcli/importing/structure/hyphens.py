"""Line-end hyphens: the typesetter's (joined) and a word's own (kept), told apart by the document's words.

A word broken at a line end ("traf-" / "ficking") is joined; a hyphenated word broken at its
hyphen ("anti-" / "trafficking") keeps it. What decides, in order: a capital or a digit after the
hyphen keeps it ("Port-Clément", "COVID-19"); the word written whole elsewhere in the document
joins it; written with its hyphen elsewhere keeps it; a prefix English also writes closed ("pre-",
"co-") keeps it only before a word of the document; a first part that is a prefix which keeps
its hyphen ("anti-", "non-", "self-"), a number word ("one-" / "year") or an acronym ("NGO-") keeps
it; two parts that are each a word of the document, or its plural ("government-" / "run"), keep it;
else it is joined. A dash after a digit or a full stop ("60-" / "day", "2015–" / "2018", "U.S.-")
is always kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tipcli.importing.lexicon.numbers import TENS_WORDS, UNIT_WORDS

_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TENS_WORDS)  # "one-year", "twenty-five"
KEEP_PREFIXES = frozenset({"anti", "non", "self", "cross", "counter", "co", "ex", "multi", "post", "pre", "well"})
# Prefixes English also writes closed ("prescribed", "cooperate", "multilateral"): their hyphen is kept only
# before a word of the document ("pre-" / "trial"); before a syllable ("pre-" / "scribed") it is the typesetter's.
CLOSED_PREFIXES = frozenset({"cross", "counter", "co", "ex", "multi", "post", "pre"})
SOFT_HYPHEN = "\u00ad"  # some PDF-to-text tools write the typesetter's line-end hyphen as this
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_DASH_AFTER_SIGN = re.compile(r"[\d.)’'][-–]$")
_HYPHENATED_END = re.compile(r"(?<!\S)([^\W\d_][\w’'-]*)-$")


def whole_words(lines: Iterable[str]) -> set[str]:
    """Every word written whole inside a line (not first or last: those may be parts), lower case, hyphens kept."""
    words: set[str] = set()
    for line in lines:
        found = _WORD.findall(line)
        words.update(w.lower().rstrip("-’'") for w in found[1:-1])
    return words


def joined_hyphen(line: str, following: str, vocabulary: set[str]) -> bool | None:
    """Tell how `line` ending in a hyphen joins `following`: True keeps the hyphen, False drops it; None: no hyphen to join."""
    if line.endswith(SOFT_HYPHEN) and following[:1].isalpha():
        return False  # a soft hyphen is only ever the typesetter's
    if _DASH_AFTER_SIGN.search(line) and following[:1].isalnum():
        return True  # "60-" / "day", "U.S.-" / "funded": no typesetter breaks a number
    head = _HYPHENATED_END.search(line)
    tail = _WORD.match(following)
    if head is None or not (tail or following[:1].isdigit()):
        return None
    second = tail[0].rstrip("-’'") if tail else following
    return keeps_hyphen(head[1], second, vocabulary)


def keeps_hyphen(first: str, second: str, vocabulary: set[str]) -> bool:
    """Tell whether 'first-' at a line end and 'second' on the next line are one hyphenated word."""
    if not second[:1].isalpha() or second[:1].isupper():  # Port-Clément, COVID-19
        return True
    if (first + second).lower() in vocabulary:  # written whole elsewhere: the typesetter's hyphen
        return False
    if f"{first}-{second}".lower() in vocabulary:  # written with its hyphen elsewhere
        return True
    last = first.rsplit("-", 1)[-1]
    if last.lower() in CLOSED_PREFIXES:
        return _is_word(second.lower(), vocabulary)  # pre-trial, but prescribed
    if last.lower() in KEEP_PREFIXES or last.lower() in _NUMBER_WORDS or (len(last) >= 2 and last.isupper()):
        return True  # anti-, one-year, NGO-run
    # Two words of the document ("government" / "run", "long" / "term" beside "terms"): a compound; a
    # syllable ("traf") is no word.
    return _is_word(last.lower(), vocabulary) and _is_word(second.lower(), vocabulary)


def _is_word(part: str, vocabulary: set[str]) -> bool:
    """Tell whether a part of a broken word is written as a word of the document (or its plural is)."""
    return part in vocabulary or f"{part}s" in vocabulary
