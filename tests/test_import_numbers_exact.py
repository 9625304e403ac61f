"""Numbers stay exact at any size: a stored value equals what its quote states, and a number the report
schema cannot hold (TOML integers are 64-bit) is left out with a warning, never an internal error."""

from __future__ import annotations

from pathlib import Path

import tomllib

from conftest import run
from tipcli.importing.pipeline import import_text

HEADER = "MERIDA: Tier 2\n\nPROSECUTION\n\n"


def _imported(paragraph: str) -> tuple[list[dict[str, object]], tuple[str, ...]]:
    imported = import_text(HEADER + paragraph + "\n", name="merida.txt", year=2021)
    return tomllib.loads(imported.toml).get("figures", []), imported.warnings


def test_a_nineteen_digit_count_is_stored_exactly() -> None:
    figures, _ = _imported("Auditors counted 1234567890123456789 forged permits.")
    (figure,) = figures
    assert figure["value"] == 1234567890123456789 and figure["quote"] == "1234567890123456789 forged permits"


def test_a_count_too_large_for_the_schema_is_left_out_with_a_warning() -> None:
    figures, warnings = _imported("Auditors counted 11111111111111111111 forged permits and 12 fake visas.")
    assert [(f["value"], f["unit"]) for f in figures] == [(12, "visas")]
    assert any("11111111111111111111 forged permits" in w and "too large to store" in w for w in warnings)


def test_a_decimal_amount_keeps_its_digits() -> None:
    figures, _ = _imported("The state paid 2.35 million lorins to NGOs.")
    assert [f["value"] for f in figures] == [2350000]


def test_a_310_digit_number_is_a_warning_on_the_command_line(tmp_path: Path) -> None:
    narrative = tmp_path / "merida.txt"
    narrative.write_text(HEADER + "Police found " + "7" * 310 + " victims and 9 suspects.\n", encoding="utf-8")
    result = run("import", str(narrative), "--year", "2021", "-o", str(tmp_path / "out.toml"))
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr and "too large to store" in result.stderr
    stored = tomllib.loads((tmp_path / "out.toml").read_text(encoding="utf-8"))
    assert [f["value"] for f in stored["figures"]] == [9]


def test_a_paragraph_of_spaces_keeps_its_figure_and_its_sentence() -> None:
    figures, _ = _imported("Police freed 40 women." + " " * 20_000 + "Of them, 12 were girls.")
    assert [(f["value"], f["unit"]) for f in figures] == [(40, "women"), (12, "girls")]
