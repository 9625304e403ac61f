"""The indicator rules as data (issue 24): each a kind of sentence, the indicator it gives, the word
classes (lexicon/indicators.py) it asks for, and its own examples, the figure in [brackets], that the
test suite runs. extract/indicators.py applies them in order: the first rule a figure matches wins.
Examples are in our own words, never a corpus or a real report's sentence.

Below RULES, the token patterns (matcher.py) the engine reads a figure's clause with: which
trafficking a phrase names (TYPE_RULES) and what joins a named offence or type to the figure after
it (OFFENCE_GAP_RULES, TYPE_GAP_RULES). Their examples run as tests (rules.TOKEN_RULES).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli.importing.extract.matcher import T, TokenRule
from tipcli.importing.lexicon.hedges import COMPARISONS, HEDGES
from tipcli.importing.lexicon.indicators import INDICATOR_WORDS as LEXICON
from tipcli.importing.lexicon.indicators import TRAFFICKING_WORDS
from tipcli.importing.lexicon.verbs import CHANGE_VERBS


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of sentence that states an indicator; the first rule a figure matches gives its indicator."""

    name: str
    purpose: str  # one line: the sentences it is for
    indicator: str
    kinds: tuple[str, ...] = ("count",)  # the figure kinds it applies to
    nouns: tuple[str, ...] = ()  # lexicon classes one of whose words the counted noun has (none: any noun)
    verbs: tuple[str, ...] = ()  # lexicon classes the governing word belongs to (none: any, or no verb)
    cue: str = ""  # a lexicon class one of whose words stands in the clause
    also_cue: str = ""  # a second lexicon class one of whose words stands in the clause too
    sentence_cue: str = ""  # a lexicon class one of whose words stands in the figure's sentence
    not_cue: str = ""  # a lexicon class none of whose words may stand in the clause
    follows: tuple[str, ...] = ()  # token rules (AFTER_RULES) one of which must start right after the figure
    precedes: str = ""  # the name of a token rule (BEFORE_RULES) that must end right before the figure
    examples: tuple[str, ...] = ()  # sentences whose [bracketed] figure takes this indicator
    not_examples: tuple[str, ...] = ()  # sentences whose [bracketed] figure does not


RULES: tuple[Rule, ...] = (
    Rule(
        "penalty the law sets now",
        "a penalty stated as the law has it now, even in a recommendation to change it",
        "penalties",
        kinds=("penalty",),
        cue="law as it stands",
        examples=(
            "Amend the code so that forced begging, currently punished by [fines of up to 9,000 rundas], carries prison.",
            "Make sure judges order at least [three years] in prison, as the statute requires for child victims.",
        ),
        not_examples=("Ask parliament to raise the maximum term for sex trafficking to [15 years].",),
    ),
    Rule(
        "prescribed penalty",
        "prison terms and fines a law sets for an offence",
        "penalties",
        kinds=("penalty",),
        cue="prescribe cue",
        not_cue="imposed cue",
        examples=(
            "The statute punishes forced labor with [three to nine years] in prison.",
            "Penalties under the 2017 code reach [fines of up to 40,000 rundas] ($3,100).",
        ),
        not_examples=("A court sentenced the recruiter to [seven years] in prison under the statute.",),
    ),
    Rule(
        "term imposed",
        "prison terms courts imposed on convicted traffickers",
        "sentences",
        kinds=("penalty",),
        nouns=("time nouns",),
        cue="imposed cue",
        examples=(
            "Judges sentenced the four offenders to terms ranging from [two to 11 years] in prison.",
            "The convicted brothel keeper received [eight years] of imprisonment.",
            "Sentences handed down in 2020 ranged from [one to nine years] in prison.",
            "A border official who took bribes from smugglers was jailed for [six years].",
            "Courts convicted 90 traffickers; the average prison sentence was [19 months].",
        ),
        not_examples=("The law prescribes [four to 12 years] of imprisonment for sex trafficking.",),
    ),
    Rule(
        "sentences of a term",
        "terms named as the sentences given, in a clause that names no law: 'seven convicted, with sentences of ...'",
        "sentences",
        kinds=("penalty",),
        nouns=("time nouns",),
        not_cue="prescribe cue",
        precedes="sentences of",
        examples=(
            "Nine offenders were convicted, with sentences of [two to seven years].",
            "Judges found six pimps guilty; their terms were between [four and nine years].",
            "Two recruiters were convicted last year, with sentences ranging from [one to three years].",
        ),
        not_examples=("The code prescribes sentences of [five to 12 years] for forced labor.",),
    ),
    Rule(
        "prescribed penalty, no imposing verb",
        "a penalty with no verb of a court imposing it is one the law sets",
        "penalties",
        kinds=("penalty",),
        not_cue="imposed cue",
        examples=("Sex trafficking is punishable by [five to 15 years] of imprisonment.",),
    ),
    Rule(
        "penalty raised by a share",
        "a share by which the law raises its penalties in some cases",
        "penalties",
        kinds=("fraction",),
        nouns=("penalty nouns",),
        not_cue="imposed cue",
        examples=("When the offender is a police officer, penalties increase by [one-third].",),
        not_examples=("Courts suspended [one-half] of the sentences they imposed.",),
    ),
    Rule(
        "victims housed",
        "victims a shelter took in during the year, as against the number it can take",
        "victims_assisted",
        kinds=("capacity",),
        nouns=("victim nouns",),
        verbs=("assist",),
        not_cue="capacity cue",
        examples=("The two state shelters accommodated [61 victims] of forced labor in 2022.",),
        not_examples=("The new shelter can accommodate [up to 25 victims] at a time.",),
    ),
    Rule(
        "shelters counted",
        "shelters, safe houses and their beds for victims",
        "shelters",
        kinds=("count", "capacity"),
        nouns=("shelter nouns",),
        cue="shelter cue",
        examples=(
            "The ministry ran [14 shelters] for trafficking victims.",
            "The new shelter had room for [30 beds] for women and girls.",
        ),
        not_examples=("Police referred [22 victims] to shelters run by NGOs.",),
    ),
    Rule(
        "places that offer shelter",
        "centers, homes or facilities said to offer shelter to victims",
        "shelters",
        nouns=("shelter places",),
        follows=("that offers shelter", "sheltered"),
        examples=(
            "The ministry ran [three centers] that gave shelter and legal aid to women.",
            "Officials opened [two homes] providing shelter for boys.",
            "[Four state-run centers] sheltered 52 women in 2021.",
        ),
        not_examples=("The city funded [12 counseling centers] and four shelters.",),
    ),
    Rule(
        "shelter capacity",
        "how many people shelters can take",
        "shelters",
        kinds=("capacity",),
        cue="shelter cue",
        examples=("The shelter had capacity for [45 people].",),
    ),
    Rule(
        "center capacity",
        "how many people a center, home or facility for victims can take",
        "shelters",
        kinds=("capacity",),
        cue="care places",
        not_cue="holding places",
        examples=("The social ministry runs a crisis center with space for [30 persons].",),
        not_examples=("The government budgeted [15,000 places] in centers for detained migrants.",),
    ),
    Rule(
        "aid paid to victims",
        "a stipend, allowance or subsidy paid to victims or to those who care for them",
        "funding",
        kinds=("money",),
        cue="aid money",
        examples=(
            "The labor ministry paid a weekly allowance of [$30] to every adult in the program.",
            "Shelters were paid a subsidy of [$12] a night for each child they housed.",
        ),
        not_examples=("Employers paid the pickers [$4] a day.",),
    ),
    Rule(
        "money given to the work",
        "money a government gave to shelters, NGOs, victims' services or an anti-trafficking body",
        "funding",
        kinds=("money",),
        cue="give",
        also_cue="fund recipient",
        not_cue="not funding",
        examples=("The welfare office gave [$18,000] to the two NGO shelters in the capital.",),
        not_examples=("The farm owner gave [$200] to each picker at the end of the season.",),
    ),
    Rule(
        "money for the work",
        "money a government allocated or spent on anti-trafficking work or victim services",
        "funding",
        kinds=("money",),
        cue="fund cue",
        not_cue="not funding",
        examples=(
            "The government allocated [120,000 rundas] ($9,000) to NGO shelters for victims.",
            "Authorities spent [approximately $2.1 million] on victim services.",
        ),
        not_examples=(
            "Police seized [$40,000] in cash from the traffickers.",
            "Recruiters charged workers fees of [$3,000] each.",
        ),
    ),
    Rule(
        "amount spent",
        "an amount right after a verb that can only spend it: the clause may go on to other matters (q7)",
        "funding",
        kinds=("money",),
        precedes="spent",
        examples=(
            "The ministry spent [1.5 million dalms] ($8,000) on radio spots, and inspectors found 40 unpaid wages.",
            "The city allocated [$12,000] to the night shelter, while employers kept back fees from workers.",
        ),
        not_examples=("Foreign donors spent [$50,000] on school visits.",),
    ),
    Rule(
        "amount received from the government",
        "money a shelter, NGO or office received from a ministry or the government: the government paid it (q7)",
        "funding",
        kinds=("money",),
        precedes="received just before",
        cue="government payer",
        examples=("The home received [40,000 dalms] ($2,100) from the Ministry of Welfare in 2021.",),
        not_examples=(
            "The recruiter received [$900] from each worker's family.",
            "The NGO received [$7,000] from a foreign donor and thanked the ministry.",
        ),
    ),
    Rule(
        "people trained",
        "officials and others trained on trafficking, or a share of them",
        "training",
        kinds=("count", "fraction", "percentage"),
        nouns=("trainee nouns",),
        verbs=("train",),
        examples=(
            "The ministry trained [480 police officers] on victim identification.",
            "Training courses were given to [1,200 labor inspectors and judges].",
            "[Forty prosecutors] attended a training on the new statute.",
            "[Close to 80 percent] of the district's judges received training on the new statute.",
        ),
        not_examples=("Police arrested [14 suspects] after the training.",),
    ),
    Rule(
        "sessions held",
        "training sessions, courses and workshops held",
        "training",
        nouns=("session nouns",),
        cue="train",
        examples=("Officials held [26 training sessions] for prosecutors.",),
        not_examples=("The ministry held [three meetings] with NGOs.",),
    ),
    Rule(
        "workshops on the work",
        "workshops, seminars and courses on trafficking or its victims, training by another name",
        "training",
        nouns=("workshop nouns",),
        cue="work topic",
        examples=("The police college ran [nine seminars] on interviewing trafficking victims.",),
        not_examples=("The ministry held [two workshops] with donors on its budget.",),
    ),
    Rule(
        "workshops for officials",
        "workshops, seminars and courses held for officials and others who learn from them",
        "training",
        nouns=("workshop nouns",),
        follows=("for trainees",),
        examples=(
            "The bar association gave [five courses] for 140 judges on forced labor cases.",
            "The academy ran [six seminars] for about 90 magistrates in 2011.",
        ),
        not_examples=("The university offered [20 courses] for foreign applicants in economics.",),
    ),
    Rule(
        "officials pursued",
        "officials investigated, prosecuted, convicted or disciplined for complicity",
        "complicity",
        nouns=("official nouns",),
        verbs=("investigate", "prosecute", "convict", "discipline", "sentence", "arrest"),
        examples=(
            "Prosecutors indicted [three border guards] for facilitating trafficking.",
            "The anti-corruption bureau arrested [two customs officers] for taking bribes from smugglers.",
            "The police dismissed [11 officers] suspected of taking bribes from brothel owners.",
        ),
        not_examples=("The ministry trained [90 officers] on the new law.",),
    ),
    Rule(
        "complicity cases",
        "cases, suspects or convictions of official complicity",
        "complicity",
        nouns=("legal nouns", "investigation nouns", "prosecution nouns", "conviction nouns"),
        cue="complicity cue",
        examples=("Authorities investigated [four cases] of official complicity in trafficking.",),
    ),
    Rule(
        "investigations",
        "investigations opened, conducted or reported, as a noun of their own",
        "investigations",
        nouns=("investigation nouns",),
        examples=("Police opened [52 investigations] into forced labor.",),
    ),
    Rule(
        "prosecutions",
        "prosecutions and indictments, as a noun of their own",
        "prosecutions",
        nouns=("prosecution nouns",),
        examples=("Prosecutors initiated [17 prosecutions] of sex trafficking suspects.",),
    ),
    Rule(
        "convictions",
        "convictions, as a noun of their own",
        "convictions",
        nouns=("conviction nouns",),
        examples=(
            "Courts secured [nine convictions] under the anti-trafficking law.",
            "The government did not report [any convictions] for labor trafficking.",
        ),
    ),
    Rule(
        "cases or suspects investigated",
        "cases or suspects with a verb of investigating",
        "investigations",
        nouns=("legal nouns",),
        verbs=("investigate",),
        examples=(
            "The police investigated [36 cases] of sex trafficking.",
            "Authorities reported investigating [61 suspects], compared with 48 the year before.",
            "[At least 20 cases] were under investigation at the end of the year.",
            "The gendarmerie opened [22 cases] of forced labor on plantations.",
        ),
        not_examples=("The ministry opened [two regional offices] in the north.",),
    ),
    Rule(
        "suspects arrested",
        "suspects or suspected traffickers arrested: the suspects of an investigation",
        "investigations",
        nouns=("suspect nouns",),
        verbs=("arrest",),
        examples=(
            "Officials arrested [15 suspects] at the border.",
            "In 2004 the police apprehended [nine suspected traffickers] in raids on bars.",
        ),
        not_examples=("Police arrested [more than 300 women] in raids on bars.",),
    ),
    Rule(
        "crimes registered",
        "crimes or cases a police force registered or recorded: the older editions' investigations opened",
        "investigations",
        nouns=("crime nouns",),
        verbs=("register",),
        examples=(
            "In 2003 the militia registered [44 trafficking crimes], up from 30.",
            "[Thirty cases] of pimping and trafficking were recorded by the police in 2005.",
        ),
        not_examples=("The hotline recorded [900 calls] in 2004.",),
    ),
    Rule(
        "suspects registered",
        "suspects a police force registered: the older editions' suspects of investigations opened",
        "investigations",
        nouns=("suspect nouns",),
        verbs=("register",),
        examples=("In 2016 the national police registered [180 suspects], down from 220 in 2015.",),
        not_examples=("The agency registered [400 recruitment agencies] in 2016.",),
    ),
    Rule(
        "victims registered",
        "victims or potential victims a national center or the police registered: identified",
        "victims_identified",
        nouns=("victim words",),
        verbs=("register",),
        examples=("The coordination center registered [800 potential victims] in 2016.",),
        not_examples=("The ministry registered [90 shelters] in 2016.",),
    ),
    Rule(
        "crimes reported",
        "crimes a ministry or police force reported: crimes registered, under another verb",
        "investigations",
        nouns=("offence nouns",),
        cue="report",
        examples=("In 2012 the interior ministry reported [812 trafficking-related crimes], compared with 640.",),
        not_examples=("NGOs reported [25 cases] of abuse in the camps.",),
    ),
    Rule(
        "identified as victims",
        "people screened or found and then identified 'as victims': what they are is named after the number",
        "victims_identified",
        verbs=("identify",),
        follows=("as victims",),
        examples=("The border agency screened 1,900 returnees and identified [62] as victims.",),
        not_examples=("The agency screened [1,900 returnees] at the airport.",),
    ),
    Rule(
        "cases examined",
        "cases examined by investigators (people examined are not investigations)",
        "investigations",
        nouns=("case nouns",),
        verbs=("examine",),
        examples=("The task force examined [31 cases] of forced labor in mines.",),
        not_examples=("Nurses examined [25 children] at the shelter.",),
    ),
    Rule(
        "cases or defendants prosecuted",
        "cases or defendants with a verb of prosecuting or charging",
        "prosecutions",
        nouns=("legal nouns",),
        verbs=("prosecute",),
        examples=(
            "The prosecutor general charged [28 defendants] with trafficking offenses.",
            "The prosecution service continued prosecuting [11 cases] against labor recruiters.",
            "[Nine cases] were pending trial when the year ended.",
            "The high court tried [12 defendants] accused of sex trafficking.",
        ),
        not_examples=("[Four cases] were pending at the labor office.",),
    ),
    Rule(
        "traffickers convicted",
        "traffickers, or cases, with a verb of convicting",
        "convictions",
        nouns=("legal nouns",),
        verbs=("convict",),
        examples=(
            "Courts convicted [14 traffickers] in 2021.",
            "[Seven defendants] were convicted of forced labor.",
            "[Five defendants] pleaded guilty to sex trafficking charges.",
            "The tribunal found [three recruiters] guilty of debt bondage.",
        ),
        not_examples=(
            "Courts acquitted [five defendants] charged with trafficking.",
            "The appeals court found [two defendants] not guilty of trafficking.",
        ),
    ),
    Rule(
        "traffickers sentenced",
        "convicted traffickers (or a share of them) given a sentence: the count of sentences imposed",
        "sentences",
        kinds=("count", "fraction", "percentage"),
        nouns=("legal nouns",),
        verbs=("sentence",),
        examples=(
            "A district court sentenced [six convicted labor brokers] to prison.",
            "Judges imposed custodial sentences on [12 of the offenders] and fined the rest.",
            "[Four traffickers] received prison sentences, and the others were released on probation.",
        ),
        not_examples=(
            "Judges convicted and sentenced [22 traffickers] in 2021.",
            "[Nine defendants] received fines for labor violations.",
            "Courts suspended the sentences of [about one-fifth of convicted traffickers].",
            "Of the 30 convicted, [the other eight] were given suspended terms.",
        ),
    ),
    Rule(
        "sentences counted",
        "sentences courts imposed, counted as such",
        "sentences",
        nouns=("punishment",),
        examples=(
            "Judges handed down [31 prison sentences] for sex trafficking in 2020.",
            "Of the 12 traffickers convicted, [nine were given custodial sentences].",
        ),
        not_examples=("Of the 12 traffickers convicted, [nine were given suspended sentences].",),
    ),
    Rule(
        "status granted to victims",
        "victims given a residence permit, a visa or a reflection period",
        "victims_assisted",
        nouns=("victim words",),
        verbs=("grant",),
        sentence_cue="status",
        examples=(
            "The migration office granted one-year residence to [eight foreign victims].",
            "Victims could ask for a visa, but the ministry issued one to [only two victims].",
            "[Five victims] obtained temporary residence permits in 2022.",
        ),
        not_examples=("The ministry granted residence permits to [600 seasonal workers].",),
    ),
    Rule(
        "victims repatriated",
        "victims (not migrants at large) brought home",
        "victims_assisted",
        nouns=("victim words",),
        verbs=("repatriate",),
        examples=(
            "The embassy repatriated [19 victims] from fishing fleets abroad.",
            "[Eleven survivors] were repatriated with the help of an NGO.",
        ),
        not_examples=("Police repatriated [2,000 undocumented migrants] in 2021.",),
    ),
    Rule(
        "victims identified",
        "victims or potential victims identified, certified or rescued by the authorities",
        "victims_identified",
        nouns=("victim nouns",),
        verbs=("identify",),
        examples=(
            "Authorities identified [213 victims] of trafficking.",
            "The task force certified [37 foreign nationals] as trafficking victims.",
            "Labor inspectors detected [19 victims] on cattle ranches.",
        ),
        not_examples=("An NGO estimated that [4,000 children] were exploited in begging.",),
    ),
    Rule(
        "victims found",
        "victims, by that name, found by inspectors or police",
        "victims_identified",
        nouns=("victim words",),
        verbs=("find",),
        examples=("Inspectors visited 300 farms but found [no victims] of forced labor.",),
        not_examples=("A survey found [about 900 children] working in quarries.",),
    ),
    Rule(
        "victims assisted",
        "victims (or a share of them) referred to, assisted, sheltered or given services",
        "victims_assisted",
        kinds=("count", "fraction", "percentage"),
        nouns=("victim nouns",),
        verbs=("assist",),
        examples=(
            "NGOs assisted [88 victims] with government funds.",
            "Police referred [40 potential victims] to care.",
            "The municipality offered housing and counseling services to [26 survivors].",
            "[Thirty victims] were placed in state-run shelters.",
            "[About two-thirds] of the identified victims received legal aid.",
            "Of the 80 identified survivors, [65] accepted the counseling the ministry offered.",
        ),
        not_examples=(
            "The hotline received [300 calls] in 2020.",
            "[One-quarter] of the identified victims did not receive any counseling.",
        ),
    ),
)


# Which trafficking a phrase names: one token rule per phrase of the lexicon (TRAFFICKING_WORDS), each
# with an example in our own words; a phrase added to the lexicon without one fails the rule tests.
_TYPE_EXAMPLES = {
    "sex traffick": ("Courts heard 12 sex trafficking cases.", "sex trafficking"),
    "sex touris": ("The new law bans child sex tourism.", "sex tourism"),
    "sexual exploit": ("Nine girls suffered sexual exploitation.", "sexual exploitation"),
    "sexually exploit": ("The gang sexually exploited minors.", "sexually exploited"),
    "sexual servitude": ("Women were held in sexual servitude for months.", "sexual servitude"),
    "sexual slavery": ("The militia kept its captives in sexual slavery.", "sexual slavery"),
    "commercial sex": ("Girls were sold for commercial sex.", "commercial sex"),
    "prostitut": ("Recruiters forced teenagers into prostitution.", "prostitution"),
    "sex trade": ("Brokers supplied the local sex trade.", "sex trade"),
    "sex work": ("Police questioned 30 sex workers.", "sex workers"),
    "labor traffick": ("Inspectors found labor trafficking on farms.", "labor trafficking"),
    "labour traffick": ("The unit studied labour traffickers.", "labour traffickers"),
    "forced * labor": ("Boys were kept in forced child labor.", "forced child labor"),
    "forced * labour": ("Miners endured forced labour underground.", "forced labour"),
    "bonded labor": ("Whole families fell into bonded labor.", "bonded labor"),
    "bonded labour": ("The kilns relied on bonded labourers.", "bonded labourers"),
    "labor exploit": ("Migrants faced labor exploitation at sea.", "labor exploitation"),
    "labour exploit": ("The fund covered labour exploitation cases.", "labour exploitation"),
    "forced begging": ("Gangs put small children to forced begging.", "forced begging"),
    "forced criminality": ("Teens were pushed into forced criminality.", "forced criminality"),
    "domestic servitude": ("The maids lived in domestic servitude.", "domestic servitude"),
    "debt bondage": ("Loggers were trapped in debt bondage.", "debt bondage"),
}
_JOINERS = "-'’.,"  # what joins the parts of one token (text.py): "child-prostitution" holds "prostitut"


def _phrase_pattern(phrase: str) -> tuple[T, ...]:
    """Return a lexicon phrase as token specs: whole words, "*" at most one word, the last word a beginning.

    A phrase of one word may stand after a joiner inside its token ("child-prostitution").
    """
    words = phrase.split()
    specs = []
    for index, word in enumerate(words):
        if word == "*":
            specs.append(T(op="?", is_word=True))
        elif index == len(words) - 1:  # a beginning: one token's letters, the only regex here
            lead = rf"(?:\S*[{re.escape(_JOINERS)}])?" if len(words) == 1 else ""
            specs.append(T(match=re.compile(lead + re.escape(word) + r"\S*", re.IGNORECASE)))
        else:
            specs.append(T(lower=word))
    return tuple(specs)


TYPE_OF_RULE = {
    f"{kind} trafficking named: {phrase}": kind for kind, phrases in TRAFFICKING_WORDS.items() for phrase in phrases
}
TYPE_CUE = {  # the first word of each phrase (its beginning, when it is the phrase's only word)
    f"{kind} trafficking named: {phrase}": phrase.split()[0]
    for kind, phrases in TRAFFICKING_WORDS.items()
    for phrase in phrases
}
TYPE_RULES: tuple[TokenRule, ...] = tuple(
    TokenRule(
        name=f"{kind} trafficking named: {phrase}",
        purpose=f"words that say a figure concerns {kind} trafficking (lexicon phrase '{phrase}')",
        pattern=_phrase_pattern(phrase),
        examples=(_TYPE_EXAMPLES[phrase],) if phrase in _TYPE_EXAMPLES else (),
    )
    for kind, phrases in TRAFFICKING_WORDS.items()
    for phrase in phrases
)
_SEXUAL, _LABOR, _OR = frozenset({"sex", "sexual"}), frozenset({"labor", "labour"}), frozenset({"and", "or"})
BOTH_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="both kinds named at once",
        purpose="'for sexual and labor exploitation', 'labor or sex trafficking': both kinds at once, so neither",
        pattern=(T(lower_in=_SEXUAL), T(lower_in=_OR), T(lower_in=_LABOR)),
        examples=(("The code punishes sexual and labor exploitation alike.", "sexual and labor"),),
        not_examples=("Sex trafficking and forced labor are crimes.",),
    ),
    TokenRule(
        name="both kinds named at once, labor first",
        purpose="'labor or sex trafficking': both kinds at once, so neither",
        pattern=(T(lower_in=_LABOR), T(lower_in=_OR), T(lower_in=_SEXUAL)),
        examples=(("Courts tried nine labor or sex trafficking cases.", "labor or sex"),),
    ),
)
# What joins an offence to the penalty after it: "punishes forced labor with [...]", "sex trafficking
# carries a maximum of [...]", "is punishable by up to [...]", "penalties ... range up to [...]"
OFFENCE_GAP_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="offence joined to its penalty",
        purpose="the words between an offence the law names and the penalty it carries",
        pattern=(
            T(
                op="?",
                phrase_in={"with", "carry", "carries", "is punishable by", "are punishable by"}
                | {"range", "ranges", "ranged", "ranging"},
            ),
            T(op="?", lower_in={"a", "an"}),
            T(
                op="?",
                phrase_in={
                    f"{bound}{term}{of}"
                    for bound in ("maximum", "minimum")
                    for term in ("", " term")
                    for of in ("", " of")
                }
                | {"up to", "between", "from"},
            ),
        ),
        examples=(("Forced labor carries a maximum term of five years.", "carries a maximum term of"),),
        not_examples=("The court heard the case in May.",),
    ),
)
# "sex trafficking accounted for [29 of them]", "forced labor for [the remaining 19]", "labor cases made up [12]"
TYPE_GAP_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="type that accounts for a count",
        purpose="the words between a trafficking type and the count it is the subject of: 'accounted for', 'made up'",
        pattern=(
            T(op="?", lower_in={"cases", "victims", "offenses", "offences"}),
            T(phrase_in={"accounted for", "made up", "represented", "for"}),
            T(op="?", phrase_in={"the remaining", "the other"}),
        ),
        examples=(("Forced labor cases made up 12 of them.", "cases made up"),),
        not_examples=("Police opened 52 cases.",),
    ),
)

# What stands right before a figure (or a word of its clause) and says what the figure is: each rule
# ends where the figure starts (matcher.match_before), its name is what indicators.py asks for.
_WORD = re.compile(r"[^\W\d]\w*")  # a word of word characters (the figure, a number, never is one)
_HYPHENED = re.compile(r"[^\W\d][\w-]*")
_HYPHENED_ANY = re.compile(r"[\w-]+")  # (a number too)
_HEDGE = T(op="?", phrase_in=HEDGES)  # "a budget of nearly [...]": a hedge the figure's quote did not take
_NGOS = {
    "ngo",
    "ngos",
    "civil society",
    "civil society groups",
    *(
        f"{lead} organi{z}ation{s}"
        for lead in ("non-governmental", "international", "civil society")
        for z in "sz"
        for s in ("", "s")
    ),
}
_FUNDS = frozenset(
    {"budget", "budgets", "funding", "grant", "grants", "stipend", "stipends", "allowance", "allowances"}
    | {"subsidy", "subsidies", "allocation", "allocations", "contribution", "contributions"}
)
_WORK_PLACES = re.compile(
    r"(?:\S*[-'’])?(?:shelters?|ngos?|cent(?:er|re)s?|organi[sz]ations?|homes?)(?:[-'’]\S*)?", re.IGNORECASE
)  # one token: "NGO-run" and "shelter's" hold the place
BEFORE_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="terms imposed on",
        purpose="'imposed prison terms on [12 of them]': a count of traffickers sentenced",
        pattern=(
            T(lower_in={"sentence", "sentences", "terms", "imprisonment"}),
            T(lower_in={"on", "of", "to"}),
            T(op="?", lower="the"),
        ),
        examples=(("Judges imposed prison terms on the 12 recruiters.", "terms on the"),),
    ),
    TokenRule(
        name="convicted and",
        purpose="'convicted and sentenced [14]': the convictions, not the sentences",
        pattern=(T(lower="convicted"), T(lower_in={",", "and"})),
        examples=(("Courts convicted and sentenced 14 pimps.", "convicted and"),),
    ),
    TokenRule(
        name="services to",
        purpose="'provided shelter and care to [90 victims]': a count of victims assisted",
        pattern=(
            T(lower_in=LEXICON["services"]),
            T(lower_in={"to", "for"}),
            T(op="?", lower_in={"all", "the", "some"}),
        ),
        examples=(("The city offered counseling to all 40 survivors.", "counseling to all"),),
    ),
    TokenRule(
        name="identification of",
        purpose="'led to the identification of [12 victims]': victims identified",
        pattern=(T(lower="identification"), T(lower="of"), T(op="?", match=_WORD)),
        examples=(("The raid led to the identification of 12 victims.", "identification of"),),
    ),
    TokenRule(
        name="cases against",
        purpose="'initiated cases against [233 defendants]', 'filed charges in [9 cases]': prosecutions",
        pattern=(
            T(
                lower_in={
                    "initiated",
                    "filed",
                    "brought",
                    "opened",
                    "pressed",
                    "launched",
                    "started",
                    "continued",
                    "pursued",
                }
            ),
            T(op="?", match=_WORD),
            T(
                phrase_in={f"{n} against" for n in ("cases", "charges", "proceedings", "indictments")}
                | {"charges in", "indictments in"}
            ),
            T(op="?", match=_WORD),
        ),
        examples=(("Prosecutors brought criminal charges against 31 suspects.", "brought criminal charges against"),),
    ),
    TokenRule(
        name="reported",
        purpose="'the government reported [210 victims]': those counted were identified",
        pattern=(T(lower="reported"),),
        examples=(("The ministry reported 210 victims.", "reported"),),
    ),
    TokenRule(
        name="fines of",
        purpose="'fines of up to [80,000 zolts]': a penalty in a currency the money lexicon does not know",
        pattern=(
            T(lower_in={"fine", "fines"}),
            T(lower="of"),
            T(op="?", phrase_in={"up to", "between", "as much as", "at least"}),
        ),
        examples=(("The law sets fines of 80,000 zolts.", "fines of"),),
    ),
    TokenRule(
        name="can house",
        purpose="'the only shelter can house [15 women]': what it can take, not whom it took",
        pattern=(
            T(phrase_in={"can", "could", "able to"}),
            T(lower_in={"house", "accommodate", "hold", "take", "shelter"}),
            T(op="?", phrase_in={"up to", "at most", "as many as"}),
        ),
        examples=(("The new home could accommodate as many as 20 girls.", "could accommodate as many as"),),
    ),
    TokenRule(
        name="the",
        purpose="'Of the [146 victims]', 'The [76] comprised': a definite count, which may repeat one counted before",
        pattern=(T(lower="the"),),
        examples=(("Of the 146 victims, most were women.", "the"),),
    ),
    TokenRule(
        name="the current",
        purpose="'fund the [12 government shelters]', 'the existing [3 shelters]': what a recommendation names exists",
        pattern=(T(lower="the"), T(op="?", lower_in={"current", "existing"})),
        examples=(("Fund the existing 3 shelters.", "the existing"),),
    ),
    TokenRule(
        name="the remaining",
        purpose="'the remaining [19]', 'the other [three]': a part of a group counted before",
        pattern=(T(lower="the"), T(lower_in={"remaining", "other"})),
        examples=(("Courts fined the other three.", "the other"),),
    ),
    TokenRule(
        name="of which",
        purpose="'..., of which [400,000] went to shelters', 'of whom [12]': a part of what was counted before",
        pattern=(T(lower="of"), T(lower_in={"which", "whom"})),
        examples=(("It spent 9 million, of which 400,000 went to shelters.", "of which"),),
    ),
    TokenRule(
        name="number of",
        purpose="'bringing the number of government shelters to [two]': the noun a bare count counts",
        pattern=(
            T(lower="number"),
            T(lower="of"),
            T(name="noun", match=re.compile(r"[\w'’-]+")),
            T(op="*", max=4, name="noun", match=re.compile(r"[\w'’-]+")),
            T(lower_in={"to", "at", "was", "is", "reached"}),
        ),
        examples=(("This raised the number of state shelters to four.", "number of state shelters to"),),
    ),
    TokenRule(
        name="compared with",
        purpose="'compared with [52] in 2019', 'up from [129]', 'vs. [40]': the figure compared with an earlier one",
        # and a bare "from": compared_with() asks for a figure before it in the clause, and not "ranging from"
        pattern=(T(phrase_in=(*COMPARISONS, "from")), _HEDGE),
        examples=(("Police opened 40 cases, up from about 31.", "up from about"),),
    ),
    TokenRule(
        name="ranging from",
        purpose="'sentences ranging from [1 to 4 years]': a range, compared with nothing",
        pattern=(T(lower_in={"ranging", "ranged", "ranges", "range"}), T(lower="from"), _HEDGE),
        examples=(("Terms ranging from 1 to 4 years.", "ranging from"),),
    ),
    TokenRule(
        name="conversion",
        purpose="'12,000 rundas ([$900])': a bracketed dollar conversion of the amount before it",
        pattern=(T(text_in={"(", "["}), T(op="?", phrase_in={*HEDGES, "us"})),
        examples=(("It gave 12,000 rundas (about $900).", "(about"),),
    ),
    TokenRule(
        name="suspended",
        purpose="'courts suspended the sentences of [12 of them]': traffickers given no prison term",
        pattern=(
            T(match=re.compile(r"suspend\w*", re.IGNORECASE)),
            T(op="?", lower="the"),
            T(op="?", match=_WORD),
            T(lower_in={"sentence", "sentences", "term", "terms"}),
            T(lower_in={"of", "for", "on", "to"}),  # q7: "suspended the terms to 3 of the 10"
            T(op="*", max=2, match=_WORD),
        ),
        examples=(
            ("Judges suspended the prison terms of all 9 pimps.", "suspended the prison terms of all"),
            ("The court suspended sentences to 4 of the 11 convicts.", "suspended sentences to"),
        ),
    ),
    TokenRule(
        name="change of",
        purpose="'a rise of [18 percent]', 'fell by [one-third]': a change, which counts nothing",
        pattern=(T(lower_in=CHANGE_VERBS | {"reduction", "cut"}), T(lower_in={"of", "by"}), _HEDGE),
        examples=(("Arrests fell by nearly half.", "fell by nearly"),),
    ),
    TokenRule(
        name="fund of",
        purpose="'a budget of [400,000 lekkas]', 'a stipend of [2,000 pellins]': money for the work",
        pattern=(T(lower_in=_FUNDS), T(lower="of"), _HEDGE),
        examples=(("Each survivor got a stipend of 2,000 pellins.", "stipend of"),),
    ),
    TokenRule(
        name="fund was",
        purpose="'the budget for shelters was [900,000 lekkas]': money for the work",
        pattern=(
            T(lower_in=_FUNDS),
            T(op="*", max=5, match=re.compile(r"[\w-]+")),  # "the budget for 2021 was": a year may stand between
            T(phrase_in={"was", "were", "totaled", "totalled", "amounted to", "stood at"}),
            _HEDGE,
        ),
        examples=(("The shelter budget for 2021 totaled 900,000 lekkas.", "budget for 2021 totaled"),),
    ),
    TokenRule(
        name="given",
        purpose="'gave NGO shelters [850,000 florens]': money given, when the clause names who does the work",
        pattern=(T(lower_in={"gave", "given", "granted", "handed"}), T(op="*", max=3, match=_HYPHENED)),
        examples=(("The state gave NGO shelters 850,000 florens.", "gave NGO shelters"),),
    ),
    TokenRule(
        name="spent",
        purpose="'allocated [1,200,000 somoni]': a verb that only spends, so the count is money",
        pattern=(T(lower_in=LEXICON["spend"]), _HEDGE),
        examples=(("The ministry disbursed roughly 1,200,000 somoni.", "disbursed roughly"),),
    ),
    TokenRule(
        name="training for",
        purpose="'ran 14 workshops on victim identification for [300 border guards]': people trained",
        pattern=(
            T(lower_in=LEXICON["session nouns"] | LEXICON["workshop nouns"]),
            T(op="*", max=14, match=re.compile(r"[^;,.]+")),
            T(lower="for"),
            T(op="?", lower_in={"all", "the"}),
        ),
        examples=(
            ("It held two seminars on labor exploitation for 80 inspectors.", "seminars on labor exploitation for"),
        ),
    ),
    TokenRule(
        name="received by the work",
        purpose="'the only shelter ... received [60,000 ovols]': money the work received",
        pattern=(
            T(match=_WORK_PLACES),
            T(op="*", max=10, match=re.compile(r"[^.;]+")),
            T(lower="received"),
            T(op="*", max=2, match=_WORD),
        ),
        examples=(("The NGO-run home received 60,000 ovols.", "NGO-run home received"),),
    ),
    TokenRule(
        name="received just before",
        purpose="'the home received [40,000 dalms] from the ministry': an amount right after 'received' (q7)",
        pattern=(T(lower="received"),),
        examples=(("The clinic received 9,000 dalms last spring.", "received"),),
        not_examples=("The clinic was given 9,000 dalms.",),
    ),
    TokenRule(
        name="NGOs identified",
        purpose="'NGOs identified an additional [61 victims]': victims the authorities did not identify",
        pattern=(
            T(phrase_in=_NGOS),
            T(op="?", phrase_in={f"{joint} {ngo}" for joint in ("and", "or") for ngo in _NGOS}),
            T(op="?", any_of=(T(match=re.compile(r"\w+ly", re.IGNORECASE)), T(lower="also"))),
            T(phrase_in={w for w in LEXICON["identify"] if not w.endswith("*")} | {"found", "reported identifying"}),
            T(op="*", max=3, match=_HYPHENED),
        ),
        examples=(("Civil society groups also identified 61 victims.", "Civil society groups also identified"),),
    ),
    TokenRule(
        name="sentences of",
        purpose="'with sentences of [two to seven years]', 'terms ranging from [...]': terms named as the sentences given",
        pattern=(
            T(lower_in={"sentences", "terms"}),
            T(phrase_in={"of", "from", "were", "was", "ranging from", "ranged from"}),
            T(op="?", lower="between"),
        ),
        examples=(("Their terms were between 4 and 9 years.", "terms were between"),),
    ),
)
# What starts right after a figure (or at it, "bracket ..."), and says what the figure is or belongs to: each
# rule is tried from the figure's end (matcher.match_from), its name is what indicators.py asks for. A rule
# that opens with a run of words matches from a sentence's start in its examples (the test finds the longest).
_ANY_WORD = re.compile(r"[\w'’-]+")
_DONOR_SOURCE = (
    T(lower="from"),
    T(op="?", lower_in={"a", "an", "the"}),
    T(op="?", match=_HYPHENED),
    T(lower_in={"donor", "donors"}),
)
AFTER_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="from a donor",
        purpose="'[$9,000] from a foreign donor': donors paid the amount, not a government (q7, issue 24)",
        pattern=_DONOR_SOURCE,
        examples=(("The shelter got $9,000 from an overseas donor.", "from an overseas donor"),),
        not_examples=("The shelter got $9,000 from the ministry.",),
    ),
    TokenRule(
        name="converted, from a donor",
        purpose="'[40,000 dalms] ($2,000) from donors': the conversion, then the donors who paid (q7)",
        pattern=(T(text="("), T(op="*", max=8, match=re.compile(r"[^);]+")), T(text=")"), *_DONOR_SOURCE),
        examples=(("It took 40,000 dalms ($2,000) from donors.", "($2,000) from donors"),),
    ),
    TokenRule(
        name="of the group",
        purpose="'[40 percent] of labor inspectors': the group a share is of",
        pattern=(
            T(text="of"),
            T(op="?", text_in={"the", "these", "those", "all"}),
            T(name="group", match=_ANY_WORD),
            T(op="*", max=3, name="group", match=_ANY_WORD),
        ),
        examples=(("Half of all labor inspectors attended.", "of all labor inspectors attended"),),
    ),
    TokenRule(
        name="not after",
        purpose="'[one-third] of victims did not receive aid': not a count of those aided",
        pattern=(T(op="*", max=10, match=re.compile(r"[^,;.]+")), T(lower_in={"not", "never"})),
        examples=(("A third of victims did not receive aid.", "A third of victims did not"),),
    ),
    TokenRule(
        name="of them",
        purpose="'[15] of them', '[six] of whom': a part of a group named before",
        pattern=(T(lower="of"), T(lower_in={"them", "whom", "these", "those"})),
        examples=(("Police freed 20 adults, 15 of them women.", "of them"),),
    ),
    TokenRule(
        name="as victims",
        purpose="'identified [62] as victims': the words after the number say what the people counted are",
        pattern=(
            T(lower="as"),
            T(op="?", lower_in={"potential", "possible", "presumed", "likely"}),
            T(op="?", lower_in={"trafficking", "sex", "labor", "labour"}),
            T(lower_in={"victims", "victim"}),
        ),
        examples=(("Officers identified 14 as potential trafficking victims.", "as potential trafficking victims"),),
    ),
    TokenRule(
        name="to court",
        purpose="'[24 cases] were sent to court', 'remained before the courts', 'reached trial': prosecutions",
        pattern=(
            T(op="?", phrase_in={"them", "whom", "these", "of them", "of whom", "of these"}),
            T(op="*", max=6, match=_ANY_WORD),
            T(lower_in={"to", "before", "reached"}),
            T(op="?", lower_in={"the", "a"}),
            T(op="*", max=3, match=_HYPHENED),  # "to the Westport Criminal Court"
            T(lower_in={"court", "courts", "trial"}),
        ),
        examples=(
            ("Nine cases were later sent to the district court.", "Nine cases were later sent to the district court"),
        ),
    ),
    TokenRule(
        name="of the participle",
        purpose="'made up [16] of the convicted': the group's participle is the count's verb",
        pattern=(
            T(lower="of"),
            T(lower_in={"the", "these", "those", "all"}),
            T(name="participle", match=re.compile(r"\w+ed", re.IGNORECASE)),
        ),
        examples=(("Women made up 16 of the convicted.", "of the convicted"),),
    ),
    TokenRule(
        name="budget noun",
        purpose="'the [1.2 million dalm] budget': an amount named as a budget",
        pattern=(T(op="?", match=re.compile(r"[\w-]+")), T(lower_in={"budget", "allocation", "grant"})),
        examples=(("They cut the 1.2 million dalm budget.", "dalm budget"),),
    ),
    TokenRule(
        name="change after",
        purpose="'a [50 percent] increase', '[12] more': a change, which counts nothing",
        pattern=(T(lower_in=CHANGE_VERBS | {"reduction", "cut", "more", "less", "fewer", "higher", "lower"}),),
        examples=(("It saw a 50 percent increase.", "increase"),),
    ),
    TokenRule(
        name="led to",
        purpose="'of which [18] resulted in prosecutions': the process the count led to",
        pattern=(
            T(lower_in={"resulted", "ended", "led"}),
            T(lower_in={"in", "to"}),
            T(op="?", match=re.compile(r"[\w-]+")),
            T(name="noun", match=re.compile(r"\w+")),
        ),
        examples=(("Of these, 18 resulted in prosecutions.", "resulted in prosecutions"),),
    ),
    TokenRule(
        name="that offers shelter",
        purpose="'[three centers] that gave shelter': places said to offer shelter",
        pattern=(
            T(lower_in={"that", "which", "offering", "providing", "giving"}),
            T(op="*", max=2, match=re.compile(r"\w+")),
            T(lower="shelter"),
        ),
        examples=(("It ran three centers offering temporary shelter.", "offering temporary shelter"),),
    ),
    TokenRule(
        name="sheltered",
        purpose="'[Four state-run centers] sheltered 52 women': places that shelter",
        pattern=(T(lower_in={"sheltered", "housed"}),),
        examples=(("Two homes housed 30 girls.", "housed"),),
    ),
    TokenRule(
        name="for trainees",
        purpose="'[five courses] for 140 judges': workshops held for those who learn from them",
        pattern=(
            T(op="*", max=6, match=re.compile(r"[\w-]+")),
            T(lower="for"),
            T(op="?", lower_in={"about", "some", "around", "nearly", "approximately", "over"}),
            T(op="?", any_of=(T(match=re.compile(r"[\d,]+")), T(lower_in={"all", "the"}))),
            T(op="?", match=re.compile(r"[\w-]+")),
            T(lower_in=LEXICON["trainee nouns"]),
        ),
        examples=(
            (
                "Six seminars on forced labor for about 90 magistrates.",
                "Six seminars on forced labor for about 90 magistrates",
            ),
        ),
    ),
    TokenRule(
        name="officials involved",
        purpose="'[12 investigations] involving government officials': legal steps against officials",
        pattern=(
            T(op="*", max=7, match=re.compile(r"[^;]+")),
            T(lower_in={"involving", "against", "of"}),
            T(op="*", max=2, match=re.compile(r"\w+")),
            T(lower_in=LEXICON["official nouns"]),
        ),
        examples=(("It opened 12 cases involving police officers.", "It opened 12 cases involving police officers"),),
    ),
    TokenRule(
        name="bracket year",
        purpose="'([52] in 2014)': a bracket that compares with a year",
        pattern=(T(op="*", max=12, match=re.compile(r"[^)\]]+")), T(lower="in"), T(match=re.compile(r"(?:19|20)\d\d"))),
        examples=(("Police opened 61 cases (52 in 2014).", "Police opened 61 cases (52 in 2014"),),
        not_examples=("Police opened 61 cases (40 for sex trafficking).",),
    ),
    TokenRule(
        name="bracket previous year",
        purpose="'([61] the previous year)': a bracket that compares with the year before",
        pattern=(
            T(op="*", max=12, match=re.compile(r"[^)\]]+")),
            T(op="?", lower="the"),
            T(lower_in={"previous", "prior", "preceding", "last"}),
            T(phrase_in={"year", "reporting period"}),
        ),
        examples=(("Police opened 61 cases (58 the previous year).", "Police opened 61 cases (58 the previous year"),),
    ),
)
# Anywhere from a figure to a little after it: "[one-quarter] of the amount", "[nearly half] of it on"
SHARE_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="share of the amount",
        purpose="'[one-quarter] of the amount it pledged': a share of a sum named before",
        pattern=(
            T(lower="of"),
            T(lower="the"),
            T(op="?", match=re.compile(r"\w+")),
            T(lower_in={"amount", "sum", "total", "funds", "budget", "money"}),
        ),
        examples=(("It paid one-quarter of the promised amount.", "of the promised amount"),),
    ),
    TokenRule(
        name="share of it",
        purpose="'[nearly half] of it on repatriation': a share of a sum named before",
        pattern=(T(lower="of"), T(lower="it"), T(lower_in={"on", "for", "to", "went"})),
        examples=(("It spent nearly half of it on food.", "of it on"),),
    ),
)
# How a clause opens, tried from its first token: a part of the clause before, or a paragraph of recommendations
OPENING_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="bare count and copula",
        purpose="'identified 212 victims; 150 were women': a clause that opens with a bare count and a copula",
        pattern=(
            T(op="?", phrase_in={"the remaining", "the other"}),
            T(match=re.compile(r"[\w,.-]+")),
            T(op="?", phrase_in={"of them", "of these", "of those", "of all victims", "of all the victims"}),
            T(lower_in={"were", "was", "involved", "concerned", "included"}),
        ),
        examples=(
            ("The other 31 were boys.", "The other 31 were"),
            ("40 of all victims were girls.", "40 of all victims were"),
        ),
    ),
    TokenRule(
        name="bare count list",
        purpose="'identified 120 victims; 65 adults, 30 minors, ...': a clause that lists counts, with no verb",
        pattern=(T(match=re.compile(r"[\d,]+")), T(op="*", max=3, is_word=True), T(text=",")),
        examples=(("65 adults, 30 minors, and 25 of unknown age.", "65 adults,"),),
        not_examples=("Police found 12 victims in May.",),
    ),
    TokenRule(
        name="of the group,",
        purpose="'Of the 146 victims, [58] ...': a count that repeats one counted before, then its part",
        pattern=(
            T(lower="of"),
            T(op="?", lower="the"),
            T(match=re.compile(r"[\d,]+")),
            T(op="*", max=3, match=_HYPHENED_ANY),
            T(match=_HYPHENED_ANY),
            T(text=","),
        ),
        examples=(("Of the 146 identified victims, 58 were girls.", "Of the 146 identified victims,"),),
    ),
    TokenRule(
        name="of these,",
        purpose="'Of these, [58] were women', 'Of this total, ...': a breakdown of the clause before",
        pattern=(
            T(lower="of"),
            T(phrase_in={"these", "those", "them", "this total", "the total"}),
            T(op="*", max=2, match=re.compile(r"\w+")),
            T(text=","),
        ),
        examples=(("Of these victims, 58 were women.", "Of these victims,"),),
    ),
    TokenRule(
        name="they included",
        purpose="'They included [40] women': a breakdown of the clause before",
        pattern=(T(lower_in={"they", "these", "those"}), T(lower="included")),
        examples=(("These included 40 women.", "These included"),),
    ),
    TokenRule(
        name="the group included",
        purpose="'The victims included [40] women': a breakdown of the clause before",
        pattern=(
            T(lower="the"),
            T(match=re.compile(r"\w+")),
            T(op="*", max=2, match=re.compile(r"\w+")),
            T(lower="included"),
        ),
        examples=(("The identified victims included 40 women.", "The identified victims included"),),
    ),
    TokenRule(
        name="recommendations for",
        purpose="'Recommendations for Tolmere: Increase ...': a paragraph of recommendations, where nothing is done",
        pattern=(
            T(text_in={"Recommendation", "Recommendations"}),
            T(lower_in={"for", "to"}),
            T(op="*", max=14, match=re.compile(r"[^:.]+")),
            T(text=":"),
        ),
        examples=(("Recommendations for Tolmere: train judges.", "Recommendations for Tolmere:"),),
    ),
)
# What stands right before a word after a figure, in the figure's clause: whether that word governs the count
_LY = re.compile(r"\w+ly")  # an adverb, as written ("later", "also" listed beside it)
_ADVERBS = frozenset({"also", "later", "then", "all", "not", "each", "both", "since"})
WORD_CONTEXT_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="preposition of a gerund",
        purpose="'officers suspected of accepting bribes': the gerund is the suspicion's, not the count's verb",
        pattern=(T(lower_in={"of", "for", "by", "after", "before", "without"}),),
        examples=(("They were suspected of accepting bribes.", "of"),),
    ),
    TokenRule(
        name="attributive",
        purpose="'one-third of the convicted traffickers': a participle that only describes the noun after it",
        pattern=(T(lower_in={"of", "the", "these", "those"}), T(op="?", match=re.compile(r"\w+ly", re.IGNORECASE))),
        examples=(("Half of newly hired guards left.", "of newly"),),
    ),
    TokenRule(
        name="auxiliary",
        purpose="'were later identified', 'were all convicted': a participle after an auxiliary governs the count",
        pattern=(
            T(text_in={"was", "were", "been", "being", "are", "is", "remained", "remain"}),
            T(op="*", max=2, any_of=(T(match=_LY), T(text_in=_ADVERBS))),
        ),
        examples=(("Nine were also later convicted.", "were also later"),),
    ),
    TokenRule(
        name="noun after a copula",
        purpose="'160 of whom were children rescued from ...': that participle is the noun's, not the count's",
        pattern=(
            T(text_in={"were", "was", "are", "is"}),
            T(op="!", any_of=(T(match=_LY), T(text_in=_ADVERBS | {"found"}), T(match=re.compile(r"\w+ed")))),
            T(match=re.compile(r"[a-z]+")),
        ),
        examples=(("Most were children rescued from farms.", "were children"),),
        not_examples=("Most were later rescued.",),
    ),
)
# "107 victims, both adults and children, were freed": a passive after the count, past an aside
PASSIVE_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="passive",
        purpose="'were freed', 'were quickly released': a passive whose participle may govern the count before it",
        pattern=(T(text_in={"were", "was"}), T(op="?", match=_LY), T(name="participle", match=re.compile(r"\w+ed"))),
        examples=(("Forty adults, mostly women, were quickly freed.", "were quickly freed"),),
    ),
    TokenRule(
        name="perfect passive",
        purpose="'had been convicted', 'have been identified': a passive whose participle may govern the count before it",
        pattern=(
            T(text_in={"had", "have", "has"}),
            T(text="been"),
            T(op="?", match=_LY),
            T(name="participle", match=re.compile(r"\w+ed")),
        ),
        examples=(("Twelve had been convicted.", "had been convicted"),),
    ),
)
# Inside a figure's own quote: "did not report any [victims]" counts victims identified
QUOTE_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="reported none",
        purpose="'did not report any victims': a zero count of victims identified",
        pattern=(
            T(lower_in={"report", "reported", "reports"}),
            T(lower_in={"any", "no"}),
            T(op="?", match=_HYPHENED),
            T(lower_in={"victim", "victims"}),
        ),
        examples=(("The agency did not report any new victims.", "report any new victims"),),
    ),
)
# q7: the penalty of another crime a law's penalty is measured against ("commensurate with those for rape,
# which carries [up to 15 years]"): matched once per paragraph; a penalty shortly after one is no penalty given.
YARDSTICK_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="penalties of another crime",
        purpose="'commensurate with those for arson, which carries [20 years]': another crime's penalty, a yardstick",
        pattern=(
            T(lower_in={"commensurate", "compared", "consistent"}),
            T(lower="with"),
            T(lower_in={"those", "penalties"}),
            T(lower="for"),
        ),
        examples=(("Terms are consistent with penalties for arson.", "consistent with penalties for"),),
        not_examples=("Terms were compared with last year's.",),
    ),
)
# q7: a part named by its group at the start of a figure's quote ("[30 of the victims] were exploited in ...").
PART_BY_GROUP_RULES: tuple[TokenRule, ...] = (
    TokenRule(
        name="part named by its group",
        purpose="'[30 of the victims] were exploited in begging': a count of some of a group named in its quote",
        pattern=(
            T(match=re.compile(r"[\w,.-]+")),
            T(lower="of"),
            T(lower_in={"the", "these", "those"}),
            T(match=re.compile(r"[^\W\d_].*")),
        ),
        examples=(("Of 80 victims, 12 of the victims were boys.", "12 of the victims"),),
        not_examples=("Police freed 12 of them.",),
    ),
)
INDICATOR_TOKEN_RULES: tuple[TokenRule, ...] = (
    *TYPE_RULES,
    *BOTH_RULES,
    *OFFENCE_GAP_RULES,
    *TYPE_GAP_RULES,
    *BEFORE_RULES,
    *AFTER_RULES,
    *SHARE_RULES,
    *OPENING_RULES,
    *WORD_CONTEXT_RULES,
    *PASSIVE_RULES,
    *QUOTE_RULES,
    *YARDSTICK_RULES,
    *PART_BY_GROUP_RULES,
)
