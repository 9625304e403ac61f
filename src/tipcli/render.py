"""Tables and text for people: the only module that imports rich.

Every cell built from the report or the user's words is a Text, never a markup string, so that
brackets, colons and emoji in the data print as they are.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from tipcli.formatting import format_date, format_unit, format_value
from tipcli.model import Agency, Event, Figure, Report, Section, Sentence
from tipcli.queries import Quote

if TYPE_CHECKING:  # search imports sqlite3, which only `tipcli search` should pay for
    from tipcli.search import SearchResult

MATCH_STYLE = "bold reverse"


def make_console(file: IO[str] | None = None, width: int | None = None) -> Console:
    """Return a console that reads no markup, emoji codes or highlights in what it prints; --color
    never (TIPCLI_COLOR=never) prints no escape codes at all, --color always prints them anywhere."""
    color = os.environ.get("TIPCLI_COLOR")
    if color == "never":
        return Console(file=file, width=width, markup=False, emoji=False, highlight=False, color_system=None)
    force = True if color == "always" else None
    return Console(file=file, width=width, markup=False, emoji=False, highlight=False, force_terminal=force)


def show(console: Console, renderables: list[RenderableType]) -> None:
    """Print renderables, without the trailing spaces Rich pads table lines with; a long answer on a
    terminal goes through the pager ($PAGER, else less -FRX), unless --no-pager or TIPCLI_NO_PAGER."""
    with console.capture() as captured:
        for renderable in renderables:
            console.print(renderable)
    text = "\n".join(line.rstrip() for line in captured.get().split("\n"))
    long = text.count("\n") >= console.height
    if console.is_terminal and long and not os.environ.get("TIPCLI_NO_PAGER") and _page(text):
        return
    console.file.write(text)
    console.file.flush()


def _page(text: str) -> bool:
    """Show text through the user's pager; False if there is none to start."""
    import shlex
    import signal
    import subprocess

    try:
        pager = subprocess.Popen(shlex.split(os.environ.get("PAGER") or "less -FRX"), stdin=subprocess.PIPE)
    except (OSError, ValueError):
        return False
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the pager while it runs
    try:
        assert pager.stdin is not None
        pager.stdin.write(text.encode(sys.stdout.encoding or "utf-8", "replace"))
        pager.stdin.close()
    except BrokenPipeError:  # the reader quit the pager before the end: that is fine
        pass
    finally:
        pager.wait()
        signal.signal(signal.SIGINT, previous)
    return True


def where(section: str, paragraph: int, sentence: int | None = None) -> Text:
    return Text(f"{section} ¶{paragraph}" + (f".{sentence}" if sentence else ""), style="cyan")


def _described(text: str, drafted: bool) -> Text:
    """Return a label, role or description; one that `tipcli import` drafted and nobody reviewed says so."""
    cell = Text(text)
    if drafted:
        cell.append(" (drafted)", style="dim italic")
    return cell


def _table(*columns: str, title: str | None = None) -> Table:
    """Return a table; a column named "X!" is short and never wraps."""
    table = Table(
        title=title, title_justify="left", title_style="bold", header_style="bold", show_edge=False, pad_edge=False
    )
    for column in columns:
        table.add_column(column.rstrip("!"), no_wrap=column.endswith("!"), overflow="fold")
    return table


def summary(report: Report, key_figures: list[Figure]) -> list[RenderableType]:
    out: list[RenderableType] = [Text(report.title, style="bold")]
    facts = Text(f"{report.country}, {report.year}")
    if report.tier:
        facts.append(f"; {report.tier.placement}")
        # The provenance's first sentence says where the placement comes from.
        facts.append(f" ({report.tier.provenance.split('. ')[0].rstrip('.')})", style="dim")
    out.append(facts)
    s = report.source
    edition = f", {s.edition} edition" if s.edition else ""
    published = f", published {s.published.isoformat()}" if s.published else ""
    out.append(Text(f"Source: {s.title}{edition}, {s.publisher}{published}"))
    out += _addresses(report)
    out.append("")
    sections = _table("Section!", "Title", "Paragraphs!", "Figures!", title="Sections")
    for section in report.sections:
        count = sum(f.section == section.id for f in report.figures)
        sections.add_row(Text(section.id, style="cyan"), Text(section.title), str(len(section.paragraphs)), str(count))
    out += [sections, "", _figure_table(key_figures, quotes=False, title="Key figures"), ""]
    counts = (
        f"{len(report.figures)} figures, {len(report.agencies)} agencies and organisations, "
        f"{len(report.events)} dated events, {len(report.errata)} errata."
    )
    out.append(Text(counts))
    if report.categories:
        out.append(Text("Categories: " + "; ".join(report.categories), style="dim"))
    return out


def _addresses(report: Report) -> list[RenderableType]:
    """Return the report's and the article's addresses, labelled as facts from outside the text."""
    s = report.source
    lines: list[RenderableType] = []
    for label, url in (("Report", s.url), ("Narrative", s.narrative_url), ("Article", s.article_url)):
        if url:
            title = f" “{s.article}”" if label == "Article" and s.article else ""
            lines.append(Text(f"{label}{title}: {url}", style="dim"))
    if lines:
        lines.append(Text("(The addresses are not in the text.)", style="dim"))
    return lines


def section_list(report: Report) -> list[RenderableType]:
    table = _table("Section!", "Title", "Paragraphs!", "Also", title="Sections")
    for section in report.sections:
        table.add_row(
            Text(section.id, style="cyan"),
            Text(section.title),
            str(len(section.paragraphs)),
            Text(", ".join(section.aliases)),
        )
    return [table]


def section(report: Report, chosen: Section, paragraph: int | None = None) -> list[RenderableType]:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column()
    for p in chosen.paragraphs:
        if paragraph and p.number != paragraph:
            continue
        text = Text(p.text)
        for annotation in sorted(
            (a for a in report.annotations if (a.section, a.paragraph) == (chosen.id, p.number)),
            key=lambda a: -a.offset,
        ):
            text = (
                text[: annotation.offset]
                + Text(f"[{annotation.label}]", style="dim italic")
                + text[annotation.offset :]
            )
        notes = [e for e in report.errata if (e.section, e.paragraph) == (chosen.id, p.number)]
        for erratum in notes:
            text.append(f"\n* “{erratum.quote}”: likely “{erratum.intended}”. {erratum.note}", style="dim")
        grid.add_row(f"¶{p.number}", text)
        grid.add_row("", "")
    return [Text(chosen.title, style="bold"), "", grid]


def _figure_table(
    figures: Iterable[Figure], *, quotes: bool, title: str | None = None, reports: list[str] | None = None
) -> Table:
    table = _table(
        *(["Report!"] if reports else []), "Value", "What", "Where!", *(["Quote"] if quotes else []), title=title
    )
    for i, f in enumerate(figures):
        value = Text(format_value(f), style="bold")
        value.append(f" {format_unit(f)}".rstrip())
        row = [*([Text(reports[i], style="cyan")] if reports else []), value, _described(f.label, f.drafted)]
        row.append(where(f.section, f.paragraph))
        table.add_row(*row, *([Text(f"“{f.quote}”", style="italic")] if quotes else []))
    return table


def figures(chosen: list[Figure], *, quotes: bool, reports: list[str] | None = None) -> list[RenderableType]:
    return [_figure_table(chosen, quotes=quotes, reports=reports)]


def _marked(sentence: Sentence, spans: Iterable[tuple[int, int]]) -> Text:
    text = Text(sentence.text)
    for start, end in spans:
        text.stylize(MATCH_STYLE, start, end)
    return text


def search(result: SearchResult) -> list[RenderableType]:
    shown = len(result.hits)
    caption = f"{result.total} matching sentence{'s' * (result.total != 1)}, best first"
    if shown < result.total:
        caption += f" (showing {shown}; --limit to see more)"
    across = any(hit.report for hit in result.hits)
    table = _table(*(["Report!"] if across else []), "Where!", "Sentence")
    table.caption, table.caption_justify = caption, "left"
    for hit in result.hits:
        cell = Text()
        for s in hit.before:
            cell.append(s.text + " ", style="dim")
        cell.append_text(_marked(hit.sentence, hit.matches))
        for s in hit.after:
            cell.append(" " + s.text, style="dim")
        table.add_row(
            *([Text(hit.report[0] if hit.report else "", style="cyan")] if across else []),
            where(hit.section, hit.paragraph, hit.sentence.index),
            cell,
        )
    return [table]


def agencies(chosen: list[Agency], reports: list[str] | None = None) -> list[RenderableType]:
    table = _table(*(["Report!"] if reports else []), "Agency", "Acronym!", "Level!", "Mentions!", "Sections")
    for i, a in enumerate(chosen):
        table.add_row(
            *([Text(reports[i], style="cyan")] if reports else []),
            _described(a.name, a.drafted),
            Text(a.acronym or ""),
            Text(a.level),
            str(len(a.mentions)),
            Text(", ".join(a.sections)),
        )
    return [table]


def agency(chosen: Agency, quotes: list[Quote]) -> list[RenderableType]:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    elsewhere = " (not in the report's text)"
    if chosen.acronym:
        facts.add_row("Acronym", Text(chosen.acronym + (elsewhere if "acronym" in chosen.external else "")))
    if chosen.spanish_name:
        facts.add_row("Spanish name", Text(chosen.spanish_name + elsewhere))
    facts.add_row("Level", Text(chosen.level))
    if chosen.role:
        facts.add_row("Role", Text(chosen.role))
    mentions = f"{len(chosen.mentions)} in {chosen.sentences} sentences, in {', '.join(chosen.sections)}"
    facts.add_row("Mentions", Text(mentions))
    table = _table("Where!", "Sentence")
    for quote in quotes:
        table.add_row(where(quote.section, quote.paragraph, quote.sentence.index), _marked(quote.sentence, quote.spans))
    return [Text(chosen.name, style="bold"), facts, "", table]


def reports(rows: list[dict[str, object]], folder: str) -> list[RenderableType]:
    table = _table("Id!", "Country", "Year!", "Tier!", "Figures!", "Agencies!", "Events!")
    broken: list[RenderableType] = []
    for row in rows:
        if row["problem"]:
            broken.append(Text(f"{row['id']}: does not load: {row['problem']}", style="red"))
            continue
        figures = f"{row['figures']}" + (f" ({row['drafted']} drafted)" if row["drafted"] else "")
        cells = [row["country"], row["year"], row["tier"] or "", figures, row["agencies"], row["events"]]
        table.add_row(Text(str(row["id"]), style="cyan"), *(Text(str(c)) for c in cells))
    return [table, *broken, Text(f"Library: {folder}", style="dim")]


TIER_STYLES = {  # placement -> (cell text, style); the order is the legend's
    "Tier 1": ("1", "black on green"),
    "Tier 2": ("2", "black on yellow"),
    "Tier 2 Watch List": ("2W", "black on dark_orange"),
    "Tier 3": ("3", "white on red"),
    "Special Case": ("SC", "white on blue"),
}


def tiers(rows: list[dict[str, object]]) -> list[RenderableType]:
    years = sorted({int(str(row["year"])) for row in rows})
    placed: dict[str, dict[int, str]] = {}
    for row in rows:
        placed.setdefault(str(row["country"]), {})[int(str(row["year"]))] = str(row["placement"])
    name_width = max((len(country) for country in placed), default=0) + 2
    per_strip = max(1, (make_console().width - name_width) // 4)  # a cell is 4 columns wide
    span = list(range(years[0], years[-1] + 1)) if years else []
    out: list[RenderableType] = []
    for first in range(0, len(span), per_strip):
        out += [_tier_strip(placed, span[first : first + per_strip], name_width), ""]
    legend = Text("")
    for placement, (label, style) in TIER_STYLES.items():
        legend.append(f" {label} ", style=style)
        legend.append(f" {placement}  ")
    legend.append(" · ", style="dim")
    legend.append(" no report")
    return [*out, legend]


def _tier_strip(placed: dict[str, dict[int, str]], years: list[int], name_width: int) -> Table:
    """Return one strip of years: a row a country, a coloured cell a placement, a dot for no report."""
    grid = Table.grid(padding=(0, 0))
    grid.add_column(no_wrap=True, width=name_width)
    for _ in years:
        grid.add_column(no_wrap=True, width=4)
    grid.add_row(Text(""), *(Text(f"’{y % 100:02d}".center(4), style="dim") for y in years))
    for country, by_year in placed.items():
        cells = []
        for year in years:
            label, style = TIER_STYLES.get(by_year[year], ("?", "")) if year in by_year else ("·", "dim")
            cells.append(Text(label.center(4), style=style))
        grid.add_row(Text(country), *cells)
    return grid


def quotes_across(quotes: list[tuple[str, Quote]]) -> list[RenderableType]:
    table = _table("Report!", "Where!", "Sentence")
    for report_id, quote in quotes:
        where_ = where(quote.section, quote.paragraph, quote.sentence.index)
        table.add_row(Text(report_id, style="cyan"), where_, _marked(quote.sentence, quote.spans))
    return [table]


def _when(event: Event) -> Text:
    """Return the date, with the text's words when it dates the event relative to the report, and any doubt."""
    when = Text(format_date(event), style="bold")
    if event.relative:
        when.append(f"\n({event.relative})", style="dim")
    if event.erratum:
        when.append("\n(doubtful: see errata)", style="dim")
    return when


def timeline(events: list[Event], reports: list[str] | None = None) -> list[RenderableType]:
    table = _table(*(["Report!"] if reports else []), "When!", "What", "Where!", "Quote")
    for i, e in enumerate(events):
        table.add_row(
            *([Text(reports[i], style="cyan")] if reports else []),
            _when(e),
            _described(e.description, e.drafted),
            where(e.section, e.paragraph),
            Text(f"“{e.quote}”", style="italic"),
        )
    return [table]
