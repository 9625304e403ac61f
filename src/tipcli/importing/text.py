"""A paragraph split once: its sentences (the core splitter, as search and cite use) and tokens with offsets.

Every extractor asks this layer where a sentence starts or which words stand around a position,
instead of scanning the paragraph again: each question is a bisection, so a paragraph of 50,000
numbers or of 40,000 spaces costs time in proportion to its length.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from tipcli.spans import split_sentences

# A word with inner hyphens, apostrophes, dots or commas between digits ("U.S", "1,200", "NGO-run",
# "country's"), or one character of punctuation. Each repetition consumes a separator and a word
# character, so the pattern cannot backtrack over a run.
_TOKEN_RE = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word, number or punctuation mark: text[start:end]."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        """Return the token in lower case."""
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        """Tell whether the token is made of letters (with inner hyphens or apostrophes)."""
        return self.text[0].isalpha()


@dataclass(frozen=True)
class Layer:
    """A paragraph's sentences (split at once) and tokens (made when first asked), sorted for bisection."""

    text: str
    sentence_starts: tuple[int, ...]
    sentence_ends: tuple[int, ...]

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Return the paragraph's tokens; most paragraphs never need them, so they are made on demand."""
        return tuple(Token(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(self.text))

    @functools.cached_property
    def token_starts(self) -> tuple[int, ...]:
        """Return where each token starts."""
        return tuple(t.start for t in self.tokens)

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding pos."""
        index = max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)
        return self.sentence_starts[index], self.sentence_ends[index]

    def sentence_index(self, pos: int) -> int:
        """Return the 0-based number of the sentence holding pos."""
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def words_before(self, pos: int, count: int) -> tuple[Token, ...]:
        """Return up to count tokens that end at or before pos, nearest last, within pos's sentence."""
        sentence_start = self.sentence(pos)[0]
        index = bisect.bisect_left(self.token_starts, pos)
        first = max(0, index - count)
        return tuple(t for t in self.tokens[first:index] if t.start >= sentence_start and t.end <= pos)

    def words_after(self, pos: int, count: int) -> tuple[Token, ...]:
        """Return up to count tokens that start at or after pos, within pos's sentence."""
        sentence_end = self.sentence(pos)[1]
        index = bisect.bisect_left(self.token_starts, pos)
        return tuple(t for t in self.tokens[index : index + count] if t.end <= sentence_end)


@functools.lru_cache(maxsize=32)
def layer(text: str) -> Layer:
    """Return the layer of one paragraph; the three extractors share it (cached by the text)."""
    sentences = split_sentences(text)
    starts = tuple(sentence.start for sentence in sentences) or (0,)
    return Layer(text=text, sentence_starts=starts, sentence_ends=tuple(s.end for s in sentences) or (len(text),))
