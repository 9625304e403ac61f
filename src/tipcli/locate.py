"""Find the line of a key path (`figures[3].quote`) in a report file's TOML text, as linters print it.

Report files are written as tipcli's own are: `[table]` and `[[array]]` headers, `key = value`
lines. The line found is the key's; for a key that is missing, its table's header. Anything this
cannot follow (inline tables, dotted keys) gets no line, and the key path alone says where.
"""

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_PART = re.compile(r"([A-Za-z0-9_\-]+)(?:\[(\d+)\])?")


def line_of(text: str, path: str) -> int | None:
    """Return the 1-based line of the key path in TOML text, or None if it cannot be told."""
    parts = [(m[1], int(m[2]) if m[2] is not None else None) for m in _PART.finditer(path)]
    if not parts:
        return None
    lines = text.splitlines()
    start, depth = 0, 0  # where the table the path is in begins, and how many parts name it
    for depth_try in range(len(parts), 0, -1):  # the longest prefix of the path that is a table header
        found = _table_start(lines, parts[:depth_try])
        if found is not None:
            start, depth = found, depth_try
            break
    table = [name for name, _ in parts[:depth]]
    key = parts[depth][0] if depth < len(parts) else None
    if key is None:
        return start + 1 if depth else None
    for number in range(start + (1 if depth else 0), len(lines)):
        if _HEADER.match(lines[number]):  # the next table: the key is not in this one
            break
        match = _KEY.match(lines[number])
        if match and match[1] == key:
            return number + 1
    return start + 1 if table else None


def _table_start(lines: list[str], parts: list[tuple[str, int | None]]) -> int | None:
    """Return the line index of the header `[a.b]` or the (n+1)th `[[a.b]]` that these parts name."""
    name = ".".join(part for part, _ in parts)
    index = parts[-1][1]
    seen = -1
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if match and match[2] == name:
            if match[1] == "[" and index is None:
                return number
            if match[1] == "[[":
                seen += 1
                if seen == (index or 0):
                    return number
    return None
