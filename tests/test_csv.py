"""--csv across commands: the same values as --json, quoting, a header when nothing matches."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from conftest import fails, output


def cell(value: Any) -> str:
    """The documented rule: null empty, lists joined by ';', a [start, end] span as 'start-end'."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(f"{v[0]}-{v[1]}" if isinstance(v, list) else str(v) for v in value)
    return str(value)


@pytest.mark.parametrize(
    ("args", "rows_of"),
    [
        (["stats"], lambda doc: doc),
        (["stats", "--section", "protection"], lambda doc: doc),
        (["agencies"], lambda doc: doc),
        (["agencies", "fevimtra"], lambda doc: [{"agency": doc["id"], **q} for q in doc["quotes"]]),
        (["search", "shelter"], lambda doc: doc["hits"]),
        (["timeline"], lambda doc: doc),
    ],
    ids=["stats", "stats-section", "agencies", "agency", "search", "timeline"],
)
def test_csv_round_trips_to_the_json_values(args: list[str], rows_of: Any) -> None:
    text = output(*args, "--csv")
    assert text.splitlines()[0].count(",") >= 3  # a header row
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = rows_of(json.loads(output(*args, "--json")))
    assert len(rows) == len(expected) > 0
    for row, obj in zip(rows, expected, strict=True):
        for column, value in row.items():
            assert value == cell(obj.get(column)), (column, value, obj.get(column))


def test_csv_quotes_commas_and_quotes() -> None:
    text = output("stats", "--csv", "--match", "Five of the six")
    (row,) = list(csv.reader(io.StringIO(text)))[1:]
    assert (
        row[-1]
        == "Five of the six were convicted for trafficking Mexican women and girls to the United States for commercial sexual exploitation"
    )


def test_csv_and_json_together_is_a_usage_error() -> None:
    assert fails("stats", "--csv", "--json") == "tipcli: error: --json and --csv do not go together; choose one"


def test_csv_with_no_match_has_a_header_and_exit_1() -> None:
    text = output("search", "zeppelin", "--csv", code=1)
    assert text == "section,paragraph,sentence,text,score,matches\n"
