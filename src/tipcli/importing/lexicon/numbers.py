"""Number words: units, tens, scales, fractions, multiples ("dozen"), times ("twice") and ordinals."""

from __future__ import annotations

from tipcli.importing.lexicon import words
from tipcli.importing.lexicon.nouns import NONCOUNT

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scale words; lakh and crore are South Asia's (100,000 and 10 million: "2.5 crore rupees").
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000,
}  # fmt: skip
# A fraction's denominator word; "fifth" and "tenth" are fractions only with a numerator ("the fifth year").
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
ORDINAL_LIKE = words("fifth fifths tenth tenths")
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
# Nouns that are numbers: "a dozen judges" is 12 judges, "a score of" 20.
MULTIPLES = {"dozen": 12, "score": 20}
# Adverbs of frequency that are counts of occasions: "met twice" is two meetings.
TIMES = {"once": 1, "twice": 2, "thrice": 3}
# Words that make the number after them a position, not a quantity: "the second half", "the past five years".
ORDINALS = words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth last final latter former"
)
PERIOD_WORDS = words("past last previous next coming following recent first final")
# Words after "no" that make an idiom, not a zero count: "no longer", "no more than", "no one", "no matter".
# The first five are uncountable nouns already (NONCOUNT); the list is made from that one, not a second copy.
NO_IDIOMS = (NONCOUNT & words("longer later more less one")) | words("matter doubt sooner such")
# Words after a number that make it an ordinal's or a pronoun's: "second consecutive year", "one another".
STOCK_AFTER = words("consecutive straight successive another")
# Words after "twice" or "once" that make it no count of occasions: "twice as many", "once a year", "twice more".
NOT_AFTER_TIMES = words("as a an the per that more over")
# Words that count or pick out several things: before "NGO" they make it a modifier ("several NGO shelters").
PLURAL_QUANTIFIERS = words("several many some all both few these those various numerous multiple other more most")
# Words that make a quote without a number a zero count: "did not report any convictions", "no shelters".
ZERO_MARKERS = words("no not any none never")
