"""What each table and column of the published database holds: datasette's metadata (publish.py)."""

_WHERE = {"report": "the report (see reports.id)", "section": "section id", "paragraph": "paragraph number, from 1"}
_DRAFTED = {"drafted": "1: extracted by machine (tipcli import), not yet reviewed by a person; else 0"}
TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "reports": (
        "One row a report: which country, which edition, where its text comes from.",
        {
            "id": "tipcli's id for the report (its file's name, country-year)",
            "country": "the country the narrative is about",
            "year": "the edition year of the Trafficking in Persons Report",
            "title": "the report's title, as tipcli shows it",
            "source": "the title of the text the narrative is taken from",
            "publisher": "who published that text",
            "published": "when it was published (YYYY-MM-DD), if known",
            "file": "the report file it was exported from (empty: the report packaged with tipcli)",
        },
    ),
    "sections": (
        "The sections of each report, in order.",
        {
            "report": _WHERE["report"],
            "id": "overview, recommendations, prosecution, ...",
            "title": "the section's heading",
            "position": "its place in the report, from 1",
        },
    ),
    "paragraphs": (
        "The report's text, word for word, a paragraph a row.",
        _WHERE | {"id": "row id", "number": "paragraph number in its section, from 1", "text": "verbatim"},
    ),
    "sentences": (
        "The text a sentence a row; search it with the box above (stems, accents and case do not matter).",
        _WHERE
        | {
            "id": "row id (and the rowid of sentences_fts)",
            "paragraph_id": "the row in paragraphs",
            "sentence": "sentence number in its paragraph, from 1",
            "text": "verbatim",
        },
    ),
    "sentences_fts": ("The full-text index of sentences (porter stemming).", {"text": "the sentence, as indexed"}),
    "figures": (
        "Every quantity the text states, as a number with its unit, and the verbatim quote it comes from.",
        _WHERE
        | _DRAFTED
        | {
            "id": "the figure's id in its report",
            "kind": "count, money, penalty, fraction, threshold, when, ...",
            "value": "the number (the low end of a range), in the unit of the row's unit column: it varies a row",
            "high": "the high end of a range, in the same unit",
            "unit": "what is counted (cases, victims, years, percent) or the currency (USD ...)",
            "qualifier": "the text's hedge: at least, approximately, more than, over, nearly, up to, only",
            "display": "the value as the report writes it",
            "label": "what the quantity is, in a few words",
            "figure_year": "the year the quantity refers to, when its sentence says",
            "quote": "verbatim from the paragraph",
        },
    ),
    "agencies": (
        "Bodies the text names or describes.",
        _DRAFTED
        | {
            "report": _WHERE["report"],
            "id": "the agency's id in its report",
            "name": "its name, as the text gives it",
            "acronym": "its acronym",
            "spanish_name": "from outside the text",
            "level": "federal, state, municipal, legislative, judicial, international, foreign, nongovernmental",
            "role": "what it does in the report's story, in a few words",
        },
    ),
    "mentions": (
        "Every place the text names an agency.",
        _WHERE
        | {
            "id": "row id",
            "agency": "the agency (see agencies.id of the same report)",
            "start": "character offset in the paragraph's text where the mention begins",
            "end": "character offset where it ends (exclusive)",
            "text": "the words of the mention, verbatim",
        },
    ),
    "events": (
        "Dated happenings, as precisely as the text dates them.",
        _WHERE
        | _DRAFTED
        | {
            "id": "the event's id in its report",
            "date": "YYYY, YYYY-MM or YYYY-MM-DD",
            "end": "end of a period, same form",
            "precision": "year, month or day",
            "description": "what happened, in a few words",
            "quote": "verbatim from the paragraph",
        },
    ),
    "tiers": (
        "Each report's tier placement.",
        {
            "report": _WHERE["report"],
            "country": "the country placed",
            "year": "the edition year",
            "placement": "Tier 1, Tier 2, Tier 2 Watch List, Tier 3 or Special Case",
            "rank": "1, 2, 2.5, 3 (Special Case: empty)",
            "provenance": "where the placement comes from, and why it can be trusted",
        },
    ),
    "panel": (
        "The indicator panel: one row a figure coded with an indicator, by country and the year it refers to "
        "(tipcli panel). Facet by country, year and indicator; every row names its figure and quotes it.",
        {
            "country": "the country",
            "edition": "the edition year of the report the figure is in",
            "year": "the year the number refers to",
            "year_basis": "how: stated (the sentence says), reporting period (the edition's, the year before it), "
            "or stated by a later edition (a comparison with an earlier year)",
            "indicator": "investigations, prosecutions, convictions, sentences, victims_identified, victims_assisted, "
            "complicity, funding, shelters, training or penalties",
            "trafficking": "sex or labor when the text says which; empty when it does not or covers both",
            "value": "the number (the low end of a range), in unit",
            "high": "the high end of a range",
            "qualifier": "the text's hedge",
            "unit": "what is counted, USD, or a local currency",
            "report": _WHERE["report"],
            "figure": "the figure's id (see figures.id)",
            "place": "section ¶paragraph.sentence",
            "quote": "verbatim from the paragraph",
        },
    ),
}
# datasette's "units" (Pint units, with a custom one for text offsets): only columns whose unit is
# the same on every row; figures.value and high have theirs in figures.unit, a row each.
CUSTOM_UNITS = ["character = [text]"]
UNITS: dict[str, dict[str, str]] = {"mentions": {"start": "character", "end": "character"}}
