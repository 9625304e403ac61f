"""Terminal escape injection: control characters in a report are a problem, and never reach a terminal.

A report's text may hold what a terminal obeys (an OSC sequence that sets the window title, colour
codes, a bell), imported from a web page or planted. validate reports each; whatever is printed for
people shows them (ESC as ␛) instead of writing them raw; JSON escapes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ATLANTIS, one_line_error, run
from tipcli import render
from tipcli.formatting import printable
from tipcli.model import Figure

OSC_TITLE = "\\u001b]0;PWNED\\u0007"  # as TOML writes them: ESC ] 0 ; PWNED BEL
RED = "\\u001b[31m"
CSI_C1 = "\\u009b"  # the one-byte CSI of C1, which some terminals obey too


def planted(tmp_path: Path) -> Path:
    """Return a copy of the Atlantis report with control characters in three text fields."""
    text = Path(ATLANTIS).read_text(encoding="utf-8")
    for old, new in (
        ("in Ciudad Azúl.", f"in Ciudad Azúl.{OSC_TITLE}"),  # a paragraph
        ('label = "spent on posters"', f'label = "{RED}spent on posters"'),  # a figure's label
        ('title = "Reef Patrols"', f'title = "Reef{CSI_C1} Patrols"'),  # a section title
    ):
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "planted.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_reports_every_control_character_with_its_key_path(tmp_path: Path) -> None:
    result = run("validate", str(planted(tmp_path)))
    assert result.exit_code == 3
    problems = result.stdout.splitlines()
    assert len(problems) == 3
    paths = [line.split(": ")[1] for line in problems]
    assert paths == ["sections[0].paragraphs[0]", "sections[1].title", "figures[2].label"]
    assert "a control character (U+001B at character 142)" in problems[0]  # after "Azúl.", its 141st
    assert "U+009B" in problems[1] and "U+001B at character 1" in problems[2]
    assert all(line.split(":")[1].isdigit() for line in problems)  # each with its line in the file
    assert "\x1b" not in result.stdout + result.stderr


def test_validate_json_lists_them_too(tmp_path: Path) -> None:
    result = run("validate", str(planted(tmp_path)), "--json")
    assert result.exit_code == 3
    document = json.loads(result.stdout)
    assert document["valid"] is False
    assert {p["path"] for p in document["problems"]} >= {"figures[2].label"}


@pytest.mark.parametrize("args", [["section", "lead"], ["search", "Atlantis"], ["stats", "--csv"], ["stats"]])
def test_a_report_with_control_characters_is_refused(tmp_path: Path, args: list[str]) -> None:
    line = one_line_error(run("--report", str(planted(tmp_path)), *args), 3)
    assert "control character" in line and "\x1b" not in line


def test_tab_and_newline_are_text() -> None:
    assert printable("a\tb\nc") == "a\tb\nc"
    assert printable("a\tb\nc", lines=False) == "a␉b␊c"


def test_printable_shows_control_characters_one_for_one() -> None:
    raw = "x\x1b]0;PWNED\x07y\x1b[31mz\x7f\x9b"
    shown = printable(raw)
    assert shown == "x␛]0;PWNED␇y␛[31mz␡\ufffd"
    assert len(shown) == len(raw)  # offsets into the text (a hit's matches) still hold
    assert printable("Cancún ¶2 “quoted”") == "Cancún ¶2 “quoted”"


def test_tables_show_control_characters_instead_of_writing_them() -> None:
    figure = Figure(
        id="f",
        kind="count",
        value=1,
        high=None,
        unit="cases",
        qualifier=None,
        label="\x1b[31mred",
        section="lead",
        paragraph=1,
        quote="one\x1b]0;PWNED\x07 case",
    )
    from test_render import rendered

    text = rendered(render.figures([figure], quotes=True, reports=["id\x1b"]), width=120)
    assert "\x1b" not in text and "\x07" not in text
    assert "␛[31mred" in text and "one␛]0;PWNED␇ case" in text and "id␛" in text


def test_an_error_that_names_a_file_shows_its_control_characters(tmp_path: Path) -> None:
    missing = tmp_path / "a\x1b]0;PWNED\x07.toml"
    line = one_line_error(run("--report", str(missing), "summary"), 3)
    assert "\x1b" not in line and "\x07" not in line
    assert "a␛]0;PWNED␇.toml" in line


def test_a_library_id_with_control_characters_is_shown_not_obeyed(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "atl\x1b[2Jantis.toml").write_text(Path(ATLANTIS).read_text(encoding="utf-8"), encoding="utf-8")
    result = run("reports", env={"TIPCLI_LIBRARY": str(library)})
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "atl␛[2Jantis" in result.stdout
