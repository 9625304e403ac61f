"""A report's library id (its file name) is stable and distinct for countries in any script, and
never too long for a file name (issue 23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run
from tipcli.importing.report_id import MAX_LENGTH, country_slug, report_id

# No header line: the country comes from --country.
NARRATIVE = """The country is a source and destination country for women and children subjected to sex trafficking and forced labor.

Prosecution
The government convicted eleven traffickers and investigated 23 cases of forced labor during the year.
"""


@pytest.fixture
def narrative(tmp_path: Path) -> str:
    path = tmp_path / "narrative.txt"
    path.write_text(NARRATIVE, encoding="utf-8")
    return str(path)


def imported(narrative: str, country: str) -> dict[str, object]:
    result = run("import", narrative, "--country", country, "--year", "2023", "--json")
    assert result.exit_code == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_cyrillic_greek_and_japanese_countries_get_distinct_ids(library: Path, narrative: str) -> None:
    ukraine = imported(narrative, "Україна")
    greece = imported(narrative, "Ελλάδα")
    japan = imported(narrative, "日本")
    assert [ukraine["id"], greece["id"], japan["id"]] == ["ukraina-2023", "ellada-2023", "xn--wgv71a-2023"]
    assert sorted(p.name for p in library.iterdir()) == [
        "ellada-2023.toml",
        "ukraina-2023.toml",
        "xn--wgv71a-2023.toml",
    ]
    rows = {row["id"]: row["country"] for row in json.loads(run("reports", "--json").stdout)}
    assert rows["ukraina-2023"] == "Україна" and rows["ellada-2023"] == "Ελλάδα" and rows["xn--wgv71a-2023"] == "日本"


def test_transliteration_follows_the_letters() -> None:
    assert country_slug("Беларусь") == "belarus"  # the soft sign is no sound
    assert country_slug("Россия") == "rossiya"
    assert country_slug("Κύπρος") == "kypros"  # accents dropped before the table
    assert country_slug("Côte d’Ivoire") == "cote-d-ivoire"  # Latin as before
    assert report_id("Kenya", 2019) == "kenya-2019"


def test_names_in_scripts_without_a_table_stay_distinct_and_stable() -> None:
    names = ("中国", "中國", "日本", "مصر", "ไทย", "한국")
    slugs = [country_slug(name) for name in names]
    assert len(set(slugs)) == len(names)
    assert all(slug.startswith("xn--") and slug.isascii() for slug in slugs)
    assert [country_slug(name) for name in names] == slugs
    assert country_slug("日本").removeprefix("xn--").encode("ascii").decode("punycode") == "日本"


def test_a_300_character_country_gets_a_short_distinct_id(library: Path, narrative: str) -> None:
    long_a = "Republic of " + "Farawayland " * 24 + "North"
    long_b = "Republic of " + "Farawayland " * 24 + "South"
    assert len(long_a) > 300
    first, second = imported(narrative, long_a), imported(narrative, long_b)
    assert first["id"] != second["id"]
    for row in (first, second):
        assert len(str(row["id"])) <= MAX_LENGTH + len("-2023")
        assert Path(str(row["path"])).is_file()
    assert imported.__name__ and country_slug(long_a) == country_slug(long_a)
