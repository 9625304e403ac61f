"""Which indicator of a government's efforts a figure is, and which trafficking it concerns.

An indicator is decided by what the number counts in its own sentence, never by the section it
sits in: the counted noun (the figure's unit) and the word that governs it (the verb before the
number in its clause, "convicted 12 traffickers", or the participle after its noun, "12 cases were
investigated"). The words live in LEXICON; RULES say which words give which indicator, first rule
that matches wins, and each rule carries its own examples (the figure in [brackets]) that the test
suite runs. A bracketed dollar conversion and a comparison figure ("compared with 52 in 2019")
are coded as the figure they belong to; a zero count as what it counts.

Pure functions over (sentence, span of the figure's quote, unit, kind): the importer's figure
engine calls `code` once for each figure it drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipcli import model
from tipcli.importing.extract.numbers import find_numbers
from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.hedges import COMPARISONS, HEDGES
from tipcli.importing.lexicon.nouns import PEOPLE, TIME_UNITS

INDICATORS, TRAFFICKING = model.INDICATORS, model.TRAFFICKING_TYPES  # the schema's closed choices


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Each entry: words (or, ending in "*", word beginnings) of one class. A governing word is the
# last word of any verb class in the clause before the number, else a participle after its noun.
LEXICON: dict[str, frozenset[str]] = {
    # what a number counts
    "legal nouns": _words(
        "cases case suspects suspected defendants accused traffickers trafficker individuals persons people"
        " perpetrators offenders alleged employers recruiters brokers pimps owners nationals foreigners"
        " men women citizens adults others"
    ),
    "victim nouns": PEOPLE
    | _words("victim survivors child persons people individuals laborers nationals citizens foreigners others"),
    "official nouns": _words(
        "officials official officers officer policemen police guards soldiers servants employees agents"
        " judges magistrates diplomats mayors gendarmes staff inspectors"
    ),
    "trainee nouns": _words(
        "officials officers police policemen guards soldiers judges magistrates prosecutors inspectors"
        " investigators staff personnel employees participants people persons individuals members"
        " teachers students journalists workers diplomats attendees stakeholders agents professionals"
        " servants trainees recruits cadets"
    ),
    "session nouns": _words("sessions session workshops workshop trainings courses seminars programs"),
    "shelter nouns": _words("shelters shelter beds places houses spaces"),
    "penalty nouns": _words("penalties penalty sentences sentence fines fine terms"),
    "time nouns": frozenset(TIME_UNITS),
    "investigation nouns": _words("investigations investigation"),
    "prosecution nouns": _words("prosecutions prosecution indictments indictment"),
    "conviction nouns": _words("convictions conviction"),
    # verbs (and a few nouns that act as verbs before a count: "initiated prosecutions of 12 people")
    "investigate": _words("investigat* probed probing opened opening"),  # "opened 22 cases"
    "prosecute": _words("prosecut* indict* charged charging"),
    "convict": _words("convict*"),
    "sentence": _words("sentenc*"),
    "identify": _words(
        "identified identify identifies identifying certif* rescued rescuing recognized freed liberated"
        " detected detecting uncovered"
    ),
    "assist": _words(
        "referr* refer refers assist* sheltered sheltering served serving housed accommodat* cared"
        " supported supporting protected placed placing"
    ),
    "train": _words("train trained training trainings trains"),
    "discipline": _words("disciplin* dismiss* fired suspended demoted removed arrested arresting"),
    # words that govern a count without giving it an indicator, so an earlier verb does not reach past them
    "neutral": _words(
        "arrest arrested arresting detain* screen* inspect* deport* estimat* visit* called calls met"
        " removed repatriat* returned rejected acquitted dismissed extradit* hired employ* conduct* held launch*"
        " organiz* reached issued hosted registered recorded awarded compensat* testified paid fined"
    ),
    # "received" and its kin govern a count of victims assisted (or, "attended training", of people trained)
    # only with these words after them
    "receive": _words(
        "received receiving receive receives benefited benefitted obtained accessed attended participated"
    ),
    # (a residence permit, a visa or parole is a legal status, not a service: no indicator)
    "services": _words("assistance services service shelter care support counseling aid protection accommodation"),
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
    "not funding": _words(
        "seiz* confiscat* froze frozen fee fees debt debts paid pay paying pays bribe bribes earn* wage wages"
        " salar* loan* ransom sold sell selling price prices fine fines fined compensation restitution damages"
        " profit* proceeds revenue* worth charged charging cost costs valued launder*"
    ),
    "shelter cue": _words("shelter shelters shelter's beds"),
    # what a shelter can take, as against whom it took ("accommodated 52 victims")
    "capacity cue": _words("can could capacity able accommodate accommodates hold holds"),
    "prescribe cue": _words(
        "prescrib* punish* penalt* provides provide carries carry law laws code statute act"
        " criminalizes criminalized criminalize stipulat*"
    ),
    "imposed cue": _words(
        "sentenced sentencing imposed impose serving received receive handed ordered given ranged averaged issued fined"
    ),
}

_CLASS_ORDER = (
    "investigate",
    "prosecute",
    "convict",
    "sentence",
    "identify",
    "assist",
    "train",
    "discipline",
    "receive",
    "neutral",
)


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of sentence that states an indicator; the first rule a figure matches gives its indicator."""

    name: str
    purpose: str  # one line: the sentences it is for
    indicator: str
    kinds: tuple[str, ...] = ("count",)  # the figure kinds it applies to
    nouns: tuple[str, ...] = ()  # lexicon classes one of whose words the counted noun has (none: any noun)
    verbs: tuple[str, ...] = ()  # lexicon classes the governing word belongs to (none: any, or no verb)
    cue: str = ""  # a lexicon class one of whose words stands in the clause before the number
    not_cue: str = ""  # a lexicon class none of whose words may stand in the clause
    examples: tuple[str, ...] = ()  # sentences whose [bracketed] figure takes this indicator
    not_examples: tuple[str, ...] = ()  # sentences whose [bracketed] figure does not


RULES: tuple[Rule, ...] = (
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
        ),
        not_examples=("The law prescribes [four to 12 years] of imprisonment for sex trafficking.",),
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
        "shelter capacity",
        "how many people shelters can take",
        "shelters",
        kinds=("capacity",),
        cue="shelter cue",
        examples=("The shelter had capacity for [45 people].",),
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
        "people trained",
        "officials and others trained on trafficking",
        "training",
        nouns=("trainee nouns",),
        verbs=("train",),
        examples=(
            "The ministry trained [480 police officers] on victim identification.",
            "Training courses were given to [1,200 labor inspectors and judges].",
            "[Forty prosecutors] attended a training on the new statute.",
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
        "cases or defendants prosecuted",
        "cases or defendants with a verb of prosecuting or charging",
        "prosecutions",
        nouns=("legal nouns",),
        verbs=("prosecute",),
        examples=(
            "The prosecutor general charged [28 defendants] with trafficking offenses.",
            "The prosecution service continued prosecuting [11 cases] against labor recruiters.",
            "[Nine cases] were pending trial when the year ended.",
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
        "victims assisted",
        "victims referred to, assisted, sheltered or given services",
        "victims_assisted",
        nouns=("victim nouns",),
        verbs=("assist",),
        examples=(
            "NGOs assisted [88 victims] with government funds.",
            "Police referred [40 potential victims] to care.",
            "The municipality offered housing and counseling services to [26 survivors].",
            "[Thirty victims] were placed in state-run shelters.",
        ),
        not_examples=("The hotline received [300 calls] in 2020.",),
    ),
)

_ZERO_RE = re.compile(r"\b(?:no|not|any|none|never|nor)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A clause ends at a semicolon, a sentence's end, or ", but" (a second statement with a subject of its own)
_CLAUSE_END_RE = re.compile(r";|,\s+but\b|[.!?](?=\s+[\"“(]?[A-Z0-9])|[.!?]$")
_AFTER_STOP_RE = re.compile(
    r"[,;:()\[\]—–]|\b(?:and|but|who|which|that|while|whereas|including|compared|from|of whom|of which|it|they|he|she|we)\b"
)
_CONVERSION_BEFORE_RE = re.compile(r"[(\[]\s*(?:(?:" + alternation(HEDGES) + r"|US)\s*)?$")
_COMPARISON_BEFORE_RE = re.compile(
    r"\b(?:" + alternation(COMPARISONS) + r"|an?\s+(?:increase|decrease|rise|drop)\s+from|vs\.?|from)\s+"
    r"(?:(?:" + alternation(HEDGES) + r")\s+)?$",
    re.IGNORECASE,
)
# "(52 in 2014)", "(61 the previous year)": a bracket that compares; "(40 for sex trafficking ...)" breaks down instead
_BRACKET_COMPARISON_RE = re.compile(
    r"[^)\]]*?\b(?:in\s+(?:19|20)\d\d|(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:year|reporting\s+period))\b",
    re.IGNORECASE,
)
_SERVICES_TO_RE = re.compile(
    r"\b(?:services|assistance|shelter|care|support|protection|aid|accommodation)\s+(?:to|for)\s+"
    r"(?:all\s+|the\s+|some\s+)?$",
    re.IGNORECASE,
)
# "identified 212 victims; 150 were women": a clause after a semicolon that opens with a bare count and a copula
_PART_RE = re.compile(r"\s*\d[\d,]*\s+(?:of\s+them\s+)?(?:were|was)\b", re.IGNORECASE)
_BREAKDOWN_RE = re.compile(
    r"\s*(?:Of\s+(?:these|those|them|this\s+total|the\s+total)\b(?:\s+\w+){0,2}\s*,"
    r"|(?:They|These|Those|The\s+\w+(?:\s+\w+){0,2})\s+included\b)",
    re.IGNORECASE,
)
_AGAINST_RE = re.compile(
    r"\b(?:initiated|filed|brought|opened|pressed|launched|started|continued|pursued)\s+(?:\w+\s+)?"
    r"(?:cases|charges|proceedings|indictments)\s+against\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_IDENTIFICATION_RE = re.compile(r"\bidentification\s+of\s+(?:\w+\s+)?$", re.IGNORECASE)
# "investigations involving government officials": the legal steps against officials are complicity
_OFFICIALS_RE = re.compile(
    r"^[^;]{0,40}?\b(?:involving|against|of)\s+(?:\w+\s+){0,2}"
    r"(?:officials|officers|policemen|police|civil\s+servants|government\s+employees|judges|guards|soldiers)\b",
    re.IGNORECASE,
)
_SPENT_BEFORE_RE = re.compile(
    r"\b(\w+)\s+(?:approximately\s+|about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE
)
_UNNAMED_AMOUNT_MIN = 10_000  # below it "allocated 40 vehicles" counts goods, not money
_COUNTED_NOUNS = ("legal nouns", "victim nouns", "official nouns", "trainee nouns", "session nouns", "shelter nouns")
_REPORTED_RE = re.compile(r"\breported\s+$", re.IGNORECASE)
_COPULA_RE = re.compile(r"\b(?:were|was|are|is|involved|concerned|included)\b", re.IGNORECASE)  # what a part is
_TYPE_STOP_RE = re.compile(
    r"[;()\[\]]|\b(?:but|while|whereas|although|compared)\b", re.IGNORECASE
)  # where the words that tell a figure's trafficking end: another statement, an aside, a comparison
_BACK_RE = re.compile(r"\bof\s+(?:the\s+|these\s+|those\s+)?$")  # "Five of the six": the six counted before
_PASSIVE_RE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(\w+ed)\b")
_AFTER_PARTICIPLE_RE = re.compile(r"\b(?:was|were|been|being|are|is|remained|remain)\s+(?:\w+\s+){0,2}?$")
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


def _phrases(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Compile phrases of word beginnings into one pattern; "*" is at most one word."""
    parts = []
    for phrase in phrases:
        words = phrase.split()
        pattern = ""
        for index, word in enumerate(words):
            if word == "*":
                pattern += r"(?:\w+\s+)?"
            else:
                pattern += re.escape(word) + (r"\s+" if index < len(words) - 1 else "")
        parts.append(pattern)
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)


_SEX_RE, _LABOR_RE = _phrases(TRAFFICKING_WORDS["sex"]), _phrases(TRAFFICKING_WORDS["labor"])


_LEGAL_STEPS = ("investigations", "prosecutions", "convictions")
_PROCESS_NOUNS = ("investigation nouns", "prosecution nouns", "conviction nouns")  # a noun that names its indicator


@dataclass(frozen=True, slots=True)
class Coding:
    """The indicator and trafficking type of one figure (None where the text gives none)."""

    indicator: str | None
    trafficking: str | None
    rule: str | None  # the name of the rule that gave the indicator
    compares: int | None = None  # a comparison figure: where the number it is compared with stands


# Each class split once into its whole words and its word beginnings ("investigat*").
_EXACT = {name: frozenset(w for w in words if not w.endswith("*")) for name, words in LEXICON.items()}
_PREFIXES = {name: tuple(w[:-1] for w in words if w.endswith("*")) for name, words in LEXICON.items()}


def _in_class(word: str, name: str) -> bool:
    """Tell whether word is one of a lexicon class's words; a beginning never matches a person ("investigators")."""
    word = word.lower().strip("'’")
    if word in _EXACT[name]:
        return True
    return word.startswith(_PREFIXES[name]) and not word.endswith(("or", "ors")) if _PREFIXES[name] else False


def _clause(text: str, start: int) -> tuple[int, int]:
    """Return the span of the clause (sentence, or part between semicolons) around position start."""
    begin = 0
    for match in _CLAUSE_END_RE.finditer(text):
        if match.end() <= start:
            begin = match.end()
        else:
            return begin, match.start()
    return begin, len(text)


def _numbers(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """Return the spans of the numbers of text[begin:end] that are not years."""
    return [(t.start + begin, t.end + begin) for t in find_numbers(text[begin:end]) if not t.year_like or t.dollar]


def _earlier(text: str, start: int, clause: tuple[int, int]) -> list[int]:
    """Return where the numbers before start in its clause stand, leaving out those in closed brackets.

    A breakdown in brackets, "(40 for sex trafficking and 12 for forced labor)", is not what a later
    figure converts or compares.
    """
    bracketed = [(m.start(), m.end()) for m in re.finditer(r"[(\[][^)\]]*[)\]]", text[clause[0] : start])]
    return [
        s
        for s, e in _numbers(text, clause[0], start)
        if e <= start and not any(a <= s - clause[0] < b for a, b in bracketed)
    ]


def compared_with(text: str, start: int, unit: str, clause: tuple[int, int]) -> int | None:
    """Return where the number a comparison figure ("compared with 52 in 2019") is compared with stands."""
    earlier = _earlier(text, start, clause)
    if not earlier:
        return None
    before = text[max(clause[0], start - 40) : start]
    bracket_comparison = re.search(r"[(\[]\s*$", before) and _BRACKET_COMPARISON_RE.match(text, start)
    if not (_COMPARISON_BEFORE_RE.search(before) or bracket_comparison):
        return None
    head = unit.split()[-1].lower() if unit.split() else ""
    same = [s for s in earlier if head and head in text[s : s + 40].lower().split()[1:4]]
    return (same or earlier)[
        -1
    ]  # "compared with 40 cases and 29 defendants": the earlier cases, the earlier defendants


def _anchor(text: str, start: int, unit: str, clause: tuple[int, int]) -> int:
    """Return where the figure a conversion or comparison belongs to starts (else start itself)."""
    earlier = _earlier(text, start, clause)
    if earlier and unit == "USD" and _CONVERSION_BEFORE_RE.search(text, max(clause[0], start - 40), start):
        return earlier[-1]
    compared = compared_with(text, start, unit, clause)
    return start if compared is None else _anchor(text, compared, unit, clause)


def _governing(text: str, clause: tuple[int, int], start: int, end: int) -> str | None:
    """Return the verb class of the word that governs the count at text[start:end]."""
    stop = _AFTER_STOP_RE.search(text, end, clause[1])
    after = text[end : stop.start() if stop else clause[1]]
    for match in _WORD_RE.finditer(after):
        if _in_class(match.group(), "receive"):
            return _received(text, end + match.end(), clause[1])
        if _AFTER_PARTICIPLE_RE.search(after, 0, match.start()) or match.group().endswith("ed"):
            found = _class_of(match.group())
            if found is not None:
                return found
        if match.group().lower() == "under" and "investigation" in after[match.end() :].lower():
            return "investigate"
        if match.group().lower() == "pending":  # "cases pending trial": prosecutions continued
            following = after[match.end() :].lower().split()[:3]
            if "investigation" in following:
                return "investigate"
            if {"trial", "court", "courts", "prosecution"} & set(following):
                return "prosecute"
        if match.group().lower() == "guilty":  # "were found guilty", "pleaded guilty"; "not guilty" acquits
            return "neutral" if after[: match.start()].lower().split()[-1:] == ["not"] else "convict"
        if match.group().lower() in ("resulted", "led", "ended"):
            return _class_of(after[match.end() :].split()[-1]) if after[match.end() :].split() else None
    if _SERVICES_TO_RE.search(text, max(clause[0], start - 60), start):
        return "assist"  # "provided shelter and care to 90 victims"
    if _IDENTIFICATION_RE.search(text, max(clause[0], start - 40), start):
        return "identify"  # "led to the identification of 12 victims"
    if _AGAINST_RE.search(text, max(clause[0], start - 40), start):
        return "prosecute"  # "initiated cases against 233 defendants"
    if _REPORTED_RE.search(text, max(clause[0], start - 20), start):
        return "identify"  # "the government reported 210 victims": victims the authorities counted
    # a zero count ("did not report convicting any traffickers") holds its verb inside its quote
    until = end if _ZERO_RE.search(text, start, end) else start
    for match in reversed(list(_WORD_RE.finditer(text, clause[0], until))):
        found = _class_of(match.group())
        if found == "receive":
            return _received(text, match.end(), clause[1])
        if found is not None:
            return found
    # a count that is its clause's subject, its verb after an aside: "107 victims, both adults and children, were freed"
    passives = (_class_of(m.group(1)) for m in _PASSIVE_RE.finditer(text, end, clause[1]))
    return next((found for found in passives if found is not None), None)


def _received(text: str, begin: int, end: int) -> str:
    """Return what "received" governs: training, services (assisted), or nothing of the panel's."""
    following = [m.group() for m in _WORD_RE.finditer(text, begin, end)][:4]
    if any(_in_class(word, "train") for word in following):
        return "train"
    return "assist" if any(_in_class(word, "services") for word in following) else "neutral"


def _class_of(word: str) -> str | None:
    return next((name for name in _CLASS_ORDER if _in_class(word, name)), None)


def _clause_has(text: str, begin: int, end: int, name: str) -> bool:
    return any(_in_class(m.group(), name) for m in _WORD_RE.finditer(text, begin, end))


def _matches(
    rule: Rule,
    *,
    kind: str,
    noun_words: list[str],
    verb: str | None,
    text: str,
    clause: tuple[int, int],
    start: int,
    end: int,
) -> bool:
    if kind not in rule.kinds:
        return False
    if rule.nouns and not any(_in_class(w, n) for w in noun_words for n in rule.nouns):
        return False
    if rule.verbs and verb not in rule.verbs:
        return False
    if rule.cue and not _clause_has(text, clause[0], clause[1], rule.cue):
        return False
    return not (rule.not_cue and _clause_has(text, clause[0], clause[1], rule.not_cue))


def trafficking(text: str, start: int, end: int, clause: tuple[int, int]) -> str | None:
    """Return sex or labor when the words of the figure (else of its clause's opening) say which, one only."""
    numbers = _numbers(text, clause[0], clause[1])
    following = next((s for s, _ in numbers if s >= end and not _BACK_RE.search(text, max(0, s - 12), s)), clause[1])
    stop = _TYPE_STOP_RE.search(text, end, following)  # "1,450 inspections but no victims of forced labor"
    following = stop.start() if stop else following
    for begin, end in ((start, following), (clause[0], min([s for s, _ in numbers] + [start]))):
        sex, labor = _SEX_RE.search(text, begin, end), _LABOR_RE.search(text, begin, end)
        if sex or labor:
            return None if sex and labor else "sex" if sex else "labor"
    return None


def _recommended(text: str, begin: int) -> bool:
    """Tell whether the sentence is a recommendation ("Train all 300 judges ..."): its number counts nothing done."""
    sentence_start = max(text.rfind(". ", 0, begin + 1), text.rfind("\n", 0, begin + 1)) + 1
    for at in {sentence_start, begin}:  # the sentence's first word, or its clause's (recommendations joined by ";")
        first = _WORD_RE.search(text, at)
        if first is not None and first.group().lower() in LEXICON["imperative"]:
            return True
    return False


def code(text: str, start: int, end: int, *, unit: str, kind: str) -> Coding:
    """Return the indicator and trafficking of the figure quoted by text[start:end].

    text is the figure's paragraph (or its sentence); unit is its counted noun, "USD" or a currency.
    """
    clause = _clause(text, start)
    if _recommended(text, clause[0]) or _clause_has(text, clause[0], end, "hypothetical"):
        # a recommendation, or a plan ("a proposed budget of ..."): nothing done, but still of one trafficking
        return Coding(None, trafficking(text, start, end, clause), None)
    compared = compared_with(text, start, unit, clause)
    own_noun = any(_in_class(w, n) for w in unit.split() for n in _PROCESS_NOUNS)
    anchor = start if own_noun else _anchor(text, start, unit, clause)
    if anchor != start:
        stop = _AFTER_STOP_RE.search(text, anchor + 1, clause[1])
        start, end = anchor, max(stop.start() if stop else clause[1], anchor + 1)
    coded = _by_rules(text, start, end, clause, unit=unit, kind=kind)
    if coded.indicator is None and kind == "count" and _unnamed_amount_spent(text, start, end, unit, clause):
        coded = Coding("funding", coded.trafficking, "amount spent in an unnamed currency")
    if coded.indicator is None and kind == "count" and _COPULA_RE.search(text, clause[0], min(clause[1], end + 20)):
        group = _breakdown_of(text, clause)
        if group is not None:  # "Of these, 58 were women": a part of what the sentence before counted
            coded = Coding(group.indicator, trafficking(text, start, end, clause), group.rule)
    if coded.indicator in _LEGAL_STEPS and _OFFICIALS_RE.match(text[end : clause[1]]):
        coded = Coding("complicity", coded.trafficking, "legal steps against officials")
    return Coding(coded.indicator, coded.trafficking, coded.rule, compared)


def _unnamed_amount_spent(text: str, start: int, end: int, unit: str, clause: tuple[int, int]) -> bool:
    """Tell whether a count is money a verb of spending governs: "allocated 1,200,000 somoni to NGOs"."""
    before = _SPENT_BEFORE_RE.search(text, max(clause[0], start - 40), start)
    if before is None or not _in_class(before.group(1), "spend"):
        return False
    numbers = find_numbers(text[start:end])
    if not numbers or numbers[0].value < _UNNAMED_AMOUNT_MIN:
        return False
    if any(_in_class(word, name) for word in unit.split() for name in _COUNTED_NOUNS):
        return False
    return not _clause_has(text, clause[0], clause[1], "not funding")


def _by_rules(text: str, start: int, end: int, clause: tuple[int, int], *, unit: str, kind: str) -> Coding:
    """Return the coding the first matching rule gives the figure at text[start:end]."""
    noun_words = unit.lower().split() or [""]
    if unit in ("", "(unit not stated)"):
        noun_words = [
            "cases",
            "victims",
        ]  # a bare count ("Five of the six were convicted") counts what its verb acts on
    verb = _governing(text, clause, start, end)
    for rule in RULES:
        if _matches(rule, kind=kind, noun_words=noun_words, verb=verb, text=text, clause=clause, start=start, end=end):
            return Coding(rule.indicator, trafficking(text, start, end, clause), rule.name)
    return Coding(None, trafficking(text, start, end, clause), None)  # every figure may concern one trafficking


def _breakdown_of(text: str, clause: tuple[int, int]) -> Coding | None:
    """Return the coding of the group a clause breaks down ("Of these, ..."): the first coded count before it."""
    after_semicolon = text[clause[0] - 1 : clause[0]] == ";" and _PART_RE.match(text, clause[0])
    if not (_BREAKDOWN_RE.match(text, clause[0]) or after_semicolon):
        return None
    before = _clause(text, max(0, clause[0] - 2))
    for number_start, number_end in _numbers(text, before[0], before[1]):
        words = _WORD_RE.findall(text, number_end, min(before[1], number_end + 40))
        unit = words[0] if words else ""
        coded = _by_rules(text, number_start, number_end + 1, before, unit=unit, kind="count")
        if coded.indicator is not None:
            return coded
    return None
