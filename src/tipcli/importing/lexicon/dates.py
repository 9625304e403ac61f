"""Month names and their abbreviations, with their numbers."""

from __future__ import annotations

import re

from tipcli.importing.lexicon import words
from tipcli.spans import MONTH_ABBREVIATIONS as MONTH_ABBREVIATIONS  # defined in core: the splitter needs them

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_NAMES = frozenset(name.capitalize() for name in MONTHS)
# A year and a day of the month as one token's digits ("2019", "14"): a regular expression is the right tool
# inside one token; the token matcher (extract/matcher.py) applies it to a whole token, never to running text.
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
DAY_DIGITS = re.compile(r"[0-3]?\d")
# Words that place a date within its period and keep its precision: "in early 2019", "in mid-May 2018".
PERIOD_PARTS = words("early late mid")
# Words before four digits that set them up as a year, not a count: "the 2011 reforms", "in 2000", "mid 2019".
YEAR_LEADS = PERIOD_PARTS | words("the a an its their his her in on of since by for from until to and")
# Parts of a year written "in the spring of 2017": they date the year.
SEASONS = words("spring summer autumn fall winter")
# Nouns of a happening that date it without a verb ("since its creation in 2005", "after its adoption in May
# 2019"), and "effective" before a law's first day ("the decree, effective 1 July 2019,").
HAPPENING_WORDS = words(
    "creation establishment adoption founding launch inception enactment ratification inauguration entry opening "
    "closure signing effective"
)
# Verbs that stamp a page or a copy with a date, no happening: "Last updated 21 July 2022", "[accessed 9 March 2016]".
STAMP_VERBS = words("accessed updated retrieved modified posted viewed archived revised printed downloaded")
