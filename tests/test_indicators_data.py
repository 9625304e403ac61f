"""The packaged report's figures, coded by hand with an indicator and a trafficking type; stats --indicator."""

from __future__ import annotations

import json

import pytest

from conftest import run
from tipcli.model import Report


@pytest.mark.parametrize(
    ("figure_id", "indicator", "trafficking"),
    [
        ("federal-investigations", "investigations", None),  # "investigated 48 trafficking cases"
        ("first-case-convicted", "convictions", "sex"),  # "convicted ... for commercial sexual exploitation"
        ("mexico-city-sentence", "sentences", None),  # a term a court imposed, not one the law prescribes
        ("penalty", "penalties", None),  # the term the 2007 law prescribes
        ("immigration-officials-convicted", "complicity", None),  # officials convicted
        ("migration-officers-trained", "training", None),
        ("victims-rescued", "victims_identified", None),
        ("factory-victims-freed", "victims_identified", "labor"),  # "all were subjected to forced labor"
        ("state-of-mexico-shelter-assisted", "victims_assisted", "sex"),  # a zero count: what it counts
        ("fevimtra-shelter-capacity", "shelters", "sex"),
        ("fevimtra-campaign-spending", "funding", None),
        ("child-sex-tourist-prosecutions", "prosecutions", "sex"),
        ("brothel-raids", None, None),  # raids are none of the indicators
        ("consent-age", None, None),  # an age
        ("compensation-awarded", None, None),  # compensation is not a service
        ("first-case-in-custody", None, None),  # awaiting sentencing: no term yet
        ("humanitarian-parole", None, None),  # parole is a legal status, not a service
    ],
)
def test_packaged_figures_are_coded_by_hand(report: Report, figure_id: str, indicator: str, trafficking: str) -> None:
    figure = next(f for f in report.figures if f.id == figure_id)
    assert (figure.indicator, figure.trafficking) == (indicator, trafficking)


def test_stats_json_and_csv_carry_the_indicator() -> None:
    rows = json.loads(run("stats", "--json").stdout)
    row = next(r for r in rows if r["id"] == "first-case-convicted")
    assert (row["indicator"], row["trafficking"]) == ("convictions", "sex")
    assert next(r for r in rows if r["id"] == "brothel-raids")["indicator"] is None
    header = run("stats", "--csv").stdout.splitlines()[0].split(",")
    assert header.index("indicator") == header.index("label") + 1


def test_stats_chooses_by_indicator() -> None:
    rows = json.loads(run("stats", "--indicator", "shelters", "--json").stdout)
    assert {r["id"] for r in rows} >= {"fevimtra-shelter-capacity", "shelters-supported"}
    assert {r["indicator"] for r in rows} == {"shelters"}
    none = json.loads(run("stats", "--indicator", "none", "--json").stdout)
    assert "brothel-raids" in {r["id"] for r in none} and all(r["indicator"] is None for r in none)


def test_stats_refuses_an_unknown_indicator() -> None:
    result = run("stats", "--indicator", "arrests", "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "no indicator 'arrests'" in result.stderr


def test_the_table_shows_the_indicator_column() -> None:
    out = run("stats", "--indicator", "convictions", env={"COLUMNS": "160"}).stdout
    assert "Indicator" in out and "convictions (sex)" in out
