"""search --context for people and for spreadsheets: the hit marked and placed, the context kept in CSV.

The sentences are the seed's (overview, second paragraph, fourth to sixth sentences), written out by hand.
"""

from __future__ import annotations

import csv
import io

from conftest import output, run

BEFORE = "Mexican men and boys from Southern Mexico are found in conditions of forced labor in Northern Mexico"
HIT = "Child sex tourism continues to grow in Mexico"
AFTER = "Most child sex tourists are from the United States, Canada, and Western Europe"


def test_with_context_the_hit_is_marked_and_its_place_stands_on_it() -> None:
    lines = output("search", "Cancún", "--context", "1").splitlines()
    (placed,) = [line for line in lines if "overview ¶2.5" in line]
    assert placed.startswith(f"overview ¶2.5 │ > {HIT}, especially in")
    before = next(i for i, line in enumerate(lines) if "Mexican men and boys" in line)
    after = next(i for i, line in enumerate(lines) if "Most child sex tourists" in line)
    assert before < lines.index(placed) < after
    assert lines[before].split("│")[0].strip() == "" and lines[after].split("│")[0].strip() == ""
    assert lines[before].split("│")[1].startswith("   Mexican")  # context: indented, not marked
    assert sum(">" in line for line in lines) == 1


def test_without_context_nothing_is_marked() -> None:
    text = output("search", "shelter")
    assert ">" not in text and "─┼─" not in text


def test_on_a_narrow_terminal_a_hit_and_its_context_are_one_block() -> None:
    result = run("search", "Cancún", "--context", "1", env={"COLUMNS": "26"})
    blocks = result.stdout.split("\n\n")
    assert blocks[0].startswith("Where:    overview ¶2.5\nSentence:   Mexican men")
    assert "\n          > Child sex" in blocks[0]
    assert "1 matching sentence" in blocks[-1]


def test_csv_keeps_the_context_as_before_and_after_cells() -> None:
    rows = list(csv.DictReader(io.StringIO(output("search", "Cancún", "--context", "1", "--csv"))))
    assert list(rows[0]) == ["section", "paragraph", "sentence", "text", "score", "matches", "before", "after"]
    assert rows[0]["text"].startswith(HIT)
    assert rows[0]["before"].startswith(BEFORE) and rows[0]["after"].startswith(AFTER)


def test_csv_context_of_two_sentences_is_both_in_order() -> None:
    (row,) = csv.DictReader(io.StringIO(output("search", "Cancún", "--context", "2", "--csv")))
    assert row["after"].startswith(AFTER)
    assert row["after"].count(". ") >= 1 and len(row["after"]) > len(AFTER) + 20
