"""The words around a figure: cues of its kind (a penalty, a limit, an age, a capacity), the words that open
a clause or a period, and the words that link two figures into one phrase.

Stems ("sentenc" for sentenced, sentences, sentencing) are tested on one token's start, never on running text.
"""

from __future__ import annotations

from tipcli.importing.lexicon import words

# A prison term after a span of years: "five years' imprisonment", "a 12-year sentence" (the words of
# indicators.INDICATOR_WORDS["punishment"]), and these: "ten years in prison", "12 years of incarceration".
PRISON_PHRASES = ("in prison", "in jail", "incarceration")
# Words of punishment anywhere in a clause before a span of years make it a penalty ("sentenced to ... 8 years").
PENALTY_STEMS = ("sentenc", "penalt", "prison", "imprison", "jail", "punish", "sanction", "incarcerat")
# A fine or a punishment a few words before an amount: the amount is a penalty.
FINE_WORDS = words("fine fines fined fining")
FINE_STEMS = ("penalt", "punish")
# A cap a few words before an amount or a percentage: it is a threshold ("capped fees at 10 percent").
CAP_WORDS = words("cap caps capped capping ceiling maximum minimum")
CAP_STEMS = ("limit",)
# Right before an amount, a word that makes it a bound ("revenues above 50 million").
BOUND_WORDS = words("above below exceeding")
# A few words before a span of years, a word of age: the years are an age ("girls under 16 years").
AGE_WORDS = words("younger older under below above aged age ages")
# After a span of years: "12 years of age", "17 years old", "14 years and older".
AGE_AFTER = ("of age", "old")
AGE_BOUNDS = words("older younger over under above below")
# Verbs of the law right before a term: "prescribes five to 10 years", "carries a maximum of 15 years".
LAW_VERB_STEMS = ("prescrib", "carry", "carries", "carried", "carrying")
# "up to" and "between" open the quote itself (figure_hedges), so they are no openers of the law's term.
LAW_TERM_OPENERS = ("maximum", "minimum", "from")
# Room for people a few words before a count: "capacity to house 40", "space for 25", "accommodating 60".
CAPACITY_PHRASES = ("capacity", "space for", "room for", "places for")
CAPACITY_STEMS = ("accommodat",)
# Words that give a limit to what they hold: "companies with more than 250 employees", "cases involving three".
HOLDING_WORDS = words("with involving having employing")

# Inside a clause, words that open a part of their own, whose year is theirs: after a comma ("..., compared
# with 28 in 2020", "..., while 12 ..."), or anywhere ("victims that police found in 2019").
OPENERS_AFTER_COMMA = (
    "compared", "up from", "down from", "which", "who", "but", "and", "including", "while", "although", "though",
    "whereas",
)  # fmt: skip
OPENERS = ("compared with", "compared to", "that", "which", "who", "would")
# Before a year, a word that makes it one end of a period or a base to compare with ("between 2015 and 2017",
# "since 2019", "than in 2020"): such a year dates no figure.
PERIOD_OPENERS = words("between from since until till before after over than through")
# Between two years, the marks and words that make them a period ("2015 to 2017", "2015-2017" with any dash).
PERIOD_LINKS = ("–", "—", "-", "to", "and")
# Before a year, a determiner that makes it attributive ("the 2006 law", "its 2021 plan").
ATTRIBUTIVES = words("the a an its their this that")
# Between two figures, the words that make them one phrase, dated by one year ("29 cases and 15 convictions").
FIGURE_LINKS = ("and", "or", "involving", "including", "of the", "of these", "of its", "of their")
# Between a group's noun and a bare number that counts it: "the number of labor inspectors, currently 90".
GAP_ADVERBS = words("currently now still then just only")
# Before a bare number, the words that make it the rest of a group counted before ("the remaining nine").
REST_OPENERS = ("the other", "the remaining", "the rest of the")
# A collective noun that is its own plural and counts people: "a staff of three".
COLLECTIVES = words("staff personnel")
