"""Golden renderings at a fixed width, and text that must never be read as markup.

Set TIPCLI_UPDATE_GOLDEN=1 to rewrite tests/expected/ after an intended change, then read the diff.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable

import pytest
from rich.console import RenderableType

from conftest import DATA, TESTS
from tipcli import queries, render, serialize
from tipcli.loading import load_report
from tipcli.model import Report
from tipcli.search import search

EXPECTED = TESTS / "expected"


def rendered(renderables: list[RenderableType], width: int = 80) -> str:
    out = io.StringIO()
    console = render.make_console(file=out, width=width)
    console._color_system = None  # what Console(color_system=None) sets: plain text at any terminal
    render.show(console, renderables)
    return out.getvalue()


CASES: dict[str, Callable[[Report], list[RenderableType]]] = {
    "summary": lambda r: render.summary(r, [f for f in r.figures if f.id in ("penalty", "victims-rescued")]),
    "section-list": render.section_list,
    "section-protection-2": lambda r: render.section(r, queries.find_section(r, "protection"), 2),
    "stats-prevention-quotes": lambda r: render.figures(
        queries.figures(r, section=r.section("prevention")), quotes=True
    ),
    "search-cancun": lambda r: render.search(search(r, "Cancún")),
    "agencies-international": lambda r: render.agencies(
        [serialize.agency(a) for a in queries.agencies(r, level="international")]
    ),
    "agency-siedo": lambda r: render.agency(a := queries.find_agency(r, "siedo"), queries.agency_quotes(r, a)),
}


@pytest.mark.parametrize("name", CASES)
def test_golden_rendering(report: Report, name: str) -> None:
    text = rendered(CASES[name](report))
    path = EXPECTED / f"{name}.txt"
    if os.environ.get("TIPCLI_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_no_line_has_trailing_spaces_or_exceeds_the_width(report: Report) -> None:
    for make in CASES.values():
        for line in rendered(make(report), width=60).splitlines():
            assert line == line.rstrip()
            assert len(line) <= 60


def test_data_is_never_read_as_markup() -> None:
    atlantis = load_report(DATA / "atlantis.toml")
    text = rendered(render.section(atlantis, atlantis.section("lead")))
    assert "[bold]two[/bold]" in text
    assert ":smile:" in text
    figures = rendered(render.figures(list(atlantis.figures), quotes=True), width=200)
    assert "“ran [bold]two[/bold] shelters”" in figures


def test_user_text_is_never_read_as_markup(report: Report) -> None:
    result = search(report, "[/b] shelter")
    assert result.total == 0
    assert rendered(render.search(result)).startswith("")
