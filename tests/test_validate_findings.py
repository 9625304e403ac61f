"""`validate` for people and linters: findings on stdout with the key's line, hints, stdin, a BOM."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from conftest import DATA
from tipcli.app import app
from tipcli.locate import line_of

runner = CliRunner()
TEXT = (DATA / "atlantis.toml").read_text(encoding="utf-8")


def line(text: str, fragment: str, after: str = "") -> int:
    """Return the 1-based number of the first line holding FRAGMENT after the line holding AFTER."""
    lines = text.splitlines()
    start = next(i for i, t in enumerate(lines) if after in t) if after else 0
    return next(i for i, t in enumerate(lines[start:], start) if fragment in t) + 1


def test_a_misspelt_key_gets_its_line_and_a_suggestion(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(TEXT.replace('unit = "shelters"', 'unti = "shelters"'), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 3
    unknown = f"{bad}:{line(bad.read_text(), 'unti = ')}:1: figures[0].unti: unknown key; did you mean 'unit'?"
    assert unknown in result.stdout.splitlines()
    assert result.stderr.splitlines()[-1].startswith(f"tipcli: {bad}: ")


def test_key_paths_find_their_lines() -> None:
    # Line numbers read off tests/data/atlantis.toml by hand.
    assert line_of(TEXT, "schema") == 2
    assert line_of(TEXT, "report.year") == 7
    assert line_of(TEXT, "source.citations[0].text") == 20
    assert line_of(TEXT, "tier.quote") == 28
    assert line_of(TEXT, "sections[1].paragraphs[0]") == 42
    assert line_of(TEXT, "figures[1].quote") == 62
    assert line_of(TEXT, "events[0].quote") == 108
    assert line_of(TEXT, "figures[2].qualifier") == 69
    assert line_of(TEXT, "figures[0].high") == 44  # a missing key: its table's header
    assert line_of(TEXT, "nothing[9].here") is None


def test_standard_input_and_a_byte_order_mark() -> None:
    good = runner.invoke(app, ["validate", "-"], input=TEXT.encode("utf-8"))
    assert good.exit_code == 0 and good.stdout.startswith("standard input: valid")
    bom = runner.invoke(app, ["validate", "-"], input=b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert bom.exit_code == 3
    assert "standard input:1:1: starts with a byte-order mark, which TOML does not allow" in bom.stdout
