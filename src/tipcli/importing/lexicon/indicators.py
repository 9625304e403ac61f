"""The words that decide a figure's indicator (issue 24): classes of counted nouns, governing verbs and
cues, and the phrases that say which trafficking a figure concerns. extract/indicators.py reads them;
extract/indicator_rules.py names the classes."""

from __future__ import annotations

from tipcli.importing.lexicon import words as _words
from tipcli.importing.lexicon.nouns import AGENT_PLURALS, PEOPLE, STATE_STAFF, TIME_UNITS
from tipcli.importing.lexicon.verbs import IMPOSING

# Each entry: words (or, ending in "*", word beginnings) of one class. A governing word is the
# last word of any verb class in the clause before the number, else a participle after its noun.
INDICATOR_WORDS: dict[str, frozenset[str]] = {
    # what a number counts
    "legal nouns": _words(
        "cases case suspects suspected defendants accused traffickers trafficker individuals persons people"
        " perpetrators offenders alleged employers recruiters brokers pimps owners nationals foreigners"
        " men women citizens adults others crimes crime offenses offences members"
    ),
    "victim nouns": PEOPLE
    | _words("victim survivors child persons people individuals laborers nationals citizens foreigners others"),
    "official nouns": STATE_STAFF
    | _words(
        "official officer policemen soldiers servants employees judges magistrates diplomats mayors gendarmes staff"
    ),
    "trainee nouns": AGENT_PLURALS
    | _words(
        "officials police policemen guards soldiers judges magistrates personnel participants people persons leaders"
        " individuals teachers students journalists diplomats attendees stakeholders professionals"
        " servants trainees recruits cadets troops peacekeepers attachés attaches consuls"
    ),
    "session nouns": _words("sessions session workshops workshop trainings courses seminars programs"),
    "workshop nouns": _words("workshops workshop seminars seminar courses course"),
    "examine": _words("examined examining"),  # "examined 16 cases": of cases only, not of people
    "case nouns": _words("cases case"),
    # what a workshop is about that makes it a training on the work ("workshops on victim identification")
    "work topic": _words("trafficking traffickers victim victims identification indicators exploitation"),
    "shelter nouns": _words("shelters shelter beds places houses spaces"),
    "shelter places": _words("centers centres homes facilities"),  # shelters when what they offer is shelter
    "care places": _words("center centre centers centres home homes facility facilities"),  # a capacity's place
    # places that hold migrants, not shelters for victims ("15,000 places in migrant centers")
    "holding places": _words("migrant migrants detention detained refugee refugees asylum deportation deportees"),
    "penalty nouns": _words("penalties penalty sentences sentence fines fine terms"),
    "time nouns": frozenset(TIME_UNITS),
    "investigation nouns": _words("investigations investigation"),
    "prosecution nouns": _words("prosecutions prosecution indictments indictment"),
    "conviction nouns": _words("convictions conviction"),
    # verbs (and a few nouns that act as verbs before a count: "initiated prosecutions of 12 people")
    "investigate": _words("investigat* probed probing opened opening"),  # "opened 22 cases"
    "prosecute": _words("prosecut* indict* charged charging tried filed"),  # "tried 23 defendants", "filed 12 cases"
    "convict": _words("convict*"),
    "sentence": _words("sentenc* imprisoned jailed"),  # "17 were imprisoned for terms of ..."
    "identify": _words(
        "identified identify identifies identifying certif* rescued rescuing recognized freed liberated"
        " detected detecting uncovered"
    ),
    "assist": _words(
        "referr* refer refers assist* sheltered sheltering served serving housed accommodat* cared"
        " supported supporting protected placed placing helped helping admitted admitting enrolled enrolling"
    ),
    "train": _words("train trained training trainings trains"),
    # a status given to a victim: a residence permit, a visa, a reflection period ("granted permits to 9 victims");
    # not a service, but issue 24's gold codes a victim given one as assisted
    "grant": _words("grant granted granting grants issue issued issuing issues gave"),
    "find": _words("found finding"),  # of victims by name only: "found 38 workers whose wages ..." is no identification
    "repatriate": _words("repatriat* return returned returning"),  # victims (not migrants) brought home are assisted
    "discipline": _words("disciplin* dismiss* fired suspended demoted reassigned removed"),
    # suspects arrested are suspects of an investigation (issue 24's "cases or suspects"; six of seven
    # independently labelled sets code "police arrested 14 suspected traffickers" so); officials arrested
    # for complicity are complicity, women or migrants arrested are none
    "arrest": _words("arrest arrested arresting apprehended apprehending"),
    "suspect nouns": _words("suspects suspect traffickers trafficker perpetrators"),
    # crimes a police force registers: the older editions' count of investigations opened ("registered 58 crimes")
    "register": _words("registered registering recorded recording"),
    "crime nouns": _words("crimes crime offenses offences cases case"),
    # a ministry's or police force's count of crimes it reports is of crimes registered, as against cases
    # anyone may report ("NGOs reported 25 cases"): crimes and offenses only
    "report": _words("reported reporting"),
    "offence nouns": _words("crimes offenses offences"),
    # words that govern a count without giving it an indicator, so an earlier verb does not reach past them
    "neutral": _words(
        "detain* screen* inspect* deport* estimat* visit* called calls met"
        " removed rejected acquitted dismissed extradit* hired employ* conduct* held launch*"
        " organiz* reached hosted awarded compensat* testified paid fined"
        " monitor* licens* audit* supervis*"  # "monitored [45 domestic workers]": oversight, not a service
    ),
    # "received" and its kin govern a count of victims assisted (or, "attended training", of people trained)
    # only with these words after them
    "receive": _words(
        "received receiving receive receives benefited benefitted obtained accessed attended participated given got"
        " accepted accepting"
    ),
    # (a residence permit, a visa or parole is a legal status, not a service: no indicator)
    "services": _words(
        "assistance services service shelter care support counseling counselling aid protection accommodation"
    ),
    "status": _words("permit permits residence residency visa visas reflection recovery stay"),
    "victim words": _words("victims victim survivors"),  # victims by name, not any people
    # what "received" governs that makes its count a sentence imposed ("received suspended sentences")
    "punishment": _words("sentence sentences imprisonment prison jail custodial"),
    # a recommendation's first word: what it counts has not been done
    "imperative": _words(
        "increase seek ensure train allocate provide strengthen expand amend develop continue establish fund"
        " improve investigate prosecute adopt implement screen identify refer vigorously proactively consider"
        " create enforce finalize approve institutionalize formalize eliminate prohibit raise reduce"
    ),
    # words anywhere in the clause
    "hypothetical": _words("would proposed proposes propose draft drafted planned plans"),  # not yet done
    "complicity cue": _words("complicit complicity corrupt* bribe* collud* collusion"),
    "fund cue": _words(
        "allocat* spent spend spends spending budget* fund funded funding funds provid* grant* donat*"
        " disburs* contribut* dedicat* earmark* financ* invested investing investment investments devoted aside"
    ),
    # a verb that can only spend money: the large count right after it is an amount in a currency
    # the money lexicon does not know ("allocated 350,000 marks"), which the figure engine drafts as a count
    "spend": _words("allocated allocating budgeted spent spending disbursed earmarked donated"),
    # a verb that gives, which only funds when the clause names who does the work ("gave NGO shelters ...")
    "give": _words("gave give gives giving given handed"),
    "fund recipient": _words(
        "shelter shelters ngo ngos ngo-run ngo-operated victims victim survivors services care assistance"
        " commission secretariat office unit hotline programs center centers centre centres rehabilitation"
    ),
    # money paid to victims or their carers as aid: not a fee or a wage even with "paid"
    "aid money": _words("stipend* allowance* subsid*"),
    "not funding": _words(
        "seiz* confiscat* froze frozen fee fees debt debts paid pay paying pays bribe bribes earn* wage wages"
        " salar* loan* ransom sold sell selling price prices fine fines fined compensation restitution damages"
        " profit* proceeds revenue* worth charged charging cost costs valued launder*"
    ),
    # q7: the payer named when a shelter or NGO "received" an amount ("... from the Ministry of Welfare")
    "government payer": _words("government ministry ministries"),
    "shelter cue": _words("shelter shelters shelter's beds bed"),  # "a 40-bed center"
    # what a shelter can take, as against whom it took ("accommodated 52 victims")
    "capacity cue": _words("can could capacity able accommodate accommodates hold holds house"),
    # a penalty stated as the law has it now, even inside a recommendation ("currently a fine of ...")
    "law as it stands": _words("currently now requires require prescribes mandates"),
    "prescribe cue": _words(
        "prescrib* punish* penalt* provides provide carries carry law laws code statute act"
        " criminalizes criminalized criminalize stipulat*"
    ),
    "imposed cue": IMPOSING
    | _words(
        "sentencing impose serving receive handed given ranged averaged average issued paid pay jailed imprisoned collected"
        " collecting levied"  # "the average prison sentence was [21 months]": a mean of terms imposed
    ),
}

VERB_CLASS_ORDER = (  # the verb classes, in the order a governing word is looked up
    "investigate",
    "prosecute",
    "convict",
    "sentence",
    "identify",
    "assist",
    "train",
    "discipline",
    "arrest",
    "receive",
    "examine",
    "grant",
    "find",
    "repatriate",
    "register",
    "neutral",
)

# The words that say which trafficking a figure concerns: phrases whose words begin with these
# ("sex traffick" is "sex trafficking", "sex traffickers"); "forced * labor" lets one word stand
# between ("forced child labor"). A figure with words of both kinds has neither.
TRAFFICKING_WORDS: dict[str, tuple[str, ...]] = {
    "sex": (
        "sex traffick",
        "sex touris",
        "sexual exploit",
        "sexually exploit",
        "sexual servitude",
        "sexual slavery",
        "commercial sex",
        "prostitut",
        "sex trade",
        "sex work",
    ),
    "labor": (
        "labor traffick",
        "labour traffick",
        "forced * labor",
        "forced * labour",
        "bonded labor",
        "bonded labour",
        "labor exploit",
        "labour exploit",
        "forced begging",
        "forced criminality",
        "domestic servitude",
        "debt bondage",
    ),
}
