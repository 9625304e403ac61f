"""Messages that count things say "1 report", "1 tier", "1 warning": the noun agrees with its number."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, run
from tipcli.formatting import counted


@pytest.mark.parametrize(
    ("n", "plural", "said"),
    [
        (1, "reports", "1 report"),
        (2, "reports", "2 reports"),
        (0, "tiers", "0 tiers"),
        (1, "tiers", "1 tier"),
        (1, "warnings", "1 warning"),
        (1, "agencies", "1 agency"),
        (3, "agencies", "3 agencies"),
        (1, "errata", "1 erratum"),
        (1, "dated events", "1 dated event"),
        (1, "mentions", "1 mention"),
    ],
)
def test_counted(n: int, plural: str, said: str) -> None:
    assert counted(n, plural) == said


def test_an_export_of_one_report_counts_in_the_singular(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIPCLI_LIBRARY", str(tmp_path / "empty"))
    target = tmp_path / "one.db"
    result = run("--report", str(DATA / "atlantis.toml"), "export", "--sqlite", str(target))
    assert result.exit_code == 0
    assert f"wrote {target} (1 report, " in result.stdout and ", 1 tier)" in result.stdout
    assert "1 reports" not in result.stdout and "1 tiers" not in result.stdout


def test_validate_counts_one_problem_and_one_event(tmp_path: Path) -> None:
    text = (DATA / "valid-minimal.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(text.replace("year = 2031", 'year = "x"'), encoding="utf-8")
    assert run("validate", str(bad)).stderr == f"tipcli: {bad}: 1 problem\n"
    good = run("validate", str(DATA / "valid-minimal.toml")).stdout
    assert "1 section, 1 figure, 1 agency" in good


def test_import_counts_one_warning(tmp_path: Path) -> None:
    narrative = tmp_path / "lemuria-2030.txt"  # made up: the year comes from the file's name, with a warning
    narrative.write_text(
        "LEMURIA: Tier 2\n\nLemuria does not fully meet the minimum standards for the elimination of trafficking.\n\n"
        "Prosecution\n\nThe police investigated 12 trafficking cases.\n",
        encoding="utf-8",
    )
    result = run("import", str(narrative), "-o", str(tmp_path / "out.toml"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.rstrip().endswith(", 1 warning"), result.stdout
