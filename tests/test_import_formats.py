"""Reading narratives in the three input forms: sections, paragraphs, tier and metadata."""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipcli.importing.formats.wiki_tags import anchor_before, split_citation
from tipcli.importing.structure.build import detect_format, read_narrative
from tipcli.importing.structure.headings import country_case, parse_header, section_id
from tipcli.importing.structure.narrative import Narrative, NarrativeError, Section
from tipcli.importing.structure.tiers import sentence_at

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

ROOT = Path(__file__).parents[1]
CORPUS = Path(__file__).parents[2] / "shared" / "corpus"
SEED = ROOT / "tests" / "data" / "seed" / "human-trafficking-in-mexico.txt"
SEED_REPORT = ROOT / "src" / "tipcli" / "data" / "report.toml"
GOLDS = sorted(CORPUS.glob("*.gold.json")) if CORPUS.is_dir() else []


def _section(narrative: Narrative, sid: str) -> Section:
    """Return the section with id sid."""
    return next(s for s in narrative.sections if s.id == sid)


# --- the development corpus and the seed ------------------------------------------------------------


@pytest.mark.skipif(not GOLDS, reason="the shared corpus is not next to this repository")
@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name)
def test_corpus_paragraphs_titles_and_tier_match_the_gold(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    narrative = read_narrative((CORPUS / gold["file"]).read_text(encoding="utf-8"))
    assert [(s.id, s.title, list(s.paragraphs)) for s in narrative.sections] == [
        (s["id"], s["title"], s["paragraphs"]) for s in gold["sections"]
    ]
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.rank) == (gold["tier"]["placement"], gold["tier"]["rank"])
    assert narrative.tier.stated_in_header is gold["tier"]["stated_in_header"]
    assert narrative.country == gold["country"]
    assert narrative.format == gold["format"].split("-")[0]


@pytest.mark.skipif(not GOLDS, reason="the shared corpus is not next to this repository")
def test_corpus_wiki_keeps_citations_tags_and_the_sentence_stating_the_tier() -> None:
    narrative = read_narrative((CORPUS / "kelmora-2009.wiki.txt").read_text(encoding="utf-8"))
    assert narrative.year == 2009
    assert narrative.title == "Human trafficking in Kelmora"
    assert narrative.source_title == "Trafficking in Persons Report 2009"
    assert narrative.publisher == "Office of Public Reports"
    assert narrative.published == datetime.date(2009, 6, 16)
    assert narrative.tier is not None
    assert (narrative.tier.section, narrative.tier.paragraph) == ("overview", 2)
    assert narrative.tier.quote == (
        "Kelmora was ranked Tier 2 in the 2009 report, having moved up from the Tier 2 Watch List the previous year."
    )
    assert [c.text for c in narrative.citations][1] == "Trafficking in Persons Report (9th Ed. )"
    assert [(a.kind, a.date, a.section, a.paragraph) for a in narrative.annotations] == [
        ("citation needed", "2011-06", "overview", 2),
        ("according to whom", "2012-03", "prosecution", 1),
        ("when", "2012-03", "prosecution", 2),
        ("citation needed", "2011-06", "protection", 2),
        ("citation needed", "2011-06", "prevention", 2),
    ]
    assert narrative.annotations[1].anchor == "These penalties are sufficiently stringent"
    for a in narrative.annotations:
        paragraph = _section(narrative, a.section).paragraphs[a.paragraph - 1]
        assert a.anchor and a.anchor in paragraph


@pytest.mark.skipif(not GOLDS, reason="the shared corpus is not next to this repository")
def test_corpus_html_keeps_no_break_spaces_and_reads_the_year_from_the_title() -> None:
    narrative = read_narrative((CORPUS / "tarvos-2018.html").read_text(encoding="utf-8"))
    assert narrative.year == 2018
    assert narrative.title == "Tarvos - 2018 Trafficking in Persons Report (made-up test page)"
    assert "Section\u00a0232 of the Criminal Code" in _section(narrative, "prosecution").paragraphs[0]
    # Text files that do not state their edition get no year.
    assert read_narrative((CORPUS / "veldmark-2011.txt").read_text(encoding="utf-8")).year is None


def _seed_report() -> dict[str, Any]:
    """Return the packaged report made by hand from the seed."""
    with SEED_REPORT.open("rb") as f:
        return tomllib.load(f)


def test_seed_reproduces_the_packaged_reports_paragraphs() -> None:
    report = _seed_report()
    narrative = read_narrative(SEED.read_text(encoding="utf-8"))
    assert narrative.format == "wiki"
    assert [(s.id, list(s.paragraphs)) for s in narrative.sections] == [
        (s["id"], s["paragraphs"]) for s in report["sections"]
    ]
    assert "(FEVIMTRA).  FEVIMTRA" in _section(narrative, "prosecution").paragraphs[1]
    assert (narrative.title, narrative.country, narrative.year) == ("Human trafficking in Mexico", "Mexico", 2010)
    assert list(narrative.categories) == report["report"]["categories"]
    # The text does not name Mexico's tier; its wording is the Tier 2 formula.
    assert narrative.tier is not None and (narrative.tier.placement, narrative.tier.stated_in) == (
        "Tier 2",
        "standards",
    )


def test_seed_citations_notice_and_annotations_are_the_packaged_ones() -> None:
    report = _seed_report()
    narrative = read_narrative(SEED.read_text(encoding="utf-8"))
    assert [(c.section, c.paragraph, c.text) for c in narrative.citations] == [
        (c["section"], c["paragraph"], c["text"]) for c in report["source"]["citations"]
    ]
    assert narrative.notice == report["source"]["notice"]
    assert (narrative.source_title, narrative.publisher) == (report["source"]["title"], report["source"]["publisher"])
    assert narrative.published == report["source"]["published"]
    keys = ("kind", "label", "date", "note", "section", "paragraph", "anchor")
    assert [tuple(getattr(a, k) for k in keys) for a in narrative.annotations] == [
        tuple(a[k] for k in keys) for a in report["annotations"]
    ]


# --- made-up variants of the four layouts -------------------------------------------------------------

TEXT_2010_CRLF = (
    "\ufeffNorvania (Tier 2)\r\n\r\n"
    "Norvania is a destination country for men subjected to forced labor.\x1b[1m Victims come from abroad.\r\n\r\n"
    "The Government of Norvania does not fully comply with the minimum standards; it is making efforts.\x07\r\n\r\n"
    "Recommendations for Norvania: Prosecute labor traffickers; fund shelters.\r\n\r\n"
    "PROSECUTION\r\n\r\n"
    "The government convicted two traffickers.\r\n\r\n"
    "protection\r\n"
    "Victims received care in 2010.\r\n"
)


def test_text_2010_with_crlf_bom_controls_title_case_header_and_any_heading_case() -> None:
    narrative = read_narrative(TEXT_2010_CRLF)
    assert narrative.format == "text"
    assert (narrative.country, narrative.title, narrative.year) == ("Norvania", None, None)
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.rank, narrative.tier.stated_in_header) == ("Tier 2", 2, True)
    assert [(s.id, s.title, s.paragraphs) for s in narrative.sections] == [
        (
            "overview",
            None,
            (
                "Norvania is a destination country for men subjected to forced labor. Victims come from abroad.",
                "The Government of Norvania does not fully comply with the minimum standards; it is making efforts.",
            ),
        ),
        (
            "recommendations",
            "Recommendations for Norvania:",
            ("Recommendations for Norvania: Prosecute labor traffickers; fund shelters.",),
        ),
        ("prosecution", "PROSECUTION", ("The government convicted two traffickers.",)),
        ("protection", "protection", ("Victims received care in 2010.",)),
    ]


TEXT_2020_WRAPPED = """2021 TRAFFICKING IN PERSONS REPORT

SAINT ORVEN AND THE MARL ISLES: Tier 2 Watch List

The Government of Saint Orven and the Marl Isles does not fully meet the
minimum standards for the elimination of trafficking but is making significant
efforts to do so. Therefore Saint Orven and the Marl Isles remained on Tier 2 Watch List for the second year.

Prioritized Recommendations:
• Investigate and prosecute trafficking crimes.
* Train labor inspectors to identify victims, including
  among migrant fishermen.

Trafficking Profile:

As reported over the past five years, traffickers exploit domestic and foreign victims.
"""


def test_text_2020_with_wrapped_lines_bullets_and_a_multiword_capitals_header() -> None:
    narrative = read_narrative(TEXT_2020_WRAPPED)
    assert narrative.country == "Saint Orven and the Marl Isles"
    assert narrative.year == 2021
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.rank) == ("Tier 2 Watch List", 2.5)
    assert (narrative.tier.section, narrative.tier.paragraph) == ("overview", 1)
    assert narrative.tier.quote == (
        "Therefore Saint Orven and the Marl Isles remained on Tier 2 Watch List for the second year."
    )
    assert _section(narrative, "overview").paragraphs == (
        "The Government of Saint Orven and the Marl Isles does not fully meet the minimum standards for the "
        "elimination of trafficking but is making significant efforts to do so. Therefore Saint Orven and the "
        "Marl Isles remained on Tier 2 Watch List for the second year.",
    )
    assert _section(narrative, "recommendations").title == "Prioritized Recommendations:"
    assert _section(narrative, "recommendations").paragraphs == (
        "Investigate and prosecute trafficking crimes.",
        "Train labor inspectors to identify victims, including among migrant fishermen.",
    )
    assert _section(narrative, "profile").title == "Trafficking Profile:"


HTML_PAGE = """<!DOCTYPE html><html><head><title>Cote d'Arven</title><style>p { color: red; }</style></head>
<body><nav><ul><li>Home</li><li>Prosecution</li></ul></nav><svg><title>Logo</title></svg>
<main>
<h1>2016 Trafficking in Persons Report</h1>
<h2>COTE D'ARVEN: Special Case</h2>
<p>Cote d&#x2019;Arven remains a <strong>Special <em>Case</em></strong> for the
   sixth consecutive year.<br>Civil conflict continued.</p>
<p><strong>PROSECUTION</strong></p>
<p>Courts convicted 4&nbsp;traffickers &amp; acquitted one.<br><br>Police arrested 12 suspects.</p>
<p>&nbsp;</p>
<h3>Protection</h3>
<ul><li>No shelters operated;</li><li>and victims were detained.</li><li>Prevention</li></ul>
</main>
<footer><p>Prevention</p></footer></body></html>
"""


def test_html_main_without_article_with_br_entities_nested_inline_tags_and_bold_headings() -> None:
    narrative = read_narrative(HTML_PAGE)
    assert narrative.format == "html"
    assert (narrative.country, narrative.title, narrative.year) == ("Cote d'Arven", "Cote d'Arven", 2016)
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.rank) == ("Special Case", None)
    assert [(s.id, s.title, s.paragraphs) for s in narrative.sections] == [
        (
            "overview",
            None,
            ("Cote d’Arven remains a Special Case for the sixth consecutive year. Civil conflict continued.",),
        ),
        (
            "prosecution",
            "PROSECUTION",
            ("Courts convicted 4\u00a0traffickers & acquitted one.", "Police arrested 12 suspects."),
        ),
        ("protection", "Protection", ("No shelters operated;", "and victims were detained.", "Prevention")),
    ]


WIKI_ARTICLE = """[[Human trafficking in the Ostmark Republic]]

CATEGORIES: Human trafficking in the Ostmark Republic

The Ostmark Republic is a source country for forced labor. It remained on Tier 3 in the 2012 TIP report.[tpl]citation needed|date=May 2013[/tpl]
The government did not fund shelters.[tpl]dubious|date=May 2013[/tpl] It made no arrests.Trafficking in Persons Report (12th Ed. )

===Protection===

[tpl]clarify[/tpl]Victims were deported.[tpl]PD-notice[/tpl]

==Background==
Ostmark was founded in 1990.[tpl]foo bar[/tpl]

==External links==
* a link
===Navigation===
More links.
"""


def test_wiki_without_header_with_templates_citation_and_odd_headings() -> None:
    narrative = read_narrative(WIKI_ARTICLE)
    assert narrative.format == "wiki"
    assert (narrative.country, narrative.year) == ("Ostmark Republic", 2012)
    assert narrative.categories == ("Human trafficking in the Ostmark Republic",)
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.stated_in_header) == ("Tier 3", False)
    assert narrative.tier.quote == "It remained on Tier 3 in the 2012 TIP report."
    assert [(s.id, s.paragraphs) for s in narrative.sections] == [
        (
            "overview",
            (
                "The Ostmark Republic is a source country for forced labor. It remained on Tier 3 in the 2012 TIP report.",
                "The government did not fund shelters. It made no arrests.",
            ),
        ),
        ("protection", ("Victims were deported.", "Ostmark was founded in 1990.")),
    ]
    assert [(c.section, c.paragraph, c.text) for c in narrative.citations] == [
        ("overview", 2, "Trafficking in Persons Report (12th Ed. )")
    ]
    assert narrative.notice == "This article incorporates text from this source, which is in the public domain."
    assert [(a.kind, a.label, a.date, a.anchor) for a in narrative.annotations] == [
        ("citation needed", "citation needed", "2013-05", "on Tier 3 in the 2012 TIP report."),
        ("dubious", "dubious", "2013-05", "The government did not fund shelters."),
        ("foo bar", "foo bar", "", "Ostmark was founded in 1990."),
    ]
    assert narrative.annotations[2].note == "Wikipedia template {{foo bar}} taken out of the text."
    assert any("Background" in w for w in narrative.warnings)
    assert any("clarify" in w for w in narrative.warnings)


def test_text_2014_recommendations_label_on_the_paragraph_line_and_a_later_label_stays_put() -> None:
    text = (
        "ARVANIA: Tier 2\n\nArvania is a source country.\n\n"
        "RECOMMENDATIONS FOR ARVANIA: Investigate cases; train police.\n\n"
        "PROSECUTION\n\nRecommendations for police: none were made public.\n"
    )
    narrative = read_narrative(text)
    assert [(s.id, s.title, s.paragraphs) for s in narrative.sections] == [
        ("overview", None, ("Arvania is a source country.",)),
        (
            "recommendations",
            "RECOMMENDATIONS FOR ARVANIA:",
            ("RECOMMENDATIONS FOR ARVANIA: Investigate cases; train police.",),
        ),
        ("prosecution", "PROSECUTION", ("Recommendations for police: none were made public.",)),
    ]


def test_html_page_matter_under_an_unknown_heading_after_the_sections_is_left_out() -> None:
    page = (
        "<html><body><div id='c'><h1>Arvania</h1><p>Arvania was upgraded to Tier 1.</p>"
        "<h4>Prevention</h4><p>Campaigns ran.</p><h2>Share this page</h2><p>Email | Print</p></div></body></html>"
    )
    narrative = read_narrative(page)
    assert [(s.id, s.paragraphs) for s in narrative.sections] == [
        ("overview", ("Arvania was upgraded to Tier 1.",)),
        ("prevention", ("Campaigns ran.",)),
    ]
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.paragraph) == ("Tier 1", 1)
    assert narrative.title == "Arvania"


def test_html_without_header_takes_country_and_year_from_the_page_title() -> None:
    page = (
        "<html><head><title>2023 Trafficking in Persons Report: Bosnia and Herzegovina - Example Site</title></head>"
        "<body><article><p>Lead.</p><h3>PREVENTION</h3><p>Campaigns ran.</p></article></body></html>"
    )
    narrative = read_narrative(page)
    assert (narrative.country, narrative.year, narrative.tier) == ("Bosnia and Herzegovina", 2023, None)


def test_wiki_page_tags_on_their_own_line_are_dropped_with_a_warning_and_a_lone_notice_is_kept() -> None:
    text = "[[Human trafficking in Arvania]]\n[tpl]Refimprove|date=May 2010[/tpl]\n==Prosecution==\nCases rose.\n[tpl]PD-notice[/tpl]\n"
    narrative = read_narrative(text)
    assert narrative.annotations == ()
    assert narrative.notice == "This article incorporates text from this source, which is in the public domain."
    assert any("Refimprove" in w for w in narrative.warnings)
    assert [(s.id, s.paragraphs) for s in narrative.sections] == [("prosecution", ("Cases rose.",))]


# --- what is not a narrative ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        (" \n\t\r\n ", "empty"),
        ("\ufeff\x07\x1b[0m", "empty"),
        ("PROSECUTION\x00\x01", "binary"),
        ("\x01\x02\x03\x04Prosecution\x05\x06\x07\x08\x0e\x0f", "binary"),
        ("# tipcli\n\nA CLI over report narratives.\n\n## Summary\n\nInstall it with pip.\n", "Markdown"),
        ("Summary\n\nThis document has a summary but no report sections.\n", "no narrative"),
        ("country,tier,year\nVeldmark,Tier 2,2011\nTarvos,Tier 1,2018\n", "no narrative"),
        ("<html><body><nav><h3>Prosecution</h3></nav><p>Welcome.</p></body></html>", "no narrative"),
        ("<html><body><article><h3>Prosecution</h3><p>&nbsp;</p></article></body></html>", "no paragraphs"),
    ],
    ids=[
        "empty",
        "blank",
        "only-controls",
        "nul",
        "mostly-controls",
        "readme",
        "summary-only",
        "csv",
        "html",
        "html-empty",
    ],
)
def test_non_narratives_raise_narrative_error_saying_what_was_expected(text: str, message: str) -> None:
    with pytest.raises(NarrativeError, match=message):
        read_narrative(text)


def test_a_lead_under_a_tier_header_is_a_narrative_and_a_wrong_format_name_is_an_error() -> None:
    narrative = read_narrative("VELDMARK: Tier 1\n\nThe government fully meets the minimum standards.\n")
    assert [s.id for s in narrative.sections] == ["overview"]
    with pytest.raises(NarrativeError, match="expected one of text, html, wiki"):
        read_narrative("VELDMARK: Tier 1\n\nText.", format="pdf")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!-- note -->\n<!DOCTYPE html><html></html>", "html"),
        ("<p class='x'>Text</p>", "html"),
        ("MADE-UP line\n[[Human trafficking in X]]\nText", "wiki"),
        ("Lead.\n\n==Prosecution==\nText", "wiki"),
        ("Text[tpl]when[/tpl] more", "wiki"),
        ("VELDMARK (Tier 2)\n\nProsecution\n\nText with a < b and [brackets].", "text"),
    ],
)
def test_detect_format_by_markup(text: str, expected: str) -> None:
    assert detect_format(text) == expected


def test_an_explicit_format_overrides_detection() -> None:
    narrative = read_narrative("VELDMARK: Tier 3\n\n<p> stays as written.\n", format="text")
    assert narrative.sections[0].paragraphs == ("<p> stays as written.",)


# --- the rules underneath -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "sid"),
    [
        ("PROSECUTION", "prosecution"),
        ("Protection:", "protection"),
        ("prevention", "prevention"),
        ("TRAFFICKING PROFILE", "profile"),
        ("PRIORITIZED RECOMMENDATIONS:", "recommendations"),
        ("RECOMMENDATIONS FOR BOSNIA AND HERZEGOVINA:", "recommendations"),
        ("Prevention activity was limited.", None),
        ("Prosecution of traffickers", None),
    ],
)
def test_section_headings_are_the_reports_own_names_alone_on_a_line(line: str, sid: str | None) -> None:
    assert section_id(line) == sid


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("VELDMARK (Tier 2 Watch List)", ("Veldmark", "Tier 2 Watch List")),
        ("BOSNIA AND HERZEGOVINA: TIER 2", ("Bosnia and Herzegovina", "TIER 2")),
        ("CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 2", ("Congo, Democratic Republic of the", "Tier 2")),
        ("GUINEA-BISSAU (Tier 3)", ("Guinea-Bissau", "Tier 3")),
        ("Korea, North: Tier 3", ("Korea, North", "Tier 3")),
        ("TIMOR-LESTE – Tier 2", ("Timor-Leste", "Tier 2")),
        ("Tier ranking: Tier 1", None),
        ("The government is on Tier 2 this year.", None),
        ("Note: see the tier list", None),
    ],
)
def test_header_lines_give_country_as_people_write_it_and_the_tier(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_header(line) == expected


def test_country_case_keeps_elided_articles_and_mixed_case_names() -> None:
    assert country_case("COTE D'IVOIRE") == "Cote d'Ivoire"
    assert country_case("THE GAMBIA") == "The Gambia"
    assert country_case("Timor-Leste") == "Timor-Leste"


def test_sentence_at_does_not_split_after_initials() -> None:
    text = "Officials met the U.S. Department of State. X was ranked Tier 2 again. Later text."
    start = text.index("Tier 2")
    assert sentence_at(text, start, start + 6) == "X was ranked Tier 2 again."
    assert sentence_at(text, 0, 3) == "Officials met the U.S. Department of State."


def test_a_glued_citation_starts_at_a_sentence_end_not_at_an_initial() -> None:
    assert split_citation(
        'Text ends here."X". Trafficking in Persons Report 2012. U.S. Department of State (June 19, 2012).'
    ) == (
        "Text ends here.",
        '"X". Trafficking in Persons Report 2012. U.S. Department of State (June 19, 2012).',
    )
    assert split_citation("Aid from the U.S. Government (USG) helped.") == (
        "Aid from the U.S. Government (USG) helped.",
        None,
    )
    assert split_citation("No citation here. Just text (June 2012).") == (
        "No citation here. Just text (June 2012).",
        None,
    )


def test_a_citation_after_a_blank_is_split_off_only_when_it_opens_with_its_quoted_title() -> None:
    cited = '"Norland". Trafficking in Persons Report 2013. Office of Public Reports (June 19, 2013).'
    assert split_citation("Screening stayed weak. " + cited) == ("Screening stayed weak.", cited)
    two_sentences = "The plan lapsed. The council met again (June 3, 2012)."
    assert split_citation(two_sentences) == (two_sentences, None)
    edition = "Trafficking in Persons Report (12th Ed. )"
    assert split_citation("A campaign reached 9,000 people. " + edition) == (
        "A campaign reached 9,000 people.",
        edition,
    )
    glued = "Inspectors visited no mines. No step cut demand." + edition
    assert split_citation(glued) == ("Inspectors visited no mines. No step cut demand.", edition)


def test_anchor_is_up_to_eight_words_within_the_sentence_and_first_occurs_at_the_tag() -> None:
    paragraph = "One two. Three four five six seven eight nine ten eleven, twelve"
    assert anchor_before(paragraph, paragraph.index(",") + 1) == "four five six seven eight nine ten eleven,"
    assert anchor_before("In 2009, police acted. In 2009,", 31) == "acted. In 2009,"
    assert anchor_before("Short.", 6) == "Short."


def test_tier_sentences_that_name_a_former_tier_are_not_the_placement() -> None:
    text = "VELDMARK\n\nProsecution\n\nIt moved up from Tier 3 last year. It was upgraded to Tier 2 Watch List.\n"
    narrative = read_narrative(text)
    assert narrative.tier is not None
    assert (narrative.tier.placement, narrative.tier.stated_in_header) == ("Tier 2 Watch List", False)
    assert narrative.tier.quote == "It was upgraded to Tier 2 Watch List."
    assert narrative.country is None


# --- robustness -------------------------------------------------------------------------------------------

_MARKUP = st.sampled_from(
    [
        "\n",
        "\n\n",
        "==",
        "[[",
        "]]",
        "[tpl]",
        "[/tpl]",
        "|date=May 2012",
        "<p>",
        "</p>",
        "<br>",
        "<h3>",
        "&nbsp;",
        "<article>",
        "</div>",
        "Prosecution",
        "PROTECTION:",
        "X: Tier 2",
        "(Tier 3)",
        "• ",
        '."Y". Report 2010. P (June 1, 2010).',
        "Recommendations for X: ",
        "was ranked Tier 1",
        "U.S. ",
        "\x1b[",
        "\r",
        "\ufeff",
        "CATEGORIES: a, b",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), _MARKUP), max_size=40), st.sampled_from([None, "text", "html", "wiki"]))
def test_arbitrary_text_gives_a_narrative_or_a_narrative_error(pieces: list[str], fmt: str | None) -> None:
    try:
        narrative = read_narrative("".join(pieces), fmt)
    except NarrativeError:
        return
    assert narrative.sections
    for section in narrative.sections:
        assert all(p and p == p.strip() for p in section.paragraphs)
    for a in narrative.annotations:
        assert a.anchor in _section(narrative, a.section).paragraphs[a.paragraph - 1]


@pytest.mark.parametrize(
    "text",
    [
        "VELDMARK: Tier 2\n\n" + "a.Ba.B(" * 40_000,
        "[[T]]\n==Prosecution==\n" + "word [tpl]when[/tpl]" * 20_000,
        "<html><body>" + "<div>" * 30_000 + "<h3>Prosecution</h3><p>x</p>",
        "VELDMARK: Tier 2\n\n" + ("Prosecution\n" + "was ranked " * 2000 + "\n\n") * 20,
    ],
    ids=["glue-points", "many-templates", "deep-html", "claims"],
)
def test_large_pathological_inputs_end_in_a_narrative_or_a_refusal(text: str) -> None:
    # How the time grows with such inputs is measured by benchmarks/hostile.py --import-only.
    try:
        narrative = read_narrative(text)
    except NarrativeError as error:
        assert str(error)
    else:
        assert narrative.sections
