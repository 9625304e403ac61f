"""`tipcli search`: matching, ranking, the query syntax, hostile queries and properties for any query."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import fails, one_line_error, run, run_json
from tipcli.errors import UsageError
from tipcli.model import Report
from tipcli.search import search


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


def test_search_table_shows_where_and_sentence() -> None:
    result = run("search", "Cancún")
    assert result.exit_code == 0
    assert "overview ¶2.5" in result.stdout
    assert "1 matching sentence, best first" in result.stdout


@pytest.mark.parametrize("query", ["", "   "])
def test_search_empty_query_is_a_usage_error(query: str) -> None:
    assert "the search query is empty" in fails("search", query)


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
    result = run("search", *query.split())
    assert result.exit_code == 2 and result.stdout == ""
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_operators_between_words_still_work() -> None:
    result = run("search", "shelter", "NOT", "women", "--json")
    assert result.exit_code == 0


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


@pytest.mark.parametrize(
    "query",
    [
        "AND AND OR NOT",
        '"""',
        "((((",
        "]]]]",
        "\x00\x00",
        "🙂🙂",
        "مرحبا",
        "a" * 5000,
        "word " * 1000,
        "NEAR(",
        "{col}: x",
    ],
    ids=[
        "operators",
        "quotes",
        "brackets",
        "closers",
        "nul",
        "emoji",
        "rtl",
        "5000-chars",
        "1000-words",
        "near",
        "column",
    ],
)
def test_hostile_queries_get_an_answer_or_one_clear_message(query: str) -> None:
    result = run("search", query)
    assert result.exit_code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == (result.exit_code != 0)


def test_long_query_is_refused_clearly() -> None:
    line = one_line_error(run("search", "word " * 1000), 2)
    assert line == "tipcli: error: the query has 1000 words; at most 64 are searched at once"


def test_a_python_without_fts5_gets_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    import tipcli.search

    class NoFts5:
        def execute(self, sql: str, *args: object) -> None:
            raise sqlite3.OperationalError("no such module: fts5")

    monkeypatch.setattr(tipcli.search.sqlite3, "connect", lambda *args: NoFts5())
    line = one_line_error(run("search", "shelter"), 4)
    assert line.startswith("tipcli: error: search needs SQLite with FTS5")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_search_raises_nothing_but_usage_errors(report: Report, query: str) -> None:
    try:
        result = search(report, query)
    except UsageError:
        return
    for hit in result.hits:
        for start, end in hit.matches:
            assert 0 <= start < end <= len(hit.sentence.text)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_every_json_answer_parses(query: str) -> None:
    for args in (["search", query, "--json"], ["stats", "--match", query, "--json"], ["agencies", "--json"]):
        result = run(*args)
        if result.exit_code in (0, 1):
            json.loads(result.stdout)
        else:
            assert result.exit_code == 2 and result.stdout == ""
