"""Find bodies by what the sentence has them do, where their name has no institution noun.

A legislature by its own name amends or passes laws ("the Storting of Brannoch amended the
Procurement Act"); an NGO or shelter by its own name operates, runs or provides something, or is
called one ("Safe Harbour Brannoch, which operates 60 beds", "Casa Luz, a local NGO").
ROLE_RULES are token patterns (matcher.py): a legislature's name is the tokens its "name" takes; a
provider's is the capitalised run right before the comma its rule starts at (read back from there, so
the rule is tried at commas only, not at every capitalised word).
"""

from __future__ import annotations

import re

from tipcli.importing.extract.agency_names import NamedBody
from tipcli.importing.extract.matcher import Match, T, TokenRule, find
from tipcli.importing.lexicon.bodies import NGO_DESCRIPTORS, NOT_NAMES, PROVIDER_NOUNS
from tipcli.importing.lexicon.nouns import LAWMAKING_OBJECTS
from tipcli.importing.lexicon.verbs import LAWMAKING_VERBS, SERVING_VERBS
from tipcli.importing.text import Token, layer

_NAME_WORD = T(match=re.compile(r"[A-Z].*"), name="name")  # one token: a capitalised word
_NAME_WORDS = 6  # a name by its role: at most six capitalised words, and the small words between them
_THE = T(text_in=("The", "the"))
_LAW_WORDS = T(op="*", max=6, any_of=(T(is_word=True), T(is_number=True)))  # "the new anti-trafficking"
_LAWMAKING = (T(phrase_in=LAWMAKING_VERBS), _LAW_WORDS, T(text_in=LAWMAKING_OBJECTS))

ROLE_RULES = (
    TokenRule(
        name="lawmaking body",
        purpose='"the Storting amended the Act": a one-word name that passes or amends a law is a legislature',
        pattern=(_THE, _NAME_WORD, *_LAWMAKING),
        examples=(
            ("Last year the Volsraad repealed the old Vagrancy Act.", "the Volsraad repealed the old Vagrancy Act"),
        ),
        not_examples=("The Volsraad met twice in 2020.",),
    ),
    TokenRule(
        name="lawmaking body of",
        purpose='"the Storting of Brannoch voted on the bill": a name "X of (the) Y" that passes a law is a legislature',
        pattern=(
            _THE,
            _NAME_WORD,
            T(lower="of", name="name"),
            T(op="?", lower="the", name="name"),
            _NAME_WORD,
            *_LAWMAKING,
        ),
        examples=(("The Diet of Ostmark voted on the bill.", "The Diet of Ostmark voted on the bill"),),
    ),
    TokenRule(
        name="serving body",
        purpose='"Bright Path Kelmora, which runs a shelter": a capitalised name that runs or provides something is an NGO',
        pattern=(T(text=","), T(lower_in=("which", "that", "who")), T(lower_in=SERVING_VERBS)),
        examples=(("Donors funded Bright Path Kelmora, which runs a shelter.", ", which runs"),),
        not_examples=("Bright Path Kelmora, which opened in 2019, closed.",),
    ),
    TokenRule(
        name="body called a provider",
        purpose='"Casa Luz, a local NGO": a capitalised name called an NGO, charity or shelter in apposition is one',
        pattern=(
            T(text=","),
            T(lower_in=("a", "an", "the")),
            T(op="*", max=4, phrase_in=NGO_DESCRIPTORS),
            T(text_in=PROVIDER_NOUNS),
        ),
        examples=(("Police referred her to Casa Luz, a local faith-based NGO.", ", a local faith-based NGO"),),
        not_examples=("Casa Luz, a town in the south, hosts a market.",),
    ),
)
_LEVELS = {"serving body": "nongovernmental", "body called a provider": "nongovernmental"}


_CONNECTORS = frozenset({"of", "for", "the", "de", "&"})
_NAME_REACH = 3 * _NAME_WORDS  # tokens before the comma: six words and the small words between them


def _name_before(text: str, comma: int) -> tuple[Token, ...]:
    """Return the capitalised name that ends right before a comma: at most its last _NAME_WORDS capitalised
    words and the connectors between them, starting and ending on a capitalised word (() when none)."""
    run: list[Token] = []
    for token in reversed(layer(text).words_before(comma, _NAME_REACH)):
        if not (token.text[:1].isupper() or (run and token.text in _CONNECTORS)):
            break
        run.insert(0, token)
    capitals = [i for i, token in enumerate(run) if token.text[:1].isupper()]
    if not capitals or capitals[-1] != len(run) - 1:
        return ()
    return tuple(run[capitals[-_NAME_WORDS] if len(capitals) > _NAME_WORDS else capitals[0] :])


def _name(text: str, match: Match) -> tuple[Token, ...]:
    """Return the tokens of a match's name: its "name" group, or for a serving body the name before its comma."""
    if match.rule in _LEVELS:
        return _name_before(text, match.start)
    return match.group("name")


def find_by_role(text: str, home: str | None) -> list[tuple[NamedBody, str]]:
    """Return bodies named in text by what they do, each with its level (legislative or nongovernmental)."""
    found: list[tuple[NamedBody, str]] = []
    # Each table on its own, legislatures first, as a lawmaking match and a serving one may overlap.
    matches = [*find(text, ROLE_RULES[:2]), *find(text, ROLE_RULES[2:])]
    for match in matches:
        tokens = _name(text, match)
        while len(tokens) > 1 and tokens[0].text in NOT_NAMES:
            tokens = tokens[1:]  # "The", "In" ... open the sentence, not the name
        if not tokens:
            continue
        start, end = tokens[0].start, tokens[-1].end
        words = text[start:end].split()
        level = _LEVELS.get(match.rule, "legislative")
        if set(words) & NOT_NAMES or " ".join(words) == home:
            continue
        if level == "nongovernmental" and len(words) < 2:
            continue  # one capitalised word before ", which operates" is as often a place as a body
        found.append((NamedBody(name=text[start:end], acronym=None, start=start, end=end), level))
    return found
