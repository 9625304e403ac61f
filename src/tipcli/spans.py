"""Where things stand in a paragraph's text: its sentences, and a phrase as whole words."""

import re
from collections.abc import Iterable, Iterator

from tipcli.model import Sentence

# The months' abbreviations, with their numbers: "in Sept. 2019" and "on Jan. 5, 2019" go on, so the
# splitter (for search, cite and the importer alike) must know them; the importer's lexicon reads them here.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip

# Patterns stay strings, compiled (and cached by `re`) on first use: a start that reads the report
# from the cache never needs them.
_NO_SPLIT_BEFORE = r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|No|Ed|vs)\.$"
_MONTH_BEFORE = r"\b(?:" + "|".join(name.capitalize() for name in MONTH_ABBREVIATIONS) + r")\.$"
_SENTENCE_GAP = r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split a paragraph into sentences at ., ! or ? followed by space and a capital or a digit,
    but not after an initial or a title ("U.S.", "Dr."), nor after a month's abbreviation before a
    number ("in Sept. 2019")."""
    starts = [0]
    for gap in re.finditer(_SENTENCE_GAP, text):
        before = max(0, gap.start() - 20), gap.start()
        if re.compile(_NO_SPLIT_BEFORE).search(text, *before):
            continue
        if text[gap.end() : gap.end() + 1].isdigit() and re.compile(_MONTH_BEFORE).search(text, *before):
            continue
        starts.append(gap.end())
    sentences = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        chunk = text[start:end].rstrip()
        sentences.append(Sentence(index=i + 1, start=start, end=start + len(chunk), text=chunk))
    return tuple(sentences)


def find_phrase(text: str, phrase: str, lowered: str | None = None) -> Iterator[tuple[int, int]]:
    """Yield the spans where `phrase` stands in `text` (`lowered`: text.lower()) as whole words, in any case."""
    hay, needle = lowered if lowered is not None else text.lower(), phrase.lower()
    if len(hay) != len(text) or len(needle) != len(phrase):  # lower() changed lengths: let re map offsets
        pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
        yield from (m.span() for m in re.finditer(pattern, text, re.IGNORECASE))
        return
    start = hay.find(needle)
    while start != -1:
        end = start + len(needle)
        if not (_is_word(hay, start - 1) or _is_word(hay, end)):
            yield start, end
        start = hay.find(needle, start + 1)


PhraseIndex = tuple[dict[str, list[tuple[str, str]]], list[str]]  # by first word; those that need re


def phrase_index(phrases: Iterable[str]) -> PhraseIndex:
    """Prepare phrases for find_phrases: each under its first word, lower-cased, once for all paragraphs."""
    by_first: dict[str, list[tuple[str, str]]] = {}
    other = []
    for phrase in set(phrases):
        needle = phrase.lower()
        first = re.match(r"\w+", needle)
        if first is None or len(needle) != len(phrase):
            other.append(phrase)  # starts with no letter, or lower() changes its length
        else:
            by_first.setdefault(first[0], []).append((phrase, needle))
    return by_first, other


def find_phrases(text: str, index: PhraseIndex) -> dict[str, list[tuple[int, int]]]:
    """Return the spans of each phrase of `index` that stands in `text` as whole words, in any case,
    as find_phrase would, in one pass over the text's words: a phrase is tried only where its first
    word stands (thousands of agencies times a long paragraph would otherwise rescan the paragraph
    once a phrase, minutes of work)."""
    by_first, other = index
    lowered = text.lower()
    if len(lowered) != len(text):  # lower() changed offsets (a rare letter): let re map them, phrase by phrase
        other, by_first = other + [phrase for group in by_first.values() for phrase, _ in group], {}
    found = {phrase: spans for phrase in other if (spans := list(find_phrase(text, phrase, lowered)))}
    for word in re.finditer(r"\w+", lowered) if by_first else ():
        for phrase, needle in by_first.get(word[0], ()):
            start, end = word.start(), word.start() + len(needle)
            if lowered.startswith(needle, start) and not _is_word(lowered, end):
                found.setdefault(phrase, []).append((start, end))
    return found


Found = dict[str, list[tuple[int, int]]]  # a phrase -> its spans in one paragraph
_last: tuple[tuple[str, ...], frozenset[str], tuple[Found, ...]] | None = None  # see phrases_in


def phrases_in(paragraphs: tuple[str, ...], phrases: frozenset[str]) -> tuple[Found, ...]:
    """Return, for each paragraph, the spans of every phrase that stands in it (find_phrases); the
    answer may be shared: never change it."""
    global _last
    # The cross-check of a document asks which of its agencies' phrases occur, and the build then
    # where they and the acronyms stand: one question of the same paragraphs (the same objects, not
    # an equal text of another report), answered once: the second pass was 1.2 of a report's 12 ms.
    same = _last is not None and _last[1] == phrases and len(_last[0]) == len(paragraphs)
    if _last is not None and same and all(a is b for a, b in zip(_last[0], paragraphs, strict=True)):
        return _last[2]
    index = phrase_index(phrases)
    found = tuple(find_phrases(text, index) for text in paragraphs)
    _last = (paragraphs, phrases, found)
    return found


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
