"""Earlier tier placements a narrative states: kept as the report's prior_tiers, dated as events, and shown by
`tiers` for a year with no report of its own, marked as stated by a later report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, run
from tipcli.importing.pipeline import import_text

NARRATIVE = """ORVANIA: Tier 2

The government of Orvania does not fully meet the minimum standards. Orvania was on Tier 3 in 2015 and 2016 \
and was moved up from Tier 3 to Tier 2 Watch List in June 2018.

PROSECUTION

Courts convicted 30 traffickers; 21 received prison terms.
"""


def test_each_year_the_text_places_is_a_prior_tier_with_its_quote() -> None:
    report = import_text(NARRATIVE, name="orvania.txt", year=2019).report
    assert [(p.year, p.placement, p.section, p.paragraph) for p in report.prior_tiers] == [
        (2015, "Tier 3", "overview", 1),
        (2016, "Tier 3", "overview", 1),
        (2018, "Tier 2 Watch List", "overview", 1),
    ]
    assert report.prior_tiers[0].quote == "Orvania was on Tier 3 in 2015 and 2016"
    assert all(p.drafted for p in report.prior_tiers)


def test_the_placements_are_dated_happenings_too() -> None:
    report = import_text(NARRATIVE, name="orvania.txt", year=2019).report
    assert sorted(e.date for e in report.events) == ["2015", "2016", "2018-06"]


def test_a_placement_of_the_reports_own_year_is_its_tier_not_a_prior_one() -> None:
    report = import_text(NARRATIVE, name="orvania.txt", year=2016).report
    assert [p.year for p in report.prior_tiers] == [2015]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('year = 2012\nplacement = "Tier 4"', "'Tier 4' is not one of Tier 1"),
        ('year = 2031\nplacement = "Tier 3"', "2031 is not before the report's year 2031"),
    ],
)
def test_validate_names_a_wrong_prior_tier(tmp_path: Path, entry: str, message: str) -> None:
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    quote = text.split('paragraphs = ["', 1)[1].split(".", 1)[0]
    section = text.split('id = "', 1)[1].split('"', 1)[0]
    bad = tmp_path / "bad.toml"
    bad.write_text(
        text + f'\n[[prior_tiers]]\n{entry}\nsection = "{section}"\nparagraph = 1\nquote = "{quote}"\n',
        encoding="utf-8",
    )
    result = run("validate", str(bad))
    assert result.exit_code == 3
    assert message in result.stdout + result.stderr


def test_tiers_shows_a_stated_year_marked_and_its_own_report_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "reports"
    library.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(library))
    (library / "orvania-2019.toml").write_text(import_text(NARRATIVE, name="o.txt", year=2019).toml, encoding="utf-8")
    own = NARRATIVE.replace("ORVANIA: Tier 2", "ORVANIA: Tier 3")
    (library / "orvania-2016.toml").write_text(import_text(own, name="o.txt", year=2016).toml, encoding="utf-8")
    rows = json.loads(run("tiers", "--country", "orvania", "--json").stdout)
    assert rows == [
        {"country": "Orvania", "year": 2015, "placement": "Tier 3", "report": None, "stated_by": "orvania-2019"},
        {"country": "Orvania", "year": 2016, "placement": "Tier 3", "report": "orvania-2016"},
        {
            "country": "Orvania",
            "year": 2018,
            "placement": "Tier 2 Watch List",
            "report": None,
            "stated_by": "orvania-2019",
        },
        {"country": "Orvania", "year": 2019, "placement": "Tier 2", "report": "orvania-2019"},
    ]
    lines = run("tiers", "--country", "orvania").stdout.splitlines()
    assert lines[1].split() == ["Orvania", "3*", "3", "·", "2W*", "2"]
    assert "* stated by a later report" in " ".join(lines)


def test_a_placement_in_a_very_long_sentence_quotes_at_most_400_characters_before_it() -> None:
    from tipcli.importing.extract.placements import prior_placements

    text = "The ministry, " + "with its many regional offices, " * 30 + "kept Zorva on Tier 3 in 2016."
    (found,) = prior_placements(text)
    quote = text[found.start : found.end]
    assert quote.endswith("on Tier 3 in 2016") and text.index("on Tier 3") - found.start <= 400
    assert text[found.start - 1] == " "  # the quote starts at a word
    short = "Zorva was on Tier 3 in 2016."
    assert [(p.start, short[p.start : p.end]) for p in prior_placements(short)] == [(0, "Zorva was on Tier 3 in 2016")]
