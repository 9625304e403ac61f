"""tipcli import: a country narrative (text, saved HTML or a Wikipedia export) becomes a report file."""

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tipcli.commands.common import command_app
from tipcli.completion import Completing
from tipcli.errors import BadInputError, UsageError, WriteError, warn
from tipcli.formatting import counted, printable
from tipcli.output import write_json, write_raw

if TYPE_CHECKING:  # the importer is imported when the command runs, not when it is listed
    from tipcli.importing.pipeline import Imported

app = command_app()
FORMATS = ("text", "html", "wiki")  # the input formats of tipcli.importing (its narrative.FORMATS)


FileArgument = Annotated[
    str, typer.Argument(metavar="FILE", help="The narrative: a .txt, .html or wiki file; - for stdin.")
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
        help="text, html or wiki; recognised by itself if not given.",
        show_default=False,
        click_type=Completing(FORMATS),
    ),
]

CountryOption = Annotated[
    str | None, typer.Option("--country", help="The country, if the file does not say.", show_default=False)
]

YearOption = Annotated[
    int | None,
    typer.Option("--year", min=2001, max=2100, help="The edition year, if the file does not say.", show_default=False),
]

ForceOption = Annotated[bool, typer.Option("--force", help="Replace a report file that exists.")]

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
    """Import a country narrative: its text word for word, with figures, agencies and dates drafted.

    The report goes into the library folder as COUNTRY-YEAR.toml ($TIPCLI_LIBRARY, else
    $XDG_DATA_HOME/tipcli/reports, else ~/.local/share/tipcli/reports), or to -o PATH. What it
    writes passes 'tipcli validate'; figures, agencies and events are marked drafted until you
    review them.

    \b
    Examples:
      tipcli import mexico-2010.txt
      tipcli import saved-page.html --year 2018 -o tarvos.toml
      tipcli --report tarvos.toml stats
    """
    from tipcli import library
    from tipcli.importing.pipeline import decode, import_text
    from tipcli.importing.structure.narrative import NarrativeError

    _check_options(format, output, json, url)
    name = "standard input" if file == "-" else file
    try:
        text = decode(_read(file), name)
        imported = import_text(text, name=name, format=format, country=country, year=year, url=url)
    except NarrativeError as exc:
        raise BadInputError(f"{exc}") from None
    if output == "-":
        write_raw(imported.toml)  # data: exactly as written to a file
        target = None
    else:
        target = Path(output) if output else library.folder() / f"{imported.id}.toml"
        _write(target, imported.toml, force=force)
        if output is None and imported.id == library.PACKAGED_ID:
            sys.stderr.write(f"tipcli: note: {library.shadow_note(target)}\n")
    for warning in imported.warnings:
        warn(warning)
    _say_what_was_written(imported, target, json=json)


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


def _say_what_was_written(imported: "Imported", target: Path | None, *, json: bool) -> None:
    """Print where the report went and what it holds: one line, or a JSON document."""
    report = imported.report
    counts = {
        "sections": len(report.sections),
        "paragraphs": sum(len(s.paragraphs) for s in report.sections),
        "figures": len(report.figures),
        "agencies": len(report.agencies),
        "events": len(report.events),
        "warnings": len(imported.warnings),
    }
    if json:
        write_json(
            {
                "id": imported.id,
                "path": str(target),
                "country": report.country,
                "year": report.year,
                "tier": report.tier.placement if report.tier else None,
                "sections": [{"id": s.id, "paragraphs": len(s.paragraphs)} for s in report.sections],
                "counts": counts,
                "warnings": list(imported.warnings),
            }
        )
        return
    summary = ", ".join(counted(n, what) for what, n in counts.items())
    where = f"wrote {target}" if target else "wrote standard output"
    line = printable(f"{where}: {summary}", lines=False)
    (sys.stderr if target is None else sys.stdout).write(f"{line}\n")  # stdout may hold the TOML


def _read(file: str) -> bytes:
    """Read the narrative, at most the size limit and one byte more (a device or a FIFO cannot hang it forever)."""
    from tipcli.importing.pipeline import MAX_BYTES

    try:
        if file == "-":
            return sys.stdin.buffer.read(MAX_BYTES + 1)
        with open(file, "rb") as f:
            return f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise BadInputError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise BadInputError(f"{file} is a directory; give a narrative file") from None
    except OSError as exc:
        raise BadInputError(f"{file}: {exc.strerror or exc}") from None


def _write(target: Path, text: str, *, force: bool) -> None:
    """Write the report next to its place and move it there: never half a file, never over one unless forced."""
    if target.exists() and not force:
        raise UsageError(f"{target} exists; add --force to replace it, or -o another path")
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = _write_temporary(target.parent, text.encode("utf-8"))
        if force:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # fails if another process made the file meanwhile
    except FileExistsError:
        raise UsageError(f"{target} exists; add --force to replace it, or -o another path") from None
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}; nothing was written") from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _write_temporary(where: Path, data: bytes) -> Path:
    """Write data to a new hidden file in `where`, on disk (fsync) before it is named; remove it on failure.

    Opened with mode 0666, so the umask makes it what any new file is (0644 under the usual 022),
    not the 0600 of tempfile's files.
    """
    import secrets

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = where / f".import-{secrets.token_hex(6)}.toml"
        try:
            fd = os.open(path, flags, 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"no free temporary name in {where}")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return path
