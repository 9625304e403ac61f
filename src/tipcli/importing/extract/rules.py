"""Every rule table of the extractors, in the order they apply; the test suite runs each rule's examples.

figures: NOT_FIGURE_RULES (a number that is no quantity), UNIT_RULES (what a number counts), then
PASSES over the found figures (zero counts, back-references, partitives, conversions, years).
events: EVENT_RULES (which dated phrases are happenings).
TOKEN_RULES: the patterns over tokens (matcher.py) those rules match with; the tests run their examples too.
"""

from __future__ import annotations

from tipcli.importing.extract.agency_acronyms import ACRONYM_RULES
from tipcli.importing.extract.event_clauses import CLAUSE_RULES
from tipcli.importing.extract.events import DATE_RULES, EVENT_RULES
from tipcli.importing.extract.figure_hedges import HEDGE_RULES
from tipcli.importing.extract.figure_scan import NOT_FIGURE_RULES, UNIT_RULES
from tipcli.importing.extract.figure_zero import PAIR_RULES, ZERO_RULES
from tipcli.importing.extract.figures import PASSES
from tipcli.importing.extract.matcher import TokenRule
from tipcli.importing.extract.placements import PLACEMENT_RULES
from tipcli.importing.extract.rule import Rule

FIGURE_RULES: tuple[Rule, ...] = (*NOT_FIGURE_RULES, *UNIT_RULES, *PASSES)
ALL_RULES: tuple[Rule, ...] = (*FIGURE_RULES, *EVENT_RULES)
TOKEN_RULES: tuple[TokenRule, ...] = (
    *ZERO_RULES,
    *PAIR_RULES,
    *DATE_RULES,
    *CLAUSE_RULES,
    *PLACEMENT_RULES,
    *HEDGE_RULES,
    *ACRONYM_RULES,
)
