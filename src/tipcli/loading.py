"""Load a report: bytes -> TOML -> schema check -> cross-check -> model (see cache.py for the shortcut).

Every problem is collected, so that `tipcli validate` can list them all; the loader raises one
ReportError that carries them.
"""

import functools
import os
import re
import sys
from pathlib import Path
from stat import S_ISDIR, S_ISREG
from typing import Any, BinaryIO

from tipcli import cache
from tipcli.errors import Problem, ReportError
from tipcli.model import LeftOut, Report

MAX_BYTES = 20 * 1024 * 1024
PACKAGED_NAME = "report.toml"


def load_report(path: str | os.PathLike[str] | None = None, *, lenient: bool = False) -> Report:
    """Return the report at `path`, or the packaged report when path is None (lenient: see open_report)."""
    return open_report(path, lenient=lenient)[0]


def open_report(
    path: str | os.PathLike[str] | None = None, *, lenient: bool = False, store: bool = True
) -> tuple[Report, cache.Key | None]:
    """Return the report at `path` (None: the packaged one) and the cache key of the bytes it was
    built from, which its search index is kept under (None: not cacheable).

    `lenient`: an item that no longer holds (tipcli.leftout) is left out, listed in the report's
    `left_out`, instead of making the file fail: what answers across the library ask for.
    `store` False: a report built from its file is not kept in the cache (one in the cache is read)."""
    if path is None:
        return packaged_report()
    source = Path(path)
    fd, st = _open(source)
    with os.fdopen(fd, "rb") as file:
        key = cache.identity(source, st)  # the one stat, taken before the bytes are read
        # The cache keeps the lenient build, so that both kinds of question share one entry.
        report = cache.load(key, lambda: parse_report(_read(file, source), source=str(path)), store=store)
    return (report if lenient else strict(report, str(path))), key


def strict(report: Report, source: str) -> Report:
    """Return the report if nothing of its file was left out; else raise the ReportError of what was."""
    if not report.left_out:
        return report
    problems = [
        Problem(file=source, message=i.message, path=i.path, line=i.line, column=1 if i.line else None)
        for i in report.left_out
    ]
    raise ReportError(problems)


def report_file(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the file load_report(path) reads: `path`, or the packaged report's."""
    return Path(__file__).with_name("data") / PACKAGED_NAME if path is None else Path(path)


@functools.cache
def packaged_report() -> tuple[Report, cache.Key | None]:
    """Return the report that ships inside the package, and its cache key."""
    file = report_file()
    try:
        key = cache.identity(file, os.stat(file))
    except OSError:  # inside a zip: no file to key on
        key = None
    return cache.load(key, _parse_packaged), key


def _parse_packaged() -> Report:
    import pkgutil  # only when the cache has no entry

    # pkgutil reads through the package's loader, so this works from a wheel or a zip as well as
    # a checkout, and costs 0.6 ms to import where importlib.resources costs 4 ms.
    data = pkgutil.get_data("tipcli", f"data/{PACKAGED_NAME}")
    if data is None:
        raise ReportError([Problem(file=PACKAGED_NAME, message="the packaged report is missing: reinstall tipcli")])
    return parse_report(data.decode("utf-8"), source=PACKAGED_NAME)


def _open(path: Path) -> tuple[int, os.stat_result]:
    """Open a report file for reading and stat it; refuse what is not a regular file of at most MAX_BYTES."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused just below).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReportError([Problem(file=name, message="no such file")]) from None
    except IsADirectoryError:  # Windows; POSIX opens a directory and fstat says what it is
        raise ReportError([Problem(file=name, message="is a directory, not a report file")]) from None
    except PermissionError:
        raise ReportError([Problem(file=name, message="permission denied")]) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise ReportError([Problem(file=name, message=getattr(exc, "strerror", None) or str(exc))]) from None
    st = os.fstat(fd)
    message = None
    if S_ISDIR(st.st_mode):
        message = "is a directory, not a report file"
    elif not S_ISREG(st.st_mode):
        message = "is not a regular file (a pipe or a device?)"
    elif st.st_size > MAX_BYTES:
        message = f"is {st.st_size:,} bytes; a report file may be at most {MAX_BYTES:,}"
    if message:
        os.close(fd)
        raise ReportError([Problem(file=name, message=message)])
    return fd, st


def _read(file: BinaryIO, path: Path) -> str:
    """Read an opened report file as UTF-8 text: at most MAX_BYTES, even if it grew since its stat."""
    name = str(path)
    try:
        data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ReportError([Problem(file=name, message=exc.strerror or str(exc))]) from None
    if len(data) > MAX_BYTES:
        raise ReportError([Problem(file=name, message=f"is over {MAX_BYTES:,} bytes, the most a report file may be")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReportError([Problem(file=name, message="not UTF-8 text", line=line, column=column)]) from None


def parse_report(text: str, *, source: str) -> Report:
    """Parse TOML text and build a validated Report; raise ReportError listing every problem, except
    items that no longer hold, which are left out and listed in its `left_out` (see strict())."""
    from tipcli.locate import line_of  # only for a problem

    doc = parse_toml(text, source=source)
    try:
        report = build_report(doc, source=source, lenient=True)
    except ReportError as exc:
        located = []
        for p in exc.problems:
            line = line_of(text, p.path) if p.path else None
            located.append(Problem(file=p.file, message=p.message, path=p.path, line=line, column=1 if line else None))
        raise ReportError(located) from None
    if not report.left_out:
        return report
    import dataclasses

    left_out = tuple(dataclasses.replace(item, line=line_of(text, item.path)) for item in report.left_out)
    return dataclasses.replace(report, left_out=left_out)


def build_report(doc: dict[str, Any], *, source: str, lenient: bool = False) -> Report:
    """Check a parsed document against the schema and its references, then build the Report.

    `lenient`: when every problem lies in an item that can be left out (tipcli.leftout says which),
    build the report without those items and list them in its `left_out`."""
    # Imported here: a report read from the cache needs none of them.
    from tipcli.build import build
    from tipcli.crosscheck import crosscheck
    from tipcli.schema import check

    checked, problems = check(doc)
    references = crosscheck(checked)
    left_out: list[LeftOut] = []
    if lenient and references and not problems:
        from tipcli import leftout

        if leftout.droppable(references):
            checked, left_out = leftout.leave_out(checked, references)
            references = crosscheck(checked)  # nothing, unless leaving an item out broke another
    problems += references
    if problems:
        raise ReportError([Problem(file=source, message=message, path=path) for path, message in problems])
    report = build(checked)
    if left_out:
        import dataclasses

        report = dataclasses.replace(report, left_out=tuple(left_out))
    return report


def parse_toml(text: str, *, source: str) -> dict[str, Any]:
    """Parse TOML 1.0 text; a ReportError gives the line and column of a syntax error."""
    if "\x00" in text:
        raise ReportError([Problem(file=source, message="not a text file (contains NUL bytes)")])
    if text.startswith("\ufeff"):
        message = "starts with a byte-order mark, which TOML does not allow; save it as UTF-8 without one"
        raise ReportError([Problem(file=source, message=message, line=1, column=1)])
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _error_position(exc)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)$", "", str(exc))
        raise ReportError(
            [Problem(file=source, message=f"invalid TOML: {message}", line=line, column=column)]
        ) from None
    except (ValueError, RecursionError) as exc:  # an integer of thousands of digits; arrays nested too deep
        if isinstance(exc, RecursionError):
            reason, at = "arrays or tables nested too deep", _too_deep(text)
        else:
            most = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 4300
            digits = re.search(rf"\d{{{most},}}", text)
            reason, at = f"a number of more digits than Python reads ({exc})", digits.start() if digits else 0
            if digits:
                reason = f"an integer of {digits.end() - digits.start():,} digits; a report's numbers are far shorter"
        line, start = text.count("\n", 0, at) + 1, text.rfind("\n", 0, at) + 1
        key = re.match(r"\s*([\w.\"' -]+?)\s*=", text[start:at])  # the key the value belongs to, if on its line
        path = key[1].replace('"', "").replace("'", "").replace(" ", "") if key else None
        tables = re.findall(r"(?m)^[ \t]*\[\[?[ \t]*([\w.-]+)[ \t]*\]", text[:start])  # the table it stands in
        path = f"{tables[-1]}.{path}" if path and tables else path
        problem = Problem(file=source, message=f"invalid TOML: {reason}", path=path, line=line, column=at - start + 1)
        raise ReportError([problem]) from None


def _too_deep(text: str, limit: int = 100) -> int:
    """Return where brackets first nest deeper than `limit` (strings and comments aside, roughly): for
    the error's line."""
    depth, quote = 0, ""
    for at, char in enumerate(text):
        if quote:
            quote = "" if char == quote or (char == "\n" and quote == "#") else quote
        elif char in "\"'#":
            quote = char
        elif char in "[{":
            depth += 1
            if depth > limit:
                return at
        elif char in "]}":
            depth -= 1
    return 0


def _error_position(exc: Exception) -> tuple[int, int]:
    """Return the line and column of a TOML error (attributes only on tomli 2.5+ / Python 3.14+)."""
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if isinstance(lineno, int) and isinstance(colno, int):
        return lineno, colno
    match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
    return (int(match[1]), int(match[2])) if match else (1, 1)
