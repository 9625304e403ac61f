"""Publish reports as one SQLite database, with a datasette metadata file beside it, from the index.

The tables are those of tables.py (reports, sections, paragraphs, figures, agencies, mentions,
events, tiers: primary keys, NOT NULL and links declared), panel (the indicator panel's long form,
tipcli.panel's rows, by SQL over the index's figures), and sentences, made from the index's
sentences with their paragraph's link; sentences_fts and figures_fts are full-text indexes of
sentences and of figures' labels and quotes (porter stemming, as `search` matches), which
datasette's search box uses. Every row is copied from the library's index by SQL (the index is
ATTACHed to nothing: the new database is attached to it), so an export is linear in the reports
and never holds them in memory. The database and its metadata are written into new files that
tipcli.writing gives (the mode any new file gets, 0644 under the usual umask) and names only when
both are written.
"""

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipcli import tables
from tipcli.tables import BY_NAME, REPORTS, TABLES

if TYPE_CHECKING:
    from tipcli.reportset import ReportSet

TOKENIZE = "tokenize='porter unicode61 remove_diacritics 2'"
SENTENCES = (
    "CREATE TABLE out.sentences (id INTEGER PRIMARY KEY, paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),"
    " report TEXT NOT NULL REFERENCES reports(id), country TEXT NOT NULL, year INTEGER NOT NULL,"
    " section TEXT NOT NULL, paragraph INTEGER NOT NULL, sentence INTEGER NOT NULL, text TEXT NOT NULL)"
)
# datasette finds an index by its content="table" (double quotes) and offers a search box.
SEARCHABLE = (
    f'CREATE VIRTUAL TABLE out.sentences_fts USING fts5(text, content="sentences", content_rowid="id", {TOKENIZE})',
    f'CREATE VIRTUAL TABLE out.figures_fts USING fts5(label, quote, content="figures", {TOKENIZE})',
)
# The index's sentences of the chosen reports, by the rowid range each report's are in, with the
# row of their paragraph; `raw` is the text as it is where the index holds it cleaned. CROSS JOIN
# keeps SQLite from scanning the sentences first (with the chosen reports inside: quadratic).
# The paragraph is found by an index that holds its id: country and year come from the report.
COPY_SENTENCES = (
    "INSERT INTO out.sentences (paragraph_id, report, country, year, section, paragraph, sentence, text)"
    " SELECT p.id, s.report, r.country, r.year, s.section, s.paragraph, s.sentence, coalesce(s.raw, s.text)"
    " FROM temp.chosen c NOT INDEXED CROSS JOIN main.reports r ON r.id = c.id"
    " CROSS JOIN main.sentences s ON s.rowid BETWEEN r.first AND r.last"
    " JOIN main.paragraphs p ON p.report = s.report AND p.section = s.section AND p.number = s.paragraph"
)  # No ORDER BY: the loops read them in order (chosen by its rowid, the position, NOT INDEXED keeping
# SQLite off its index of ids; a report's sentences by rowid), and SQLite, which cannot know that
# FTS5 gives rowids in order, would sort them all again.
COUNTED = ("reports", "sections", "paragraphs", "sentences", "figures", "agencies", "mentions", "events")
# The indicator panel (issue 24), one row a coded figure, as `tipcli panel --json` gives it.
PANEL_SCHEMA = (
    "CREATE TABLE out.panel (country TEXT NOT NULL, edition INTEGER NOT NULL, year INTEGER NOT NULL,"
    " year_basis TEXT NOT NULL, indicator TEXT NOT NULL, trafficking TEXT, value NUMERIC NOT NULL, high NUMERIC,"
    " qualifier TEXT, unit TEXT NOT NULL, report TEXT NOT NULL REFERENCES reports(id), figure TEXT NOT NULL,"
    " place TEXT NOT NULL, quote TEXT NOT NULL, FOREIGN KEY (report, figure) REFERENCES figures(report, id))",
    "CREATE INDEX out.panel_country_year ON panel(country, year, indicator)",
)

# The panel table's description (the panel's long form, tipcli.panel: its rows are not tables.py's).
PANEL: dict[str, Any] = {
    "description": "The indicator panel: one row a figure coded with an indicator, by country and the year it "
    "refers to (tipcli panel). Facet by country, year and indicator; every row names its figure and quotes it.",
    "columns": {
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
        "report": "the report (see reports.id)",
        "figure": "the figure's id (see figures.id)",
        "place": "section ¶paragraph.sentence",
        "quote": "verbatim from the paragraph",
    },
}


def write_database(path: Path, chosen: "ReportSet") -> dict[str, int]:
    """Write the chosen reports into the new, empty file `path` as a SQLite database; return its row
    counts. (tipcli.writing gives it a temporary file and names it when all is written.)"""
    return _fill(chosen, str(path))


def _fill(chosen: "ReportSet", temporary: str) -> dict[str, int]:
    """Create the tables in the file and copy the chosen reports' rows into it, in one transaction."""
    db = chosen.db
    chosen.table()  # temp.chosen, which the copies below read
    db.execute("ATTACH DATABASE ? AS out", (temporary,))
    try:
        db.execute("BEGIN")
        for table in TABLES:
            db.execute(tables.published_schema(table).replace("CREATE TABLE ", "CREATE TABLE out.", 1))
        db.execute(SENTENCES)
        for statement in SEARCHABLE:
            db.execute(statement)
        for statement in PANEL_SCHEMA:
            db.execute(statement)
        _copy(db)
        _insert_panel(db)
        db.execute("INSERT INTO out.sentences_fts(sentences_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO out.figures_fts(figures_fts) VALUES ('rebuild')")
        counts = {name: db.execute(f"SELECT count(*) FROM out.{name}").fetchone()[0] for name in COUNTED}
        # the panel's rows, said as such ("12 panel rows"), before the tiers that end the summary
        counts["panel rows"] = db.execute("SELECT count(*) FROM out.panel").fetchone()[0]
        counts["tiers"] = db.execute("SELECT count(*) FROM out.tiers").fetchone()[0]
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    finally:
        db.execute("DETACH DATABASE out")
    return counts


def _copy(db: Any) -> None:
    """Copy every table's published columns from the index, the chosen reports' rows in order."""
    columns = ", ".join(f"r.{tables.quoted(c.name)}" for c in tables.published(REPORTS))
    db.execute(
        f"INSERT INTO out.reports SELECT {columns} FROM temp.chosen c CROSS JOIN main.reports r ON r.id = c.id"
        " ORDER BY c.position"
    )
    for table in TABLES[1:]:
        columns = ", ".join(f"t.{tables.quoted(c.name)}" for c in tables.published(table))
        db.execute(
            f"INSERT INTO out.{table.name} SELECT {columns} FROM temp.chosen c"
            f" CROSS JOIN main.{table.name} t ON t.report = c.id ORDER BY c.position, t.rowid"
        )
    db.execute(COPY_SENTENCES)


def _insert_panel(db: Any) -> None:
    """Insert the panel's long rows of the chosen reports by SQL over the index's figures: the year
    rule of panel.year_of and the order of panel.long_rows (country, year, indicator, edition, then
    report and text order), which tests hold to `tipcli panel --json`."""
    from tipcli.model import INDICATORS
    from tipcli.panel import EARLIER, PERIOD, STATED

    rank = " ".join(f"WHEN '{name}' THEN {n}" for n, name in enumerate(INDICATORS))
    db.execute(
        "INSERT INTO out.panel SELECT f.country, f.year, coalesce(f.figure_year, f.year - 1) AS refers,"
        " CASE WHEN f.figure_year IS NULL THEN ? WHEN f.figure_year < f.year - 1 THEN ? ELSE ? END,"
        " f.indicator, f.trafficking, f.value, f.high, f.qualifier, f.unit, f.report, f.id,"
        " f.section || ' ¶' || f.paragraph || '.' || f.sentence, f.quote"
        " FROM temp.chosen c CROSS JOIN main.figures f ON f.report = c.id WHERE f.indicator IS NOT NULL"
        f" ORDER BY f.country, refers, CASE f.indicator {rank} END, f.year, c.position, f.rowid",
        (PERIOD, EARLIER, STATED),
    )


def metadata_path(target: Path) -> Path:
    """Return where the metadata of the database `target` goes: FILE.metadata.json beside it."""
    return target.with_name(target.name + ".metadata.json")


def metadata(target: Path, chosen: "ReportSet") -> dict[str, Any]:
    """Return datasette's metadata: title, source, license, and of each table what it and each column
    holds, its facets, sort order, units, links' labels and full-text search; and canned queries."""
    described: dict[str, dict[str, Any]] = {}
    for table in TABLES:
        entry: dict[str, Any] = {
            "description": table.description,
            "columns": {c.name: c.description for c in tables.published(table)},
        }
        facets = [c.name for c in tables.published(table) if c.facet]
        if facets:
            entry["facets"] = facets
        if table.sort:
            entry["sort"] = table.sort
        if table.units:
            entry["units"] = dict(table.units)
        described[table.name] = entry
    described["sections"]["label_column"] = "title"
    described["agencies"]["label_column"] = "name"
    described["reports"]["label_column"] = "title"
    described["figures"] |= {"fts_table": "figures_fts", "fts_pk": "rowid"}
    described |= _text_tables()
    described["panel"] = dict(PANEL) | {"facets": ["country", "year", "indicator", "trafficking"]}
    countries = sorted({str(summary["country"]) for _, _, summary in chosen.chosen})
    return {
        "title": "Trafficking in Persons Report country narratives",
        "description": (
            f"{len(chosen)} country narrative(s) of the U.S. Department of State's Trafficking in Persons Report "
            f"({', '.join(countries[:20])}{', ...' if len(countries) > 20 else ''}), as tipcli holds them: the "
            "text word for word, and the figures, agencies and dated events that point into it with verbatim "
            "quotes. Rows marked drafted were extracted by machine and not yet reviewed."
        ),
        "source": "U.S. Department of State, Trafficking in Persons Report",
        "source_url": "https://www.state.gov/trafficking-in-persons-report/",
        "license": "Public domain: the reports are works of the U.S. Government",
        "custom_units": ["character = [text]"],
        "databases": {target.stem: {"tables": described, "queries": QUERIES}},
    }


def _text_tables() -> dict[str, dict[str, Any]]:
    """The tables that are not in tables.py: sentences, and the two full-text indexes."""
    where = {c.name: c.description for c in BY_NAME["figures"].columns[:3]}
    return {
        "sentences": {
            "description": "The text a sentence a row; search it with the box below (stems, accents and case do not "
            "matter), or rank the matches with the canned query search.",
            "columns": where
            | {
                "id": "row id (and the rowid of sentences_fts)",
                "paragraph_id": "the paragraph (a link)",
                "section": "section id (overview, prosecution, ...)",
                "paragraph": "paragraph number in its section, from 1",
                "sentence": "sentence number in its paragraph, from 1",
                "text": "verbatim",
            },
            "facets": ["country", "year", "section"],
            "fts_table": "sentences_fts",
            "fts_pk": "id",
        },
        "sentences_fts": {
            "description": "The full-text index of sentences (porter stemming).",
            "columns": {"text": "the sentence, as indexed"},
        },
        "figures_fts": {
            "description": "The full-text index of figures' labels and quotes (porter stemming).",
            "columns": {"label": "the figure's label, as indexed", "quote": "its quote, as indexed"},
        },
    }


# datasette's table search cannot order by rank: these can. A :term is an FTS5 query, as `tipcli
# search` takes it (words, "a phrase", convict*, OR, NOT).
QUERIES = {
    "search": {
        "title": "Ranked search of the sentences",
        "description": "Sentences that match, best first (BM25), with the matched words in [brackets].",
        "sql": (
            "select s.report, s.country, s.year, s.section, s.paragraph, s.sentence,"
            " snippet(sentences_fts, 0, '[', ']', '…', 24) as snippet, bm25(sentences_fts) as rank"
            " from sentences_fts join sentences s on s.id = sentences_fts.rowid"
            " where sentences_fts match :term order by rank limit 100"
        ),
    },
    "figure_series": {
        "title": "One figure across years and countries",
        "description": "Figures whose label or quote matches, by country and edition year: a series to compare.",
        "sql": (
            "select f.country, f.year, f.display, f.value, f.unit, f.label, f.quote, f.report, f.section, f.paragraph"
            " from figures_fts join figures f on f.rowid = figures_fts.rowid"
            " where figures_fts match :term order by f.country, f.year, f.rowid"
        ),
    },
}


def metadata_text(target: Path, chosen: "ReportSet") -> str:
    """Return FILE.metadata.json for datasette (see metadata), as the file holds it."""
    return json.dumps(metadata(target, chosen), ensure_ascii=False, indent=2) + "\n"
