"""`tipcli stats`: the JSON contract, values as written, --section, --match, --sort, --kind, --reverse."""

from __future__ import annotations

import json
from typing import Any

from conftest import fails, run, run_json


def test_stats_json_contract() -> None:
    doc = run_json("stats")
    assert len(doc) >= 27
    for figure in doc:
        assert {"id", "value", "unit", "label", "section", "paragraph", "quote"} <= figure.keys()
        assert isinstance(figure["value"], (int, float))
    by_quote = {f["quote"]: f for f in doc}
    officers = next(f for q, f in by_quote.items() if "1,333 migration officers" in q)
    assert (officers["value"], officers["unit"], officers["section"], officers["paragraph"]) == (
        1333,
        "officers",
        "protection",
        1,
    )
    money = next(f for q, f in by_quote.items() if "$3.4 million" in q)
    assert (money["value"], money["unit"], money["qualifier"]) == (3400000, "USD", "approximately")
    penalty = next(f for q, f in by_quote.items() if "six to 12 years" in q)
    assert (penalty["value"], penalty["high"], penalty["unit"]) == (6, 12, "years")
    assert "high" not in officers and "qualifier" not in officers


def test_stats_values_as_the_report_writes_them() -> None:
    result = run("stats", "--sort", "section")
    assert result.exit_code == 0
    for written in ("1,333", "approximately $3.4 million", "6 to 12", "over 70", "$1.4 million", "one-half"):
        assert written in result.stdout


def test_stats_section_filter() -> None:
    doc = run_json("stats", "--section", "prevention")
    assert {f["section"] for f in doc} == {"prevention"}
    assert sorted(f["value"] for f in doc) == [0, 1400000]


def test_stats_match_and_sort() -> None:
    doc = run_json("stats", "--match", "SHELTER", "--sort", "value")
    assert doc and all("shelter" in (f["label"] + f["quote"]).lower() for f in doc)
    values = [f["value"] for f in doc]
    assert values == sorted(values)


def test_stats_quotes_column() -> None:
    result = run("stats", "--section", "prevention", "--quotes")
    assert "Quote" in result.stdout.splitlines()[0]
    assert "“FEVIMTRA spent" in result.stdout


def test_stats_no_match_exits_1_with_empty_list() -> None:
    result = run("stats", "--match", "zebra", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_stats_bad_sort() -> None:
    assert "no sort 'size'" in fails("stats", "--sort", "size")


def ids(*args: str) -> list[str]:
    result = run("stats", *args, "--json")
    assert result.exit_code in (0, 1), result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return [row["id"] for row in rows]


def test_match_finds_stems_and_prefixes_as_search_does() -> None:
    shelter = ids("--match", "shelter")
    assert shelter  # the text has "34 shelters", "Both shelters" ...
    assert ids("--match", "shelters") == shelter
    assert ids("--match", "SHELT*") == shelter
    assert ids("--match", "sheltering") == shelter  # a verb ending goes the same way


def test_kind_keeps_one_kind_and_reverse_turns_the_order() -> None:
    money = json.loads(run("stats", "--kind", "money", "--json").stdout)
    # The source text states two sums: "approximately $3.4 million" and "$1.4 million".
    assert sorted(f["value"] for f in money) == [1_400_000, 3_400_000]
    assert ids("--reverse") == ids()[::-1]
    assert ids("--sort", "value", "--reverse") == ids("--sort", "value")[::-1]
    bad = run("stats", "--kind", "amount")
    assert bad.exit_code == 2 and "no kind 'amount'; choose from count, money" in bad.stderr
