"""Verbs: after a number (it is a subject, its noun was named before), and of states, tallies and happenings."""

from __future__ import annotations

from tipcli.importing.lexicon import words

# A verb right after a number: the number is the subject, its noun was counted before ("21 received prison terms").
AFTER_NUMBER = words(
    "received remained faced served fled died escaped obtained got chose declined refused testified agreed"
)
# Auxiliaries that "not" follows in a zero count: "did not hold any hearings", "has not opened any shelter".
AUXILIARIES = words("did does do has have had could would will was were is are")
# Verbs after "none" that make it a zero count of the group named before: "none was convicted", "none received aid".
AFTER_NONE = words("was were is are has had received faced")
# A verb of state right after a bare number: it is the subject, one of a set counted out ("and one is serving").
STATE_AFTER_NUMBER = words("is was are were remain remains remained has had")
# Irregular past tenses (regular ones end in -ed).
IRREGULAR_PAST = words(
    "began ran held made took set led won gave sent lent brought built wrote became came went met paid sought "
    "kept left put rose fell grew struck chose drew cut spent lost bought sold told said saw stood shut "
    "upheld withdrew undertook oversaw spoke arose passed"
)
# More irregular past tenses that tell what happened at a date ("in October 2023 a court froze the assets").
# Only the event clauses read them: the labels' reading of IRREGULAR_PAST stays as it is.
HAPPENING_PAST = words(
    "froze fought caught taught found heard bound laid dealt forbade overtook swore broke drove threw"
)
# Words ending in -ed that are no verb.
NOT_VERBS = words("need hundred speed seed bed red shed feed breed indeed deed creed")
# Verbs of a state that lasts, not of a happening ('In 2019, the government continued to fund shelters').
STATE_VERBS = words("continued remained maintained lacked sustained persisted kept")
# Verbs that count what was found or given: with a date of any precision they state a statistic
# ('In October 2019, inspectors identified 14 victims').
COUNTING_VERBS = words(
    "identified reported assisted referred received sheltered repatriated deported inspected rescued removed "
    "recorded screened detected estimated counted calculated surveyed documented"
)
# Verbs that report a year's tally; with only a year they date a statistic, not a happening, but on a
# month's date the act is one happening ('In May 2020, a court convicted two men').
TALLY_VERBS = COUNTING_VERBS | words("investigated prosecuted convicted trained conducted initiated sentenced")
# Verbs of an end: a plan or law that "expired in 2018" is a dated happening.
ENDING_VERBS = words("expired lapsed ended elapsed terminated")
# A plan's end written ahead in the present or after "will": "the plan expires in May 2021", "will lapse in 2020".
ENDING_AHEAD = words("expires expire lapses lapse")
# Gerunds of a happening tell what was done at the date ("efforts included adopting a protocol on 2 May 2019");
# other -ing words ("trafficking", "during", "funding") are no verb.
HAPPENING_GERUNDS = words(
    "adopting enacting amending passing signing ratifying approving creating establishing founding opening "
    "launching joining introducing issuing publishing closing convicting appointing setting inaugurating"
)
# Verbs of change before "from": "rose from 12 to 20", "Arrests fell from 90": a number then and one now.
CHANGE_VERBS = words("""rose rise rises rising risen fell fall falls falling fallen increased increase increases increasing
    decreased decrease decreases decreasing dropped drop drops dropping declined decline declines declining grew grow
    grows growing grown climbed climb climbs jumped jump jumps doubled doubling reduced went go goes""")
# Verbs of occasions, and the noun of what is counted when a number of times follows ("met twice": two meetings).
OCCASIONS = {
    "met": "meetings", "convened": "meetings", "gathered": "meetings", "visited": "visits", "raided": "raids",
    "inspected": "inspections",
}  # fmt: skip
# Verbs of a court or an authority imposing what a figure states ("sentenced to", "fined", "ordered to pay").
IMPOSING = words("sentenced fined ordered imposed received")
# Verbs of a legislature acting on a law: "the Storting amended the Act" names a lawmaking body.
LAWMAKING_VERBS = words("amended passed adopted enacted ratified approved debated repealed") | {"voted for", "voted on"}
# Verbs of a body serving people: "Casa Luz, which operates a shelter" names a provider.
SERVING_VERBS = words(
    "operates operated runs ran manages managed provides provided offers offered shelters sheltered assists assisted "
    "supports supported"
)
# Auxiliaries of a passive between a count and its verb ("12 suspects were charged", "40 have been referred").
PASSIVE_AUXILIARIES = words("were was") | {"have been", "had been", "has been"}
