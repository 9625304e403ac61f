"""tipcli's JSON writer writes what json.dumps(indent=2) writes, only faster."""

import json

import pytest

from conftest import run
from tipcli.output import dumps


def expected(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)


@pytest.mark.parametrize(
    "document",
    [
        [],
        {},
        None,
        "plain",
        [{"id": "a", "year": 2010, "tier": None, "ok": True, "no": False, "share": 0.1, "big": 10**30}],
        {"nested": {"empty": {}, "list": [[], [1, [2, {"x": "y"}]]], "tuple": (1, 2)}, "n": -0.0},
        {"quote": 'say "no"\\ and\ttab\nnewline \x01 \u2019 é \U0001f600 \udcff', "e": 1e-7, "f": 1e22},
    ],
)
def test_the_same_text_as_json_dumps(document: object) -> None:
    assert dumps(document) == expected(document)


def test_what_it_does_not_know_is_left_to_json_dumps() -> None:
    assert dumps({1: "a", "b": [2]}) == expected({1: "a", "b": [2]})
    with pytest.raises(ValueError):
        dumps({"x": float("nan")})
    with pytest.raises(TypeError):
        dumps({"x": object()})


def test_an_answer_is_written_as_json_dumps_writes_it() -> None:
    result = run("stats", "--json")
    assert result.stdout == expected(json.loads(result.stdout)) + "\n"
