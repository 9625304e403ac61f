"""Splitting a document into narratives, and the PDF reader's rules for line-end hyphens (issue 21)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipcli.importing.edition import items_of
from tipcli.importing.formats.pdf import is_pdf
from tipcli.importing.structure.hyphens import keeps_hyphen
from tipcli.importing.structure.split import header_of, split_html, split_text

FRONT = """2027 TRAFFICKING IN PERSONS REPORT

TIER PLACEMENTS

TIER 1
Ostrava Nueva
TIER 2
Quellmark
"""
OSTRAVA = """OSTRAVA NUEVA: TIER 1

The Government of Ostrava Nueva fully meets the minimum standards for the elimination of trafficking.

PROSECUTION

Judges convicted nine traffickers in the year, against five the year before (Tier 2)
"""
QUELLMARK = """QUELLMARK (Tier 2)

The Government of Quellmark does not fully meet the minimum standards but is making significant efforts to do so.
"""


def test_text_splits_at_header_lines_and_front_matter_belongs_to_none() -> None:
    found = split_text(FRONT + "\n" + OSTRAVA + "\n" + QUELLMARK)
    assert [p.country for p in found.pieces] == ["Ostrava Nueva", "Quellmark"]
    assert found.year == 2027
    assert found.pieces[0].text.startswith("OSTRAVA NUEVA: TIER 1\n") and "TIER PLACEMENTS" not in found.pieces[0].text
    assert "nine traffickers" in found.pieces[0].text and "QUELLMARK" not in found.pieces[0].text


@pytest.mark.parametrize(
    "line",
    [
        "Judges convicted nine traffickers in the year, against five the year before (Tier 2)",  # a sentence
        "TIER 2 WATCH LIST",  # a tier list's heading
        "Quellmark",  # a name in a tier list
    ],
)
def test_lines_that_are_not_headers(line: str) -> None:
    assert header_of(line) is None


def test_a_header_in_the_middle_of_a_paragraph_does_not_split_it() -> None:
    text = OSTRAVA + "which the courts noted, as\nQUELLMARK (Tier 2)\nwas named in the ruling.\n"
    assert len(split_text(text).pieces) == 1


def test_an_archive_page_of_several_narratives_splits_at_its_header_elements() -> None:
    page = (
        "<html><head><title>2014 Trafficking in Persons Report: Countries N through R</title></head><body>"
        "<nav>Home | Reports</nav><h2>OSTRAVA NUEVA (Tier 1)</h2><p>The Government of Ostrava Nueva fully "
        "meets the minimum standards.</p><h3>Prosecution</h3><p>Police investigated 14 cases.</p>"
        "<h2>QUELLMARK (Tier 2)</h2><p>The Government of Quellmark does not fully meet the minimum "
        "standards.</p><h3>Protection</h3><p>Officials identified 30 victims.</p></body></html>"
    )
    found = split_html(page)
    assert [p.country for p in found.pieces] == ["Ostrava Nueva", "Quellmark"] and found.year == 2014
    assert "30 victims" in found.pieces[1].text and "30 victims" not in found.pieces[0].text
    items = items_of("countries-n-r.html", page.encode(), None)
    assert [(i.country, i.year, i.format) for i in items] == [
        ("Ostrava Nueva", 2014, "html"),
        ("Quellmark", 2014, "html"),
    ]


def test_one_narrative_is_one_item_of_the_whole_text() -> None:
    [item] = items_of("quellmark.txt", QUELLMARK.encode(), None)
    assert item.text == QUELLMARK and item.pages is None and item.source == {"file": "quellmark.txt", "pages": None}


@pytest.mark.parametrize(
    ("first", "second", "vocabulary", "kept"),
    [
        ("anti", "trafficking", {"anti-trafficking"}, True),  # written with its hyphen elsewhere
        ("traf", "ficking", {"trafficking"}, False),  # written whole elsewhere: the typesetter's hyphen
        ("Port", "Clément", set(), True),  # a capital after the hyphen: a name
        ("COVID", "19", set(), True),  # a digit
        ("non", "penal", set(), True),  # a prefix that keeps its hyphen, met nowhere else
        ("govern", "ment", set(), False),  # met nowhere else: joined
        ("self", "reliance", {"selfreliance"}, False),  # the document's own spelling wins over the prefix list
    ],
)
def test_a_line_end_hyphen(first: str, second: str, vocabulary: set[str], kept: bool) -> None:
    assert keeps_hyphen(first, second, vocabulary) is kept


def test_a_pdf_is_told_by_its_signature() -> None:
    assert is_pdf(b"%PDF-1.7\n...") and is_pdf(b"\n\n%PDF-1.4") and not is_pdf(b"PDF-1.7 in a text file")


def test_a_header_standing_twice_is_still_one_narrative() -> None:
    [item] = items_of("quellmark.txt", (QUELLMARK + "\n" + QUELLMARK).encode(), None)
    assert item.country is None and item.pages is None


def test_a_margin_line_is_furniture_when_it_repeats_or_is_a_page_number_and_body_text_there_stays() -> None:
    from tipcli.importing.formats.pdf import Line, _assemble, _Page

    pages = []
    for number, word in enumerate(("first", "second", "third", "fourth"), start=1):
        lines = [
            Line(number, 60, 30, 10, False, f"Annual Report on Forced Labor {2030 + number % 2}"),  # body-sized
            Line(number, 60, 62, 10, False, f"The {word} page opens with text running on from the last"),
            Line(number, 60, 75, 10, False, f"page, set close to the {word} page's top edge."),
            Line(number, 300, 760, 10, False, str(number)),
        ]
        pages.append(_Page(lines=lines, width=612, height=792, boxes=[]))
    read = _assemble(pages)
    assert "Annual Report" not in read.text and "\n1\n" not in read.text and read.text.count("page opens with") == 4
    assert read.dropped["running headers and page numbers"] == 8
    pages[1].lines[0] = Line(2, 500, 30, 10, False, "OSTRAVA NUEVA")  # a running header on one page only
    assert "OSTRAVA" not in _assemble(pages).text


def test_a_run_in_bold_heading_keeps_its_paragraph_whole() -> None:
    from tipcli.importing.formats.pdf import _assemble, _lines, _Page

    pieces = [
        (60.0, 100.0, 10.0, True, "Prosecution:"),
        (125.0, 100.0, 10.0, False, "The government of Ostrava Nueva opened eleven new cases of"),
        (60.0, 113.0, 10.0, False, "forced labor against employers of seasonal farm workers."),
        (60.0, 132.0, 10.0, False, "A second paragraph starts after a wider gap than the leading."),
    ]
    page = _Page(lines=_lines(pieces, 1, 612.0), width=612.0, height=792.0, boxes=[])
    assert _assemble([page]).text.split("\n\n") == [
        "Prosecution: The government of Ostrava Nueva opened eleven new cases of forced labor against "
        "employers of seasonal farm workers.",
        "A second paragraph starts after a wider gap than the leading.\n",
    ]


def test_an_archive_page_imports_as_one_report_a_country(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import run

    monkeypatch.setenv("TIPCLI_LIBRARY", str(tmp_path / "library"))
    page = (
        "<html><head><title>2014 Trafficking in Persons Report: Countries N through R</title></head><body>"
        "<h2>OSTRAVA NUEVA (Tier 1)</h2><p>The Government of Ostrava Nueva fully meets the minimum standards "
        "for the elimination of trafficking.</p><h3>Prosecution</h3><p>Police investigated 14 cases.</p>"
        "<h2>QUELLMARK (Tier 2)</h2><p>The Government of Quellmark does not fully meet the minimum standards "
        "for the elimination of trafficking.</p><h3>Protection</h3><p>Officials identified 30 victims.</p>"
        "<footer>Office to Monitor and Combat Trafficking</footer></body></html>"
    )
    (tmp_path / "countries-n-r.html").write_text(page, encoding="utf-8")
    result = run("import", str(tmp_path / "countries-n-r.html"), "--json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["id"], r["tier"], r["status"], r["counts"]["figures"]) for r in rows] == [
        ("ostrava-nueva-2014", "Tier 1", "new", 1),
        ("quellmark-2014", "Tier 2", "new", 1),
    ]
    text = (tmp_path / "library" / "quellmark-2014.toml").read_text(encoding="utf-8")
    assert "30 victims" in text and "14 cases" not in text and "Office to Monitor" not in text


def test_a_copied_edition_loses_its_page_furniture_and_keeps_its_paragraphs_whole() -> None:
    from tipcli.importing.structure.split import unpage

    page = "ANNUAL REPORT {n}\n\n{text}\n\n{n}\n\f"
    text = "".join(
        page.format(n=n, text=body)
        for n, body in enumerate(
            [
                "GOVERNMENT EFFORTS\nOfficials in Quellmark opened an inquiry into the recruit-",
                "ment agencies that sent workers abroad, and closed two of\nthem.\n\nGOVERNMENT EFFORTS\n"
                "The ministry trained anti-\ntrafficking units; anti-trafficking work grew.",
                "Recruitment fees fell.",
            ],
            start=11,
        )
    )
    assert unpage(text).split() == [
        "GOVERNMENT",
        "EFFORTS",
        "Officials",
        "in",
        "Quellmark",
        "opened",
        "an",
        "inquiry",
        "into",
        "the",
        "recruitment",
        "agencies",
        "that",
        "sent",
        "workers",
        "abroad,",
        "and",
        "closed",
        "two",
        "of",
        "them.",
        "GOVERNMENT",
        "EFFORTS",
        "The",
        "ministry",
        "trained",
        "anti-trafficking",
        "units;",
        "anti-trafficking",
        "work",
        "grew.",
        "Recruitment",
        "fees",
        "fell.",
    ]
