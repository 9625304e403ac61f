"""Values that complete on a TAB in any case: fixed choices, or names read from the report.

Typer filters what an `autocompletion` function returns by a case-sensitive prefix, so that
`agencies fev` could never offer FEVIMTRA: a parameter type of our own completes instead.
"""

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from tipcli.typer_internals import ClickContext, ClickParameter, CompletionItem, ParamType

if TYPE_CHECKING:  # the report is loaded only when a TAB asks for its names
    from tipcli.model import Report


class Completing(ParamType):
    """Text whose completions are VALUES (or what a function returns from the report), matched in any case.

    The value is taken as typed: each command checks it and says what is wrong in its own words.
    """

    name = "str"  # as Typer names a plain str in help: <str>

    def __init__(self, values: "Iterable[str] | Callable[[Report], Iterable[str]]") -> None:
        self.values = values

    def convert(self, value: Any, param: ClickParameter | None, ctx: ClickContext | None) -> Any:
        return value

    def shell_complete(self, ctx: ClickContext, param: ClickParameter, incomplete: str) -> list[CompletionItem]:
        if callable(self.values):
            report = _report(ctx.find_root().params.get("report"))
            values = list(self.values(report)) if report else []
        else:
            values = list(self.values)
        wanted = incomplete.casefold()
        return [CompletionItem(v) for v in dict.fromkeys(values) if v.casefold().startswith(wanted)]


def _report(value: object = None) -> "Report | None":
    """Return the report a TAB completes names from (--report's on the line, else TIPCLI_REPORT's,
    else the packaged one), or None."""
    from tipcli import library
    from tipcli.errors import TipcliError
    from tipcli.loading import load_report

    try:
        value = value if isinstance(value, str) and value else os.environ.get("TIPCLI_REPORT")
        path = library.resolve(value) if value else None
        return load_report(path, lenient=True)  # a stale figure does not take the sections' names away
    except TipcliError:
        return None


class FromLibrary(Completing):
    """Report ids, countries or years of the library, for --report, --country and --year.

    Every TAB is a new process: ids are the library folder's file names, countries and years what
    the library's index lists (as last brought up to date); no report is read, nothing is indexed.
    """

    def __init__(self, kind: str) -> None:
        super().__init__(())
        self.kind = kind

    def shell_complete(self, ctx: ClickContext, param: ClickParameter, incomplete: str) -> list[CompletionItem]:
        if self.kind == "report" and (os.sep in incomplete or incomplete.startswith((".", "~"))):
            return []  # a path is being typed: nothing here lets the shell complete file names
        first, dots, _ = incomplete.partition("..")
        if self.kind == "year" and dots:  # the end of a range: 2010..2015
            return [CompletionItem(f"{first}..{year}") for year in library_values("year") if year >= first]
        wanted = incomplete.casefold()
        return [CompletionItem(v) for v in library_values(self.kind) if v.casefold().startswith(wanted)]


def library_values(kind: str) -> list[str]:
    """Return the library's report ids, countries or years (sorted), without reading a report."""
    from tipcli import library

    ids = [report_id for report_id, _ in library.entries()]
    if kind == "report":
        return ids
    described: set[str] = set()
    try:
        from tipcli import index

        places = index.places(index.connect(library.folder()))  # what is indexed; a TAB never indexes
    except Exception:  # no index yet, or one that cannot be read: the ids' years are still known
        places = {}
    for report_id in ids:
        country, year, _ = places.get(report_id) or (None, None, None)
        if country is not None:
            described.add(str(country if kind == "country" else year))
        elif kind == "year" and report_id[-5:-4] == "-" and report_id[-4:].isdigit():
            described.add(report_id[-4:])  # COUNTRY-YEAR, as import names a file
    return sorted(described)
