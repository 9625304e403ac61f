"""What `tipcli import` of many narratives shows people: a progress bar on stderr, then a table of what happened."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import RenderableType
from rich.text import Text

from tipcli.render.cells import listing, shown

_STATUS_STYLES = {"new": "green", "replaced": "yellow", "unchanged": "dim", "refused": "red", "failed": "bold red"}


@contextlib.contextmanager
def progress() -> Iterator[Callable[[int, int, str], None]]:
    """Show narratives done of total, the current country, elapsed and remaining time on stderr.

    Yields update(done, total, current); the bar is gone when the block ends (the table follows).
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from tipcli.render.console import make_console

    bar = Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=make_console(file=sys.stderr),
        transient=True,
    )
    with bar:
        task = bar.add_task("importing", total=None)

        def update(done: int, total: int, current: str) -> None:
            bar.update(task, completed=done, total=total, description=current[:40])

        yield update


def import_results(rows: list[dict[str, Any]]) -> list[RenderableType]:
    """The end table: one row a narrative, what happened to it, and the file (and pages) it came from."""
    table = listing("Country", "Year!", "Tier", "Figures!", "Warnings!", "Status!", "File", "Pages!")
    for row in rows:
        counts = row.get("counts") or {}
        table.add_row(
            shown(str(row.get("country") or "")),
            Text(str(row.get("year") or "")),
            shown(str(row.get("tier") or "")),
            Text(str(counts.get("figures", ""))),
            Text(str(len(row.get("warnings") or ()))),
            Text(row["status"], style=_STATUS_STYLES.get(row["status"], "")),
            shown(Path(row["source"]["file"]).name),
            Text("-".join(map(str, row["source"]["pages"] or ()))),
        )
    done = sum(row["status"] in ("new", "replaced", "unchanged") for row in rows)
    table.caption = f"{done} of {len(rows)} narratives imported or unchanged"
    table.caption_justify = "left"
    return [table]
