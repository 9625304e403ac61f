"""Where things stand in a paragraph's text: its sentences, and a phrase as whole words."""

import re
from collections.abc import Iterator

from tipcli.model import Sentence

# Patterns stay strings, compiled (and cached by `re`) on first use: a start that reads the report
# from the cache never needs them.
_NO_SPLIT_BEFORE = r"(?:\b[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|No|Ed|vs)\.$"
_SENTENCE_GAP = r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])"


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split a paragraph into sentences at ., ! or ? followed by space and a capital."""
    starts = [0]
    for gap in re.finditer(_SENTENCE_GAP, text):
        if not re.compile(_NO_SPLIT_BEFORE).search(text, max(0, gap.start() - 20), gap.start()):
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


def _is_word(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")
