"""`tipcli import`: the tier placement from the minimum-standards formula when the narrative has no header."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEED, run

BODY = "\n\nProsecution\n\nThe police investigated 12 trafficking cases in 2019.\n"


def tier_of(tmp_path: Path, overview: str) -> dict[str, object] | None:
    source = tmp_path / "narrative.txt"
    source.write_text(overview + BODY, encoding="utf-8")
    target = tmp_path / "out.toml"
    result = run("import", str(source), "--country", "Atlantis", "--year", "2020", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    tier: dict[str, object] | None = json.loads(run("--report", str(target), "summary", "--json").stdout)["tier"]
    return tier


@pytest.mark.parametrize(
    ("overview", "placement"),
    [
        ("The Government of Atlantis fully meets the minimum standards for the elimination of trafficking.", "Tier 1"),
        (
            "The Government of Atlantis fully complies with the minimum standards for the elimination of trafficking.",
            "Tier 1",
        ),
        (
            "The Government of Atlantis does not fully meet the minimum standards for the elimination of "
            "trafficking but is making significant efforts to do so.",
            "Tier 2",
        ),
        (
            "The Government of Atlantis does not fully comply with the minimum standards for the elimination of "
            "trafficking, though it is making significant efforts toward that goal.",
            "Tier 2",
        ),
        (
            "The Government of Atlantis does not fully comply with the minimum standards for the elimination of "
            "trafficking; however, it is making significant efforts to do so. Officials opened a shelter. The "
            "government did not demonstrate evidence of increasing efforts to prosecute offenders.",
            "Tier 2 Watch List",
        ),
        (
            "The Government of Atlantis does not fully meet the minimum standards for the elimination of "
            "trafficking and is not making significant efforts to do so.",
            "Tier 3",
        ),
    ],
)
def test_the_formula_gives_the_placement(tmp_path: Path, overview: str, placement: str) -> None:
    tier = tier_of(tmp_path, overview)
    assert tier is not None and tier["placement"] == placement
    assert str(tier["provenance"]).startswith("From the minimum-standards wording")
    assert str(tier["quote"]).startswith("The Government of Atlantis") and tier["section"] == "overview"


def test_no_formula_and_no_claim_gives_no_tier(tmp_path: Path) -> None:
    overview = "The Government of Atlantis does not fully comply with the minimum standards. Officials met."
    assert tier_of(tmp_path, overview) is None


def test_the_seed_is_tier_2_from_its_wording(tmp_path: Path) -> None:
    target = tmp_path / "mexico.toml"
    assert run("import", str(SEED), "-o", str(target)).exit_code == 0
    tier = json.loads(run("--report", str(target), "summary", "--json").stdout)["tier"]
    assert (tier["placement"], tier["rank"]) == ("Tier 2", 2)
    assert tier["quote"] == (
        "The Government of Mexico does not fully comply with the minimum standards for the elimination of "
        "trafficking; however, it is making significant efforts to do so."
    )
