"""Hedges written before a number, with the qualifier each gives a figure (None: quoted, not a qualifier)."""

from __future__ import annotations

# The qualifiers of the report schema (issue 12's list); "or more"/"or fewer" come after the number.
HEDGES: dict[str, str | None] = {
    "at least": "at least", "approximately": "approximately", "more than": "more than", "over": "over",
    "nearly": "nearly", "up to": "up to", "only": "only", "fewer than": "fewer than",
    "less than": None, "about": None, "around": None, "almost": None, "roughly": None, "some": None,
    "as many as": None, "estimated": None, "as young as": None, "as old as": None,  # "an estimated 40": the quote starts at "estimated"
}  # fmt: skip
QUALIFIERS = frozenset(q for q in HEDGES.values() if q)
AFTER_HEDGES = ("or more", "or fewer")
# Comparisons that make a number a limit ("companies with more than 250 employees").
COMPARATORS = ("more than", "fewer than", "less than", "over", "above", "below", "under")
# Words that add to a count without hedging it ("an additional 30 inspectors", "a total of 12").
ADDITIVES = ("an additional", "a total of")
# Words that, right before a number, bring it in as an earlier figure to compare with ("27 cases, compared with
# 35 in 2021", "40 vs. 31"). Every rule that finds a comparison before a number reads this one list (figure
# groups, labels, indicators, years, event clauses). A bare "from" compares only after a change ("an increase
# from 11"; not "victims from 12 countries") and "than" only after a comparative ("higher than 31"; "younger
# than 18" is a limit): a rule that takes either says so where it adds it.
COMPARISONS = ("compared with", "compared to", "up from", "down from", "versus", "vs", "vs .", "as against")
# Words that open a breakdown of the figure before them ("212 victims, including 145 adults").
BREAKDOWNS = ("including", "among them", "among whom", "of whom", "of which", "of them")
# Words that attach a count to the figure before it, as its attribute ("48 investigations involving 71 suspects"):
# the sentence is about the first figure.
ATTACHMENTS = ("involving", "implicating", "concerning", "against")
# Hedges that make an amount a limit: the label of "up to 300,000 rundas" is a maximum, of "at least 5 years" a minimum.
LIMIT_HEDGES = {
    "up to": "maximum", "a maximum of": "maximum", "not more than": "maximum", "no more than": "maximum",
    "at least": "minimum", "a minimum of": "minimum", "not less than": "minimum",
}  # fmt: skip
