"""tipcli cite: the source citation, or a citation of a figure, an event or a paragraph."""

from typing import Annotated

import typer

from tipcli import citation, queries
from tipcli.commands.common import EVENTS, FIGURES, SectionOption, command_app, load
from tipcli.completion import Completing
from tipcli.errors import UsageError
from tipcli.model import Report
from tipcli.output import write_json, write_text

app = command_app()
STYLES = Completing(citation.FORMATS)


@app.command()
def cite(
    ctx: typer.Context,
    style: Annotated[
        str, typer.Option("--format", "-f", help="apa, chicago, bibtex or ris.", click_type=STYLES)
    ] = "apa",
    figure: Annotated[
        str | None,
        typer.Option("--figure", help="Cite this figure (an id from 'tipcli stats --json').", click_type=FIGURES),
    ] = None,
    event: Annotated[
        str | None,
        typer.Option("--event", help="Cite this event (an id from 'tipcli timeline --json').", click_type=EVENTS),
    ] = None,
    section: SectionOption = None,
    paragraph: Annotated[
        int | None, typer.Option("--paragraph", "-p", help="With --section: cite this paragraph.")
    ] = None,
    quote: Annotated[
        str | None, typer.Option("--quote", help="With --section and --paragraph: words quoted verbatim from it.")
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print CSL-JSON instead of text.")] = False,
) -> None:
    """Print the citation of the report, or of a figure, an event or a paragraph, ready to paste.

    A search hit or an agency's quote names its section and paragraph: cite it with --section and
    --paragraph (and --quote).

    \b
    Examples:
      tipcli cite
      tipcli cite --format bibtex >> references.bib
      tipcli cite --figure federal-investigations
      tipcli cite --section protection -p 2 --quote 'approximately $3.4 million'
      tipcli cite --json
    """
    report = load(ctx)
    style = style.lower()  # -f APA as well as -f apa
    if style not in citation.FORMATS:
        raise UsageError(f"no format {style!r}; choose from {', '.join(citation.FORMATS)}")
    place = _place(report, figure, event, section, paragraph, quote)
    if json:
        write_json(citation.csl(report, place))
    else:
        write_text(citation.cite(report, style, place) + "\n")


def _place(
    report: Report, figure: str | None, event: str | None, section: str | None, paragraph: int | None, quote: str | None
) -> citation.Place | None:
    """Return the place the options name: a figure, an event, a section (paragraph, quote), or none."""
    if sum(x is not None for x in (figure, event, section)) > 1:
        raise UsageError("cite one thing at a time: --figure, --event or --section")
    if (paragraph is not None or quote is not None) and section is None:
        raise UsageError("--paragraph and --quote go with --section, e.g. 'tipcli cite --section protection -p 2'")
    if figure is not None or event is not None:
        try:
            found = (
                queries.find_figure(report, figure) if figure is not None else queries.find_event(report, event or "")
            )
        except UsageError as exc:
            lister = "tipcli stats --json" if figure is not None else "tipcli timeline --json"
            raise UsageError(f"{exc} ('{lister}' lists ids)") from None
        return citation.place(report, found.section, found.paragraph, found.quote)
    if section is None:
        return None
    chosen = queries.find_section(report, section)
    if paragraph is not None and not 1 <= paragraph <= len(chosen.paragraphs):
        raise UsageError(f"{chosen.id} has paragraphs 1 to {len(chosen.paragraphs)}, not {paragraph}")
    if quote is not None:
        if paragraph is None:
            raise UsageError("--quote needs --paragraph: the paragraph it is quoted from")
        if quote not in chosen.paragraphs[paragraph - 1].text:
            raise UsageError(f"the quote is not in {chosen.id} paragraph {paragraph} word for word")
    return citation.place(report, chosen.id, paragraph, quote)
