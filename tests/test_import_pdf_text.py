"""One narrative copied out of the report's PDF imports word for word (structure/pages.py).

Every narrative here is made up (fictional countries, invented facts) and written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipcli.importing.formats.text import text_blocks
from tipcli.importing.structure.build import read_narrative
from tipcli.importing.structure.hyphens import keeps_hyphen
from tipcli.importing.structure.narrative import Narrative
from tipcli.importing.structure.pages import ends_paragraph, join_lines, page_lines

DEV2 = Path(__file__).resolve().parents[1] / "benchmarks" / "layouts-dev2"


def _paragraphs(narrative: Narrative) -> list[tuple[str, str]]:
    return [(s.id, p) for s in narrative.sections for p in s.paragraphs]


# A PDF-to-text tool's copy: blank lines between paragraphs, a page break with its number, the
# report's running title and the country's running head, a paragraph running on across it.
PDF_TOOL_COPY = """TRAFFICKING IN PERSONS REPORT 2030

VELMORA:
TIER 2 WATCH LIST

Velmora's government did little this year against forced labor on melon
farms, although its police opened more inquiries than the year before.

PRIORITIZED
RECOMMENDATIONS:
• Prosecute the owners of melon farms who hold workers' papers, and seek
  prison terms for those convicted.
• Open a shelter for men.

PROSECUTION
The government maintained law enforcement efforts. Police opened nine
inquiries into forced labor on melon farms and two into forced begging,

212
\fVELMORA

and prosecutors charged four of the farm owners. Courts convicted one.

PROTECTION
The government decreased efforts to protect victims.

213
\fTRAFFICKING IN PERSONS REPORT 2030

Inspectors referred 14 workers to care and an NGO-run clinic treated six
of them for injuries.
"""


def test_a_pdf_tools_copy_imports_without_its_page_furniture() -> None:
    narrative = read_narrative(PDF_TOOL_COPY)
    assert (narrative.country, narrative.year) == ("Velmora", 2030)
    assert narrative.tier is not None and narrative.tier.placement == "Tier 2 Watch List"
    assert _paragraphs(narrative) == [
        (
            "overview",
            "Velmora's government did little this year against forced labor on melon farms, although its "
            "police opened more inquiries than the year before.",
        ),
        (
            "recommendations",
            "Prosecute the owners of melon farms who hold workers' papers, and seek prison terms for those convicted.",
        ),
        ("recommendations", "Open a shelter for men."),
        (
            "prosecution",
            "The government maintained law enforcement efforts. Police opened nine inquiries into forced labor "
            "on melon farms and two into forced begging, and prosecutors charged four of the farm owners. "
            "Courts convicted one.",
        ),
        ("protection", "The government decreased efforts to protect victims."),
        (
            "protection",
            "Inspectors referred 14 workers to care and an NGO-run clinic treated six of them for injuries.",
        ),
    ]
    assert [s.title for s in narrative.sections][1] == "PRIORITIZED RECOMMENDATIONS:"


# A PDF viewer's copy: no blank line anywhere, head lines that carry the page number.
VIEWER_COPY = """TARNISH: TIER 3
Tarnish's government left the exploitation of men on fishing boats unpun-
ished again this year, and no court heard a case against a recruiter. It did not act.
PREVENTION
The government made negligible efforts to prevent trafficking. It ran no campaign.
TRAFFICKING IN PERSONS REPORT 2029 88
A hotline opened in May but closed after two weeks for lack of staff.
The labor ministry licensed recruiters; it did not inspect any of them this year.
TARNISH 89
TRAFFICKING
PROFILE
As reported over the past five years, traffickers exploit men from Tarnish on
fishing boats at sea for months at a time without pay or any way to leave.
"""


def test_a_viewers_copy_ends_paragraphs_at_short_lines_that_end_a_sentence() -> None:
    narrative = read_narrative(VIEWER_COPY)
    assert (narrative.country, narrative.year) == ("Tarnish", 2029)
    assert _paragraphs(narrative) == [
        (
            "overview",
            "Tarnish's government left the exploitation of men on fishing boats unpunished again this year, "
            "and no court heard a case against a recruiter. It did not act.",
        ),
        (
            "prevention",
            "The government made negligible efforts to prevent trafficking. It ran no campaign. A hotline opened "
            "in May but closed after two weeks for lack of staff.",
        ),
        ("prevention", "The labor ministry licensed recruiters; it did not inspect any of them this year."),
        (
            "profile",
            "As reported over the past five years, traffickers exploit men from Tarnish on fishing boats at sea "
            "for months at a time without pay or any way to leave.",
        ),
    ]


def test_a_line_ends_its_paragraph_only_if_it_ends_a_sentence_and_the_next_word_would_have_fitted() -> None:
    assert ends_paragraph("Courts convicted one.", "Inspectors visited farms", 60)
    assert not ends_paragraph("Courts convicted one and the police", "arrested two", 60)
    assert not ends_paragraph("x" * 50 + " ended.", "Afterwards", 60)  # full: the break was the line's end


def test_page_furniture_is_dropped_and_a_break_between_paragraphs_keeps_its_blank_line() -> None:
    first, last = "The first paragraph runs on and on until", "Next one starts here and runs on as well"
    lines = [first, "its end.", "", "41", "COUNTRY NARRATIVES", "", last]
    assert page_lines(lines) == [first, "its end.", "", last]
    inside = ["A paragraph that the page break cut", "", "41", "", "in two goes on."]
    assert page_lines(inside) == ["A paragraph that the page break cut", "in two goes on."]


def test_a_running_head_with_the_edition_year_is_kept_before_the_narrative_without_its_page_number() -> None:
    lines = ["MERVAL: TIER 1", "Text of the narrative that goes on", "", "TRAFFICKING IN PERSONS REPORT 2031 17"]
    assert page_lines(lines)[:2] == ["TRAFFICKING IN PERSONS REPORT 2031", ""]
    assert "2031" in page_lines(["17 2031 TRAFFICKING IN PERSONS REPORT", "a line"])[0]


def test_a_line_that_only_starts_with_a_number_or_names_the_country_in_a_sentence_is_kept() -> None:
    lines = ["VELMORA: TIER 2", "", "212 workers were found.", "VELMORA", "Velmora acted."]
    assert page_lines(lines) == ["VELMORA: TIER 2", "", "212 workers were found.", "Velmora acted."]


@pytest.mark.parametrize(
    ("first", "second", "vocabulary", "kept"),
    [
        ("traf", "ficking", set(), False),  # a syllable: the typesetter's hyphen
        ("anti", "trafficking", set(), True),  # a prefix that keeps its hyphen
        ("NGO", "operated", set(), True),  # an acronym's compound
        ("state", "funded", {"state", "funded"}, True),  # two words of the document
        ("state", "funded", {"state"}, False),  # 'funded' is no word of this document: a syllable
        ("recruit", "ment", {"recruit", "recruitment"}, False),  # written whole elsewhere
        ("pre", "scribed", {"rape", "law"}, False),  # a prefix English writes closed, before a syllable
        ("pre", "trial", {"trial", "law"}, True),  # ... and before a word of the document
        ("non", "governmental", set(), True),  # a prefix that always keeps its hyphen
    ],
)
def test_a_line_end_hyphen_is_kept_or_dropped(first: str, second: str, vocabulary: set[str], kept: bool) -> None:
    assert keeps_hyphen(first, second, vocabulary) is kept


def test_lines_are_joined_with_a_space_or_at_a_broken_word() -> None:
    lines = ["the govern-", "ment ran an anti-", "trafficking line", "run by the NGO-", "led group"]
    assert join_lines(lines, set()) == "the government ran an anti-trafficking line run by the NGO-led group"


def test_a_browser_copy_with_long_lines_is_not_read_as_pages() -> None:
    text = (
        "ARVEN: Tier 2\n\n"
        "The Government of Arven does not fully meet the minimum standards for the elimination of trafficking but "
        "is making significant efforts to do so.\n\n12\n\nCOUNTRY NARRATIVES\n"
    )
    # Only a hard-wrapped copy has pages: here "12" and "COUNTRY NARRATIVES" stay blocks of their own
    # (the structure stage tells furniture from narrative by content).
    assert [b.text for b in text_blocks(text)][-2:] == ["12", "COUNTRY NARRATIVES"]


@pytest.mark.skipif(not DEV2.is_dir(), reason="needs benchmarks/layouts-dev2 beside the tests")
@pytest.mark.parametrize("stem", ["brenvald-2020", "ostrelle-2013"])
def test_the_pdf_texts_of_the_dev_set_import_word_for_word(stem: str) -> None:
    gold = json.loads((DEV2 / f"{stem}.gold.json").read_text(encoding="utf-8"))
    narrative = read_narrative((DEV2 / gold["file"]).read_text(encoding="utf-8"))
    assert (narrative.country, narrative.year) == (gold["country"], gold["year"])
    assert _paragraphs(narrative) == [(s["id"], p) for s in gold["sections"] for p in s["paragraphs"]]


# A PDF library's copy of a two-column page: soft hyphens for the typesetter's breaks, the Symbol
# font's bullet glyph, the header's country and tier on two lines with no colon, a running head in
# the body's case.
LIBRARY_COPY = (
    "ORMESK\n"
    "TIER 1\n"
    "The Government of Ormesk fully meets the minimum stan\u00ad\n"
    "dards for the elimination of trafficking. It kept a self-\n"
    "funded hotline.\n"
    "RECOMMENDATIONS FOR ORMESK:\n"
    "\uf0b7 Keep the hotline open at night and hire two more\n"
    "staff for it.\n"
    "\uf0b7 Publish the court data.\n"
    "Ormesk\n"
    "PROTECTION\n"
    "The government maintained efforts to protect victims.\n"
)


def test_a_pdf_librarys_copy_with_soft_hyphens_symbol_bullets_and_a_header_over_two_lines() -> None:
    narrative = read_narrative(LIBRARY_COPY)
    assert narrative.country == "Ormesk"
    assert narrative.tier is not None and narrative.tier.placement == "Tier 1"
    assert _paragraphs(narrative) == [
        (
            "overview",
            "The Government of Ormesk fully meets the minimum standards for the elimination of trafficking. "
            "It kept a self-funded hotline.",
        ),
        ("recommendations", "Keep the hotline open at night and hire two more staff for it."),
        ("recommendations", "Publish the court data."),
        ("protection", "The government maintained efforts to protect victims."),
    ]


def test_a_country_in_capitals_over_a_tier_alone_is_a_header_but_a_heading_over_it_is_not() -> None:
    assert page_lines(["ORMESK", "TIER 2 WATCH LIST", "Text."])[0] == "ORMESK: TIER 2 WATCH LIST"
    assert page_lines(["Ormesk acted.", "Tier 2", "Text."])[:2] == ["Ormesk acted.", "Tier 2"]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["a 60-", "day recovery period"], "a 60-day recovery period"),
        (["the 2015–", "2018 plan"], "the 2015–2018 plan"),
        (["a U.S.-", "funded project"], "a U.S.-funded project"),
        (["a one-", "year permit"], "a one-year permit"),
        (["long-", "term care in the terms set"], "long-term care in the terms set"),  # both words (a plural)
        (["traffickers –", "including officials"], "traffickers – including officials"),  # a spaced dash
    ],
)
def test_a_dash_after_a_number_or_a_full_stop_and_compounds_of_words_keep_their_hyphen(
    lines: list[str], joined: str
) -> None:
    vocabulary = {"long", "terms"}
    assert join_lines(lines, vocabulary) == joined


def test_a_bullet_on_a_line_of_its_own_is_one_item_with_the_line_below() -> None:
    text = (
        "KEDRA: TIER 2\n\n"
        "The Government of Kedra does not fully meet the minimum standards for the elimina-\n"
        "tion of trafficking but is making significant efforts to do so in several areas.\n\n"
        "PRIORITIZED RECOMMENDATIONS:\n•\nTrain judges on the trafficking law.\n•\nFund the shelter.\n"
    )
    assert [p for sid, p in _paragraphs(read_narrative(text)) if sid == "recommendations"] == [
        "Train judges on the trafficking law.",
        "Fund the shelter.",
    ]


@pytest.mark.parametrize(
    "head",
    [
        "312      TRAFFICKING IN PERSONS REPORT 2030",  # laid out as printed: the number far from the title
        "TRAFFICKING IN PERSONS REPORT | JUNE 2030 | 44",
        "- 212 -",
        "Page 3 of 9",
        "VELMORA    313",
        "313 | VELMORA",
    ],
)
def test_running_heads_laid_out_as_printed_are_page_furniture(head: str) -> None:
    lines = ["VELMORA: TIER 1", "", "The paragraph runs on over the", "", head, "", "page break."]
    assert page_lines(lines)[-2:] == ["The paragraph runs on over the", "page break."]
    assert head not in page_lines(lines)


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        (["VELMORA: TIER 2", "WATCH LIST", "Text."], "VELMORA: TIER 2 WATCH LIST"),
        (["GOVERNMENT", "EFFORTS", "Text."], "GOVERNMENT EFFORTS"),
        (["VELMORA: TIER 2", "The text.", "More."], "VELMORA: TIER 2"),  # a header whole on its line
    ],
)
def test_a_header_or_heading_whose_last_words_went_on_to_the_next_line_is_one(lines: list[str], first: str) -> None:
    assert page_lines(lines)[0] == first


def test_blank_lines_inside_a_sentence_are_a_page_break_not_a_paragraph_break() -> None:
    lines = ["Police opened nine inquiries into forced labor on melon", "", "", "farms in the south.", "", "Next."]
    assert page_lines(lines) == [
        "Police opened nine inquiries into forced labor on melon",
        "farms in the south.",
        "",
        "Next.",
    ]
    heading = ["PROSECUTION", "", "the text starts in lower case."]
    assert page_lines(heading) == heading
