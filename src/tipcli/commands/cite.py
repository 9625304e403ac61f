"""tipcli cite: the source citation, or a citation of a figure, an event or a paragraph."""

from typing import Annotated

import typer

from tipcli import citation, queries, quoting
from tipcli.commands.common import EVENTS, FIGURES, SectionOption, command_app, load
from tipcli.completion import Completing
from tipcli.errors import UsageError
from tipcli.model import Report, Section, Sentence
from tipcli.output import write_json, write_text

app = command_app()
STYLES = Completing(citation.FORMATS)
PlaceArgument = Annotated[
    str | None,
    typer.Argument(
        metavar="[PLACE]",
        help="Cite this place: SECTION:PARAGRAPH or SECTION:PARAGRAPH.SENTENCE, e.g. protection:2.6"
        " (search prints it 'protection ¶2.6').",
        show_default=False,
    ),
]
FigureOption = Annotated[
    str | None,
    typer.Option("--figure", help="Cite this figure (an id from 'tipcli stats --json').", click_type=FIGURES),
]
EventOption = Annotated[
    str | None,
    typer.Option("--event", help="Cite this event (an id from 'tipcli timeline --json').", click_type=EVENTS),
]


@app.command()
def cite(
    ctx: typer.Context,
    place: PlaceArgument = None,
    style: Annotated[
        str, typer.Option("--format", "-f", help="apa, chicago, bibtex or ris.", click_type=STYLES)
    ] = "apa",
    figure: FigureOption = None,
    event: EventOption = None,
    section: SectionOption = None,
    paragraph: Annotated[
        int | None, typer.Option("--paragraph", "-p", help="With --section: cite this paragraph.")
    ] = None,
    quote: Annotated[
        str | None,
        typer.Option(
            "--quote", help="With a PLACE, or --section and --paragraph: words quoted from it (as search matches)."
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print CSL-JSON instead of text.")] = False,
) -> None:
    """Print the citation of the report, or of a place, a figure or an event in it, ready to paste.

    A search hit names its place, 'protection ¶2.6': cite that sentence as protection:2.6, its
    paragraph as protection:2, and words of either with --quote. The quote is found as search finds
    words (case, runs of spaces, typographic or plain quotes and apostrophes are equal; a [when?]
    that 'tipcli section' prints is left out); the citation quotes the report's own words.

    \b
    Examples:
      tipcli cite
      tipcli cite protection:2.6
      tipcli cite protection:2 --quote 'approximately $3.4 million' -f chicago
      tipcli cite --format bibtex --figure federal-investigations >> references.bib
      tipcli cite --section protection -p 2 --quote 'approximately $3.4 million'
      tipcli cite --json
    """
    report = load(ctx)
    style = style.lower()  # -f APA as well as -f apa
    if style not in citation.FORMATS:
        raise UsageError(f"no format {style!r}; choose from {', '.join(citation.FORMATS)}")
    where = _place(report, place, figure, event, section, paragraph, quote)
    if json:
        write_json(citation.csl(report, where))
    else:
        write_text(citation.cite(report, style, where) + "\n")


def _place(
    report: Report,
    at: str | None,
    figure: str | None,
    event: str | None,
    section: str | None,
    paragraph: int | None,
    quote: str | None,
) -> citation.Place | None:
    """Return the place the options name: a PLACE, a figure, an event, a section (paragraph, quote), or none."""
    if sum(x is not None for x in (at, figure, event, section)) > 1:
        raise UsageError("cite one thing at a time: a PLACE (protection:2.6), --figure, --event or --section")
    if at is not None:
        if paragraph is not None:
            raise UsageError("a PLACE names its paragraph itself: 'tipcli cite protection:2', without --paragraph")
        chosen, number, sentence = queries.find_place(report, at)
        if quote is not None:
            return citation.place(report, chosen.id, number, _verbatim(report, chosen, number, quote, sentence))
        return citation.place(report, chosen.id, number, sentence.text if sentence else None)
    if (paragraph is not None or quote is not None) and section is None:
        raise UsageError("--paragraph and --quote go with --section, e.g. 'tipcli cite --section protection -p 2'")
    if figure is not None or event is not None:
        return _figure_or_event(report, figure, event)
    if section is None:
        return None
    chosen = queries.find_section(report, section)
    if paragraph is not None and not 1 <= paragraph <= len(chosen.paragraphs):
        raise UsageError(f"{chosen.id} has paragraphs 1 to {len(chosen.paragraphs)}, not {paragraph}")
    if quote is not None:
        if paragraph is None:
            raise UsageError("--quote needs --paragraph: the paragraph it is quoted from")
        quote = _verbatim(report, chosen, paragraph, quote)
    return citation.place(report, chosen.id, paragraph, quote)


def _figure_or_event(report: Report, figure: str | None, event: str | None) -> citation.Place:
    """Return the place of the figure or the event with this id, named after it in citation keys."""
    try:
        found = queries.find_figure(report, figure) if figure is not None else queries.find_event(report, event or "")
    except UsageError as exc:
        lister = "tipcli stats --json" if figure is not None else "tipcli timeline --json"
        raise UsageError(f"{exc} ('{lister}' lists ids)") from None
    ident = f"fig-{found.id}" if figure is not None else f"event-{found.id}"
    return citation.place(report, found.section, found.paragraph, found.quote, ident=ident)


def _verbatim(report: Report, section: Section, number: int, quote: str, sentence: Sentence | None = None) -> str:
    """Return the report's own words for the quote, found in the paragraph (or the sentence) as search matches."""
    text = sentence.text if sentence else section.paragraphs[number - 1].text
    markers = {f"[{a.label}]" for a in report.annotations}  # as 'tipcli section' prints them in the text
    if not quoting.words(quote, markers):
        raise UsageError("--quote is empty: give words of the paragraph, e.g. --quote 'approximately $3.4 million'")
    span = quoting.find(text, quote, markers)
    if span is None:
        where = f"{section.id} ¶{number}" + (f".{sentence.index}" if sentence else "")
        near = quoting.nearest(text, quote, markers)
        raise UsageError(
            f"the quote {quote.strip()!r} is not in {where}; the nearest passage there is {near!r}: "
            f"copy the words from 'tipcli section {section.id} -p {number}'"
        )
    return text[span[0] : span[1]]
