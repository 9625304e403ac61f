"""cite, timeline, --csv and export. Expectations come from the seed text or are written by hand."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


def run(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.stderr
    return str(result.stdout)


def error(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 2 and result.stdout == ""
    return str(result.stderr.strip())


# -- cite -----------------------------------------------------------------------------------------

APA = "U.S. Department of State. (2010). Mexico. In Trafficking in Persons Report 2010 (10th ed.)."
CHICAGO = "U.S. Department of State. “Mexico.” In Trafficking in Persons Report 2010, 10th ed. U.S. Department of State, June 14, 2010."


def test_cite_apa_by_default() -> None:
    assert run("cite") == APA + "\n"


def test_cite_chicago() -> None:
    assert run("cite", "--format", "chicago") == CHICAGO + "\n"


def test_cite_bibtex() -> None:
    out = run("cite", "-f", "bibtex")
    assert out.startswith("@incollection{tip2010mexico,\n")
    for field in (
        "author = {{U.S. Department of State}}",
        "title = {Mexico}",
        "booktitle = {Trafficking in Persons Report 2010}",
        "edition = {10th}",
        "year = {2010}",
        "month = jun",
        "date = {2010-06-14}",
    ):
        assert f"  {field}" in out
    assert out.rstrip().endswith("}") and out.count("{") == out.count("}")


def test_cite_ris() -> None:
    lines = run("cite", "--format", "ris").splitlines()
    assert lines[0] == "TY  - CHAP"
    assert lines[-1] == "ER  - "
    assert {
        "AU  - U.S. Department of State",
        "TI  - Mexico",
        "T2  - Trafficking in Persons Report 2010",
        "DA  - 2010/06/14",
    } <= set(lines)


def test_cite_json_is_csl() -> None:
    (item,) = json.loads(run("cite", "--json"))
    assert item["type"] == "chapter"
    assert item["title"] == "Mexico"
    assert item["container-title"] == "Trafficking in Persons Report 2010"
    assert item["author"] == [{"literal": "U.S. Department of State"}]
    assert item["issued"] == {"date-parts": [[2010, 6, 14]]}
    assert item["edition"] == "10"


def test_cite_a_figure() -> None:
    out = run("cite", "--figure", "federal-investigations")
    assert out.startswith(
        "“the federal government investigated 48 trafficking cases” (U.S. Department of State, 2010, Prosecution section, para. 2)\n"
    )
    assert out.endswith(APA + "\n")
    (item,) = json.loads(run("cite", "--figure", "federal-investigations", "--json"))
    assert item["note"] == "Prosecution, paragraph 2: “the federal government investigated 48 trafficking cases”"


def test_cite_an_event_and_a_paragraph_with_a_quote() -> None:
    assert "December 2009" in run("cite", "--event", "first-federal-convictions")
    out = run("cite", "--section", "prot", "-p", "2", "--quote", "approximately $3.4 million", "-f", "chicago")
    assert out.startswith("“approximately $3.4 million”\n")
    assert "(U.S. Department of State, June 14, 2010), Protection, para. 2.\n" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "mla"], "no format 'mla'; choose from apa, chicago, bibtex, ris"),
        (
            ["--figure", "federal-investigation"],
            "no figure 'federal-investigation'; did you mean 'federal-investigations'",
        ),
        (["--event", "nope"], "no event 'nope'"),
        (["--figure", "penalty", "--section", "prosecution"], "cite one thing at a time"),
        (["--paragraph", "2"], "--paragraph and --quote go with --section"),
        (["--section", "protection", "-p", "9"], "protection has paragraphs 1 to 3, not 9"),
        (
            ["--section", "protection", "-p", "2", "--quote", "$4 million"],
            "the quote is not in protection paragraph 2 word for word",
        ),
        (["--section", "protection", "--quote", "shelter"], "--quote needs --paragraph"),
    ],
)
def test_cite_bad_input(args: list[str], message: str) -> None:
    assert message in error("cite", *args)


# -- timeline -------------------------------------------------------------------------------------


def test_timeline_in_date_order_with_precision() -> None:
    events = json.loads(run("timeline", "--json"))
    # By hand from the seed: 2007 (law, arrests), 2009-2012, December 2009, 2010, June 14, 2010.
    assert [(e["date"], e["precision"]) for e in events] == [
        ("2007", "year"),
        ("2007", "year"),
        ("2009", "year"),
        ("2009-12", "month"),
        ("2010", "year"),
        ("2010-06-14", "day"),
    ]
    assert events[2]["end"] == "2012"
    for event in events:
        assert {"id", "date", "end", "precision", "description", "section", "paragraph", "quote"} <= event.keys()


def test_timeline_table_writes_dates_as_precisely_as_the_text() -> None:
    out = run("timeline")
    for written in ("2007", "2009–2012", "December 2009", "14 June 2010"):
        assert written in out


# -- CSV ------------------------------------------------------------------------------------------


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
    text = run(*args, "--csv")
    assert text.splitlines()[0].count(",") >= 3  # a header row
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = rows_of(json.loads(run(*args, "--json")))
    assert len(rows) == len(expected) > 0
    for row, obj in zip(rows, expected, strict=True):
        for column, value in row.items():
            assert value == cell(obj.get(column)), (column, value, obj.get(column))


def test_csv_quotes_commas_and_quotes() -> None:
    text = run("stats", "--csv", "--match", "Five of the six")
    (row,) = list(csv.reader(io.StringIO(text)))[1:]
    assert (
        row[-1]
        == "Five of the six were convicted for trafficking Mexican women and girls to the United States for commercial sexual exploitation"
    )


def test_csv_and_json_together_is_a_usage_error() -> None:
    assert error("stats", "--csv", "--json") == "tipcli: error: --json and --csv do not go together; choose one"


def test_csv_with_no_match_has_a_header_and_exit_1() -> None:
    text = run("search", "zeppelin", "--csv", code=1)
    assert text == "section,paragraph,sentence,text,score,matches\n"


# -- export ---------------------------------------------------------------------------------------


def test_export_is_everything_in_the_other_commands_shapes() -> None:
    doc = json.loads(run("export"))
    assert {
        "title",
        "country",
        "year",
        "tier",
        "source",
        "categories",
        "sections",
        "figures",
        "agencies",
        "events",
        "annotations",
        "errata",
    } <= doc.keys()
    assert doc["sections"] == [
        json.loads(run("section", s, "--json")) for s in ("overview", "prosecution", "protection", "prevention")
    ]
    assert doc["figures"] == json.loads(run("stats", "--json"))
    assert doc["events"] == sorted(
        json.loads(run("timeline", "--json")), key=lambda e: [x["id"] for x in doc["events"]].index(e["id"])
    )
    assert doc["agencies"][0] == json.loads(run("agencies", doc["agencies"][0]["id"], "--json"))
    assert len(doc["errata"]) >= 5 and len(doc["annotations"]) == 2
    assert doc["source"]["published"] == "2010-06-14"
