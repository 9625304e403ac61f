"""Nouns and the small words around them: what ends a noun phrase, plurals, units, counted and uncountable things."""

from __future__ import annotations

from tipcli.importing.lexicon import words
from tipcli.importing.lexicon.money import FUNDING_NOUNS

# Words that end a noun phrase: prepositions, determiners, pronouns, conjunctions and auxiliaries.
STOP = words("""of in on at to for from with by about against among between into through during under over after before
    since until within without across toward towards per via than as like including involving concerning regarding
    near outside inside upon onto along beyond despite except the a an this that these those its their his her our
    your my it they them he she we who whom whose which what each every all both some any no none most many several
    and or but nor so yet if because while although though whereas when where whether is are was were be been being
    has have had do does did will would shall should can could may might must not also only still then there here
    alone each respectively annually total""")
# Words ending in "s" that are not plural nouns.
NOT_PLURAL = words("""was has its this thus yes always perhaps whereas various news series means across unless besides towards
    afterwards sometimes status bus process progress business access sex gas lens bias basis analysis crisis
    diagnosis emphasis thesis previous serious numerous dangerous anonymous famous religious enormous
    continuous vulnerable us is as overseas""")
IRREGULAR_PLURALS = words("men women children people staff personnel police persons youth cattle fishermen policemen")
# Nouns that name something uncountable or abstract: "no budget", "no effort", "no shelter space" are not counts.
NONCOUNT = FUNDING_NOUNS | words("""budgets presence authority effort efforts assistance space information data evidence
    progress action protection training support access care oversight attention progress capacity jurisdiction
    mechanism mechanisms policy legislation law laws plan plans progress improvement improvements change changes
    cooperation coordination awareness knowledge time way ways means reason reasons right rights role power powers
    interest intention indication indications sign signs recourse choice alternative option options difference
    longer later more less one procedures guidelines measures steps resources protocols standards
    regulations provisions statistics records policies""")
# Singular nouns of things a narrative counts, so that "no official" or "no government-funded shelter" is a zero.
COUNTABLE = words("""victim case official officer shelter trafficker offender suspect defendant investigation prosecution
    conviction person child woman man girl boy worker migrant prosecutor judge inspector inspection complaint arrest
    raid center centre facility hotline campaign program programme court unit bed permit visa call report""")
TIME_UNITS = {
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
    "decade": "decades", "decades": "decades",
}  # fmt: skip
# Plural nouns of people that another plural noun can modify ("NGO workers" is rare, "victims workers" never is).
AGENT_PLURALS = words("""officers workers officials employees members volunteers staff inspectors investigators prosecutors
    recruiters brokers agents""")
# The staff of a state service, named by plural nouns ("customs officers", "border guards", "tax police"):
# counted as officials, and listed as actors after the service's name (bodies.SERVICE_STAFF).
STATE_STAFF = words("officials officers police guards agents inspectors")
# Groups of people that a narrative counts together ("women and girls", "men and boys", "refugees and asylum
# seekers": a compound is listed by its head).
PEOPLE = words(
    "women girls men boys children adults minors adolescents families migrants workers victims refugees seekers"
)
# Nouns whose attributive year names an instrument, not the time a figure refers to ("the 2006 law").
INSTRUMENT_NOUNS = words("""law laws act acts code provision provisions amendment amendments constitution report reports plan
    plans protocol protocols convention conventions decree decrees statute statutes legislation edition regulation
    regulations resolution resolutions agreement agreements strategy policy bill""")
# What a legislature acts on, as written: a named instrument is capitalised ("the Act"), a general one is not.
LAWMAKING_OBJECTS = words("Act Law Code Bill bill law laws amendment amendments legislation")
# Units of room for people: a count of them is a capacity.
CAPACITY_UNITS = words("beds places spaces slots cots")
# Nouns that a hyphenated number counts ("a 40-bed shelter", "a 12-member commission").
HYPHEN_NOUNS = words("bed member person room seat place")
# "in one case", "at one point": a stock phrase, not a count.
OCCASION_NOUNS = words("case instance incident occasion point time")
# Nouns whose number is a label, not a quantity ("Article 212", "Tier 2", "Law 25").
LABEL_NOUNS = words("""tier tiers article articles section sections chapter chapters paragraph paragraphs clause clauses no. nos.
    number law decree resolution act bill title titles item items protocol convention rule rules regulation
    regulations part parts annex book volume page pages ed. edition phase level grade case file ordinance order code""")
# The words joining label numbers in a list: "Articles 211 and 212", "Sections 5, 6(b), or 9", "Articles 40 to 44".
LABEL_LIST_JOINS = frozenset({",", "and", "or", "to", "through", "–", "-"})
# Names of the prosecution service in civil-law countries, whatever their head word says ("Federal Public Ministry").
PROSECUTION_SERVICES = ("public ministry", "ministerio publico", "ministério público", "public prosecution service")
# Heads that name a role or a thing only together with the noun before them ("asylum seekers", "brothel owners",
# "prison guards", "cargo vessels": the kind of guard or vessel is part of what is counted).
DEPENDENT_HEADS = words("seekers owners points holders pickers guards vessels agencies")
# Two-word terms that modify a dependent head together ("law enforcement agencies", not "enforcement agencies").
TWO_WORD_MODIFIERS = ("law enforcement", "civil society", "human rights", "social welfare", "border police")
# Heads whose kind the noun before them names, which the unit keeps as the shared README keeps compounds
# ("police officers", "customs officers", "fisheries inspectors", "detention centers", "border crossings",
# "construction sites", "border posts", "police stations", "refugee camps": people of a service, places of a kind).
# Unlike a dependent head, the head alone says something, so only a noun is taken in, never an adjective
# ("foreign", "regional"), a participle ("trained", "counseling") or a kind of trafficking ("labor"): see
# figure_units._is_kind_noun. Other heads keep the head alone, as the tidy gold labels them ("construction
# workers", "recruitment agency staff", "residence permits", "awareness campaigns").
KIND_HEADS = words(
    "officers inspectors investigators agents centers centres crossings sites posts stations facilities camps"
)
# Kinds of trafficking a modifier names: not part of the counted noun ("340 labor inspectors" -> inspectors,
# "57 child victims" -> victims, as "sex trafficking victims" -> victims).
TRAFFICKING_KINDS = words("labor labour sex trafficking forced child")
# Endings of adjectives: "regional", "consular", "domestic", "secondary", "abusive", "dangerous", "stateless".
ADJECTIVE_ENDINGS = ("al", "ar", "ic", "ary", "ive", "ous", "ful", "less", "able", "ible", "ish", "ese", "ian", "ly")
# Adjectives without such an ending ("foreign victims", "young women"), and nouns that say whose, not what kind
# ("government officers", "state centers").
NOT_KIND_WORDS = words("""foreign young old male female private main major small large overseas senior junior chief
    corrupt rogue top certain permanent independent mobile government state city""")
# Words before a dependent head that say which ones or how many, not what kind ("other guards", "new agencies").
NOT_KIND_MODIFIERS = words("""other additional new such further same different separate several various former current
    existing remaining more fewer many few""")
