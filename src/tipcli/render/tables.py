"""Answers that are lists of records: figures, search hits, agencies, quotes, events, reports."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from tipcli.formatting import counted, format_date, format_unit, format_value, indicator_text
from tipcli.model import Event, Figure
from tipcli.queries import Quote
from tipcli.render.cells import described, listing, marked, shown, where
from tipcli.render.records import Prefixed

if TYPE_CHECKING:  # search imports sqlite3, which only `tipcli search` should pay for
    from tipcli.search import SearchResult


def figure_table(
    figures: Iterable[Figure], *, quotes: bool, title: str | None = None, reports: list[str] | None = None
) -> Table:
    drawn = listing(
        *(["Report!"] if reports else []),
        "Value",
        "What",
        "Indicator",
        "Where!",
        *(["Quote"] if quotes else []),
        title=title,
    )
    for i, f in enumerate(figures):
        value = shown(format_value(f), style="bold")
        value.append_text(shown(f" {format_unit(f)}".rstrip()))
        row = [*([shown(reports[i], style="cyan")] if reports else []), value, described(f.label, f.drafted)]
        row.append(shown(indicator_text(f.indicator, f.trafficking), style="green"))
        row.append(where(f.section, f.paragraph))
        drawn.add_row(*row, *([shown(f"“{f.quote}”", style="italic")] if quotes else []))
    return drawn


def figures(chosen: list[Figure], *, quotes: bool, reports: list[str] | None = None) -> list[RenderableType]:
    return [figure_table(chosen, quotes=quotes, reports=reports)]


def search(result: SearchResult) -> list[RenderableType]:
    """Return the hits, best first; with context, the hit is marked `>` and its place stands beside it."""
    count = len(result.hits)
    caption = f"{result.total} matching sentence{'s' * (result.total != 1)}, best first"
    if count < result.total:
        caption += f" (showing {count}; --limit to see more)"
    across = any(hit.report for hit in result.hits)
    table = listing(*(["Report!"] if across else []), "Where!", "Sentence")
    table.caption, table.caption_justify = caption, "left"
    table.grouped = any(hit.before or hit.after for hit in result.hits)  # a hit and its context: one record
    for hit in result.hits:
        label = [shown(hit.report[0] if hit.report else "", style="cyan")] if across else []
        place = where(hit.section, hit.paragraph, hit.sentence.index)
        if not table.grouped:
            table.add_row(*label, place, marked(hit.sentence, hit.matches))
            continue
        blank = [Text()] * len(label)
        for s in hit.before:
            table.add_row(*blank, Text(), Prefixed("  ", shown(s.text, style="dim")))
        table.add_row(*label, place, Prefixed("> ", marked(hit.sentence, hit.matches)), end_section=not hit.after)
        for n, s in enumerate(hit.after, 1):
            table.add_row(*blank, Text(), Prefixed("  ", shown(s.text, style="dim")), end_section=n == len(hit.after))
    return [table]


def agencies(chosen: list[dict[str, Any]], reports: list[str] | None = None) -> list[RenderableType]:
    """Return the agencies, drawn from their JSON listings (serialize.listed_agency)."""
    table = listing(
        *(["Report!"] if reports else []), "Agency", "Acronym!", "Level!", "Mentions\n(sentences)!", "Sections"
    )
    for i, a in enumerate(chosen):
        table.add_row(
            *([shown(reports[i], style="cyan")] if reports else []),
            described(a["name"], a.get("drafted", False)),
            shown(a["acronym"] or ""),
            shown(a["level"]),
            # JSON's `mentions` (occurrences of its phrases) and `sentences` (those `agencies NAME` lists)
            shown(f"{a['mentions']} ({a['sentences']})"),
            shown(", ".join(a["sections"])),
        )
    return [table]


def reports(rows: list[dict[str, object]], folder: str) -> list[RenderableType]:
    table = listing("Id!", "Country", "Year!", "Tier!", "Figures!", "Agencies!", "Events!")
    broken: list[RenderableType] = []
    for row in rows:
        if row["problem"]:
            broken.append(shown(f"{row['id']}: does not load: {row['problem']}", style="red"))
            continue
        if row.get("left_out"):  # items that no longer hold: left out of every answer until fixed
            left = counted(int(row["left_out"]), "items")  # type: ignore[call-overload]
            note = f"{row['id']}: {left} no longer {'holds' if left.startswith('1 ') else 'hold'}, left out"
            broken.append(shown(f"{note} ('tipcli validate {row['id']}' lists them)", style="yellow"))
        figures = f"{row['figures']}" + (f" ({row['drafted']} drafted)" if row["drafted"] else "")
        cells = [row["country"], row["year"], row["tier"] or "", figures, row["agencies"], row["events"]]
        table.add_row(shown(str(row["id"]), style="cyan"), *(shown(str(c)) for c in cells))
        if row.get("replaces_packaged"):
            broken.append(shown(f"{row['id']}: {row['file']} replaces the packaged report", style="yellow"))
    return [table, *broken, shown(f"Library: {folder}", style="dim")]


def quotes_across(quotes: list[tuple[str, Quote]]) -> list[RenderableType]:
    table = listing("Report!", "Where!", "Sentence")
    for report_id, quote in quotes:
        where_ = where(quote.section, quote.paragraph, quote.sentence.index)
        table.add_row(shown(report_id, style="cyan"), where_, marked(quote.sentence, quote.spans))
    return [table]


def _when(event: Event) -> Text:
    """Return the date, with the text's words when it dates the event relative to the report, and any doubt."""
    when = shown(format_date(event), style="bold")
    if event.relative:
        when.append_text(shown(f"\n({event.relative})", style="dim"))
    if event.erratum:
        when.append_text(shown("\n(doubtful: see errata)", style="dim"))
    return when


def timeline(events: list[Event], reports: list[str] | None = None) -> list[RenderableType]:
    table = listing(*(["Report!"] if reports else []), "When!", "What", "Where!", "Quote")
    for i, e in enumerate(events):
        table.add_row(
            *([shown(reports[i], style="cyan")] if reports else []),
            _when(e),
            described(e.description, e.drafted),
            where(e.section, e.paragraph),
            shown(f"“{e.quote}”", style="italic"),
        )
    return [table]
