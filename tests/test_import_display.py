"""An imported figure's `display` keeps the text's form of its number: "1.8 million", not "1,800,000"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run
from tipcli.importing.extract.numbers import written_form

# Made up for this test.
NARRATIVE = """LEMURIA: Tier 2

Lemuria does not fully meet the minimum standards for the elimination of trafficking.

Prosecution

Researchers counted 1.8 million people in forced labor. Some two million workers were at risk. Courts
sentenced traffickers to six to 12 years in prison. The ministry printed 12,000 posters and spent $3 million.
"""


@pytest.mark.parametrize(
    ("quote", "value", "high", "money", "written"),
    [
        ("counted 1.8 million people", 1_800_000, None, False, "1.8 million"),
        ("two million workers", 2_000_000, None, False, "two million"),
        ("six to 12 years", 6, 12, False, "six to 12"),
        ("12,000 posters", 12_000, None, False, None),  # tipcli writes it so too
        ("$3 million", 3_000_000, None, True, None),
        ("1,800,000 people", 1_800_000, None, False, None),
    ],
)
def test_written_form(quote: str, value: float, high: float | None, money: bool, written: str | None) -> None:
    assert written_form(quote, value, high, money=money) == written


def test_imported_figures_display_the_texts_form(tmp_path: Path) -> None:
    source = tmp_path / "lemuria-2030.txt"
    source.write_text(NARRATIVE, encoding="utf-8")
    out = tmp_path / "lemuria.toml"
    assert run("import", str(source), "-o", str(out)).exit_code == 0
    figures = json.loads(run("--report", str(out), "stats", "--json").stdout)
    shown = {f["display"] for f in figures}
    assert {"1.8 million", "two million", "six to 12", "12,000", "$3 million"} <= shown
    assert "1,800,000" not in shown and "2,000,000" not in shown
    assert 'written = "1.8 million"' in out.read_text(encoding="utf-8")


def test_a_written_form_not_in_the_quote_is_a_problem(tmp_path: Path) -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace('quote = "5 cases"', 'written = "five"\nquote = "5 cases"'), encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 3
    assert "figures[0].written: 'five' is not in the figure's quote" in result.stdout
