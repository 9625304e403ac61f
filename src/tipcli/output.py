"""The one place an answer is written: JSON, CSV or a table for people, on stdout.

JSON and CSV never go through Rich (it wraps long lines and reads markup in the data); rich is
imported only for tables, so that --json answers do not pay for it.
"""

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import ModuleType
from typing import Any, TypeVar

from tipcli.errors import UsageError
from tipcli.formatting import printable

JSON = dict[str, Any]
T = TypeVar("T")


CSV_FORMATS = ("csv", "excel")


def output_format(json: bool, csv: bool = False, excel: bool = False) -> str:
    """Return "json", "csv", "excel" (CSV for spreadsheets) or "table"; UsageError for --json with either."""
    if json and (csv or excel):
        raise UsageError(f"--json and --{'excel' if excel else 'csv'} do not go together; choose one")
    return "json" if json else "excel" if excel else "csv" if csv else "table"


def emit(
    fmt: str,
    document: object,
    table: Callable[[ModuleType], list[Any]],
    *,
    rows: list[JSON] | None = None,
    columns: Sequence[str] = (),
) -> None:
    """Write the answer: `document` as JSON; `rows` (else the document's objects) as CSV; or table(render)."""
    if fmt == "json":
        write_json(document)
    elif fmt in CSV_FORMATS:
        objects = rows if rows is not None else document
        write_csv(objects, columns, excel=fmt == "excel")  # type: ignore[arg-type]  # a list of objects
    else:
        from tipcli import render  # rich: only for people

        render.show(render.make_console(), table(render))


def stream(
    fmt: str,
    items: Iterable[T],
    to_json: Callable[[T], JSON],
    table: Callable[[ModuleType, list[T]], list[Any]],
    *,
    columns: Sequence[str],
) -> int:
    """Write an answer of many rows as they come (`items`, each made a JSON object by `to_json`): the
    same text emit() writes of the whole list, without holding it; a table for people is drawn from
    the list. Return how many rows there were. Nothing is written before the first row is read, so
    that a query that fails at once leaves stdout empty."""
    if fmt == "json":
        return _stream_json(map(to_json, items))
    if fmt in CSV_FORMATS:
        return _stream_csv(map(to_json, items), columns, excel=fmt == "excel")
    from tipcli import render  # rich: only for people

    listed = list(items)
    render.show(render.make_console(), table(render, listed))
    return len(listed)


_CHUNK = 2000  # rows written at once: few writes, little held
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _stream_json(rows: Iterator[JSON]) -> int:
    import json

    string = json.encoder.encode_basestring
    # A row of scalars (most are) is written by json's C encoder, its items already on lines of their
    # own: three times faster than _encode, the same text (a newline in JSON text is only ever one of
    # these separators: inside a string it is written \n).
    flat = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",\n    ", ": ")).encode
    parts: list[str] = []
    count = 0
    for row in rows:
        parts.append(",\n  " if count else "[\n  ")
        if row and all(type(v) in _SCALARS for v in row.values()):
            parts.append("{\n    " + flat(row)[1:-1] + "\n  }")
        else:
            try:
                _encode(row, "\n  ", parts, string)
            except _Unknown:  # what json.dumps would write of it, one level in
                parts.append(json.dumps(row, ensure_ascii=False, indent=2, allow_nan=False).replace("\n", "\n  "))
        count += 1
        if count % _CHUNK == 0:
            _write_utf8("".join(parts))
            parts.clear()
    parts.append("\n]\n" if count else "[]\n")
    _write_utf8("".join(parts))
    return count


def _stream_csv(rows: Iterator[JSON], columns: Sequence[str], *, excel: bool) -> int:
    import csv
    import io

    cell = excel_cell if excel else csv_cell
    out = io.StringIO()
    out.write("\ufeff" if excel else "")
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([cell(row.get(column)) for column in columns])
        count += 1
        if count % _CHUNK == 0:
            _write_utf8(out.getvalue())
            out.seek(0)
            out.truncate()
    _write_utf8(out.getvalue())
    return count


def write_json(document: object) -> None:
    """Write one JSON document to stdout, UTF-8, as json.dumps(indent=2) writes it."""
    _write_utf8(dumps(document) + "\n")


def dumps(document: object) -> str:
    """Return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False), five times faster.

    json.dumps has no C encoder for indented output, and its Python one spent 30 ms on the thousand
    rows of `tipcli reports --json`; this writes the same text with json's C string encoder, and
    leaves anything it does not know (a key that is no string) to json.dumps.
    """
    import json  # only the --json path pays for it

    parts: list[str] = []
    try:
        _encode(document, "\n", parts, json.encoder.encode_basestring)
    except _Unknown:
        return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False)
    return "".join(parts)


class _Unknown(Exception):
    """A value the fast encoder leaves to json.dumps."""


def _encode(value: object, newline: str, parts: list[str], string: Callable[[str], str]) -> None:
    if isinstance(value, str):
        parts.append(string(value))
    elif value is None or value is True or value is False:
        parts.append("null" if value is None else "true" if value else "false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
        parts.append(float.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        opening = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unknown
            parts.append(opening + string(key) + ": ")
            _encode(item, inner, parts, string)
            opening = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        opening = "[" + inner
        for item in value:
            parts.append(opening)
            _encode(item, inner, parts, string)
            opening = "," + inner
        parts.append(newline + "]")
    else:
        raise _Unknown


def write_text(text: str) -> None:
    """Write plain text for people (a citation, a one-line verdict) in the terminal's encoding, its
    control characters shown, not obeyed (see printable)."""
    sys.stdout.write(printable(text))


def write_raw(text: str) -> None:
    """Write text that is data (a TOML file) in the terminal's encoding, exactly as it is."""
    sys.stdout.write(text)


def write_csv(rows: list[JSON], columns: Sequence[str], *, excel: bool = False) -> None:
    """Write rows as CSV with a header: the columns are keys of the answer's JSON objects. With
    `excel`, as spreadsheets want it: a byte-order mark, CRLF, and no cell a formula (see excel_cell)."""
    import csv
    import io

    cell = excel_cell if excel else csv_cell
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    writer.writerows([cell(row.get(column)) for column in columns] for row in rows)
    _write_utf8(("\ufeff" if excel else "") + out.getvalue())


def csv_cell(value: object) -> str:
    """Return how a JSON value is written in a CSV cell: null empty, a list joined by ";", a span "start-end"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join("-".join(map(str, v)) if isinstance(v, list) else str(v) for v in value)
    return str(value)


# A cell that begins with one of these is a formula to Excel (and LibreOffice, Google Sheets):
# "=HYPERLINK(...)" in report text would run. OWASP's advice: make it text with a leading '.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_cell(value: object) -> str:
    """Return csv_cell(value), and text that a spreadsheet would take for a formula prefixed with '.
    A number stays a number (-3 is not a formula)."""
    cell = csv_cell(value)
    if cell.startswith(_FORMULA_STARTS) and (isinstance(value, bool) or not isinstance(value, (int, float))):
        return "'" + cell
    return cell


def _write_utf8(text: str) -> None:
    """Write to stdout as UTF-8, whatever the locale says (a lone surrogate from a file name as \\udcff)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8", "backslashreplace"))


# What a terminal that is not UTF-8 (PYTHONIOENCODING=ascii, LC_ALL=C on an old Python) gets instead
# of the characters it cannot show; anything else loses its accents, or becomes "?".
_PLAIN = {"¶": "P", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "--", "…": "...", "•": "*", "\u00a0": " "}


def _plain(error: UnicodeError) -> tuple[str, int]:
    """Stand in for characters the stream's encoding lacks: ¶ as P, ’ as ', é as e, else ?."""
    import unicodedata

    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    bare = (unicodedata.normalize("NFKD", c).encode("ascii", "ignore").decode("ascii") for c in text)
    return "".join(_PLAIN.get(c) or b or "?" for c, b in zip(text, bare, strict=True)), error.end


def print_what_can_be_printed() -> None:
    """Let stdout and stderr write what their encoding can, if it is not UTF-8, instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            import codecs

            codecs.register_error("tipcli-plain", _plain)
            stream.reconfigure(errors="tipcli-plain")
