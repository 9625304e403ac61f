"""The pieces every drawing uses: a table, a place, a described cell, a sentence with its matches."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from tipcli.formatting import printable
from tipcli.model import Sentence
from tipcli.render.records import Records

MATCH_STYLE = "bold reverse"


def shown(text: str, style: str = "") -> Text:
    """Return report or user text as a Text to print, its control characters shown, never obeyed:
    every piece of text from data goes through here (or printable), so that no file's ESC bytes
    reach the terminal."""
    return Text(printable(text), style=style)


def where(section: str, paragraph: int, sentence: int | None = None) -> Text:
    return shown(f"{section} ¶{paragraph}" + (f".{sentence}" if sentence else ""), style="cyan")


def described(text: str, drafted: bool) -> Text:
    """Return a label, role or description; one that `tipcli import` drafted and nobody reviewed says so."""
    cell = shown(text)
    if drafted:
        cell.append(" (drafted)", style="dim italic")
    return cell


def listing(*columns: str, title: str | None = None) -> Records:
    """Return a table (records, on a narrow terminal); a column named "X!" is short and never wraps."""
    drawn = Records(
        title=title, title_justify="left", title_style="bold", header_style="bold", show_edge=False, pad_edge=False
    )
    for column in columns:
        drawn.add_column(column.rstrip("!"), no_wrap=column.endswith("!"), overflow="fold")
    return drawn


def marked(sentence: Sentence, spans: Iterable[tuple[int, int]]) -> Text:
    """Return a sentence with the spans a query or an agency's phrases matched highlighted."""
    text = shown(sentence.text)  # as long as sentence.text: the spans still hold
    for start, end in spans:
        text.stylize(MATCH_STYLE, start, end)
    return text
