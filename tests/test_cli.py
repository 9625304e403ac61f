"""The five subcommands through the CLI, in both modes. Expectations come from the seed or by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from conftest import seed_sections
from tipcli import __version__
from tipcli.app import app

runner = CliRunner()
COMMANDS = ("summary", "section", "stats", "search", "agencies")


def run(*args: str) -> Any:
    return runner.invoke(app, list(args))


def run_json(*args: str, code: int = 0) -> Any:
    result = run(*args, "--json")
    assert result.exit_code == code, result.stderr
    assert result.stderr == "" if code == 0 else True
    return json.loads(result.stdout)


def fails(*args: str, code: int = 2) -> str:
    """Run, expect `code`, an empty stdout and one line on stderr; return that line."""
    result = run(*args)
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


# -- everywhere ---------------------------------------------------------------------------------


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"tipcli {__version__}"


@pytest.mark.parametrize("args", [(), ("--help",)], ids=["no-args", "help"])
def test_help_lists_the_commands_and_exit_codes(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.stdout
    assert "Exit codes: 0 answered; 1 searched and found nothing; 2 usage error" in result.stdout


ROOT = typer.main.get_command(app)
REGISTERED = ROOT.list_commands(typer.Context(ROOT))  # type: ignore[attr-defined]


def test_the_five_commands_and_more_are_registered() -> None:
    assert set(COMMANDS) | {"timeline", "cite", "export", "validate", "import", "reports", "tiers"} == set(REGISTERED)


@pytest.mark.parametrize("command", REGISTERED)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"\n    tipcli {command}" in result.stdout
    assert "--json" in result.stdout


def test_bad_option_is_one_line_and_exit_2() -> None:
    line = fails("stats", "--bogus")
    assert line == "tipcli: error: no such option: --bogus (see 'tipcli stats --help')"


# -- summary --------------------------------------------------------------------------------------


def test_summary_json_contract() -> None:
    doc = run_json("summary")
    assert {
        "title",
        "country",
        "year",
        "tier",
        "source",
        "categories",
        "sections",
        "key_figures",
        "counts",
    } <= doc.keys()
    assert (doc["country"], doc["year"]) == ("Mexico", 2010)
    assert doc["tier"]["placement"] == "Tier 2"
    assert "provenance" in doc["tier"]
    assert doc["source"] == doc["source"] | {
        "title": "Trafficking in Persons Report 2010",
        "edition": "10th",
        "publisher": "U.S. Department of State",
        "published": "2010-06-14",
    }
    assert doc["categories"] == ["Human trafficking in Mexico", "Human trafficking by country"]
    assert [(s["id"], s["title"], s["paragraphs"]) for s in doc["sections"]] == [
        ("overview", "Overview", 3),
        ("prosecution", "Prosecution", 4),
        ("protection", "Protection", 3),
        ("prevention", "Prevention", 1),
    ]
    assert 3 <= len(doc["key_figures"]) <= 10
    assert doc["counts"]["agencies"] >= 15


def test_summary_table() -> None:
    result = run("summary")
    assert result.exit_code == 0
    out = result.stdout
    for text in (
        "Human trafficking in Mexico",
        "Tier 2",
        "U.S. Department of State",
        "2010-06-14",
        "prosecution",
        "1,333",
    ):
        assert text in out
    assert "Categories: Human trafficking in Mexico; Human trafficking by country" in out


# -- section --------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["prosecution", "Prosecution", "PROS", "pros", "  prosecution "])
def test_section_names_are_forgiving(name: str) -> None:
    doc = run_json("section", name)
    assert doc["id"] == "prosecution"
    assert doc["paragraphs"] == seed_sections()["Prosecution"]


@pytest.mark.parametrize("alias", ["lead", "intro", "Overview"])
def test_section_aliases(alias: str) -> None:
    assert run_json("section", alias)["id"] == "overview"


def test_section_json_has_annotations_and_errata() -> None:
    doc = run_json("section", "protection")
    assert {"id", "title", "paragraphs", "annotations", "errata", "citations"} <= doc.keys()
    assert [(a["paragraph"], a["label"], a["date"]) for a in doc["annotations"]] == [
        (1, "when?", "2011-09"),
        (2, "when?", "2011-09"),
    ]
    first = doc["annotations"][0]
    assert doc["paragraphs"][0][: first["offset"]].endswith("trafficking victims last year,")
    overview = run_json("section", "overview")
    assert any(
        e["quote"] == "anti-trafficking statues" and e["intended"] == "anti-trafficking statutes"
        for e in overview["errata"]
    )


def test_section_one_paragraph() -> None:
    doc = run_json("section", "prosecution", "--paragraph", "3")
    assert doc["paragraph"] == 3
    assert doc["paragraphs"] == [seed_sections()["Prosecution"][2]]
    assert [e["id"] for e in doc["errata"]] == ["highlevel"]


def test_section_table_numbers_paragraphs_and_marks_notes() -> None:
    result = run("section", "protection")
    assert result.exit_code == 0
    assert "¶1" in result.stdout and "¶3" in result.stdout
    assert "[when?]" in result.stdout
    assert "Protection" in result.stdout.splitlines()[0]


def test_section_list() -> None:
    doc = run_json("section")
    assert [s["id"] for s in doc] == ["overview", "prosecution", "protection", "prevention"]
    result = run("section")
    assert result.exit_code == 0 and "prevention" in result.stdout


def test_unknown_section_suggests() -> None:
    assert fails("section", "prosecutoin").startswith(
        "tipcli: error: no section 'prosecutoin'; did you mean 'prosecution'"
    )


def test_ambiguous_section() -> None:
    assert "ambiguous: prosecution or protection" in fails("section", "pro")


@pytest.mark.parametrize("name", ["", "   ", "2"])
def test_empty_or_numeric_section_name(name: str) -> None:
    assert fails("section", name).startswith("tipcli: error: ")


def test_paragraph_out_of_range() -> None:
    assert fails("section", "prevention", "-p", "2") == "tipcli: error: prevention has paragraphs 1 to 1, not 2"


# -- stats ----------------------------------------------------------------------------------------


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


# -- search ---------------------------------------------------------------------------------------


def hits(*args: str) -> list[dict[str, Any]]:
    doc = run_json("search", *args)
    return list(doc["hits"])


def test_search_json_contract() -> None:
    doc = run_json("search", "shelter")
    assert {"query", "total", "hits"} <= doc.keys()
    assert doc["query"] == "shelter"
    hit = doc["hits"][0]
    assert {"section", "paragraph", "sentence", "text", "score", "matches"} <= hit.keys()
    for start, end in hit["matches"]:
        assert hit["text"][start:end].lower().startswith("shelter")


def test_search_stems() -> None:
    texts = [h["text"] for h in hits("conviction", "--limit", "50")]
    assert any("convictions" in t for t in texts)
    assert any(t == "The government reported no prosecutions or convictions of child sex tourists." for t in texts)


def test_search_ignores_accents_both_ways() -> None:
    (hit,) = hits("Cancún")
    assert "Acapulco and Cancun" in hit["text"]
    assert (hit["section"], hit["paragraph"]) == ("overview", 2)
    assert hits("Juárez")


def test_search_phrase() -> None:
    found = hits('"federal anti-trafficking law"', "--limit", "50")
    assert found and all("federal anti-trafficking law" in h["text"] for h in found)
    phrase = hits('"victims of sex trafficking"', "--limit", "50")
    assert phrase and all("victims of sex trafficking" in h["text"] for h in phrase)
    scattered = hits("trafficking victims sex", "--limit", "50")
    assert len(scattered) > len(phrase)


def test_search_prefix_and_operators() -> None:
    prefixed = {h["text"] for h in hits("shelt*", "--limit", "50")}
    assert any("shelters" in t for t in prefixed) and any("shelter " in t for t in prefixed)
    either = hits("FEVIMTRA", "OR", "SIEDO", "--limit", "50")
    assert any("SIEDO" in h["text"] and "FEVIMTRA" not in h["text"] for h in either)
    without = hits("shelter", "NOT", "women", "--limit", "50")
    assert without and all("women" not in h["text"] for h in without)
    both = hits("shelter", "AND", "women", "--limit", "50")
    assert both and all("women" in h["text"] for h in both)


def test_search_rank_order_puts_the_densest_match_first() -> None:
    found = hits("FEVIMTRA", "OR", "SIEDO")
    assert "FEVIMTRA" in found[0]["text"] and "SIEDO" in found[0]["text"]
    scores = [h["score"] for h in found]
    assert scores == sorted(scores, reverse=True)


def test_search_limit_section_and_context() -> None:
    doc = run_json("search", "trafficking", "--limit", "2", "--section", "prevention", "--context", "1")
    assert doc["total"] > 2 and len(doc["hits"]) == 2
    assert {h["section"] for h in doc["hits"]} == {"prevention"}
    for hit in doc["hits"]:
        assert [s["sentence"] for s in hit["before"]] == ([hit["sentence"] - 1] if hit["sentence"] > 1 else [])


def test_search_no_hit_exits_1_and_still_prints_json() -> None:
    result = run("search", "zeppelin", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {"query": "zeppelin", "total": 0, "hits": []}
    plain = run("search", "zeppelin")
    assert plain.exit_code == 1 and plain.stdout == ""
    assert plain.stderr.strip() == "tipcli: no sentence matches 'zeppelin'"


@pytest.mark.parametrize("query", ["", "   "])
def test_search_empty_query_is_a_usage_error(query: str) -> None:
    assert "the search query is empty" in fails("search", query)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "((",
        "[/b]",
        "[bold]",
        "NOT",
        "AND OR",
        "-",
        "*",
        "NEAR(a b)",
        "a:b",
        "^x",
        "'",
        "\x00",
        "🙂",
        "שלום",
    ],
)
def test_hostile_queries_never_reach_sqlite(query: str) -> None:
    result = run("search", query, "--json")
    assert result.exit_code in (1, 2), result.stderr
    assert (
        "Traceback" not in result.stderr
        and "sqlite" not in result.stderr.lower()
        and "fts5" not in result.stderr.lower()
    )
    if result.exit_code == 1:
        assert json.loads(result.stdout)["total"] == 0
    else:
        assert result.stdout == ""


def test_search_table_shows_where_and_sentence() -> None:
    result = run("search", "Cancún")
    assert result.exit_code == 0
    assert "overview ¶2.5" in result.stdout
    assert "1 matching sentence, best first" in result.stdout


# -- agencies -------------------------------------------------------------------------------------


def test_agencies_json_contract() -> None:
    doc = run_json("agencies")
    for agency in doc:
        assert {"id", "name", "acronym", "spanish_name", "level", "role", "sections", "mentions"} <= agency.keys()
        assert agency["mentions"] >= 1 and agency["sections"]
    fevimtra = next(a for a in doc if a["acronym"] == "FEVIMTRA")
    assert fevimtra["level"] == "federal"
    assert fevimtra["sections"] == ["prosecution", "protection", "prevention"]


def test_agencies_level_filter() -> None:
    doc = run_json("agencies", "--level", "international")
    assert doc and {a["level"] for a in doc} == {"international"}
    assert any(a["name"] == "United Nations Office on Drugs and Crime" for a in doc)
    assert "no level 'galactic'" in fails("agencies", "--level", "galactic")


@pytest.mark.parametrize("name", [["fevimtra"], ["FEVIMTRA"], ["Fiscalía", "Especial"], ["fiscalia", "especial"]])
def test_agency_by_acronym_or_words(name: list[str]) -> None:
    doc = run_json("agencies", *name)
    assert doc["acronym"] == "FEVIMTRA"
    # By hand from the seed: FEVIMTRA is named in prosecution 2 (three times), protection 2 and 3, prevention 1.
    assert [(q["section"], q["paragraph"]) for q in doc["quotes"]] == [
        ("prosecution", 2),
        ("prosecution", 2),
        ("prosecution", 2),
        ("protection", 2),
        ("protection", 3),
        ("prevention", 1),
    ]
    assert doc["quotes"][-1]["text"].startswith("The Mexican government conducted a public awareness campaign")


def test_agency_described_not_named() -> None:
    doc = run_json("agencies", "social", "welfare")
    assert doc["quotes"][0]["text"].startswith("Mexico’s social welfare agency continued to operate general shelters")
    assert "spanish_name" in doc["external"]


def test_agency_detail_table() -> None:
    result = run("agencies", "siedo")
    assert result.exit_code == 0
    assert "Office of the Special Prosecutor for Organized Crime" in result.stdout
    assert "prosecution ¶2.3" in result.stdout


def test_unknown_agency_suggests() -> None:
    assert fails("agencies", "fevimtr").startswith("tipcli: error: no agency 'fevimtr'; did you mean 'fevimtra'")


@pytest.mark.parametrize("name", ["", "  ", "42"])
def test_empty_or_numeric_agency_name(name: str) -> None:
    assert fails("agencies", name).startswith("tipcli: error: ")
