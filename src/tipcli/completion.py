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
            report = _report()
            values = list(self.values(report)) if report else []
        else:
            values = list(self.values)
        wanted = incomplete.casefold()
        return [CompletionItem(v) for v in dict.fromkeys(values) if v.casefold().startswith(wanted)]


def _report() -> "Report | None":
    """Return the report a TAB completes names from (TIPCLI_REPORT's, else the packaged one), or None."""
    from tipcli import library
    from tipcli.errors import TipcliError
    from tipcli.loading import load_report

    try:
        return load_report(library.resolve(os.environ["TIPCLI_REPORT"]) if os.environ.get("TIPCLI_REPORT") else None)
    except TipcliError:
        return None
