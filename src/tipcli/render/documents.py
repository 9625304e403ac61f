"""Answers that are documents more than tables: the summary, a section's text, one agency."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table

from tipcli.formatting import counted
from tipcli.model import Agency, Figure, Report, Section
from tipcli.queries import Quote
from tipcli.render.cells import listing, marked, shown, where
from tipcli.render.tables import figure_table

PROSE_WIDTH = 100  # a readable measure: lines of prose longer than this are hard to follow


def summary(report: Report, key_figures: list[Figure], *, read_from: str | None = None) -> list[RenderableType]:
    out: list[RenderableType] = [shown(report.title, style="bold")]
    facts = shown(f"{report.country}, {report.year}")
    if report.tier:
        facts.append_text(shown(f"; {report.tier.placement}"))
        # The provenance's first sentence says where the placement comes from.
        facts.append_text(shown(f" ({report.tier.provenance.split('. ')[0].rstrip('.')})", style="dim"))
    out.append(facts)
    s = report.source
    edition = f", {s.edition} edition" if s.edition else ""
    published = f", published {s.published.isoformat()}" if s.published else ""
    out.append(shown(f"Source: {s.title}{edition}, {s.publisher}{published}"))
    out += _addresses(report)
    out.append("")
    sections = listing("Section!", "Title", "Paragraphs!", "Figures!", title="Sections")
    for section in report.sections:
        count = sum(f.section == section.id for f in report.figures)
        sections.add_row(
            shown(section.id, style="cyan"), shown(section.title), str(len(section.paragraphs)), str(count)
        )
    out += [sections, "", figure_table(key_figures, quotes=False, title="Key figures"), ""]
    agencies = "agency or organisation" if len(report.agencies) == 1 else "agencies and organisations"
    counts = (
        f"{counted(len(report.figures), 'figures')}, {len(report.agencies)} {agencies}, "
        f"{counted(len(report.events), 'dated events')}, {counted(len(report.errata), 'errata')}."
    )
    out.append(shown(counts))
    if report.categories:
        out.append(shown("Categories: " + "; ".join(report.categories), style="dim"))
    if read_from is not None:
        out.append(shown(f"Read from: {read_from}", style="dim"))
    return out


def _addresses(report: Report) -> list[RenderableType]:
    """Return the report's and the article's addresses, labelled as facts from outside the text."""
    s = report.source
    lines: list[RenderableType] = []
    for label, url in (("Report", s.url), ("Narrative", s.narrative_url), ("Article", s.article_url)):
        if url:
            title = f" “{s.article}”" if label == "Article" and s.article else ""
            lines.append(shown(f"{label}{title}: {url}", style="dim"))
    if lines:
        lines.append(shown("(The addresses are not in the text.)", style="dim"))
    return lines


def section_list(report: Report) -> list[RenderableType]:
    table = listing("Section!", "Title", "Paragraphs!", "Also", title="Sections")
    for section in report.sections:
        table.add_row(
            shown(section.id, style="cyan"),
            shown(section.title),
            str(len(section.paragraphs)),
            shown(", ".join(section.aliases)),
        )
    return [table]


def section(report: Report, chosen: Section, paragraph: int | None = None) -> list[RenderableType]:
    """Return a section's paragraphs, numbered, wrapped at most PROSE_WIDTH wide however wide the terminal."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="cyan")
    grid.add_column(max_width=PROSE_WIDTH - len(f"¶{len(chosen.paragraphs)}") - 2)
    for p in chosen.paragraphs:
        if paragraph and p.number != paragraph:
            continue
        text = shown(p.text)
        for annotation in sorted(
            (a for a in report.annotations if (a.section, a.paragraph) == (chosen.id, p.number)),
            key=lambda a: -a.offset,
        ):
            text = (
                text[: annotation.offset]
                + shown(f"[{annotation.label}]", style="dim italic")
                + text[annotation.offset :]
            )
        notes = [e for e in report.errata if (e.section, e.paragraph) == (chosen.id, p.number)]
        for erratum in notes:
            text.append_text(shown(f"\n* “{erratum.quote}”: likely “{erratum.intended}”. {erratum.note}", style="dim"))
        grid.add_row(f"¶{p.number}", text)
        grid.add_row("", "")
    return [shown(chosen.title, style="bold"), "", grid]


def agency(chosen: Agency, quotes: list[Quote]) -> list[RenderableType]:
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim", no_wrap=True)
    facts.add_column()
    elsewhere = " (not in the report's text)"
    if chosen.acronym:
        facts.add_row("Acronym", shown(chosen.acronym + (elsewhere if "acronym" in chosen.external else "")))
    if chosen.spanish_name:
        facts.add_row("Spanish name", shown(chosen.spanish_name + elsewhere))
    facts.add_row("Level", shown(chosen.level))
    if chosen.role:
        facts.add_row("Role", shown(chosen.role))
    mentions = f"{len(chosen.mentions)} in {counted(chosen.sentences, 'sentences')}, in {', '.join(chosen.sections)}"
    facts.add_row("Mentions", shown(mentions))
    table = listing("Where!", "Sentence")
    for quote in quotes:
        table.add_row(where(quote.section, quote.paragraph, quote.sentence.index), marked(quote.sentence, quote.spans))
    return [shown(chosen.name, style="bold"), facts, "", table]
