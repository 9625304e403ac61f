"""Publish reports as one SQLite database, with a datasette metadata file beside it.

Tables (primary and foreign keys declared): reports, sections, paragraphs, sentences (with the
FTS5 index sentences_fts, porter stemming, which datasette's search box uses), figures, agencies,
mentions, events, tiers, and panel (the indicator panel's long form: tipcli.panel).
"""

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from tipcli import serialize
from tipcli.model import Report
from tipcli.publish_tables import CUSTOM_UNITS, TABLES, UNITS

SCHEMA = """
CREATE TABLE reports (id TEXT PRIMARY KEY, country TEXT NOT NULL, year INTEGER NOT NULL, title TEXT NOT NULL,
    source TEXT NOT NULL, publisher TEXT NOT NULL, published TEXT, file TEXT);
CREATE TABLE sections (report TEXT NOT NULL REFERENCES reports(id), id TEXT NOT NULL, title TEXT NOT NULL,
    position INTEGER NOT NULL, PRIMARY KEY (report, id));
CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, report TEXT NOT NULL REFERENCES reports(id), section TEXT NOT NULL,
    number INTEGER NOT NULL, text TEXT NOT NULL, FOREIGN KEY (report, section) REFERENCES sections(report, id));
CREATE TABLE sentences (id INTEGER PRIMARY KEY, paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id),
    report TEXT NOT NULL REFERENCES reports(id), section TEXT NOT NULL, paragraph INTEGER NOT NULL,
    sentence INTEGER NOT NULL, text TEXT NOT NULL);
-- datasette finds this index by its content="sentences" (double quotes) and offers a search box.
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content="sentences", content_rowid="id",
    tokenize='porter unicode61 remove_diacritics 2');
CREATE TABLE figures (report TEXT NOT NULL REFERENCES reports(id), id TEXT NOT NULL, kind TEXT NOT NULL,
    value NUMERIC NOT NULL, high NUMERIC, unit TEXT NOT NULL, qualifier TEXT, display TEXT NOT NULL, label TEXT NOT NULL,
    figure_year INTEGER, drafted INTEGER NOT NULL, section TEXT NOT NULL, paragraph INTEGER NOT NULL,
    quote TEXT NOT NULL, PRIMARY KEY (report, id), FOREIGN KEY (report, section) REFERENCES sections(report, id));
CREATE TABLE agencies (report TEXT NOT NULL REFERENCES reports(id), id TEXT NOT NULL, name TEXT NOT NULL,
    acronym TEXT, spanish_name TEXT, level TEXT NOT NULL, role TEXT, drafted INTEGER NOT NULL,
    PRIMARY KEY (report, id));
CREATE TABLE mentions (id INTEGER PRIMARY KEY, report TEXT NOT NULL, agency TEXT NOT NULL, section TEXT NOT NULL,
    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    FOREIGN KEY (report, agency) REFERENCES agencies(report, id));
CREATE TABLE events (report TEXT NOT NULL REFERENCES reports(id), id TEXT NOT NULL, date TEXT NOT NULL, "end" TEXT,
    precision TEXT NOT NULL, description TEXT NOT NULL, drafted INTEGER NOT NULL, section TEXT NOT NULL,
    paragraph INTEGER NOT NULL, quote TEXT NOT NULL, PRIMARY KEY (report, id));
CREATE TABLE tiers (report TEXT PRIMARY KEY REFERENCES reports(id), country TEXT NOT NULL, year INTEGER NOT NULL,
    placement TEXT NOT NULL, rank NUMERIC, provenance TEXT NOT NULL);
"""
# The indicator panel (issue 24), one row a coded figure, as `tipcli panel --json` gives it.
PANEL_SCHEMA = """
CREATE TABLE panel (country TEXT NOT NULL, edition INTEGER NOT NULL, year INTEGER NOT NULL, year_basis TEXT NOT NULL,
    indicator TEXT NOT NULL, trafficking TEXT, value NUMERIC NOT NULL, high NUMERIC, qualifier TEXT, unit TEXT NOT NULL,
    report TEXT NOT NULL REFERENCES reports(id), figure TEXT NOT NULL, place TEXT NOT NULL, quote TEXT NOT NULL,
    FOREIGN KEY (report, figure) REFERENCES figures(report, id));
CREATE INDEX panel_country_year ON panel(country, year, indicator);
"""


def write_database(path: Path, reports: Sequence[tuple[str, Report, Path | None]]) -> dict[str, int]:
    """Write the reports (id, report, file) into the new, empty file `path` as a SQLite database; return
    its row counts. (tipcli.writing gives it a temporary file and names it when all is written.)"""
    db = sqlite3.connect(path)
    try:
        with db:
            db.executescript(SCHEMA + PANEL_SCHEMA)
            for report_id, report, file in reports:
                _insert(db, report_id, report, file)
            _insert_panel(db, reports)
            db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
        tables = ("reports", "sections", "paragraphs", "sentences", "figures", "agencies", "mentions", "events")
        counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
        # the panel's rows, said as such ("12 panel rows"), before the tiers that end the summary
        counts["panel rows"] = db.execute("SELECT count(*) FROM panel").fetchone()[0]
        counts["tiers"] = db.execute("SELECT count(*) FROM tiers").fetchone()[0]
        return counts
    finally:
        db.close()


def _insert(db: sqlite3.Connection, report_id: str, report: Report, file: Path | None) -> None:
    s = report.source
    published = s.published.isoformat() if s.published else None
    db.execute(
        "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (report_id, report.country, report.year, report.title, s.title, s.publisher, published, str(file or "")),
    )
    _insert_text(db, report_id, report)
    _insert_figures(db, report_id, report)
    _insert_agencies(db, report_id, report)
    _insert_events(db, report_id, report)


def _insert_text(db: sqlite3.Connection, report_id: str, report: Report) -> None:
    """The report's words: sections, paragraphs and sentences (the search table's rows)."""
    for position, section in enumerate(report.sections, start=1):
        db.execute("INSERT INTO sections VALUES (?, ?, ?, ?)", (report_id, section.id, section.title, position))
        for p in section.paragraphs:
            paragraph_id = db.execute(
                "INSERT INTO paragraphs (report, section, number, text) VALUES (?, ?, ?, ?)",
                (report_id, section.id, p.number, p.text),
            ).lastrowid
            db.executemany(
                "INSERT INTO sentences (paragraph_id, report, section, paragraph, sentence, text) VALUES (?, ?, ?, ?, ?, ?)",
                [(paragraph_id, report_id, section.id, p.number, t.index, t.text) for t in p.sentences],
            )


def _insert_figures(db: sqlite3.Connection, report_id: str, report: Report) -> None:
    for f in report.figures:
        row = serialize.figure(f)
        db.execute(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report_id,
                f.id,
                f.kind,
                f.value,
                f.high,
                f.unit,
                f.qualifier,
                row["display"],
                f.label,
                f.year,
                int(f.drafted),
                f.section,
                f.paragraph,
                f.quote,
            ),
        )


def _insert_agencies(db: sqlite3.Connection, report_id: str, report: Report) -> None:
    for a in report.agencies:
        db.execute(
            "INSERT INTO agencies VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (report_id, a.id, a.name, a.acronym, a.spanish_name, a.level, a.role, int(a.drafted)),
        )
        db.executemany(
            'INSERT INTO mentions (report, agency, section, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [
                (
                    report_id,
                    a.id,
                    m.section,
                    m.paragraph,
                    m.start,
                    m.end,
                    report.paragraph(m.section, m.paragraph).text[m.start : m.end],
                )
                for m in a.mentions
            ],
        )


def _insert_events(db: sqlite3.Connection, report_id: str, report: Report) -> None:
    """The events, and the tier placement."""
    for e in report.events:
        db.execute(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                report_id,
                e.id,
                e.date,
                e.end,
                e.precision,
                e.description,
                int(e.drafted),
                e.section,
                e.paragraph,
                e.quote,
            ),
        )
    if report.tier is not None:
        t = report.tier
        db.execute(
            "INSERT INTO tiers VALUES (?, ?, ?, ?, ?, ?)",
            (report_id, report.country, report.year, t.placement, t.rank, t.provenance),
        )


def _insert_panel(db: sqlite3.Connection, reports: Sequence[tuple[str, Report, Path | None]]) -> None:
    """Insert the panel's long rows of the reports."""
    from tipcli import panel

    rows = panel.long_rows(panel.source_rows((report_id, report) for report_id, report, _ in reports))
    db.executemany(
        f"INSERT INTO panel VALUES ({', '.join('?' * len(panel.LONG_COLUMNS))})",
        ([row[key] for key in panel.LONG_COLUMNS] for row in rows),
    )


def metadata_path(target: Path) -> Path:
    """Return where the metadata of the database `target` goes: FILE.metadata.json beside it."""
    return target.with_name(target.name + ".metadata.json")


def metadata(target: Path, reports: Sequence[tuple[str, Report, Path | None]]) -> str:
    """Return FILE.metadata.json for datasette: title, source, license, and what each table and column holds."""
    tables: dict[str, dict[str, object]] = {
        name: {"description": description, "columns": columns} for name, (description, columns) in TABLES.items()
    }
    for name, units in UNITS.items():
        tables[name]["units"] = units
    tables["sentences"] |= {"fts_table": "sentences_fts", "fts_pk": "id"}
    tables["panel"]["facets"] = ["country", "year", "indicator", "trafficking"]
    countries = sorted({report.country for _, report, _ in reports})
    document = {
        "title": "Trafficking in Persons Report country narratives",
        "description": (
            f"{len(reports)} country narrative(s) of the U.S. Department of State's Trafficking in Persons Report "
            f"({', '.join(countries)}), as tipcli holds them: the text word for word, and the figures, agencies "
            "and dated events that point into it with verbatim quotes. Rows marked drafted were extracted by "
            "machine and not yet reviewed."
        ),
        "source": "U.S. Department of State, Trafficking in Persons Report",
        "source_url": "https://www.state.gov/trafficking-in-persons-report/",
        "license": "Public domain: the reports are works of the U.S. Government",
        "custom_units": CUSTOM_UNITS,
        "databases": {target.stem: {"tables": tables}},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
