"""--csv across commands: the same values as --json, quoting, a header when nothing matches; --excel."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, fails, output, run


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


# -- --excel: CSV for spreadsheets ------------------------------------------------------------------

EXCEL_ANSWERS = [
    ["stats"],
    ["agencies"],
    ["agencies", "fevimtra"],
    ["search", "shelter", "--context", "1"],
    ["timeline"],
    ["reports"],
    ["tiers"],
]


def raw(*args: str) -> bytes:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return bytes(result.stdout_bytes)


@pytest.mark.parametrize("args", EXCEL_ANSWERS, ids=lambda a: " ".join(a))
def test_excel_is_the_same_table_with_a_bom_and_crlf(args: list[str]) -> None:
    data = raw(*args, "--excel")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")  # no cell here holds a newline
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows == list(csv.reader(io.StringIO(raw(*args, "--csv").decode("utf-8"), newline="")))


def test_excel_and_csv_together_are_excel_and_json_with_excel_a_usage_error() -> None:
    assert raw("stats", "--csv", "--excel") == raw("stats", "--excel")
    assert fails("stats", "--excel", "--json") == "tipcli: error: --json and --excel do not go together; choose one"


def formulas(tmp_path: Path) -> str:
    """Return a copy of the Atlantis report whose figure labels begin as formulas do."""
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    for old, new in (
        ("shelters run by the Ministry of Tides", '=HYPERLINK(\\"http://example.invalid\\")'),
        ("offenders convicted by the Tide Court", "+1 offenders"),
        ("spent on posters", "-2 on posters"),
        ("coast patrolled by the Reef Guard", "@SUM(A1)"),
    ):
        text = text.replace(f'label = "{old}"', f'label = "{new}"')
    path = tmp_path / "formulas.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_excel_makes_text_that_begins_like_a_formula_text(tmp_path: Path) -> None:
    report = formulas(tmp_path)
    excel = list(csv.DictReader(io.StringIO(raw("--report", report, "stats", "--excel").decode("utf-8-sig"))))
    assert [row["label"] for row in excel] == [
        '\'=HYPERLINK("http://example.invalid")',
        "'+1 offenders",
        "'-2 on posters",
        "'@SUM(A1)",
    ]
    assert [row["value"] for row in excel] == ["2", "5", "2500000", "3000"]  # numbers stay numbers
    exact = list(csv.DictReader(io.StringIO(raw("--report", report, "stats", "--csv").decode("utf-8"))))
    assert exact[0]["label"] == '=HYPERLINK("http://example.invalid")'  # --csv is exact


def test_excel_cells_keep_numbers_and_quote_text_that_starts_with_a_tab() -> None:
    from tipcli.output import excel_cell

    assert (excel_cell(-3), excel_cell(-0.5), excel_cell("-3"), excel_cell("\tx")) == ("-3", "-0.5", "'-3", "'\tx")
    assert (excel_cell(None), excel_cell(["=a", "b"]), excel_cell("a=b")) == ("", "'=a;b", "a=b")


def test_every_command_with_csv_has_excel() -> None:
    from tipcli.app import COMMANDS

    with_csv = [c for c in COMMANDS if "--csv" in output(c, "--help")]
    assert len(with_csv) >= 6
    assert [c for c in with_csv if "--excel" not in output(c, "--help")] == []
