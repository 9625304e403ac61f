"""The indicator rules as data (issue 24): each a kind of sentence, the indicator it gives, the word
classes (lexicon/indicators.py) it asks for, and its own examples, the figure in [brackets], that the
test suite runs. extract/indicators.py applies them in order: the first rule a figure matches wins.
Examples are in our own words, never a corpus or a real report's sentence."""

from __future__ import annotations

from dataclasses import dataclass

from tipcli.importing.lexicon.indicators import INDICATOR_WORDS as LEXICON


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
    follows: str = ""  # a pattern the words right after the figure must match (case aside)
    precedes: str = ""  # a pattern the words right before the figure must end with (case aside)
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
        precedes=r"\b(?:sentences|terms)\s+(?:of|from|were|was|rang(?:ing|ed)\s+from)\s+(?:between\s+)?",
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
        follows=r"\s+(?:(?:that|which|offering|providing|giving)\s+(?:\w+\s+){0,2}shelter\b|sheltered|housed)",
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
        precedes=r"\b(?:" + "|".join(sorted(LEXICON["spend"])) + r")\s+",
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
        precedes=r"\breceived\s+",
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
        follows=r"(?:\s+[\w-]+){0,6}?\s+for\s+(?:(?:about|some|around|nearly|approximately|over)\s+)?"
        r"(?:[\d,]+\s+|all\s+|the\s+)?(?:[\w-]+\s+)?(?:" + "|".join(sorted(LEXICON["trainee nouns"])) + r")\b",
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
        verbs=("investigate", "prosecute", "convict", "discipline", "sentence"),
        examples=(
            "Prosecutors indicted [three border guards] for facilitating trafficking.",
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
        not_examples=(
            "Officials arrested [15 suspects] at the border.",
            "The ministry opened [two regional offices] in the north.",
        ),
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
