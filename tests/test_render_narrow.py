"""Narrow terminals: a table too wide to read whole becomes one record per block; wide prose keeps a measure."""

from __future__ import annotations

import io
import json

import pytest
from rich.text import Text

from conftest import run
from tipcli import render
from tipcli.render.cells import listing

RULES = set("┃━╇│")


def at(columns: int, *args: str) -> str:
    result = run(*args, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def drawn(renderable: object, width: int) -> str:
    out = io.StringIO()
    render.show(render.make_console(file=out, width=width), [renderable])  # type: ignore[list-item]
    return out.getvalue()


@pytest.mark.parametrize("args", [["agencies"], ["timeline"], ["summary"], ["stats"], ["reports"]])
def test_at_40_columns_no_table_is_drawn_and_no_line_is_wider(args: list[str]) -> None:
    text = at(40, *args)
    assert not RULES & set(text), text
    assert max(len(line) for line in text.splitlines()) <= 40


def test_at_40_columns_agencies_name_every_agency_in_a_block_of_its_own() -> None:
    text = at(40, "agencies")
    blocks = text.strip().split("\n\n")
    assert len(blocks) == len(json.loads(run("agencies", "--json").stdout))
    assert all(block.startswith("Agency:") for block in blocks)
    fevimtra = next(block for block in blocks if "FEVIMTRA" in block)
    fields = {line.split(":")[0]: line.split(":", 1)[1].strip() for line in fevimtra.splitlines() if ":" in line}
    assert (fields["Acronym"], fields["Level"]) == ("FEVIMTRA", "federal")


def test_at_40_columns_the_timeline_shows_what_happened() -> None:
    text = at(40, "timeline")
    assert text.count("\nWhat:  ") == text.count("When:  ")  # every event says what happened
    assert "When:  14 June 2010" in text  # the report's date, written out by hand


def test_at_40_columns_summary_titles_are_whole_words() -> None:
    lines = at(40, "summary").splitlines()
    for title in ("Overview", "Prosecution", "Protection", "Prevention"):
        assert f"Title:      {title}" in lines


@pytest.mark.parametrize("args", [["agencies"], ["timeline"], ["summary"], ["stats", "--quotes"]])
def test_at_100_columns_tables_are_tables(args: list[str]) -> None:
    text = at(100, *args)
    assert "┃" in text and "│" in text
    assert ":  " not in text.split("\n", 1)[0]


def test_a_table_is_drawn_down_to_the_width_its_headers_and_words_need() -> None:
    table = listing("Place!", "Text", title="Things")
    table.add_row(Text("protection ¶2"), Text("a shelter opened"))  # 13, then "shelter" 7 and "Text" 4
    table.add_row(Text("overview ¶1"), Text(""))
    assert table.minimum_width() == 13 + 3 + 7
    assert "┃" in drawn(table, 23)
    assert drawn(table, 22) == "Things\nPlace: protection ¶2\nText:  a shelter\n       opened\n\nPlace: overview ¶1\n"


def test_grouped_rows_are_one_record() -> None:
    table = listing("At!", "Text")
    table.grouped = True
    table.add_row(Text(""), Text("before"))
    table.add_row(Text("here"), Text("> hit"))
    table.add_row(Text(""), Text("afterwards"), end_section=True)
    table.add_row(Text("there"), Text("> other"), end_section=True)
    assert table.minimum_width() == 5 + 3 + 10
    assert drawn(table, 17) == "At:   here\nText: before\n      > hit\n      afterwards\n\nAt:   there\nText: > other\n"


@pytest.mark.parametrize("name", ["overview", "prosecution", "protection", "prevention"])
def test_on_a_wide_terminal_prose_keeps_a_readable_measure(name: str) -> None:
    widths = [len(line) for line in at(200, "section", name).splitlines()]
    assert 90 <= max(widths) <= 100


def test_on_a_narrow_terminal_prose_fills_the_width() -> None:
    widths = [len(line) for line in at(60, "section", "prosecution").splitlines()]
    assert 55 <= max(widths) <= 60
