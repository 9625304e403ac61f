"""Tables and text for people: the only module that imports rich.

Every cell built from the report or the user's words is a Text, never a markup string, so that
brackets, colons and emoji in the data print as they are.
"""

from __future__ import annotations

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
    """Return a console that reads no markup, emoji codes or highlights in what it prints."""
    return Console(file=file, width=width, markup=False, emoji=False, highlight=False)


def show(console: Console, renderables: list[RenderableType]) -> None:
    """Print renderables, without the trailing spaces Rich pads table lines with."""
    with console.capture() as captured:
        for renderable in renderables:
            console.print(renderable)
    console.file.write("\n".join(line.rstrip() for line in captured.get().split("\n")))
    console.file.flush()


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


def _figure_table(figures: Iterable[Figure], *, quotes: bool, title: str | None = None) -> Table:
    table = _table("Value", "What", "Where!", *(["Quote"] if quotes else []), title=title)
    for f in figures:
        value = Text(format_value(f), style="bold")
        value.append(f" {format_unit(f)}".rstrip())
        row = [value, _described(f.label, f.drafted), where(f.section, f.paragraph)]
        table.add_row(*row, *([Text(f"“{f.quote}”", style="italic")] if quotes else []))
    return table


def figures(chosen: list[Figure], *, quotes: bool) -> list[RenderableType]:
    return [_figure_table(chosen, quotes=quotes)]


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
    table = _table("Where!", "Sentence")
    table.caption, table.caption_justify = caption, "left"
    for hit in result.hits:
        cell = Text()
        for s in hit.before:
            cell.append(s.text + " ", style="dim")
        cell.append_text(_marked(hit.sentence, hit.matches))
        for s in hit.after:
            cell.append(" " + s.text, style="dim")
        table.add_row(where(hit.section, hit.paragraph, hit.sentence.index), cell)
    return [table]


def agencies(chosen: list[Agency]) -> list[RenderableType]:
    table = _table("Agency", "Acronym!", "Level!", "Mentions!", "Sections")
    for a in chosen:
        table.add_row(
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


def _when(event: Event) -> Text:
    """Return the date, with the text's words when it dates the event relative to the report, and any doubt."""
    when = Text(format_date(event), style="bold")
    if event.relative:
        when.append(f"\n({event.relative})", style="dim")
    if event.erratum:
        when.append("\n(doubtful: see errata)", style="dim")
    return when


def timeline(events: list[Event]) -> list[RenderableType]:
    table = _table("When!", "What", "Where!", "Quote")
    for e in events:
        table.add_row(
            _when(e),
            _described(e.description, e.drafted),
            where(e.section, e.paragraph),
            Text(f"“{e.quote}”", style="italic"),
        )
    return [table]
