"""Narratives laid out as real copies are import with no flags (issue 20).

Every narrative here is made up (fictional countries, invented facts) and written for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tipcli.app import app
from tipcli.importing.formats.html import page_blocks
from tipcli.importing.pipeline import import_text
from tipcli.importing.structure.build import read_narrative
from tipcli.importing.structure.headings import Header, parse_header
from tipcli.importing.structure.narrative import Narrative, NarrativeError

runner = CliRunner()
LAYOUTS = Path(__file__).resolve().parents[2] / "shared" / "corpus-layouts"
DEV = Path(__file__).resolve().parents[1] / "benchmarks" / "layouts-dev"

SAVED_PAGE = """<!DOCTYPE html><html><head><title>Brisca (Tier 2) | Reports of a Made-up Site</title>
<script>var tracker = "Prosecution";</script></head>
<body><div class="page sidebar-layout nav-wrapper menu-area" id="navigation">
<header><nav><ul><li>Home</li><li>Reports</li></ul></nav>
<h1>2022 Trafficking in Persons Report: Brisca</h1></header>
<p>Share</p>
<div class="sidebar"><p>The Government of Brisca does not fully meet the minimum standards for the elimination
of trafficking but is making significant efforts to do so; therefore Brisca remained on Tier 2.</p>
<h3>PRIORITIZED RECOMMENDATIONS:</h3>
<ul><li>Convict more labor traffickers.</li><li>Open a shelter for men.</li></ul>
<p><strong>PROSECUTION</strong></p>
<p>The government increased law enforcement efforts. Police opened 31 investigations in 2021.</p>
<p><strong>TRAFFICKING PROFILE</strong></p>
<p>As reported over the past five years, traffickers exploit foreign men on Brisca's cattle ranches.</p>
</div>
<aside><p>Related: the 2021 edition.</p></aside>
<h2>Related Articles</h2><p>2021 Trafficking in Persons Report: Brisca</p>
</div><footer><p>Prevention is better than cure.</p></footer></body></html>
"""


def _ids(narrative: Narrative) -> list[tuple[str, int]]:
    return [(s.id, len(s.paragraphs)) for s in narrative.sections]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SPECIAL CASE: NORTH ARVELL", ("North Arvell", "Special Case")),
        ("Arvell: Special Case", ("Arvell", "Special Case")),
        ("Arvell (Special Case)", ("Arvell", "Special Case")),
        ("ARVELL (TIER 2 - WATCH LIST)", ("Arvell", "Tier 2 Watch List")),
        ("Arvell (Tier 2 Watch List)", ("Arvell", "Tier 2 Watch List")),
        ("ARVELL (Tier 3)", ("Arvell", "Tier 3")),
        ("Tier 2: Arvell", ("Arvell", "Tier 2")),
        ("ARVELL -- TIER 2", ("Arvell", "Tier 2")),
        ("Tier placement: Tier 2", None),
        ("The case was special: Tier 2 of 4 steps", None),
        ("Arvell was ranked: Tier 2 after a review of its record in the year.", None),
    ],
)
def test_parse_header_reads_every_eras_header_form(line: str, expected: tuple[str, str] | None) -> None:
    header = parse_header(line)
    if expected is None:
        assert header is None
    else:
        assert header is not None and (header.country, header.placement) == expected


def test_a_header_knows_its_placement_and_rank() -> None:
    assert (Header("Arvell", "TIER 2 - WATCH LIST").placement, Header("Arvell", "tier three").rank) == (
        "Tier 2 Watch List",
        3.0,
    )
    assert Header("Arvell", "Special Case").rank is None


def test_a_saved_page_is_read_by_content_whatever_its_wrappers_are_called() -> None:
    narrative = read_narrative(SAVED_PAGE)
    assert (narrative.country, narrative.year) == ("Brisca", 2022)
    assert narrative.tier is not None and (narrative.tier.placement, narrative.tier.stated_in) == ("Tier 2", "title")
    assert narrative.tier.quote is not None and narrative.tier.quote.endswith("remained on Tier 2.")
    assert _ids(narrative) == [("overview", 1), ("recommendations", 2), ("prosecution", 1), ("profile", 1)]
    text = " ".join(p for s in narrative.sections for p in s.paragraphs)
    for furniture in ("Share", "Related", "Prevention is better", "tracker", "Home"):
        assert furniture not in text
    assert any("furniture" in w for w in narrative.warnings)


BROWSER_COPY = """Skip to content
Home | Issues | Reports
Office to Monitor and Combat Trafficking in Persons
Share

2019 Trafficking in Persons Report: Lindqvar

The Government of Lindqvar does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so. The government did not demonstrate overall increasing efforts; therefore Lindqvar was downgraded to Tier 2 Watch List.

Lindqvar was placed on Tier 2 in 2017 and 2018.

• Pass the draft law on labor recruiters. • Train judges on victim-centered approaches.

The government maintained law enforcement efforts. Courts convicted four traffickers.

Authorities reported no prosecutions of complicit officers.

The government decreased efforts to identify and protect victims. Only one shelter stayed open.

The government maintained efforts to prevent trafficking. A task force met monthly.

As reported over the past five years, traffickers exploit Lindqvari women in hotels on the coast.

Back to Top
Privacy Policy | Copyright Information
"""


def test_a_browser_copy_without_headings_is_sectioned_by_its_formulas() -> None:
    narrative = read_narrative(BROWSER_COPY)
    assert (narrative.country, narrative.year) == ("Lindqvar", 2019)
    assert narrative.tier is not None and narrative.tier.placement == "Tier 2 Watch List"
    assert narrative.tier.stated_in == "sentence"  # the "therefore" sentence, not the earlier placements
    assert _ids(narrative) == [
        ("overview", 2),
        ("recommendations", 2),
        ("prosecution", 2),
        ("protection", 1),
        ("prevention", 1),
        ("profile", 1),
    ]
    recommendations = next(s for s in narrative.sections if s.id == "recommendations")
    assert recommendations.title is None
    assert recommendations.paragraphs == (
        "Pass the draft law on labor recruiters.",
        "Train judges on victim-centered approaches.",
    )


OLDER_BROWSER_COPY = """Skip to content
Home | Issues | Reports

2011 Trafficking in Persons Report: Harlowe

HARLOWE (Tier 2)

Harlowe is a destination country for men and women subjected to forced labor.

Harlowe's government falls short of the minimum standards for ending trafficking, though its efforts toward them are significant.

The Government of Harlowe sustained law enforcement efforts. Courts convicted nine traffickers in 2010.

The government made progress in protecting victims. Its two shelters assisted 64 victims.

The shelters received 1.2 million rels from the state budget for counseling and legal aid.

The interagency council adopted a national strategy for 2011-2014, and labor inspectors inspected 400 farms.

The assembly debated a new law on recruiters in March 2011 but had not passed it by the end of the year.

Back to Top
"""


def test_an_older_copy_without_headings_moves_on_at_a_paragraph_about_the_next_effort() -> None:
    narrative = read_narrative(OLDER_BROWSER_COPY)
    assert _ids(narrative) == [("overview", 2), ("prosecution", 1), ("protection", 2), ("prevention", 2)]


ARCHIVED_2004_PAGE = """Archived Content
This is an archive copy of a page released before January 20, 2009; it is not updated.
Trafficking in Persons Report
June 14, 2004

HARLOWE (Tier 2)

Harlowe is a destination country for men and women subjected to forced labor on farms and in homes.

Harlowe's government falls short of the minimum standards for ending trafficking, though its efforts toward them are significant.
"""


def test_the_date_line_nearest_the_narrative_gives_the_edition_not_an_archive_banner() -> None:
    assert read_narrative(ARCHIVED_2004_PAGE).year == 2004


ARCHIVE_SPECIAL_CASE = """Publisher | Department of State (a made-up archive entry)
Publication Date | 24 June 2021
Cite as | Department of State, 2021 Trafficking in Persons Report - Semmerland, 24 June 2021
Disclaimer | This is a made-up record for a test.

SPECIAL CASE: SEMMERLAND

Semmerland remained a Special Case for the fourth year. No national authority controlled the ports.

GOVERNMENT EFFORTS

Port authorities made minimal law enforcement efforts and reported no investigations.

Two courts that still sat in the south convicted one smuggler, and judges heard no trafficking case.

An aid group sheltered 16 victims and referred them to counseling; officials identified no victims themselves and gave them no assistance.

The authorities ran no awareness campaigns and had no action plan to prevent trafficking.
"""


def test_government_efforts_paragraphs_go_to_their_section_by_subject() -> None:
    narrative = read_narrative(ARCHIVE_SPECIAL_CASE)
    assert (narrative.country, narrative.year) == ("Semmerland", 2021)
    assert narrative.tier is not None and (narrative.tier.placement, narrative.tier.rank) == ("Special Case", None)
    assert _ids(narrative) == [("overview", 1), ("prosecution", 2), ("protection", 1), ("prevention", 1)]
    titles = [s.title for s in narrative.sections]
    assert titles == [None, "GOVERNMENT EFFORTS", None, None]


OLDER_EDITION = """Trafficking in Persons Report
Released by the Office to Monitor and Combat Trafficking in Persons
June 3, 2005

A caption about river ports in the region that has nothing to do with the narrative below it.

VESTRAVIA (Tier 2)

Vestravia is a source and transit country for women trafficked to neighboring states for sexual exploitation.

The Government of Vestravia does not fully comply with the minimum standards for the elimination of trafficking; however, it is making significant efforts to do so.

Prosecution: The government convicted eleven traffickers in 2004 under its new law.

Protection: Police referred rescued women to a state shelter.

Prevention
The education ministry added a lesson on trafficking to the school curriculum.
"""


def test_an_older_edition_keeps_its_profile_in_the_overview_and_reads_run_in_headings() -> None:
    narrative = read_narrative(OLDER_EDITION)
    assert (narrative.country, narrative.year) == ("Vestravia", 2005)  # the year from the date line
    assert _ids(narrative) == [("overview", 2), ("prosecution", 1), ("protection", 1), ("prevention", 1)]
    prosecution = narrative.sections[1]
    assert prosecution.title == "Prosecution"
    assert prosecution.paragraphs == (
        "Prosecution: The government convicted eleven traffickers in 2004 under its new law.",
    )
    assert not any("caption" in p for s in narrative.sections for p in s.paragraphs)


def test_the_tier_from_the_minimum_standards_wording_is_marked_and_warned() -> None:
    text = (
        "2020 Trafficking in Persons Report: Quarrin\n\n"
        "The Government of Quarrin does not fully meet the minimum standards for the elimination of trafficking "
        "and is not making significant efforts to do so.\n\n"
        "The government decreased law enforcement efforts. No cases were heard.\n"
    )
    imported = import_text(text, name="quarrin.txt")
    tier = imported.report.tier
    assert tier is not None and tier.placement == "Tier 3"
    assert tier.provenance.startswith("From the minimum-standards wording")
    assert any("minimum-standards wording" in w for w in imported.warnings)


def test_the_country_can_come_from_the_government_of_sentence() -> None:
    text = (
        "The Government of Upper Marrow fully meets the minimum standards for the elimination of trafficking.\n\n"
        "The government maintained law enforcement efforts. It convicted nine traffickers.\n"
    )
    assert read_narrative(text).country == "Upper Marrow"


def test_what_has_no_tier_standards_or_sections_is_refused_with_what_to_try() -> None:
    with pytest.raises(NarrativeError, match=r"no narrative found.*minimum standards.*saved page"):
        read_narrative("<html><body><h2>Travel notes</h2><p>We saw the old harbor of Tier 2 Bay.</p></body></html>")


@pytest.mark.parametrize("unit", ["<!--", "<![", "<![if", "<?", "</", "<a ", "&nbsp;", "<!", "<![CDATA["])
def test_malformed_markup_never_ends_in_an_internal_error(unit: str) -> None:
    # How the time grows with such runs is measured by benchmarks/hostile.py --import-only.
    blocks, _, _ = page_blocks("<p>Before the run.</p>" + unit * 100_000)
    assert blocks[0].text == "Before the run."


def test_an_unclosed_comment_shows_its_text_as_written_and_closed_ones_are_dropped() -> None:
    blocks, _, _ = page_blocks("<p>one <!-- hidden --> two</p><p>three <!-- never closed</p>")
    assert [b.text for b in blocks] == ["one two", "three <!-- never closed"]


def test_flags_win_and_say_so_when_the_text_disagrees() -> None:
    imported = import_text(OLDER_EDITION, name="v.txt", year=2006, country="Vestravia")
    assert imported.report.year == 2006
    assert any("states year 2005; using 2006" in w for w in imported.warnings)


def test_summary_shows_where_the_tier_was_read(tmp_path: Path) -> None:
    source = tmp_path / "brisca.html"
    source.write_text(SAVED_PAGE, encoding="utf-8")
    target = tmp_path / "brisca.toml"
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    tier = json.loads(runner.invoke(app, ["--report", str(target), "summary", "--json"]).stdout)["tier"]
    assert tier["provenance"].startswith("Stated in the page's title.")
    shown = runner.invoke(app, ["--report", str(target), "summary"]).stdout
    assert "Stated in the page's title" in shown


def test_a_layout_refusal_exits_3_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "notes.html"
    source.write_text("<html><body><p>Shopping list: bread, milk.</p></body></html>", encoding="utf-8")
    target = tmp_path / "out.toml"
    result = runner.invoke(app, ["import", str(source), "-o", str(target), "--year", "2020", "--country", "X"])
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("tipcli: error: no narrative found")
    assert not target.exists()


def _gold_files() -> list[Path]:
    return sorted([*LAYOUTS.glob("*.gold.json"), *DEV.glob("*.gold.json")])


@pytest.mark.skipif(not LAYOUTS.is_dir(), reason="../shared/corpus-layouts is not beside the repository")
@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.name)
def test_every_layout_narrative_imports_with_no_flags_as_labelled(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    source = gold_path.parent / gold["file"]
    report = import_text(source.read_text(encoding="utf-8"), name=source.name).report
    assert (report.country, report.year) == (gold["country"], gold["year"])
    assert report.tier is not None and report.tier.placement == gold["tier"]["placement"]
    got = [(s.id, [p.text for p in s.paragraphs]) for s in report.sections]
    assert got == [(s["id"], s["paragraphs"]) for s in gold["sections"]]


PARTLY_HEADED = """<html><head><title>Pemberra - Made-up Site</title></head><body><h1>Pemberra</h1><p>June 20, 2023</p>
<p>The Government of Pemberra does not fully meet the minimum standards for the elimination of trafficking but is
making significant efforts to do so; therefore Pemberra remained on Tier 2 Watch List for the second year.</p>
<p><strong>PROSECUTION</strong><br>The government maintained law enforcement efforts. It convicted two.</p>
<p><b>PROTECTION</b><br>The government decreased efforts to protect victims. It closed a shelter.</p>
<p>The government maintained efforts to prevent trafficking. A council met.</p>
<p>As reported over the past five years, traffickers exploit children in the mines of Pemberra.</p>
<p>White House</p><p>USA.gov</p><p>Contact Us</p><p>Privacy Policy</p></body></html>"""


def test_sections_without_a_heading_open_at_their_formula_and_a_bold_heading_before_a_break_is_a_heading() -> None:
    narrative = read_narrative(PARTLY_HEADED)
    assert (narrative.country, narrative.year) == ("Pemberra", 2023)  # the Government-of sentence; the date line
    assert [(s.id, s.title) for s in narrative.sections] == [
        ("overview", None),
        ("prosecution", "PROSECUTION"),
        ("protection", "PROTECTION"),
        ("prevention", None),
        ("profile", None),
    ]
    assert narrative.sections[-1].paragraphs == (
        "As reported over the past five years, traffickers exploit children in the mines of Pemberra.",
    )


def test_marked_up_headings_in_other_words_open_their_section_and_a_page_heading_after_ends_the_narrative() -> None:
    page = (
        "<html><body><h1>2021 Trafficking in Persons Report: Corvel</h1><p>The Government of Corvel fully meets "
        "the minimum standards for the elimination of trafficking; therefore Corvel remained on Tier 1.</p>"
        "<h2>Law Enforcement Efforts Against Traffickers</h2><p>Courts convicted 5 traffickers.</p>"
        "<h2>Victim Identification and Protection</h2><p>Police identified 20 victims.</p>"
        "<h2>Introduction to our site</h2><p>Welcome to the portal, read more about us here.</p></body></html>"
    )
    narrative = read_narrative(page)
    assert [(s.id, s.paragraphs) for s in narrative.sections] == [
        ("overview", (narrative.sections[0].paragraphs[0],)),
        ("prosecution", ("Courts convicted 5 traffickers.",)),
        ("protection", ("Police identified 20 victims.",)),
    ]
    assert narrative.sections[0].paragraphs[0].startswith("The Government of Corvel")


def test_a_browser_copy_keeps_each_line_a_paragraph_where_list_items_lost_their_bullets() -> None:
    text = (
        "2024 Trafficking in Persons Report: Norrland Vale\nJune 24, 2024\n"
        "The Government of Norrland Vale does not fully meet the minimum standards for the elimination of "
        "trafficking but is making significant efforts to do so; therefore Norrland Vale remained on Tier 2.\n"
        "PRIORITIZED RECOMMENDATIONS:\n"
        "Increase investigations of forced labor in the timber camps.\n"
        "Screen seasonal workers for indicators of trafficking.\n"
        "PROSECUTION\n"
        "The government maintained law enforcement efforts. Police opened 14 investigations in 2023, and courts "
        "convicted six traffickers, compared with four in 2022.\n"
    )
    narrative = read_narrative(text)
    assert (narrative.country, narrative.year) == ("Norrland Vale", 2024)
    assert _ids(narrative) == [("overview", 1), ("recommendations", 2), ("prosecution", 1)]


def test_a_page_titled_by_the_country_alone_gives_the_country_its_text_names() -> None:
    page = (
        "<html><head><title>Sarnova - A Made-up Department</title></head><body><h1>Sarnova</h1><p>June 25, 2020</p>"
        "<p>Sarnova remained a Special Case for the third consecutive year. Armed groups held the eastern districts, "
        "and no court sat there during the year.</p><h3>GOVERNMENT EFFORTS</h3><p>The authorities made minimal law "
        "enforcement efforts and convicted no traffickers.</p></body></html>"
    )
    narrative = read_narrative(page)
    assert (narrative.country, narrative.year) == ("Sarnova", 2020)
    assert narrative.tier is not None and (narrative.tier.placement, narrative.tier.stated_in) == (
        "Special Case",
        "sentence",
    )
    assert _ids(narrative) == [("overview", 1), ("prosecution", 1)]
    with pytest.raises(NarrativeError, match="which country"):
        import_text(page.replace("<h1>Sarnova</h1>", "").replace("Sarnova - ", "Pages - "), name="p.html")


def test_an_archive_records_title_gives_country_and_year_when_no_header_does() -> None:
    text = (
        "Title | 2018 Trafficking in Persons Report - Hollin\nPublisher | A made-up archive\nCountry | Hollin\n\n"
        "The Government of Hollin fully meets the minimum standards for the elimination of trafficking.\n\n"
        "Prosecution\n\nThe government maintained law enforcement efforts. It convicted 40 traffickers.\n"
    )
    imported = import_text(text, name="record.txt")
    assert (imported.report.country, imported.report.year) == ("Hollin", 2018)
    assert [s.id for s in imported.report.sections] == ["overview", "prosecution"]
    assert any("3 blocks of page furniture" in w for w in imported.warnings)


def test_short_lines_after_the_narrative_are_the_pages_even_when_they_end_like_sentences() -> None:
    text = OLDER_EDITION + "\nStay connected with the office.\nA note about this page.\n"
    narrative = read_narrative(text)
    assert narrative.sections[-1].paragraphs == (
        "The education ministry added a lesson on trafficking to the school curriculum.",
    )


def test_a_long_site_footer_does_not_make_a_browser_copy_look_hard_wrapped() -> None:
    footer = "\n".join(["Related Articles"] + [f"Made-up footer link number {n} of the site" for n in range(30)])
    text = (
        "2024 Trafficking in Persons Report: Norrland Vale\n"
        "The Government of Norrland Vale does not fully meet the minimum standards for the elimination of "
        "trafficking but is making significant efforts to do so; therefore Norrland Vale remained on Tier 2.\n"
        "PRIORITIZED RECOMMENDATIONS:\n"
        "Increase investigations of forced labor in the timber camps.\n"
        "Screen seasonal workers for indicators of trafficking.\n"
        "PROSECUTION\n"
        "The government maintained law enforcement efforts. Police opened 14 investigations in 2023, and courts "
        "convicted six traffickers, compared with four in 2022.\n" + footer + "\n"
    )
    assert _ids(read_narrative(text)) == [("overview", 1), ("recommendations", 2), ("prosecution", 1)]
