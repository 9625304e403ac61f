"""tipcli import: country narratives (text, saved HTML, a Wikipedia export, an edition's PDF) become report files.

One narrative goes through import_one, as it always has; many (several files, a folder, a document
that holds several narratives) through commands/import_edition.py.
"""

import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tipcli.commands.common import command_app
from tipcli.completion import Completing
from tipcli.errors import BadInputError, MissingFeatureError, UsageError, WriteError, warn
from tipcli.formatting import counted, printable
from tipcli.output import write_json, write_raw

if TYPE_CHECKING:  # the importer is imported when the command runs, not when it is listed
    from tipcli.importing.edition import Item
    from tipcli.importing.pipeline import Imported

app = command_app()
FORMATS = ("text", "html", "wiki", "pdf")  # the input formats of tipcli.importing (narrative.FORMATS and PDF)


FileArgument = Annotated[
    list[str],
    typer.Argument(
        metavar="FILE...",
        help="Narratives: .txt, .html, wiki or .pdf files, folders (read recursively), - for stdin.",
        show_default=False,
    ),
]

OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="PATH",
        help="Write here (- for stdout) instead of the library.",
        show_default=False,
    ),
]

FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        help="text, html, wiki or pdf; recognised by itself if not given.",
        show_default=False,
        click_type=Completing(FORMATS),
    ),
]

CountryOption = Annotated[
    str | None, typer.Option("--country", help="The country, if the file does not say.", show_default=False)
]

YearOption = Annotated[
    int | None,
    typer.Option(
        "--year", min=2001, max=2100, help="The edition year of every narrative imported.", show_default=False
    ),
]

ForceOption = Annotated[
    bool,
    typer.Option(
        "--force", help="Replace a report file that exists (a regular file only), or the packaged report's id."
    ),
]

UrlOption = Annotated[
    str | None,
    typer.Option(
        "--url",
        metavar="URL",
        help="The narrative's web address, for citations (else the one a saved page states, if any).",
        show_default=False,
    ),
]

JsonOption = Annotated[bool, typer.Option("--json", help="Print what was imported as JSON.")]


@app.command(name="import")
def import_(
    file: FileArgument,
    output: OutputOption = None,
    format: FormatOption = None,
    country: CountryOption = None,
    year: YearOption = None,
    force: ForceOption = False,
    json: JsonOption = False,
    url: UrlOption = None,
) -> None:
    """Import country narratives: their text word for word, with figures, agencies and dates drafted.

    Each narrative goes into the library folder as COUNTRY-YEAR.toml ($TIPCLI_LIBRARY, else
    $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports), or to -o PATH (one
    narrative only). A whole edition is one command: its PDF, its text, or a folder of narratives;
    a document with several narratives is split at their header lines. What it writes passes
    'tipcli validate'; figures, agencies and events are marked drafted until you review them.
    Importing the same text again leaves its report as it is.

    \b
    Examples:
      tipcli import mexico-2010.txt
      tipcli import saved-page.html --year 2018 -o tarvos.toml
      tipcli import tip-report-2016.pdf
      tipcli import narratives/ --year 2016 --json
      tipcli --report tarvos.toml stats
    """
    _check_options(format, output, json, url)
    if len(file) > 1 or (file[0] != "-" and os.path.isdir(file[0])):
        _only_one_narrative(output, country, url, "several files or a folder make many reports")
        from tipcli.commands.import_edition import import_many

        import_many(file, format=format, year=year, force=force, json=json, write=_write, describe=described)
        return
    _import_file(file[0], output=output, format=format, country=country, year=year, url=url, force=force, json=json)


def _import_file(
    file: str,
    *,
    output: str | None,
    format: str | None,
    country: str | None,
    year: int | None,
    url: str | None,
    force: bool,
    json: bool,
) -> None:
    """Import one input: one narrative as always (import_one), or the many a document holds (import_many)."""
    from tipcli.importing.pipeline import decode

    name = "standard input" if file == "-" else file
    data = _read(file)
    items = _narratives_of(name, data, format, year, force)
    if len(items) > 1:
        _only_one_narrative(output, country, url, f"{name} holds {len(items)} narratives, a report each")
        from tipcli.commands.import_edition import import_many

        import_many(
            [file], format=format, year=year, force=force, json=json, write=_write, describe=described, read=items
        )
        return
    item = items[0]
    if item.pages is None:  # one narrative in a text file: as `tipcli import FILE` always read it
        text, fmt, year_given = decode(data, name), format, year
    else:  # a PDF: its text, the edition year its running headers state
        text, fmt, year_given = item.text, item.format, year or item.year
    import_one(
        text,
        name=item.name,
        format=fmt,
        country=country,
        year=year_given,
        url=url,
        source=item.source,
        output=output,
        force=force,
        json=json,
    )


def _only_one_narrative(output: str | None, country: str | None, url: str | None, what: str) -> None:
    """Refuse -o, --country and --url where there are many narratives: they name one report."""
    for given, option in ((output, "-o"), (country, "--country"), (url, "--url")):
        if given is not None:
            raise UsageError(f"{option} is for one narrative; {what}: leave {option} out")


def _narratives_of(name: str, data: bytes, format: str | None, year: int | None, force: bool) -> "list[Item]":
    """Return the narratives of one input, numbered; errors as exit codes (3: not readable, 4: no PDF reader).

    A document of several narratives imported before from the same bytes is not read again: its
    narratives come back as the library holds them (unless --force).
    """
    from tipcli import library
    from tipcli.importing.edition import document_digest, items_of, library_marks, numbered
    from tipcli.importing.formats.pdf import PdfMissingError
    from tipcli.importing.structure.narrative import NarrativeError

    document = document_digest(data, format, year)
    if not force and (found := library_marks(library.folder()).unchanged(name, document)):
        return found
    try:
        return numbered(items_of(name, data, format), document)
    except NarrativeError as exc:
        raise BadInputError(f"{exc}") from None
    except PdfMissingError as exc:
        raise MissingFeatureError(f"{exc}") from None


def import_one(
    text: str,
    *,
    name: str,
    format: str | None,
    country: str | None,
    year: int | None,
    url: str | None,
    source: dict[str, object],
    output: str | None,
    force: bool,
    json: bool,
) -> None:
    """Import one narrative to the library or -o, as `tipcli import FILE` always has; say what happened."""
    from tipcli import library
    from tipcli.importing.pipeline import digest_of, import_text, source_digest
    from tipcli.importing.structure.narrative import NarrativeError

    digest = source_digest(text, format=format, country=country, year=year, url=url)
    try:
        imported = import_text(text, name=name, format=format, country=country, year=year, url=url, digest=digest)
    except NarrativeError as exc:
        raise BadInputError(f"{exc}") from None
    status = "new"
    if output == "-":
        write_raw(imported.toml)  # data: exactly as written to a file
        target = None
    else:
        target = Path(output) if output else library.folder() / f"{imported.id}.toml"
        if not force and digest_of(_head(target) or b"") == digest:
            status, replacing = "unchanged", False  # the same text, imported before: its report stays as it is
        else:
            replacing = _replaces_packaged(target, imported.id, force=force)
            status = "replaced" if force and target.exists() else "new"
            _write(target, imported.toml, force=force)
        if replacing:
            sys.stderr.write(f"tipcli: note: {library.shadow_note(target)}\n")
    for warning in imported.warnings:
        warn(warning)
    _say_what_was_written(imported, target, json=json, status=status, source=source)


def _replaces_packaged(target: Path, report_id: str, *, force: bool) -> bool:
    """Say whether writing `target` replaces the packaged report in the library; refuse it without --force."""
    from tipcli import library

    if not library.replaces_packaged(target):
        return False
    if not force:
        raise UsageError(
            f"{report_id} is the packaged report's id: {target} would replace the packaged report in every "
            "answer; add --force to replace it, or -o another path"
        )
    return True


def _check_options(format: str | None, output: str | None, json: bool, url: str | None) -> None:
    """Refuse an unknown --format, --json with -o -, and an --url that is not a web address."""
    from tipcli.importing.formats.html import web_address

    if format is not None and format not in FORMATS:
        raise UsageError(
            f"no format {format!r}; choose from {', '.join(FORMATS)}, or leave it out to have it recognised"
        )
    if output == "-" and json:
        raise UsageError("--json prints the summary on stdout, which -o - already holds the report on; use -o PATH")
    if url is not None and web_address(url) is None:
        raise UsageError(f"--url {url!r}: give the narrative's web address, e.g. https://www.state.gov/...")


def _head(target: Path) -> bytes | None:
    """Return the first bytes of a regular file (where a report's header stands), else None."""
    try:  # O_NONBLOCK: opening a FIFO for reading would wait for a writer; a FIFO is no report anyway
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    with os.fdopen(fd, "rb") as f:
        return f.read(2048)


def described(imported: "Imported", target: Path | None, status: str, source: dict[str, object]) -> dict[str, object]:
    """Return the JSON object of one imported narrative (the list of an edition holds one a narrative)."""
    report = imported.report
    counts = {
        "sections": len(report.sections),
        "paragraphs": sum(len(s.paragraphs) for s in report.sections),
        "figures": len(report.figures),
        "agencies": len(report.agencies),
        "events": len(report.events),
        "warnings": len(imported.warnings),
    }
    return {
        "id": imported.id,
        "path": str(target),
        "country": report.country,
        "year": report.year,
        "tier": report.tier.placement if report.tier else None,
        "status": status,
        "sections": [{"id": s.id, "paragraphs": len(s.paragraphs)} for s in report.sections],
        "counts": counts,
        "warnings": list(imported.warnings),
        "source": source,
    }


def _say_what_was_written(
    imported: "Imported", target: Path | None, *, json: bool, status: str, source: dict[str, object]
) -> None:
    """Print where the report went and what it holds: one line, or a JSON document."""
    document = described(imported, target, status, source)
    if json:
        write_json(document)
        return
    counts: dict[str, int] = document["counts"]  # type: ignore[assignment]
    summary = ", ".join(counted(n, what) for what, n in counts.items())
    if status == "unchanged":
        sys.stdout.write(
            printable(f"unchanged {target}: imported from the same text before; left as it is", lines=False) + "\n"
        )
        return
    where = f"{'replaced' if status == 'replaced' else 'wrote'} {target}" if target else "wrote standard output"
    line = printable(f"{where}: {summary}", lines=False)
    (sys.stderr if target is None else sys.stdout).write(f"{line}\n")  # stdout may hold the TOML


def _read(file: str) -> bytes:
    """Read the input, at most an edition's size limit and one byte more (a device or a FIFO cannot hang it forever)."""
    from tipcli.importing.edition import MAX_DOCUMENT_BYTES

    try:
        if file == "-":
            return sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        with open(file, "rb") as f:
            return f.read(MAX_DOCUMENT_BYTES + 1)
    except FileNotFoundError:
        raise BadInputError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise BadInputError(f"{file} is a directory; give a narrative file") from None
    except OSError as exc:
        raise BadInputError(f"{file}: {exc.strerror or exc}") from None


def _write(target: Path, text: str, *, force: bool) -> None:
    """Write the report beside its place and move it there: never half a file, never over one unless
    forced, never over anything but a regular file (tipcli.writing's rule, which export follows too)."""
    from tipcli.writing import check_target, write_together

    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # the library's folder, or the one -o names
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}; nothing was written") from None
    check_target(target, force=force, make_folder=True)
    _replaces_packaged(target, target.stem, force=force)  # an edition's narrative too, not only `import FILE`
    data = text.encode("utf-8")
    write_together([(target, lambda path: path.write_bytes(data))], force=force)
