"""The reports a question across the library asks (--all, --country, --year), and its answers, from the index.

Every command across reports and `export --sqlite` choose their reports here: one scan of the
library folder, the index brought up to date (tipcli.index), the chosen reports put in a temporary
table `chosen` (id, position: the order of answers, section: what --section means in that
report). The answers are then SQL over the index's rows (tables.py), read in one snapshot and
yielded a row at a time, so that an answer of 5,000 reports never holds them all; a row becomes the
model's object (Figure, Event) or the JSON contract's (an agency's listing) exactly as a report's
own answer makes it.
"""

import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipcli import index, library
from tipcli.errors import ReportError, UsageError
from tipcli.model import Event, Figure, Report, Section
from tipcli.queries import find_section_in, normalize

if TYPE_CHECKING:
    from tipcli.panel import Wide


class ReportSet:
    """The chosen reports of the library, in order, and the index that answers for them."""

    def __init__(
        self, db: sqlite3.Connection, chosen: list[tuple[str, str | None, dict[str, Any]]], *, everything: bool = False
    ) -> None:
        self.db = db
        self.chosen = chosen  # (id, file, its country, year, tier and items left out: index.CHOICE)
        self.everything = everything  # every report of the index is chosen: a query needs no filter
        self._written = False

    def table(self) -> str:
        """Return the name of the temporary table of the chosen reports, written at the first query
        that needs it (a search of every report does not): `chosen` (position, id, section)."""
        if not self._written:
            # position is the rowid: a query that goes from chosen to a report's rows (CROSS JOIN:
            # SQLite must not turn it round, which made one scan of the sentences a report) reads them in order.
            db = self.db
            db.execute(
                "CREATE TEMP TABLE IF NOT EXISTS chosen (position INTEGER PRIMARY KEY, id TEXT UNIQUE, section TEXT)"
            )
            db.execute("BEGIN")  # one transaction, not one a row
            db.execute("DELETE FROM temp.chosen")
            db.executemany(
                "INSERT INTO temp.chosen VALUES (?, ?, NULL)", [(n, c[0]) for n, c in enumerate(self.chosen)]
            )
            db.execute("COMMIT")
            self._written = True
        return "temp.chosen"

    def __len__(self) -> int:
        return len(self.chosen)

    @property
    def ids(self) -> list[str]:
        return [report_id for report_id, _, _ in self.chosen]

    def files(self) -> list[tuple[str, Path | None]]:
        return [(report_id, Path(file) if file else None) for report_id, file, _ in self.chosen]

    def narrow_to_section(self, name: str) -> None:
        """Keep, of each report, the section NAME means there (as `section NAME` finds it: an id, a
        title, an alias or a unique prefix); a report without one answers nothing."""
        rows = self.db.execute(
            f"SELECT s.report, s.id, s.title, s.aliases FROM {self.table()} c CROSS JOIN sections s ON s.report = c.id"
            " ORDER BY c.position, s.position"
        )
        by_report: dict[str, list[tuple[str, str, str]]] = {}
        for report_id, section_id, title, aliases in rows:
            by_report.setdefault(report_id, []).append((section_id, title, aliases))
        meant: dict[tuple[tuple[str, str, str], ...], str | None] = {}  # reports share their sections' names
        pairs = []
        for report_id, sections in by_report.items():
            signature = tuple(sections)
            if signature not in meant:
                meant[signature] = _section_meant(signature, name)
            pairs.append((meant[signature], report_id))
        self.db.execute("BEGIN")
        self.db.executemany("UPDATE temp.chosen SET section = ? WHERE id = ?", pairs)
        self.db.execute("COMMIT")

    def figures(
        self,
        *,
        section: bool,
        match: str | None,
        kind: str | None,
        sort: str,
        reverse: bool,
        indicator: str | None = None,
    ) -> Iterator[tuple[Any, ...]]:
        """Yield rows (report, country, year, then serialize.figure_row's columns) in the order `stats`
        gives across reports: report order, or by the edition's year or the value (ties in report
        order); `section`: narrowed first (narrow_to_section); `indicator` "none": figures without one."""
        expression = None
        if match is not None and match.strip():
            from tipcli.search import to_fts

            expression = to_fts(match)
        keys = [*{"year": ["f.year"], "value": ["f.value"]}.get(sort, []), "c.position", "f.rowid"]
        order = ", ".join(k + (" DESC" if reverse else "") for k in keys)
        sql = (
            "SELECT f.report, f.country, f.year, f.id, f.kind, f.value, f.high, f.unit, f.qualifier, f.figure_year,"
            " f.drafted, f.display, f.label, f.indicator, f.trafficking, f.section, f.paragraph, f.quote, f.written"
            f" FROM {self.table()} c CROSS JOIN figures f ON f.report = c.id"
            " WHERE (? IS NULL OR f.kind = ?) AND (NOT ? OR f.section = c.section)"
            " AND (? IS NULL OR f.indicator = ? OR (? = 'none' AND f.indicator IS NULL))"
            " AND (? IS NULL OR f.rowid IN (SELECT rowid FROM figure_words WHERE figure_words MATCH ?))"
            f" ORDER BY {order}"
        )
        chosen = (indicator, indicator, indicator)
        return self._read(sql, (kind, kind, section, *chosen, expression, expression))

    def panel(self, *, indicator: str | None, trafficking: str | None) -> Iterator[tuple[Any, ...]]:
        """Yield the coded figures (those with an indicator) of the chosen reports, a row of
        panel.SOURCE_KEYS each (place: `section ¶p.s`): report order, then each report's text order."""
        sql = (
            "SELECT f.country, f.year, f.figure_year, f.indicator, f.trafficking, f.value, f.high, f.qualifier,"
            " f.unit, f.report, f.id, f.section || ' ¶' || f.paragraph || '.' || f.sentence, f.quote"
            f" FROM {self.table()} c CROSS JOIN figures f ON f.report = c.id"
            " WHERE f.indicator IS NOT NULL AND (? IS NULL OR f.indicator = ?) AND (? IS NULL OR f.trafficking = ?)"
            " ORDER BY c.position, f.rowid"
        )
        # the tier from the listing the choice read (a join of tiers a figure cost a third of the query)
        tiers = {report_id: summary["tier"] for report_id, _, summary in self.chosen}
        for row in self._read(sql, (indicator, indicator, trafficking, trafficking)):
            yield (*row, tiers[row[9]])

    def wide(self, *, year: int | None, indicator: str | None, trafficking: str | None) -> "Wide":
        """Return the wide panel of the chosen reports' coded figures: panel.wide_sql over the index's
        figures (the pick rule is its ORDER BY), made wide rows by panel.wide_rows."""
        from tipcli.panel import CODED_FILTER, wide_rows, wide_sql

        source = (
            "SELECT f.country, f.year AS edition, f.figure_year, f.indicator, f.trafficking, f.value, f.unit,"
            " f.report, f.id AS figure, c.position, f.rowid AS seq"
            f" FROM {self.table()} c CROSS JOIN figures f ON f.report = c.id WHERE f.indicator IS NOT NULL"
        )
        sql = wide_sql(f"SELECT * FROM ({source}) WHERE {CODED_FILTER}")
        reports = {i: (str(s["country"]), int(s["year"]), s["tier"]) for i, _, s in self.chosen}
        return wide_rows(self._read(sql, (indicator, indicator, trafficking, trafficking, year, year)), reports)

    def agencies(self, level: str | None) -> Iterator[tuple[Any, ...]]:
        """Yield rows (report, country, year, then serialize.listed_agency's columns), in report order."""
        sql = (
            "SELECT a.report, a.country, a.year, a.id, a.name, a.acronym, a.spanish_name, a.level, a.role,"
            " a.sections, a.mentions, a.external, a.sentences, a.drafted"
            f" FROM {self.table()} c CROSS JOIN agencies a ON a.report = c.id WHERE ? IS NULL OR a.level = ?"
            ' ORDER BY c.position, a."key"'
        )
        return self._read(sql, (level, level))

    def events(self) -> Iterator[tuple[Any, ...]]:
        """Yield rows (report, country, year, then serialize.event_row's columns) in date order (ties
        in report order, then in the order its text tells them), as `timeline` gives them across reports."""
        sql = (
            'SELECT e.report, e.country, e.year, e.id, e.date, e."end", e.description, e.section, e.paragraph,'
            " e.quote, e.drafted, e.relative, e.erratum"
            f" FROM {self.table()} c CROSS JOIN events e ON e.report = c.id ORDER BY e.date, c.position, e.text_order"
        )
        return self._read(sql, ())

    def naming(self, name: str) -> Iterator[tuple[str, Report]]:
        """Yield (id, report), loaded one at a time, of the chosen reports that have an agency whose
        names hold every word of NAME: those where `agencies NAME` may find one (queries.find_agency)."""
        import re

        from tipcli.loading import load_report

        words = set(re.findall(r"\w+", normalize(name)))
        sql = f"SELECT DISTINCT a.report, c.position FROM {self.table()} c CROSS JOIN agencies a ON a.report = c.id"
        sql += " WHERE " + " AND ".join(["(' ' || a.words || ' ') LIKE ?"] * len(words)) if words else ""
        rows = self.db.execute(sql + " ORDER BY c.position", [f"% {w} %" for w in sorted(words)]).fetchall()
        files = dict(self.files())
        for report_id, _ in rows:
            try:
                yield report_id, load_report(files[report_id], lenient=True)
            except ReportError as exc:  # it broke since it was indexed
                library.left_out(report_id, exc.problems[0])

    def _read(self, sql: str, parameters: Sequence[object]) -> Iterator[tuple[Any, ...]]:
        """Yield the rows of a query, all read in one snapshot of the index."""
        began = not self.db.in_transaction
        if began:
            self.db.execute("BEGIN")
        try:
            yield from self.db.execute(sql, parameters)
        finally:
            if began:
                self.db.execute("COMMIT")


def figure(row: tuple[Any, ...]) -> Figure:
    """Return the Figure of a row of ReportSet.figures (a table for people draws Figures)."""
    id_, kind, value, high, unit, qualifier, year, drafted, _, label, indicator, trafficking = row[3:15]
    section, paragraph, quote, written = row[15:]
    values = (id_, kind, value, high, unit, qualifier, label, section, paragraph, quote, False, year, bool(drafted))
    return Figure._restore((*values, written, indicator, trafficking))


def event(row: tuple[Any, ...]) -> Event:
    """Return the Event of a row of ReportSet.events."""
    return Event._restore((*row[3:10], bool(row[10]), *row[11:]))


def _section_meant(sections: tuple[tuple[str, str, str], ...], name: str) -> str | None:
    """Return the id of the section NAME means among these (id, title, aliases as JSON), or None."""
    import json

    shaped = [Section(id=i, title=t, aliases=tuple(json.loads(a)), paragraphs=()) for i, t, a in sections]
    try:
        return find_section_in(shaped, name).id
    except UsageError:
        return None


def choose(countries: Sequence[str] = (), years: str | None = None) -> ReportSet:
    """Return the library's reports of these countries and years (all when none given), in order.

    What each report is comes from the library's index, brought up to date first; a report that
    does not load is left out, with one warning on stderr for each; an item of a report that no
    longer holds (a quote edited away) is left out of it, with a warning naming it; a --country or
    --year that no report has gets a warning with what it might mean.
    """
    wanted = {normalize(c) for c in countries}
    first, last = library.parse_years(years) if years else (0, 9999)
    found = library.scan()
    db = index.connect(library.folder())
    index.sync(db, found, complete=True)
    listed = index.choices(db)
    if countries:
        library.unknown_countries(countries, [str(s["country"]) for s, _ in listed.values() if s is not None])
    if years:
        known = [int(s["year"]) for s, _ in listed.values() if s is not None]  # type: ignore[call-overload]
        library.unknown_years(years, first, last, known)
    chosen = []
    unread = (None, "it changed while being read; ask again")
    for report_id, file, _ in found:
        summary, problem = listed.get(report_id, unread)
        if summary is None:
            library.left_out(report_id, problem)
        elif not (countries or years) or _wanted(summary, wanted, first, last):
            chosen.append((report_id, file, summary))
            if summary["left_out"]:
                library.warn_left_out(Path(file) if file is not None else None)
    return ReportSet(db, chosen, everything=len(chosen) == len(listed))


def _wanted(summary: dict[str, Any], countries: set[str], first: int, last: int) -> bool:
    """Say whether a report is of one of these countries (normalized; none: any) and years."""
    return (not countries or normalize(str(summary["country"])) in countries) and first <= int(summary["year"]) <= last


def of_files(files: Sequence[tuple[str, Path | None]]) -> ReportSet:
    """Return these reports (id, file; None: the packaged one) as a report set of their own, in an
    index in memory: what `export --sqlite --report ID` and `export --sqlite` of one report use. A
    file that does not load is an error (ReportError), as it is for any command that reads it."""
    from tipcli.loading import load_report

    db = index.scratch()
    found = []
    for report_id, file in files:
        load_report(file)  # its problems, if it has any, as every command reports them
        found.append(index.Entry(report_id, str(file) if file is not None else None, index.identity(file)))
    index.sync(db, found)
    listed = index.listing(db)
    chosen = [(e.id, e.file, summary) for e in found if (summary := listed.get(e.id, (None, None))[0]) is not None]
    return ReportSet(db, chosen)
