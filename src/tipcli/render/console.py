"""The console answers are drawn on, and the one function that writes them (through a pager if long)."""

from __future__ import annotations

import os
import sys
from typing import IO

from rich.console import Console, RenderableType


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
