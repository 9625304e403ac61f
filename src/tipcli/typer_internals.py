"""The one place tipcli reaches into Typer's private parts: the Click it vendors.

Typer 0.26+ vendors Click as `typer._click` and exports no name for Click's exception base class,
for the error that plain `tipcli` raises to ask for help, or for the context class (needed only in
type annotations). tests/test_typer_internals.py fails loudly if Typer moves or renames them.
"""

from typer._click.core import Context as ClickContext
from typer._click.exceptions import ClickException, NoArgsIsHelpError

__all__ = ["ClickContext", "ClickException", "NoArgsIsHelpError"]
