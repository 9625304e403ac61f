"""Words of bodies and the names around them: heads of agency names, levels, titles, openers."""

from __future__ import annotations

from tipcli.importing.lexicon import words
from tipcli.importing.lexicon.dates import MONTH_NAMES
from tipcli.importing.lexicon.nouns import STATE_STAFF

# Words of a body's name that say its level: international, nongovernmental, public, legislative, judicial.
INTERNATIONAL = words(
    "International Regional Inter-Regional Nations World Global Transcontinental Intercontinental "
    "European Inter-American Intergovernmental UN Europe"
)
# "League" (q7): an association of members ("the Harbor Workers' League") is a civil-society group.
# "Society", "Collective" (agq8): "the Harbour Relief Society", "the Open Door Collective".
# "Union" (a trade union: "the Dock Workers' Union"), "Trust", "Outreach": names civil-society groups end in.
# "Cross"/"Crescent" (a national Red Cross or Red Crescent society), "Initiative", "Partnership",
# "Federation" (of workers, of women's groups: only before "of", see agency_names).
NGO_HEADS = words(
    "Network Alliance Association Coalition Foundation League Society Collective Union Trust Outreach "
    "Cross Crescent Initiative Partnership Federation"
)
# Words of a mission that states send ("the Joint Monitoring Mission", "the Border Assistance Mission");
# another "Mission" is a charity's ("the Harbor Light Mission", "the Church City Mission").
STATES_MISSION = words(
    "Joint Monitoring Assistance Observer Observation Peacekeeping Stabilization Border Council Support"
)
# Words of a church or faith in a body's name: its "Mission" is a charity, not a mission of states.
RELIGIOUS = words(
    "Church Catholic Christian Islamic Muslim Buddhist Hindu Jewish Orthodox Lutheran Diocese Parish Saint"
)
# The first word of a union or community of states ("the African Union", "the Caribbean Community"): with
# "Union", "League" or "Community" it makes the body international rather than a civil-society group.
CONTINENTAL = words("African Arab Asian Eurasian European Caribbean Pacific Andean Nordic Baltic")
CONTINENTAL_HEADS = words("Union League Commission Parliament Court Bank")
# Capitalised plurals that open the name of a fellowship or religious order ("the Sisters of Mercy
# Foundation", "Friends of the Shore"), where another plural before "of" names people ("Members of").
FELLOWSHIPS = words("Sisters Brothers Daughters Sons Friends Servants Missionaries Companions Brotherhood Sisterhood")
NGO_HEADS |= FELLOWSHIPS  # "the Good Shepherd Sisters", "the Daughters of Mercy": the fellowship is the body
# Offices held by one person that narratives list as bodies when a modifier makes them an institution
# ("the National Rapporteur on Trafficking", "the National Coordinator for Anti-Trafficking").
OFFICE_HEADS = words("Rapporteur Coordinator Commissioner Prosecutor")
OFFICE_MODS = words("National Special Federal State Chief High")
PUBLIC = words("National Federal State Government Ministry Public Judicial")
LEGISLATIVE = words("Parliament Assembly Congress Senate Chamber Legislature")
JUDICIAL_HEADS = words("Court Tribunal Judiciary Procuracy Prosecution")
JUDICIAL = JUDICIAL_HEADS | {"Courts", "Prosecutions"}  # "the Directorate of Public Prosecutions"
JUDICIAL_STEMS = ("Prosecutor", "Attorney", "Defender", "Procurator", "Magistrat")
# An office written as one word, which is a body by itself ("the Prosecutor-General appealed").
ONE_WORD_OFFICES = words("Prosecutor-General Procurator-General Attorney-General")
# Nouns that head the name of a body; a capitalised run without one is a place, law or person.
HEADS = (
    words(
        "Ministry Ministries Office Commission Committee Council Agency Unit Directorate Service Police "
        "Secretariat Department Inspectorate Division Bureau Authority Institute Forum Organization Organisation "
        "Group Government Forces Guard Cabinet Taskforce Superintendency Board Branch Ombudsman Chambers Embassy "
        "Consulate Force "  # agq8: "Force" heads "the National Task Force on X"
        "Gendarmerie Administration Ombudsperson Brigade Mission Bank Academy Courts Tribunals Municipality "
        "Constabulary Units Committees Councils Commissions Directorates Bureaus"  # "the Child Protection Units"
    )
    | NGO_HEADS
    | LEGISLATIVE
    | JUDICIAL_HEADS
    | ONE_WORD_OFFICES
)
# The members a legislature's house is named by ("the House of Representatives", "the House of Peoples");
# "House" alone names shelters ("Hope House"), which are not listed.
HOUSE_MEMBERS = words("Representatives Commons Lords Peoples Councillors Delegates Deputies Nationalities")
# Words that make a capitalised run a law, plan, fund, facility or place rather than a body.
NOT_BODY = words(
    "Act Law Code Plan Fund Program Programme Strategy Campaign Protocol Convention Report Shelter System "
    "Mechanism Procedures Republic Emirates Kingdom Islands List Tier Article Section Decree Constitution "
    "Center Centers Centre Centres Shelters Hotline"
)
# Last words after a possessive inside one body's name ("Ministry of Women's Affairs", "... of Migrant's
# Rights"): the possessive names the portfolio, not an owner of a second thing (agq8).
PORTFOLIO_ENDS = words("Affairs Rights Welfare Issues")
# Last words of the United Nations' own funds and programmes, which are organisations, not money or plans.
UN_BODY_ENDS = words("Fund Programme Program")
# Capitalised words that open sentences or clauses and are never the first word of a body's name.
LEADING_STOP = words(
    "The A An In On At By For From During According With Under After Before Since Also But However "
    "Although While When Of And Its Their His Her This These Those That Some Many Most Each Every All "
    "Both Only Officers Members Staff Despite Through Unlike Like As If Following Between Among Several "
    "Other Such Neither Nor"
)
# Adverbs that open a sentence before "the" and a body ("Later the Board met"), where an NGO's name may
# open with a verb and "the" ("Save the Children", "Free the Slaves"): an adverb also ends in "-ly".
SENTENCE_ADVERBS = words(
    "Later Then Now Meanwhile Thereafter Afterwards Afterward Still Yet Today Overall Instead Together "
    "Nevertheless Nonetheless Thus Hence Therefore Again Next Finally"
)
# Charities the world over write by a name with no institution noun ("Caritas", "the Salvation Army"); a
# country's branch keeps the name first ("Caritas Westland", "Solwodi Ardmoor").
CHARITY_NAMES = words("Caritas Solwodi SOLWODI ECPAT Polaris") | {"Salvation Army", "Terre des Hommes", "La Strada"}
# Verbs that open the names of campaigning NGOs before "the" ("Save the Children", "Free the Slaves").
CAMPAIGN_VERBS = words("Save Free Stop Protect Help End Rescue Shelter")
# Titles of one person: 'the President of the Supreme Court' is a person, the court is the body.
TITLES = words("President Minister Director Head Chief Secretary Member Officer Chair Chairman Chairperson Deputy")
# Lower-case articles, prepositions and conjunctions inside names in other languages ("Oficina Nacional
# de Rescate", "Bundesamt für Migration"). They stay in a name only where its acronym's letters fit.
FOREIGN = words(
    "de del della delle dei degli di da das do dos la las le les los el des du für fur zur zum von vom der den "
    "van voor het e y et och og para pour contra contre sobre al"
)
# Modifiers that make a generic actor a state or local one ("state police", "municipal officials").
PLACE_LEVELS = dict.fromkeys(("state", "provincial", "regional", "county"), "state")
PLACE_LEVELS |= dict.fromkeys(("local", "district", "municipal", "city"), "municipal")
PLACE_MODS = tuple(PLACE_LEVELS)
# Small words around a generic actor that end the phrase it may stand in.
FUNCTION_WORDS = words(
    "and or the for by with from of to that as than but nor its their whose which who whom in on at among "
    "between including include includes included such like both also "
    "where when while because although though if unless once"  # q7: a clause opens ("..., where police found")
)
# Words that make a name a person, a place, a law or a sentence's opener, not a body.
NOT_NAMES = (
    words(
        "Act Law Code Plan Program Programme Strategy Protocol Convention Report Decree Constitution Republic Kingdom "
        "Islands Province President Minister Prime King Queen Prince Emir Sultan Governor Mayor Secretary Director "
        "Chief Judge Justice Ambassador Northern Southern Eastern Western Central Upper Lower North South East West "
        "Mr Mrs Ms Dr"
    )
    | LEADING_STOP
    | MONTH_NAMES
)
# Words before "NGO" or "organization" in an appositive that calls a named body one ("Casa Luz, a local NGO").
NGO_DESCRIPTORS = words(
    "local international national nongovernmental non-governmental faith-based nonprofit non-profit private "
    "civil-society religious"
) | {"civil society"}
# Nouns an appositive calls a provider by ("X, a local charity"): as written, "NGO" in capitals.
PROVIDER_NOUNS = words("NGO organization organisation charity shelter")
# Words an appositive calls a body by that make it a nongovernmental one ("Casa Luz, an NGO").
NGO_WORDS = words("NGO nongovernmental non-governmental civil-society") | {"civil society"}

# Generic bodies named by a common noun beside agency_generic's first list (q7): plural noun -> (its level
# written alone, or None when only a modifier makes it a body; the modifiers that count).
MORE_GENERIC_BODIES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "labor departments": ("federal", PLACE_MODS),
    "labour departments": ("federal", PLACE_MODS),
    "administrators": (None, PLACE_MODS),
    "anti-trafficking commissions": ("federal", ("national",)),
    "interministerial working groups": ("federal", ()),
    "inter-ministerial working groups": ("federal", ()),
    "interagency working groups": ("federal", ()),
    "inter-agency working groups": ("federal", ()),
}
# The staff and offices of a state service named by the service ("customs officers", "border officials",
# "fisheries inspectors", "the immigration service"): a service word before a staff or office noun. The
# narratives name these actors by any pairing of the two lists, so the pairs are composed, not listed.
SERVICES = ("border", "customs", "immigration", "migration", "fisheries", "maritime", "consular", "tax")
SERVICE_STAFF = (*sorted(STATE_STAFF), "services", "inspectorates")
MORE_GENERIC_BODIES |= {
    f"{service} {staff}": ("federal", PLACE_MODS) for service in SERVICES for staff in SERVICE_STAFF
}
# Councils and commissions of the provinces or towns ("municipal councils", "regional commissions"): a
# body only with a modifier of place.
MORE_GENERIC_BODIES |= dict.fromkeys(("councils", "commissions", "administrations"), (None, PLACE_MODS))
# Unions of workers ("a labor union counted 70 such workers"): civil society.
MORE_GENERIC_BODIES |= dict.fromkeys(("labor unions", "labour unions", "trade unions"), ("nongovernmental", ()))
# Bodies named by one plural common noun ("17 municipalities ran campaigns", "security forces detained").
MORE_GENERIC_BODIES |= {"municipalities": ("municipal", ()), "security forces": ("federal", ())}
# agq8: "the labor ministry", "the health ministry": a ministry named by its portfolio in lower case.
_PORTFOLIOS = ("labor", "labour", "health", "interior", "justice", "education")
MORE_GENERIC_BODIES |= {f"{portfolio} ministries": ("federal", ()) for portfolio in _PORTFOLIOS}
# Singular nouns that name one body of the state, not one person (q7): singular -> its plural.
SINGULAR_GENERIC_BODIES = {
    "labor inspectorate": "labor inspectorates",
    "labour inspectorate": "labour inspectorates",
    "labor department": "labor departments",
    "labour department": "labour departments",
    "anti-trafficking commission": "anti-trafficking commissions",
    "interministerial working group": "interministerial working groups",
    "inter-ministerial working group": "inter-ministerial working groups",
    "interagency working group": "interagency working groups",
    "inter-agency working group": "inter-agency working groups",
}
SINGULAR_GENERIC_BODIES |= {f"{portfolio} ministry": f"{portfolio} ministries" for portfolio in _PORTFOLIOS}
SINGULAR_GENERIC_BODIES |= {f"{service} service": f"{service} services" for service in SERVICES}
SINGULAR_GENERIC_BODIES |= {f"{service} inspectorate": f"{service} inspectorates" for service in SERVICES}
SINGULAR_GENERIC_BODIES |= {f"{kind} union": f"{kind} unions" for kind in ("labor", "labour", "trade")}
SINGULAR_GENERIC_BODIES["cabinet"] = "cabinets"  # "the cabinet adopted a plan": the council of ministers
MORE_GENERIC_BODIES["cabinets"] = ("federal", ())
# Bodies a name may give by their head noun alone, capitalised ("Parliament had not voted"): one per country.
SOLE_BODIES = words("Parliament Congress Senate Legislature Judiciary Gendarmerie Cabinet") | ONE_WORD_OFFICES
# Words before "Government" that make it a province's or a town's own government ("the Arlo Provincial
# Government"), a body even without "of" after it (agq8).
LOCAL_GOVERNMENT_MODS = words("Provincial State Municipal City")
# Modifiers that make one generic actor's singular a body of its own ("a foreign government", "a foreign
# donor"): one government or donor of another country, as the gold lists it (q7).
FOREIGN_SINGULAR_MODS = ("foreign",)
# Well-known international organisations that reports write by their acronym alone ("IOM repatriated 12
# women"), with no name before it to bracket it (q7). Upper case as written; an acronym inside a longer
# word ("UNICEF-supported") is not one of these tokens.
INTERNATIONAL_ACRONYMS = words(
    "UN IOM UNICEF UNODC UNHCR UNDP UNFPA ILO OSCE OHCHR INTERPOL Interpol Europol ECOWAS ASEAN EU SADC OAS GRETA"
)

# A body described in lower case without a name or acronym ("the police anti-vice unit", "its
# inter-ministerial anti-trafficking committee"): a determiner, words that say which body, and a head.
# At least one word must say what the body works on (DESCRIBED_MODS); the others may only say its reach.
DESCRIBED_MODS = words(
    "anti-trafficking counter-trafficking anti-vice inter-ministerial interministerial inter-agency interagency "
    "multi-agency multidisciplinary police immigration migration border customs labor labour cybercrime"
)
DESCRIBED_REACH = {"national": "federal", "specialized": "federal", "specialised": "federal", "special": "federal"}
DESCRIBED_REACH |= PLACE_LEVELS
DESCRIBED_HEADS = frozenset(
    head.lower()
    for head in HEADS
    & words("Committee Commission Council Unit Taskforce Directorate Secretariat Bureau Agency Department")
)
DESCRIBED_GROUP_HEADS = frozenset({"task force", "working group"})  # two-word heads, written in lower case
# Bodies after "Regional" that make a name a region's own government ("the Kelvar Regional Administration").
REGIONAL_BODIES = HEADS & words("Administration Government Police Council Assembly")
# Bodies of the provinces or towns described in lower case: a modifier of place (PLACE_LEVELS), what they
# do, and a plural office noun ("regional prosecution offices", "municipal social services"), or one such
# body named by its place after "of" ("the municipal council of San Remo").
PLACE_BODY_PLURALS = words("offices bureaus services departments directorates inspectorates units committees networks")
PLACE_BODY_HEADS = words("council administration government assembly")
