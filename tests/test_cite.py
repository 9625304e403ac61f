"""`tipcli cite`: the report, a figure, an event or a quote in APA, Chicago, BibTeX, RIS and CSL JSON."""

from __future__ import annotations

import json

import pytest

from conftest import fails, output, run

# The State Department's page of the 2010 Mexico narrative, and the Wikipedia article that reproduces it.
NARRATIVE = "https://2009-2017.state.gov/j/tip/rls/tiprpt/2010/142761.htm"
ARTICLE = "https://en.wikipedia.org/wiki/Human_trafficking_in_Mexico"
APA = f"U.S. Department of State. (2010). Mexico. In Trafficking in Persons Report 2010 (10th ed.). {NARRATIVE}"


CHICAGO = (
    "U.S. Department of State. “Mexico.” In Trafficking in Persons Report 2010, 10th ed. U.S. Department of State,"
    f" June 14, 2010. {NARRATIVE}"
)


def test_cite_apa_by_default() -> None:
    assert output("cite") == APA + "\n"


def test_cite_chicago() -> None:
    assert output("cite", "--format", "chicago") == CHICAGO + "\n"


def test_cite_bibtex() -> None:
    out = output("cite", "-f", "bibtex")
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
    lines = output("cite", "--format", "ris").splitlines()
    assert lines[0] == "TY  - CHAP"
    assert lines[-1] == "ER  - "
    assert {
        "AU  - U.S. Department of State",
        "TI  - Mexico",
        "T2  - Trafficking in Persons Report 2010",
        "DA  - 2010/06/14",
    } <= set(lines)


def test_cite_json_is_csl() -> None:
    (item,) = json.loads(output("cite", "--json"))
    assert item["type"] == "chapter"
    assert item["title"] == "Mexico"
    assert item["container-title"] == "Trafficking in Persons Report 2010"
    assert item["author"] == [{"literal": "U.S. Department of State"}]
    assert item["issued"] == {"date-parts": [[2010, 6, 14]]}
    assert item["edition"] == "10"


def test_cite_a_figure() -> None:
    out = output("cite", "--figure", "federal-investigations")
    assert out.startswith(
        "“the federal government investigated 48 trafficking cases” (U.S. Department of State, 2010, Prosecution section, para. 2)\n"
    )
    assert out.endswith(APA + "\n")
    (item,) = json.loads(output("cite", "--figure", "federal-investigations", "--json"))
    assert item["note"] == "Prosecution, paragraph 2: “the federal government investigated 48 trafficking cases”"


def test_cite_an_event_and_a_paragraph_with_a_quote() -> None:
    assert "December 2009" in output("cite", "--event", "first-federal-convictions")
    out = output("cite", "--section", "prot", "-p", "2", "--quote", "approximately $3.4 million", "-f", "chicago")
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
            ["--section", "protection", "-p", "2", "--quote", "approximately $4 million"],
            "the quote 'approximately $4 million' is not in protection ¶2; the nearest passage there is"
            " 'approximately $3.4 million': copy the words from 'tipcli section protection -p 2'",
        ),
        (["--section", "protection", "--quote", "shelter"], "--quote needs --paragraph"),
    ],
)
def test_cite_bad_input(args: list[str], message: str) -> None:
    assert message in fails("cite", *args)


def test_citation_formats_in_any_case() -> None:
    upper, lower = run("cite", "-f", "APA"), run("cite", "-f", "apa")
    assert upper.exit_code == 0 and upper.stdout == lower.stdout
