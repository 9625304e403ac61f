"""The packaged report is faithful to the seed text. Expectations come from the seed or by hand."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import CITATIONS, SEED, SHARED_SEED, seed_sections
from tipcli.model import Report

HEADINGS = {"": "overview", "Prosecution": "prosecution", "Protection": "protection", "Prevention": "prevention"}


def test_vendored_seed_is_the_shared_seed() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("../shared/seed is not beside this checkout")
    assert SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_sections_in_order_with_paragraph_counts(report: Report) -> None:
    assert [(s.id, s.title, len(s.paragraphs)) for s in report.sections] == [
        ("overview", "Overview", 3),
        ("prosecution", "Prosecution", 4),
        ("protection", "Protection", 3),
        ("prevention", "Prevention", 1),
    ]


def test_paragraphs_are_the_seed_word_for_word(report: Report) -> None:
    seed = seed_sections()
    assert set(seed) == set(HEADINGS)  # the empty See also / References headings have no paragraphs
    for heading, section_id in HEADINGS.items():
        assert [p.text for p in report.section(section_id).paragraphs] == seed[heading]


def test_every_seed_sentence_is_in_its_section(report: Report) -> None:
    for heading, paragraphs in seed_sections().items():
        section = report.section(HEADINGS[heading])
        for number, paragraph in enumerate(paragraphs, start=1):
            for sentence in re.split(r"(?<=\.)\s+(?=[A-Z])", paragraph):
                assert sentence in section.paragraphs[number - 1].text


def test_markup_is_gone_from_the_text(report: Report) -> None:
    for section in report.sections:
        for paragraph in section.paragraphs:
            assert "[tpl]" not in paragraph.text
            assert "Trafficking in Persons Report" not in paragraph.text


def test_seed_defects_stay_verbatim_and_are_listed_as_errata(report: Report) -> None:
    defects = {
        "statues": ("overview", 3),
        "abduction, abduction": ("prosecution", 1),
        "onehalf": ("prosecution", 1),
        "highlevel": ("prosecution", 3),
        "(FEVIMTRA).  FEVIMTRA": ("prosecution", 2),
    }
    for defect, (section, number) in defects.items():
        assert defect in report.paragraph(section, number).text
        assert any(defect in e.quote and (e.section, e.paragraph) == (section, number) for e in report.errata), defect
    for erratum in report.errata:
        assert erratum.intended and erratum.intended != erratum.quote
        assert erratum.intended not in report.paragraph(erratum.section, erratum.paragraph).text


def test_metadata(report: Report) -> None:
    assert (report.title, report.country, report.year) == ("Human trafficking in Mexico", "Mexico", 2010)
    assert report.categories == ("Human trafficking in Mexico", "Human trafficking by country")
    source = report.source
    assert (source.title, source.edition, source.publisher) == (
        "Trafficking in Persons Report 2010",
        "10th",
        "U.S. Department of State",
    )
    assert source.published == dt.date(2010, 6, 14)
    assert "public domain" in source.notice
    assert [(c.section, c.paragraph, c.text) for c in source.citations] == [
        ("overview", 3, CITATIONS[0]),
        ("prevention", 1, CITATIONS[1]),
    ]
    assert report.tier is not None
    assert (report.tier.placement, report.tier.rank) == ("Tier 2", 2)
    assert report.tier.quote.startswith("The Government of Mexico does not fully comply with the minimum standards")
    assert report.tier.provenance


def test_when_tags_become_annotations(report: Report) -> None:
    found = [(a.section, a.paragraph, a.kind, a.date) for a in report.annotations]
    assert found == [("protection", 1, "when", "2011-09"), ("protection", 2, "when", "2011-09")]
    # Each stood where the seed had "[tpl]when|date=September 2011[/tpl]".
    seed = SEED.read_text(encoding="utf-8")
    for annotation in report.annotations:
        text = report.paragraph(annotation.section, annotation.paragraph).text
        before = text[: annotation.offset]
        assert seed.count(before[-30:] + "[tpl]when|date=September 2011[/tpl]") == 1


# -- figures ---------------------------------------------------------------------------------

# (value, high, unit, qualifier, section, paragraph), written out by hand from the seed.
EXPECTED_FIGURES = [
    (107, None, "victims", None, "overview", 1),
    (6, 12, "years", None, "prosecution", 1),
    (9, 18, "years", None, "prosecution", 1),
    (0.5, None, "of the penalty", None, "prosecution", 1),
    (18, None, "years of age", "over", "prosecution", 1),
    (3, None, "individuals", "or more", "prosecution", 1),
    (22, None, "states", None, "prosecution", 1),
    (7, None, "states", None, "prosecution", 1),
    (48, None, "cases", None, "prosecution", 2),
    (3, None, "suspects", "or fewer", "prosecution", 2),
    (3, None, "suspects", "more than", "prosecution", 2),
    (10, None, "lawyers", "only", "prosecution", 2),
    (10, None, "years", None, "prosecution", 2),
    (4, None, "raids", None, "prosecution", 2),
    (2, None, "officials", None, "prosecution", 3),
    (1333, None, "officers", None, "protection", 1),
    (70, None, "victims", "over", "protection", 1),
    (70, None, "individuals", None, "protection", 2),
    (3_400_000, None, "USD", "approximately", "protection", 2),
    (10, None, "women", None, "protection", 2),
    (0, None, "victims", None, "protection", 2),
    (34, None, "shelters", None, "protection", 2),
    (1, None, "years", None, "protection", 2),
    (9, None, "victims", None, "protection", 2),
    (0, None, "victims", None, "protection", 3),
    (1_400_000, None, "USD", None, "prevention", 1),
    (0, None, "prosecutions or convictions", None, "prevention", 1),
]


@pytest.mark.parametrize("expected", EXPECTED_FIGURES, ids=lambda e: f"{e[4]}-{e[5]}-{e[0]}-{e[2]}")
def test_expected_figure_is_present(report: Report, expected: tuple[object, ...]) -> None:
    found = [(f.value, f.high, f.unit, f.qualifier, f.section, f.paragraph) for f in report.figures]
    assert expected in found


NUMBER_WORDS = r"\b(?:one|two|three|four|five|six|seven|nine|ten|twenty-two|onehalf|both)\b|\d[\d,.]*\d|\d"
# Number words in the text that state no quantity, written out by hand.
NOT_QUANTITIES = {
    ("overview", 1, "In one case"),  # an example, "in one case, 107 victims..."
    ("overview", 1, "both the United States"),
    ("prosecution", 4, "both government and"),
}
YEAR = re.compile(r"(19|20)\d\d(-(19|20)\d\d)?")


def test_every_number_in_the_text_is_inside_a_figure_or_event_quote(report: Report) -> None:
    for section in report.sections:
        for paragraph in section.paragraphs:
            text = paragraph.text
            quotes = [f.quote for f in report.figures if (f.section, f.paragraph) == (section.id, paragraph.number)]
            spans = [(m.start(), m.end()) for q in quotes for m in re.finditer(re.escape(q), text)]
            for number in re.finditer(NUMBER_WORDS, text, re.IGNORECASE):
                if YEAR.fullmatch(number[0]):
                    continue  # years are events, not figures
                context = text[max(0, number.start() - 20) : number.end() + 25]
                if any(
                    part in context for sid, n, part in NOT_QUANTITIES if (sid, n) == (section.id, paragraph.number)
                ):
                    continue
                covered = any(start <= number.start() and number.end() <= end for start, end in spans)
                assert covered, f"{section.id} {paragraph.number}: {context!r} is in no figure quote"


def test_every_figure_quote_stands_in_its_paragraph(report: Report) -> None:
    assert len(report.figures) >= len(EXPECTED_FIGURES)
    for figure in report.figures:
        assert figure.quote in report.paragraph(figure.section, figure.paragraph).text
        assert figure.label and figure.id


def test_figure_ids_are_unique(report: Report) -> None:
    ids = [f.id for f in report.figures]
    assert len(ids) == len(set(ids))


# -- agencies and events ------------------------------------------------------------------------


def test_named_agencies_are_present(report: Report) -> None:
    acronyms = {a.acronym for a in report.agencies}
    assert {"FEVIMTRA", "SIEDO"} <= acronyms
    names = " | ".join(a.name for a in report.agencies)
    for described in (
        "social welfare agency",
        "immigration",
        "Secretariat of Government",
        "Congress",
        "United Nations",
    ):
        assert described in names


def test_every_agency_is_mentioned(report: Report) -> None:
    for agency in report.agencies:
        assert agency.mentions, agency.id
        for mention in agency.mentions:
            text = report.paragraph(mention.section, mention.paragraph).text
            span = text[mention.start : mention.end].lower()
            assert any(span.startswith(p.lower()) for p in agency.phrases), (agency.id, span)
            # "Full Name (ACR)" is one mention, closing bracket and all
            assert any(span.removesuffix(")").endswith(p.lower()) for p in agency.phrases), (agency.id, span)


def test_fevimtra_mentions_counted_from_the_text(report: Report) -> None:
    fevimtra = next(a for a in report.agencies if a.acronym == "FEVIMTRA")
    # By hand: prosecution 2 names it in full once (with the acronym) and then 2 more times;
    # protection 2 and 3 once each; prevention once.
    assert len(fevimtra.mentions) == 6
    assert fevimtra.sections == ("prosecution", "protection", "prevention")
    assert "acronym" not in fevimtra.external
    assert "spanish_name" in fevimtra.external


def test_events(report: Report) -> None:
    found = {(e.date, e.precision, e.section, e.paragraph) for e in report.events}
    assert ("2007", "year", "prosecution", 1) in found
    assert ("2009-12", "month", "prosecution", 2) in found
    assert ("2007", "year", "prosecution", 3) in found
    assert ("2010", "year", "prevention", 1) in found
    assert ("2010-06-14", "day", "overview", 3) in found
    for event in report.events:
        paragraph = report.paragraph(event.section, event.paragraph).text
        citations = [
            c.text for c in report.source.citations if (c.section, c.paragraph) == (event.section, event.paragraph)
        ]
        assert event.quote in paragraph or any(event.quote in c for c in citations)
