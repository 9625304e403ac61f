"""The words a TIP narrative is laid out with, each vocabulary defined once.

Tier phrases, header forms, section heading names, the formulas that open a section, the words of
page furniture and archive metadata. The structure stage (tipcli.importing.structure) reads these;
nothing else defines them. Every pattern here is bounded: no unbounded run is backtracked over.
"""

from __future__ import annotations

import re

from tipcli.importing.lexicon import alternation
from tipcli.importing.lexicon.dates import MONTH_ABBREVIATIONS, MONTHS

SECTION_IDS = ("overview", "recommendations", "prosecution", "protection", "prevention", "profile")
# The three sections a GOVERNMENT EFFORTS part (Special Cases) is made of, in the report's order.
EFFORT_IDS = ("prosecution", "protection", "prevention")

# --- tiers ----------------------------------------------------------------------------------------
# A tier phrase as the reports write it: "Tier 2 Watch List", "TIER 2 - WATCH LIST", "Tier Three",
# "Special Case".
TIER = (
    r"tier\s{0,3}(?:2|two)\s{0,3}(?:[-–—]\s{0,3})?(?:special\s{1,3})?watch\s{0,3}-?\s{0,3}list"
    r"|tier\s{0,3}(?:[123]|one|two|three)\b|(?:tier\s{1,3})?special\s{1,3}case"
)
RANKS = {"Tier 1": 1.0, "Tier 2": 2.0, "Tier 2 Watch List": 2.5, "Tier 3": 3.0, "Special Case": None}
TIER_WORD_DIGITS = {"one": "1", "two": "2", "three": "3"}
# A verb of placement, then at most three linking words, then the tier: "was ranked Tier 2",
# "remained on Tier 3", "is placed on Tier 2 Watch List", "remained a Special Case".
# "moved up from Tier 3" and "downgraded from Tier 2 to ..." state where it was, not where it is.
TIER_CLAIM = re.compile(
    r"\b(?:is|was|be|been|remains?|remained|placed|ranked|ranks|moved|upgraded|downgraded)\s{1,3}"
    rf"(?:(?:up|down|again|back|to|on|at|as|in|onto|into|the|a)\s{{1,3}}){{0,3}}(?P<tier>{TIER})",
    re.I,
)
# The sentence that gives this report's placement: "...; therefore COUNTRY remained on Tier 2".
TIER_THEREFORE = re.compile(r"\btherefore\b[^.;]{0,120}$", re.I)
# The formulas stating a placement without naming it: "fully meets the minimum standards" (Tier 1);
# "does not fully meet the minimum standards ...; however, it is making significant efforts" (Tier 2,
# and the Watch List when the paragraph adds that it did not demonstrate increasing efforts);
# "... and is not making significant efforts" (Tier 3).
MINIMUM_STANDARDS = re.compile(
    r"\b(?P<neg>(?:does|did|do)\s{1,3}not\s{1,3})?fully\s{1,3}(?:meets?|met|compl(?:y|ies|ied)\s{1,3}with)"
    r"\s{1,3}(?:the\s{1,3})?(?:TVPA[’']s\s{1,3})?minimum\s{1,3}standards",
    re.I,
)
NOT_EFFORTS = re.compile(
    r"\b(?:(?:is|was|are|were)\s{1,3}not\s{1,3}making|did\s{1,3}not\s{1,3}make)\s{1,3}(?:any\s{1,3})?"
    r"significant\s{1,3}efforts",
    re.I,
)
EFFORTS = re.compile(
    r"\b(?:(?:is|was|are|were)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}?making|made)\s{1,3}significant\s{1,3}efforts", re.I
)
WATCH_LIST = re.compile(
    r"\bWatch\s{1,3}List\b|\b(?:not|failed\s{1,3}to|unable\s{1,3}to)\s{1,3}(?:demonstrat|show|provid)\w{0,10}\s{1,3}"
    r"(?:\w{1,20}\s{1,3}){0,3}?increasing\s{1,3}efforts",
    re.I,
)

# What every narrative speaks of: trafficking, forced labor, the minimum standards, a tier.
NARRATIVE_WORDS = re.compile(
    r"\btraffick\w*|\bforced\s{1,3}(?:labou?r|prostitution|begging|marriage)|\bminimum\s{1,3}standards\b"
    r"|\b(?:sex|labou?r)\s{1,3}exploitation\b|\bdebt\s{1,3}bondage\b|\bTier\s{1,3}(?:[123]|one|two|three)\b",
    re.I,
)

# --- the header line ------------------------------------------------------------------------------
# "COUNTRY (Tier 2)", "COUNTRY: Tier 3", "COUNTRY - Tier 2", "COUNTRY (Special Case)", and the label
# first: "SPECIAL CASE: COUNTRY", "TIER 2 WATCH LIST: COUNTRY".
HEADER_AFTER = re.compile(
    rf"(?P<c>[^():\n]{{1,80}}?)\s{{0,3}}(?:\(\s{{0,3}}(?P<a>{TIER})\s{{0,3}}\)|(?::|\s[-–—]{{1,2}})\s{{0,3}}(?P<b>{TIER}))\s{{0,3}}",
    re.I,
)
HEADER_BEFORE = re.compile(rf"(?P<t>{TIER})\s{{0,3}}[:–—-]\s{{0,3}}(?P<c>[^():\n]{{1,80}}?)\s{{0,3}}", re.I)
HEADER_MAX = 160
COUNTRY_MAX_WORDS = 8

# --- section headings -----------------------------------------------------------------------------
# A heading stands alone on its line: one of the report's fixed section names, any case.
HEADING = re.compile(
    r"(?P<rec>(?:prioritized\s{1,3}|key\s{1,3})?recommendations(?:\s{1,3}for\s{1,3}[^:.\n]{1,80})?)"
    r"|(?P<sec>prosecution|protection|prevention)"
    r"|(?P<profile>trafficking\s{1,3}profile)"
    r"|(?P<overview>overview|summary|introduction)",
    re.I,
)
# Longer names some copies use for the same sections ("Victim Protection", "Law Enforcement").
HEADING_NAMES = {
    "law enforcement": "prosecution",
    "prosecution efforts": "prosecution",
    "protection efforts": "protection",
    "prevention efforts": "prevention",
    "victim protection": "protection",
    "protection of victims": "protection",
    "prevention of trafficking": "prevention",
    "trafficking prevention": "prevention",
}
# Headings marked as such (wiki ==X==, HTML <h3>) name their section by a key word.
HEADING_KEYWORDS = (
    ("recommend", "recommendations"),
    ("prosecut", "prosecution"),
    ("law enforcement", "prosecution"),
    ("protect", "protection"),
    ("prevent", "prevention"),
    ("profile", "profile"),
    ("overview", "overview"),
    ("summary", "overview"),
    ("introduction", "overview"),
)
# A Special Case's one heading over its law enforcement, victim and prevention paragraphs.
GOVERNMENT_EFFORTS = re.compile(r"government\s{1,3}efforts", re.I)
# 2010-era reports open the recommendations paragraph with an inline label.
INLINE_RECOMMENDATIONS = re.compile(
    r"(?:prioritized\s{1,3})?recommendations(?:\s{1,3}for\s{1,3}[^:.\n]{1,80})?:(?=\s{1,3}\S)", re.I
)
# Older editions run the heading into its paragraph: "Prosecution: The government ...".
RUN_IN_HEADING = re.compile(
    r"(?P<name>prosecution|protection|prevention|trafficking\s{1,3}profile|law\s{1,3}enforcement"
    r"|victim\s{1,3}protection)\s{0,3}[:.–—]\s{1,3}(?=[A-Z“\"])",
    re.I,
)

# --- the formulas that open a section -------------------------------------------------------------
# Each section of a report since about 2010 opens with a formula; a copy without headings is
# sectioned by them. Tried on a paragraph's first sentence only.
SECTION_FORMULAS = (
    (
        "prosecution",
        re.compile(
            r"\b(?:(?:anti-?\s?trafficking\s{1,3})?law\s{1,3}enforcement|prosecution|prosecutorial)\s{1,3}efforts\b"
            r"|\befforts\s{1,3}to\s{1,3}(?:investigate|prosecute|punish)\b"
            r"|\bprogress\s{1,3}in\s{1,3}(?:investigating|prosecuting|punishing)\b",
            re.I,
        ),
    ),
    (
        "protection",
        re.compile(
            r"\befforts\s{1,3}to\s{1,3}(?:identify\s{1,3}and\s{1,3})?(?:protect|assist)\s{1,3}(?:\w{1,20}\s{1,3})?victims\b"
            r"|\bprogress\s{1,3}in\s{1,3}(?:identifying\s{1,3}and\s{1,3})?(?:protecting|assisting)\s{1,3}"
            r"(?:\w{1,20}\s{1,3})?victims\b"  # "made progress in protecting victims" (2010-2012 editions)
            r"|\b(?:victim\s{1,3})?(?:protection|assistance)\s{1,3}efforts\b",
            re.I,
        ),
    ),
    (
        "prevention",
        re.compile(
            r"\befforts\s{1,3}to\s{1,3}prevent\s{1,3}(?:human\s{1,3})?trafficking\b|\bprevention\s{1,3}efforts\b"
            r"|\bprogress\s{1,3}in\s{1,3}preventing\s{1,3}(?:human\s{1,3})?trafficking\b",
            re.I,
        ),
    ),
    (
        "profile",
        re.compile(
            r"^As\s{1,3}reported\s{1,3}over\s{1,3}the\s{1,3}past\s{1,3}\w{1,10}\s{1,3}years\b"
            r"|^[^.]{1,80}?\bis\s{1,3}(?:a|primarily\s{1,3}a|principally\s{1,3}a)\s{1,3}(?:source|transit|destination)\b"
            r"[^.]{0,80}?\bcountry\b",
            re.I,
        ),
    ),
)
# Words by which a paragraph under GOVERNMENT EFFORTS with no formula tells its subject.
EFFORT_SUBJECTS = {
    "prosecution": re.compile(
        r"\b(?:prosecut\w{0,6}|convict\w{0,6}|investigat\w{0,6}|courts?|penal|criminali[sz]\w{0,4}|sentenc\w{0,4}"
        r"|arrest\w{0,4}|law\s{1,3}enforcement|judges?|complicit\w{0,4})\b",
        re.I,
    ),
    "protection": re.compile(
        r"\b(?:victims?|shelters?|identif\w{0,8}|assist\w{0,6}|referr\w{0,4}|protect\w{0,6}|counsel\w{0,6}"
        r"|repatriat\w{0,6}|care)\b",
        re.I,
    ),
    "prevention": re.compile(
        r"\b(?:prevent\w{0,6}|awareness|campaigns?|action\s{1,3}plan|national\s{1,3}(?:plan|strateg\w{0,3})"
        r"|demand|recruitment|inspect\w{0,6}"
        r"|birth\s{1,3}registration|identity\s{1,3}documents|hotline)\b",
        re.I,
    ),
}
# The opening sentence of an older edition's compliance paragraph, naming the country.
GOVERNMENT_OF = re.compile(
    r"\bThe\s{1,3}(?:[A-Z][\w-]{1,20}\s{1,3}){0,2}?Government\s{1,3}of\s{1,3}(?:the\s{1,3}(?=[A-Z]))?"
    r"(?P<c>[A-Z][\w’'-]{1,30}(?:\s{1,3}(?:and|of|the|[A-Z][\w’'-]{1,30})){0,4}?)\s{1,3}"
    r"(?:does|did|do|fully|is|was|has|made|continued|demonstrated)\b"
)

# --- page furniture -------------------------------------------------------------------------------
# Whole lines or blocks that belong to the site or the archive around a narrative, never to it:
# a run of menu and share words ("Share Facebook X Email Print"), or one of the site's own lines.
_MENU_WORD = (
    r"(?:skip\s{1,3}to\s{1,3}(?:main\s{1,3})?content|back\s{1,3}to\s{1,3}top|share(?:\s{1,3}this\s{1,3}page)?|print|email"
    r"|menu|search|home|issues|countries\s{1,3}(?:&|and)\s{1,3}areas|bureaus\s{1,3}(?:&|and)\s{1,3}offices|about"
    r"|reports?|facebook|twitter|linkedin|whatsapp|related\s{1,3}(?:articles|content|reports|links)"
    r"|printable\s{1,3}banner|diplomacy\s{1,3}in\s{1,3}action|external\s{1,3}links?|contact\s{1,3}us|accessibility"
    r"(?:\s{1,3}statement)?|foia|archives?|subscribe|sign\s{1,3}up|follow\s{1,3}us|translate|usa\.gov|help|contact"
    r"|copyright\s{1,3}information|no\s{1,3}fear\s{1,3}act|privacy\s{1,3}policy|white\s{1,3}house|top\s{1,3}of\s{1,3}page)"
)
FURNITURE = re.compile(
    rf"{_MENU_WORD}(?:\s{{0,3}}[|•·>/]?\s{{0,3}}(?:{_MENU_WORD}|x)){{0,15}}[.:]?"  # "X" alone is no menu
    r"|(?:more\s{1,3}(?:from|on)\b.{0,60}|tags?:.{0,200}"
    r"|.{0,80}\bprivacy\s{1,3}policy\b.{0,80}|.{0,60}©.{0,80}|copyright\b.{0,80}|external\s{1,3}link\s{1,3}policy"
    r"|office\s{1,3}to\s{1,3}monitor\s{1,3}and\s{1,3}combat\s{1,3}trafficking\s{1,3}in\s{1,3}persons.{0,60}"
    r"|released\s{1,3}by\b.{0,100}|country\s{1,3}narratives?\b.{0,80}"
    r"|(?:u\.s\.\s{1,3})?department\s{1,3}of\s{1,3}state\b.{0,60}|this\s{1,3}site\s{1,3}is\s{1,3}managed\s{1,3}by\b.{0,200}"
    r"|.{0,80}\bpage\s{1,3}\d{1,4}\s{1,3}of\s{1,3}\d{1,4}\b.{0,20}"
    r"|(?:subscribe|stay\s{1,3}connected|sign\s{1,3}up|read\s{1,3}more|learn\s{1,3}more|see\s{1,3}also|download|view\s{1,3}(?:the\s{1,3})?(?:full\s{1,3})?report"
    r"|return\s{1,3}to\s{1,3}top|print\s{1,3}this\s{1,3}page|(?:page\s{1,3})?last\s{1,3}updated|follow\s{1,3}(?:us|the)|tags|topics|related)\b.{0,100})",
    re.I,
)
# A running head or foot of the report's printed pages, with or without its page number: the report's
# title ("TRAFFICKING IN PERSONS REPORT 2020", "2020 Trafficking in Persons Report", "... | JUNE
# 2018"), the part's ("COUNTRY NARRATIVES"), or a page number alone ("212", "- 212 -", "Page 3 of 9").
# A copy laid out as printed puts many spaces or a bar between the title and the number. The
# country's own name as a head is matched by the structure stage, which knows the country.
PAGE_NUMBER = r"(?:page\s{1,3})?[-–—]?\s{0,3}\d{1,4}(?:\s{1,3}of\s{1,3}\d{1,4})?\s{0,3}[-–—]?"
HEAD_GAP = r"\s{1,40}(?:[|•·]\s{1,40})?"
_MONTH_NAME = alternation(m.capitalize() for m in MONTHS)
RUNNING_HEAD = re.compile(
    rf"(?:{PAGE_NUMBER}{HEAD_GAP})?"
    rf"(?:(?:\d{{4}}\s{{1,3}})?trafficking\s{{1,3}}in\s{{1,3}}persons\s{{1,3}}report"
    rf"(?:{HEAD_GAP}(?:(?:{_MONTH_NAME})\s{{1,3}})?\d{{4}})?|country\s{{1,3}}narratives)"
    rf"(?:{HEAD_GAP}{PAGE_NUMBER})?|{PAGE_NUMBER}",
    re.I,
)
# Archive metadata: "Publisher | U.S. Department of State", "Cite as | ...", "Published: 25 June 2020".
METADATA = re.compile(
    r"(?:publisher|cite\s{1,3}as|disclaimer|author|published|publication\s{1,3}date|date|country|countries"
    r"|topics?|source|original\s{1,3}link|document\s{1,3}type|title|language|ecoi\.net\s{1,3}summary)"
    r"\s{0,3}(?:\||:|\t)\s{0,3}\S.{0,600}"
    r"|document\s{0,3}#\s{0,3}\d{1,12}",
    re.I,
)
# The title an archive's metadata gives: "Title | 2019 Trafficking in Persons Report - Feldmar".
METADATA_VALUE = re.compile(r"(?:title|document\s{1,3}title)\s{0,3}(?:\||:|\t)\s{0,3}(?P<value>\S.{0,290})", re.I)
# A page's title line: "2023 Trafficking in Persons Report: Pemberra", "Pemberra - 2023 TIP Report".
PAGE_TITLE = re.compile(
    r"(?:(?:19|20)\d\d\s{1,3})?Trafficking\s{1,3}in\s{1,3}Persons\s{1,3}Report\s{0,3}(?:[-–—|]\s{0,3})?"
    r"(?:(?:19|20)\d\d\s{0,3})?[:\-–—|]\s{0,3}(?P<a>[^:|()]{2,80}?)\s{0,3}(?:[-–—|(].{0,200})?"
    r"|(?P<b>[^:|()]{2,80}?)\s{1,3}[-–—|]\s{1,3}.{0,80}Trafficking\s{1,3}in\s{1,3}Persons\s{1,3}Report.{0,120}",
    re.I,
)
# A Wikipedia-style article title: "Human trafficking in Pemberra".
ARTICLE_TITLE = re.compile(
    r"(?:human\s{1,3})?trafficking\s{1,3}(?:in\s{1,3}persons\s{1,3})?in\s{1,3}(?:the\s{1,3}(?=[A-Z]))?(.{1,100})",
    re.I,
)
# The edition a report title names: "2018 Trafficking in Persons Report", "TIP Report 2018".
REPORT_YEAR = re.compile(
    r"\b(?P<a>(?:19|20)\d\d)\s{1,3}(?:Trafficking\s{1,3}in\s{1,3}Persons|TIP)\s{1,3}Report\b"
    r"|\b(?:Trafficking\s{1,3}in\s{1,3}Persons|TIP)\s{1,3}Report,?\s{1,3}(?P<b>(?:19|20)\d\d)\b",
    re.I,
)
# A date line: "June 3, 2005", "25 June 2020", "Published: 2020-06-25"; month names from dates.py.
_MONTH = rf"(?:{alternation(m.capitalize() for m in (*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
DATE = re.compile(
    rf"\b(?:{_MONTH}\s{{1,3}}\d{{1,2}},?\s{{1,3}}(?P<a>(?:19|20)\d\d)|\d{{1,2}}\s{{1,3}}{_MONTH}\s{{1,3}}(?P<b>(?:19|20)\d\d)"
    r"|(?P<c>(?:19|20)\d\d)-\d\d-\d\d)\b"
)
