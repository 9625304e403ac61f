"""Rich tables and text for people: the only package that imports rich.

Every cell built from the report or the user's words is a Text, never a markup string, so that
brackets, colons and emoji in the data print as they are. output.emit passes this package to a
command's drawing function, which calls one of the names below.
"""

from tipcli.render.console import make_console, show
from tipcli.render.documents import agency, section, section_list, summary
from tipcli.render.imports import import_results
from tipcli.render.panel import long as panel_long
from tipcli.render.panel import plot as panel_plot
from tipcli.render.panel import wide as panel_wide
from tipcli.render.tables import agencies, figures, quotes_across, reports, search, timeline
from tipcli.render.tiers import tiers

__all__ = [
    "agencies",
    "agency",
    "figures",
    "import_results",
    "make_console",
    "panel_long",
    "panel_plot",
    "panel_wide",
    "quotes_across",
    "reports",
    "search",
    "section",
    "section_list",
    "show",
    "summary",
    "tiers",
    "timeline",
]
