"""Citations of an imported report carry the narrative's address: the one a saved page states, or --url."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run

# A made-up saved page.
PAGE = """<!DOCTYPE html>
<html><head><title>Lemuria - 2030 Trafficking in Persons Report</title>
{head}
</head><body><main>
<h1>LEMURIA: Tier 2</h1>
<p>Lemuria does not fully meet the minimum standards for the elimination of trafficking.</p>
<h2>Prosecution</h2>
<p>The police investigated 12 trafficking cases.</p>
</main></body></html>
"""
CANONICAL = '<link rel="canonical" href="https://example.org/tip/2030/lemuria/">'
OG = '<meta property="og:url" content="https://example.org/og/lemuria">'


def _import(tmp_path: Path, head: str, *args: str) -> Path:
    page = tmp_path / "lemuria.html"
    page.write_text(PAGE.format(head=head), encoding="utf-8")
    out = tmp_path / "lemuria.toml"
    result = run("import", str(page), "-o", str(out), *args)
    assert result.exit_code == 0, result.stderr
    return out


def _cited_url(report: Path) -> str | None:
    (item,) = json.loads(run("--report", str(report), "cite", "--json").stdout)
    return item.get("URL")


@pytest.mark.parametrize(
    ("head", "url"),
    [
        (CANONICAL + OG, "https://example.org/tip/2030/lemuria/"),  # canonical first
        (OG, "https://example.org/og/lemuria"),
        ('<link rel="canonical" href="/tip/lemuria">' + OG, "https://example.org/og/lemuria"),  # relative: not it
        ("", None),
    ],
)
def test_the_page_states_its_address(tmp_path: Path, head: str, url: str | None) -> None:
    report = _import(tmp_path, head)
    assert _cited_url(report) == url
    if url:
        assert url in run("--report", str(report), "cite").stdout  # APA ends with it
        assert json.loads(run("--report", str(report), "export").stdout)["source"]["narrative_url"] == url


def test_url_option_sets_it_over_the_page(tmp_path: Path) -> None:
    report = _import(tmp_path, CANONICAL, "--url", "https://example.net/lemuria-2030")
    assert _cited_url(report) == "https://example.net/lemuria-2030"


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "not a url", "ftp://example.org/x", "https://ex ample.org"])
def test_a_url_that_is_no_web_address_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    page = tmp_path / "lemuria.html"
    page.write_text(PAGE.format(head=""), encoding="utf-8")
    out = tmp_path / "out.toml"
    result = run("import", str(page), "-o", str(out), "--url", bad)
    assert result.exit_code == 2 and result.stdout == "" and not out.exists()
    assert result.stderr.startswith("tipcli: error: --url ")
