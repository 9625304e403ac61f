"""The one error family of tipcli, and the exit codes it maps to."""

import sys

from tipcli.formatting import printable
from tipcli.model import Value, value

EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_USAGE = 2
EXIT_REPORT = 3
EXIT_INTERNAL = 4
EXIT_INTERRUPTED = 130  # what a shell reports for a program stopped by Ctrl-C (SIGINT)
EXIT_BROKEN_PIPE = 141  # what a shell reports for a program stopped by SIGPIPE: stdout's reader left


class TipcliError(Exception):
    """An error tipcli reports as one line on stderr, exiting with `exit_code`."""

    exit_code = EXIT_USAGE


class NothingFound(TipcliError):
    """A search or filter found nothing: exit 1, as grep does, after the (empty) answer."""

    exit_code = EXIT_NO_MATCH


class UsageError(TipcliError):
    """The user asked for something that does not exist or cannot be parsed."""

    exit_code = EXIT_USAGE


class BadInputError(TipcliError):
    """A file given to tipcli (a narrative to import) cannot be used as it is."""

    exit_code = EXIT_REPORT


class WriteError(TipcliError):
    """An answer or a file could not be written (a full disk, a folder that cannot be written)."""

    exit_code = EXIT_INTERNAL


class MissingFeatureError(TipcliError):
    """This Python lacks something tipcli needs (SQLite's FTS5 for search)."""

    exit_code = EXIT_INTERNAL


@value
class Problem(Value):
    """One thing wrong with a report file, located by line and column or by key path."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None

    def __str__(self) -> str:
        if self.line is not None and self.path:  # as linters print it, and the key path as well
            return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"
        if self.line is not None:
            return f"{self.file}:{self.line}:{self.column}: {self.message}"
        if self.path:
            return f"{self.file}: {self.path}: {self.message}"
        return f"{self.file}: {self.message}"


class ReportError(TipcliError):
    """A report file could not be read, parsed or validated."""

    exit_code = EXIT_REPORT

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], *, note: str = "") -> None:
        self.problems = tuple(problems)
        first = str(problems[0])
        more = len(problems) - 1
        message = first + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")
        super().__init__(message + (f"; {note}" if note else ""))


def warn(message: str) -> None:
    """Write one warning line on stderr, its control characters shown (a file name can hold any)."""
    sys.stderr.write(f"tipcli: warning: {printable(message, lines=False)}\n")
