"""tipcli agencies: the bodies the report names, or one of them in detail."""

from typing import Annotated

import typer

from tipcli import queries, serialize
from tipcli.commands.common import CsvOption, JsonOption, command_app, complete_agency, load
from tipcli.errors import UsageError
from tipcli.output import emit, output_format

app = command_app()


@app.command()
def agencies(
    ctx: typer.Context,
    name: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[NAME]...",
            help="Acronym, id or words of a name: show that agency in detail.",
            autocompletion=complete_agency,
            show_default=False,
        ),
    ] = None,
    level: Annotated[
        str | None, typer.Option("--level", "-l", help="Only agencies of this level (federal, state, ...).")
    ] = None,
    json: JsonOption = False,
    csv: CsvOption = False,
) -> None:
    """List the agencies and organisations the report names, or show one with its quotes.

    With NAME, --csv gives one row per sentence that mentions the agency.

    \b
    Examples:
      tipcli agencies --level federal
      tipcli agencies fevimtra
      tipcli agencies social welfare
    """
    report = load(ctx)
    fmt = output_format(json, csv)
    if name is None:
        chosen = queries.agencies(report, level=level)
        listing = [serialize.agency(a) for a in chosen]
        emit(fmt, listing, lambda render: render.agencies(chosen), columns=serialize.AGENCY_COLUMNS)
        return
    if not " ".join(name).strip():
        raise UsageError("the agency name is empty; run 'tipcli agencies' for the list")
    agency = queries.find_agency(report, " ".join(name))
    quotes = queries.agency_quotes(report, agency)
    document = serialize.agency(agency, quotes)
    rows = [{"agency": agency.id, **quote} for quote in document["quotes"]]
    emit(fmt, document, lambda render: render.agency(agency, quotes), rows=rows, columns=serialize.QUOTE_COLUMNS)
