"""`tipcli import` of many narratives: an edition's PDF or text, several files, folders.

Each narrative becomes its own report in the library, and one narrative's failure never stops the
others. A narrative imported before from the same text is found by the source digest in its
report's header before anything is extracted, and left as it is ("unchanged"); a report that
exists with other content is refused without --force ("refused"). Every report is written whole
or not at all (import_._write), so Ctrl-C leaves none half-written; the library's index is brought
up to date once, at the end. On a terminal (and without --json) a progress bar runs on stderr.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tipcli.errors import BadInputError, TipcliError, UsageError, warn
from tipcli.output import emit

if TYPE_CHECKING:
    from tipcli.importing.edition import Item, Marks

Row = dict[str, Any]
DONE = ("new", "replaced", "unchanged")


Write = Callable[..., None]  # import_._write(target, text, force=...): whole or nothing, never over a file unasked
Describe = Callable[..., Row]  # import_.described(imported, target, status, source): the JSON object of one


def import_many(
    paths: list[str],
    *,
    format: str | None,
    year: int | None,
    force: bool,
    json: bool,
    write: Write,
    describe: Describe,
    read: list[Item] | None = None,
) -> None:
    """Import every narrative of the inputs (`read`: the one input's narratives, already read and numbered).

    `write` and `describe` are the single-narrative command's, so that both paths write and
    describe a report the same way.
    """
    from tipcli import library
    from tipcli.importing.edition import library_marks

    folder = library.folder()
    marks = library_marks(folder)
    rows: list[Row] = []
    showing = not json and sys.stderr.isatty()
    with _progress(showing) as update:
        for item, done, total in _counted(paths, format, year, None if force else marks, read):
            update(done, total, item.country or Path(item.file).name)
            rows.append(_import(item, folder, marks.texts, year=year, force=force, write=write, describe=describe))
        update(len(rows), len(rows), "done")
    _index(rows)
    for row in rows:
        if row["status"] not in DONE:
            warn(f"{_name(row)}: {row['status']}: {row['error']}")
    emit("json" if json else "table", rows, lambda render: render.import_results(rows))
    missed = [row for row in rows if row["status"] not in DONE]
    if missed:
        raise BadInputError(f"{len(missed)} of {len(rows)} narratives not imported (refused or failed); see above")


def _counted(
    paths: list[str], format: str | None, year: int | None, marks: Marks | None, read: list[Item] | None
) -> Iterator[tuple[Item, int, int]]:
    """Yield each narrative with how many came before it and how many there are as far as is known."""
    from tipcli.importing.edition import expand, read_items

    if read is not None:
        yield from ((item, i, len(read)) for i, item in enumerate(read))
        return
    files = list(expand(paths))
    total, done = len(files), 0
    for file in files:
        items = read_items(file, format, year, marks)
        total += len(items) - 1
        for item in items:
            yield item, done, total
            done += 1


@contextlib.contextmanager
def _progress(showing: bool) -> Iterator[Callable[[int, int, str], None]]:
    if not showing:
        yield lambda done, total, current: None
        return
    from tipcli.render.imports import progress

    with progress() as update:
        yield update


def _import(
    item: Item, folder: Path, known: dict[str, Path], *, year: int | None, force: bool, write: Write, describe: Describe
) -> Row:
    """Import one narrative into the library and return its row; never raises but for Ctrl-C."""
    from tipcli.importing.pipeline import import_text, source_digest
    from tipcli.importing.structure.narrative import NarrativeError

    row: Row = {"id": None, "path": None, "country": item.country, "year": year or item.year, "tier": None}
    row |= {"status": "failed", "counts": None, "warnings": [], "source": item.source}
    if item.failure:
        return row | {"error": item.failure}
    if item.report is not None:  # its whole document was imported before from the same bytes
        return row | {"id": item.report.stem, "path": str(item.report), "status": "unchanged"}
    given = year or item.year
    digest = source_digest(item.text, format=item.format, country=None, year=given)
    if digest in known and not force:  # imported before from the same text: leave its report as it is
        target = known[digest]
        return row | {"id": target.stem, "path": str(target), "status": "unchanged"}
    try:
        imported = import_text(
            item.text, name=item.name, format=item.format, year=given, digest=digest, document=item.provenance
        )
    except NarrativeError as exc:
        return row | {"error": str(exc)}
    except Exception as exc:  # a bug in one narrative's extraction must not stop the edition
        return row | {"error": f"internal error: {type(exc).__name__}: {exc}"}
    target = folder / f"{imported.id}.toml"
    existed = target.exists()
    status = "replaced" if existed else "new"
    try:
        write(target, imported.toml, force=force)
    except TipcliError as exc:
        refused = isinstance(exc, UsageError) and not force  # it exists, or it is the packaged report's id
        error = f"{target} exists with other content; --force replaces it" if refused and existed else str(exc)
        return describe(imported, target, "refused" if refused else "failed", item.source) | {"error": error}
    known[digest] = target
    return describe(imported, target, status, item.source)


def _index(rows: list[Row]) -> None:
    """Bring the library's index up to date, once, for the reports written; describe the unchanged
    ones (country, year, tier, counts) from it."""
    if not any(row["status"] in ("new", "replaced", "unchanged") for row in rows):
        return
    from tipcli import index, library

    try:
        db = index.connect(library.folder())
        index.sync(db, library.scan(), complete=True)
        listed = index.listing(db)
    except TipcliError as exc:  # the reports are written; the next question that needs the index builds it
        warn(f"the library's index was not updated: {exc}")
        return
    for row in rows:
        summary, _ = listed.get(row["id"], (None, None)) if row["status"] == "unchanged" else (None, None)
        if summary:
            row |= {key: summary[key] for key in ("country", "year", "tier")}
            row["counts"] = {key: summary[key] for key in ("sections", "figures", "agencies", "events")}


def _name(row: Row) -> str:
    """The file a row's narrative came from, and for a PDF its pages."""
    source = row["source"]
    pages = source.get("pages")
    if not pages:
        return str(source["file"])
    return f"{source['file']} ({f'page {pages[0]}' if pages[0] == pages[1] else f'pages {pages[0]}-{pages[1]}'})"
