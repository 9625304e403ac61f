"""The search syntax: an operator with nothing to join is a usage error with a hint, never dropped."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("NOT child", "NOT at the start of the query has nothing to join; e.g. 'shelter NOT women'"),
        ("shelter OR", "the query ends with OR: add the word it joins, e.g. 'shelter OR women'"),
        ("shelter AND OR women", "OR after AND of the query has nothing to join"),
        ("shelter NOT ???", "the query ends with NOT"),
    ],
)
def test_an_operator_with_nothing_to_join(query: str, message: str) -> None:
    result = runner.invoke(app, ["search", *query.split()])
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_operators_between_words_still_work() -> None:
    result = runner.invoke(app, ["search", "shelter", "NOT", "women", "--json"])
    assert result.exit_code == 0
