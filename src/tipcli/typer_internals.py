"""The one place tipcli reaches into Typer's private parts: the Click it vendors, and its completion.

Typer 0.26+ vendors Click as `typer._click` and exports no name for Click's exception base class,
for the error that plain `tipcli` raises to ask for help, or for the context class (needed only in
type annotations). Click's parameter type and completion item are how a value completes in any
case (tipcli.completion). Typer's `--install-completion` is a flag that installs for the shell it
detects, whatever shell is named after it: `shell_options` makes it (and `--show-completion`) take
the shell's name, and still detect one when none is given. tests/test_typer_internals.py fails
loudly if Typer moves or renames any of these.
"""

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from typer._click.core import Context as ClickContext
from typer._click.core import Parameter as ClickParameter
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer._click.shell_completion import CompletionItem
from typer._click.types import ParamType
from typer._completion_shared import Shells, _get_shell_name
from typer.completion import install_callback, show_callback
from typer.core import TyperOption

from tipcli.errors import UsageError

__all__ = [
    "SHELLS",
    "ClickContext",
    "ClickException",
    "ClickParameter",
    "CompletionItem",
    "NoArgsIsHelpError",
    "ParamType",
    "install_callback",
    "rewinder",
    "shell_options",
    "show_callback",
    "with_shell_values",
]

SHELLS = tuple(shell.value for shell in Shells)  # bash, zsh, fish, powershell, pwsh
_TYPERS = {"install_completion": install_callback, "show_completion": show_callback}
_HELP = {
    "install_completion": "Install completion for SHELL (bash, zsh, fish or powershell), else the current shell.",
    "show_completion": "Show the completion script for SHELL, else the current shell, to install it yourself.",
}
_OPTIONS = tuple("--" + name.replace("_", "-") for name in _TYPERS)


def _shell(value: str) -> str:
    """Return the shell named (any case), or the one tipcli runs from (else $SHELL's); UsageError if neither."""
    shell = value.strip().lower()
    if not shell:
        for detected in (_get_shell_name(), Path(os.environ.get("SHELL", "")).name):
            if detected in SHELLS:
                return detected
        raise UsageError("could not tell which shell this is: name it, e.g. 'tipcli --install-completion zsh'")
    if shell not in SHELLS:
        raise UsageError(f"no shell {value.strip()!r}; choose bash, zsh, fish or powershell")
    return shell


def _callback(name: str) -> Callable[[ClickContext, ClickParameter, Any], Any]:
    def callback(ctx: ClickContext, param: ClickParameter, value: Any) -> Any:
        if value is None or ctx.resilient_parsing:
            return value
        return _TYPERS[name](ctx, param, _shell(value))

    return callback


def _option(name: str) -> TyperOption:
    return TyperOption(
        param_decls=["--" + name.replace("_", "-")],
        metavar="[SHELL]",
        callback=_callback(name),
        expose_value=False,
        is_eager=True,
        help=_HELP[name],
        autocompletion=lambda ctx, args, incomplete: list(SHELLS),
    )


_REPLACEMENTS = {name: _option(name) for name in _TYPERS}


def shell_options(params: Sequence[ClickParameter]) -> list[ClickParameter]:
    """Return the root's parameters with Typer's completion flags replaced by options that take a shell."""
    return [_REPLACEMENTS.get(p.name or "", p) for p in params]


def with_shell_values(args: list[str]) -> list[str]:
    """Return the arguments with "" after a completion option given no shell: "detect it"."""
    out: list[str] = []
    for i, arg in enumerate(args):
        out.append(arg)
        if arg in _OPTIONS and (i + 1 == len(args) or args[i + 1].startswith("-")):
            out.append("")
    return out


def rewinder(ctx: ClickContext) -> Callable[[], None]:
    """Return a function that puts back the arguments a group's invoke() takes out of `ctx` (Click
    keeps the command's name and arguments in private attributes and empties them as it runs), so
    that the same command can be invoked once more."""
    saved = (list(ctx._protected_args), list(ctx.args))

    def rewind() -> None:
        ctx._protected_args, ctx.args = list(saved[0]), list(saved[1])

    return rewind
