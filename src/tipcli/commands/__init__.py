"""One module per command; importing a module registers its command on tipcli.app.app."""

from importlib import import_module

# The order of `tipcli --help`.
NAMES = ("summary", "section", "stats", "search", "agencies", "timeline", "cite", "export", "validate")


def register(names: tuple[str, ...] = NAMES) -> None:
    """Import (and so register) these commands."""
    for name in names:
        import_module(f"tipcli.commands.{name}")
