"""A table that, on a terminal too narrow to read it, prints one record per block instead, as gh does."""

from __future__ import annotations

from collections.abc import Iterator

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Column, Table
from rich.text import Text

GAP = 3  # what stands between two columns: a space, the rule, a space (no padding at the edges)


class Records(Table):
    """A table that draws itself as blocks of `field: value` lines when its columns cannot all fit.

    Each column needs the width of its longest word, in its header and its cells (of its widest
    line, for a column that never wraps). When those and the gaps between them are wider than the
    terminal, a table would break words apart or cut them off, so each row is printed as a block
    instead, empty fields left out, a blank line between blocks. With `grouped`, the rows up to one
    added with end_section=True are one record (a search hit and the sentences around it).
    """

    grouped = False

    def minimum_width(self) -> int:
        """Return the narrowest width at which every column shows its words whole."""
        return sum(_needed(column) for column in self.columns) + GAP * (len(self.columns) - 1)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.minimum_width() <= options.max_width:
            yield from super().__rich_console__(console, options)
        else:
            yield from self._blocks()

    def _blocks(self) -> Iterator[RenderableType]:
        if self.title:
            yield Text(str(self.title), style="bold")
        cells = [list(column.cells) for column in self.columns]
        headers = [" ".join(str(column.header).split()) + ":" for column in self.columns]
        for number, rows in enumerate(self._records()):
            block = Table.grid(padding=(0, 1))
            block.add_column(style="bold", no_wrap=True)
            block.add_column(overflow="fold")
            for header, column in zip(headers, cells, strict=True):
                values = [column[row] for row in rows if _plain(column[row]).strip()]
                if values:
                    block.add_row(header, values[0] if len(values) == 1 else Group(*values))
            if number:
                yield Text()  # a blank line between records
            yield block
        if self.caption:
            yield Text()
            yield Text(str(self.caption))

    def _records(self) -> Iterator[list[int]]:
        """Yield the row numbers of each record: one row each, or the rows of each group."""
        record: list[int] = []
        for number, row in enumerate(self.rows):
            record.append(number)
            if not self.grouped or row.end_section:
                yield record
                record = []
        if record:
            yield record


class Prefixed:
    """A cell of text behind a short prefix (`> ` on a search hit), its wrapped lines indented under the text."""

    def __init__(self, prefix: str, text: Text) -> None:
        self.prefix, self.text = prefix, text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid()
        grid.add_column(no_wrap=True, width=cell_len(self.prefix), style="bold")
        grid.add_column()
        grid.add_row(self.prefix, self.text)
        yield grid

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        indent = cell_len(self.prefix)
        text = Measurement.get(console, options.update_width(options.max_width - indent), self.text)
        return Measurement(text.minimum + indent, text.maximum + indent)


def _plain(cell: RenderableType) -> str:
    if isinstance(cell, Prefixed):
        return cell.prefix + cell.text.plain
    return cell.plain if isinstance(cell, Text) else str(cell)


def _needed(column: Column) -> int:
    """Return the width a column needs: its longest word (or, never wrapped, line), header included."""
    header = str(column.header)
    widths = [cell_len(word) for word in (header.splitlines() if column.no_wrap else header.split())]
    for cell in column.cells:
        text = cell.text.plain if isinstance(cell, Prefixed) else _plain(cell)
        pieces = text.splitlines() if column.no_wrap else text.split()
        indent = cell_len(cell.prefix) if isinstance(cell, Prefixed) else 0
        widths += [indent + cell_len(piece) for piece in pieces]
    return max(widths, default=0)
