"""`stats` filters: --match as search matches (stems, prefixes), --kind, --reverse."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


def ids(*args: str) -> list[str]:
    result = runner.invoke(app, ["stats", *args, "--json"])
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
    money = json.loads(runner.invoke(app, ["stats", "--kind", "money", "--json"]).stdout)
    # The source text states two sums: "approximately $3.4 million" and "$1.4 million".
    assert sorted(f["value"] for f in money) == [1_400_000, 3_400_000]
    assert ids("--reverse") == ids()[::-1]
    assert ids("--sort", "value", "--reverse") == ids("--sort", "value")[::-1]
    bad = runner.invoke(app, ["stats", "--kind", "amount"])
    assert bad.exit_code == 2 and "no kind 'amount'; choose from count, money" in bad.stderr
