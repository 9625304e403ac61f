"""One lexicon: each vocabulary of the importer is defined once, in tipcli.importing.lexicon.

A word list written again elsewhere drifts from the lexicon's (hedges were once listed in six places
and disagreed), so these tests read the importer's source and fail on a literal that repeats one.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import tipcli.importing
import tipcli.importing.lexicon as lexicon
from tipcli.importing.lexicon import alternation, words

IMPORTING = Path(tipcli.importing.__file__).parent
# Every module of the importer: extract/, structure/, formats/ and the lexicon itself.
SCANNED = list(IMPORTING.rglob("*.py"))
# Function words (prepositions, determiners, auxiliaries) are grammar every pattern uses, not a vocabulary.
GRAMMAR = {"nouns.STOP", "bodies.LEADING_STOP"}
# Lists of the names of word classes, which rules refer to by name: an index, not a vocabulary.
CLASS_NAMES = {"VERB_CLASS_ORDER"}
SHARED = 5  # a literal holding this many phrases of a vocabulary, and mostly them, repeats it


def _vocabularies() -> dict[str, frozenset[str]]:
    """Return every list a lexicon module defines as a set of lower-case phrases, by module.NAME.

    A list derived from another with the same phrases (MONTH_NAMES of MONTHS) is one vocabulary, and
    function words (GRAMMAR) are taken out of every list, so a list that adds openers to names
    (NOT_NAMES) is compared by its names.
    """
    lists: dict[str, frozenset[str]] = {}
    for info in sorted(pkgutil.iter_modules(lexicon.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"tipcli.importing.lexicon.{info.name}")
        tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
        targets = [t for n in tree.body if isinstance(n, ast.Assign) for t in n.targets]
        targets += [n.target for n in tree.body if isinstance(n, ast.AnnAssign)]
        defined = {t.id for t in targets if isinstance(t, ast.Name)}
        for name in sorted(defined):
            value = getattr(module, name)
            if name in CLASS_NAMES:
                continue
            if isinstance(value, dict) and value and all(isinstance(v, frozenset) for v in value.values()):
                for key, words in value.items():  # a table of word classes: each class is a vocabulary
                    lists[f"{info.name}.{name}[{key}]"] = frozenset(w.lower() for w in words)
                continue
            if name.isupper() and isinstance(value, dict | frozenset | tuple | set):
                lists[f"{info.name}.{name}"] = frozenset(
                    " ".join(k.lower().split()) for k in value if isinstance(k, str)
                )
    grammar = frozenset().union(*(lists[name] for name in GRAMMAR))
    _vocabularies.grammar = grammar  # type: ignore[attr-defined]  # _related reads it
    found: dict[str, frozenset[str]] = {}
    for name, phrases in lists.items():
        content = phrases - grammar
        if name not in GRAMMAR and content and content not in found.values():
            found[name] = content
    return found


def _literal_text(node: ast.AST) -> str | None:
    """Return the words of a string literal, or of a tuple, list or set of them, blank-separated; else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"\\[a-zA-Z]", " ", node.value)  # regex escapes: \s, \b, \w
        return " ".join(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
        elements = node.keys if isinstance(node, ast.Dict) else node.elts
        parts = [_literal_text(e) if e is not None else None for e in elements]
        if parts and all(p is not None for p in parts):
            return " | ".join(p for p in parts if p is not None)
    return None


def _repeats_in(path: Path, vocabularies: dict[str, frozenset[str]]) -> list[str]:
    """Return where a literal of the file holds five or more phrases of a vocabulary, and mostly them.

    In the lexicon a literal may fill its own list and the lists built from it (a superset of it).
    """
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
    own = _defined_by(tree, path)
    for node in ast.walk(tree):
        text = _literal_text(node)
        if not text or id(node) in docstrings:
            continue
        padded, size = f" {text} ", len(set(text.replace("|", " ").split()))
        for name, vocabulary in vocabularies.items():
            shared = {phrase for phrase in vocabulary if f" {phrase} " in padded}
            mostly = sum(len(p.split()) for p in shared) * 2 >= size or len(shared) * 5 >= len(vocabulary) * 4
            if len(shared) < SHARED or not mostly:
                continue
            if own.get(id(node)) == name.split("[")[0] or (own.get(id(node)) and _related(vocabulary, _phrases(text))):
                continue  # the literal that defines this list, or a list made from it
            where = f"{path.relative_to(path.parents[1]) if path.is_relative_to(IMPORTING) else path.name}"
            found.append(f"{where}:{getattr(node, 'lineno', '?')} repeats {name}: {sorted(shared)[:8]}")
    return found


def _defined_by(tree: ast.Module, path: Path) -> dict[int, str]:
    """Return, for a lexicon module, the list (module.NAME) each literal of a top-level assignment defines."""
    if path.parent.name != "lexicon":
        return {}
    owners: dict[int, str] = {}
    for statement in tree.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) else getattr(statement, "target", None)
        if isinstance(target, ast.Name) and statement.value is not None:  # type: ignore[attr-defined]
            for node in ast.walk(statement.value):  # type: ignore[attr-defined]
                owners[id(node)] = f"{path.stem}.{target.id}"
    return owners


def _related(vocabulary: frozenset[str], phrases: frozenset[str]) -> bool:
    """Tell whether a list is made from a literal's phrases (function words aside): all of them, or a part."""
    phrases = phrases - (_vocabularies.grammar)  # type: ignore[attr-defined]
    return vocabulary >= phrases or vocabulary <= phrases


def _phrases(text: str) -> frozenset[str]:
    """Return the phrases of a literal's text: its items, else its words."""
    items = [item.strip() for item in text.split("|")]
    return frozenset(items) if len(items) > 1 else frozenset(text.split())


def test_no_vocabulary_is_written_twice_under_importing() -> None:
    vocabularies = _vocabularies()
    assert len(vocabularies) >= 20  # the scan reads the real lexicon, not an empty one
    problems = [problem for path in SCANNED for problem in _repeats_in(path, vocabularies)]
    assert problems == []


def test_the_scan_catches_a_month_list_written_again(tmp_path: Path) -> None:
    copied = tmp_path / "dates_again.py"
    copied.write_text('MONTH_RE = r"(?:January|February|March|April|June)\\s+\\d{4}"\n', encoding="utf-8")
    assert "repeats dates.MONTHS" in " ".join(_repeats_in(copied, _vocabularies()))


def test_the_scan_catches_a_tuple_of_hedges(tmp_path: Path) -> None:
    copied = tmp_path / "hedges_again.py"
    copied.write_text('H = ("at least", "nearly", "roughly", "almost", "approximately")\n', encoding="utf-8")
    assert "repeats hedges.HEDGES" in " ".join(_repeats_in(copied, _vocabularies()))


def test_the_scan_lets_a_sentence_use_a_few_words_of_a_list(tmp_path: Path) -> None:
    prose = tmp_path / "prose.py"
    prose.write_text('DOC = "In March the court heard five cases over two weeks and at least one appeal"\n')
    assert _repeats_in(prose, _vocabularies()) == []


@pytest.mark.parametrize(
    ("phrases", "text", "matched"),
    [
        (("at least", "at"), "at  least", "at  least"),  # longest first; any run of blanks
        (("U.S.", "US"), "U.S.", "U.S."),  # dots are escaped
    ],
)
def test_alternation_prefers_the_longest_phrase(phrases: tuple[str, ...], text: str, matched: str) -> None:
    match = re.match(alternation(phrases), text)
    assert match is not None and match.group() == matched


def test_words_splits_on_any_blank() -> None:
    assert words("dozen\n  score\ttwice") == {"dozen", "score", "twice"}
