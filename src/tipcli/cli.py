"""The console script. Every answer is a new process: start and end it as cheaply as Python allows.

main() ends the process itself (os._exit), so it is only for `tipcli` and `python -m tipcli`; to
run tipcli inside Python, invoke `tipcli.app.app` (as the tests do with Typer's CliRunner).
"""

import contextlib
import gc
import io
import os
import sys
from typing import Any, NoReturn, TextIO

__all__ = ["main"]


def main() -> NoReturn:
    """Run tipcli, then end the process at once."""
    # A tipcli process lives a tenth of a second and frees almost nothing before it ends: the
    # cyclic garbage collector would only walk the objects of Typer, Click and the report again
    # and again while they are imported and built, and once more at exit (reference counting
    # still frees what is dropped). Measured on Python 3.11: about 4 ms a start with it off.
    gc.disable()
    from tipcli.errors import EXIT_INTERNAL

    if sys.stderr is None:  # started with stderr closed (`2>&-`): errors still end with their own codes
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the whole process
    if sys.stdout is None:  # started with stdout closed (`tipcli ... >&-`): nowhere to answer
        sys.stderr.write("tipcli: error: could not write the answer: standard output is closed\n")
        _end(EXIT_INTERNAL)
    sys.stdout = _whole_writes(sys.stdout)
    from tipcli.app import app

    try:
        app(prog_name="tipcli")  # also names the completion variable, _TIPCLI_COMPLETE, under `python -m`
        code = 0
    except SystemExit as exc:  # end as sys.exit would, without the teardown
        if exc.code is not None and not isinstance(exc.code, int):
            sys.stderr.write(f"{exc.code}\n")
        code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    _end(code)


class _WholeWrites(io.RawIOBase):
    """Standard output that writes all it is given or raises: a pipe whose reader leaves in the
    middle of a large answer (`tipcli export | head -c 10`) makes os.write return short, which
    Python's buffered and text streams would take as written, and the answer would end with exit 0.
    The next os.write raises BrokenPipeError instead, and tipcli exits 141 as when the reader left first."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:
        return os.isatty(self.fd)

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        while view:
            view = view[os.write(self.fd, view) :]
        return len(data)


def _whole_writes(stream: TextIO) -> TextIO:
    """Return a text stream like `stream` over _WholeWrites (the stream itself if it has no file)."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return stream
    buffered = io.BufferedWriter(_WholeWrites(fd))
    errors = "backslashreplace" if stream.errors == "strict" else stream.errors  # a file name's lone surrogate
    return io.TextIOWrapper(
        buffered, encoding=stream.encoding, errors=errors, line_buffering=bool(stream.line_buffering)
    )


def _end(code: int) -> NoReturn:
    """Flush the answer and leave without tearing the interpreter down.

    The app has written and flushed everything and holds no file open; what an ordinary exit adds
    is freeing every module and object one by one, which cost a fifth to a third of a start in our
    measurements (12-18 ms for a Typer hello world, 28 ms for tipcli, on Python 3.11). Instagram's
    web servers end their processes the same way, for the same reason.
    """
    from tipcli.errors import EXIT_BROKEN_PIPE, EXIT_INTERNAL

    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:  # the reader left after the app's last flush
        code = EXIT_BROKEN_PIPE
    except (OSError, ValueError) as exc:  # a full disk, a closed file: the answer is not all there
        if code == 0:
            with contextlib.suppress(Exception):
                sys.stderr.write(f"tipcli: error: could not write the answer: {exc}\n")
            code = EXIT_INTERNAL
    with contextlib.suppress(Exception):
        sys.stderr.flush()
    os._exit(code)
