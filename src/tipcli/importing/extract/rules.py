"""Every rule table of the extractors, in the order they apply; the test suite runs each rule's examples.

figures: NOT_FIGURE_RULES (a number that is no quantity), UNIT_RULES (what a number counts), then
PASSES over the found figures (zero counts, back-references, partitives, conversions, years).
events: EVENT_RULES (which dated phrases are happenings). agencies: ROLE_RULES (bodies known by what they do),
GENERIC_RULES (generic actors of a closed list), AGENCY_RULES (bodies named by
their place, a government of a country, an appositive calling a body an NGO).
TOKEN_RULES: the patterns over tokens (matcher.py) those rules match with; the tests run their examples too.
"""

from __future__ import annotations

from tipcli.importing.extract.agencies import AGENCY_RULES
from tipcli.importing.extract.agency_acronyms import ACRONYM_RULES
from tipcli.importing.extract.agency_generic import GENERIC_RULES
from tipcli.importing.extract.agency_names import DESCRIBED_RULES, NAME_RULES, NGO_KIND_RULES, PLACE_BODY_RULES
from tipcli.importing.extract.agency_roles import ROLE_RULES
from tipcli.importing.extract.event_clauses import CLAUSE_RULES
from tipcli.importing.extract.events import DATE_RULES, EVENT_RULES
from tipcli.importing.extract.figure_groups import GROUP_RULES
from tipcli.importing.extract.figure_hedges import HEDGE_RULES
from tipcli.importing.extract.figure_kinds import KIND_RULES
from tipcli.importing.extract.figure_phrases import PHRASE_RULES
from tipcli.importing.extract.figure_scan import LIST_RULES, NOT_FIGURE_RULES, UNIT_RULES, WAGE_RULES
from tipcli.importing.extract.figure_units import CONVERSION_RULES, REST_RULES
from tipcli.importing.extract.figure_zero import PAIR_RULES, ZERO_RULES
from tipcli.importing.extract.figures import FRACTION_SUBJECT_RULES, OF_THEM_RULES, PART_RULES, PARTITIVE_RULES, PASSES
from tipcli.importing.extract.indicator_rules import INDICATOR_TOKEN_RULES
from tipcli.importing.extract.labels import LABEL_RULES
from tipcli.importing.extract.matcher import TokenRule
from tipcli.importing.extract.numbers import TIMES_RULES
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
    *LIST_RULES,
    *TIMES_RULES,
    *PHRASE_RULES,
    *PART_RULES,
    *PARTITIVE_RULES,
    *OF_THEM_RULES,
    *INDICATOR_TOKEN_RULES,
    *ROLE_RULES,
    *GENERIC_RULES,
    *AGENCY_RULES,
    *NAME_RULES,
    *NGO_KIND_RULES,
    *DESCRIBED_RULES,
    *PLACE_BODY_RULES,
    *LABEL_RULES,
    *KIND_RULES,
    *GROUP_RULES,
    *REST_RULES,
    *CONVERSION_RULES,
    *ACRONYM_RULES,
    *WAGE_RULES,
    *FRACTION_SUBJECT_RULES,
)
