"""Make a made-up TIP edition: a PDF laid out as the annual report is, its plain text, and gold labels.

Every country, sentence and number here is invented (our own wording; the section formulas are the
report's fixed phrases). The PDF has what the real editions have: a title page, an introduction, a
table of contents and tier lists before the first narrative; narratives that start mid-page under
their header line and run across pages; running page headers (the report's title on even pages, the
country on odd ones) and page numbers; line ends hyphenated by the typesetter (and real hyphens,
"anti-trafficking", "Port-Clément", that stay); one page set in two columns; a boxed victim's story
and a photo with its caption between paragraphs.

    python tests/edition_maker.py OUT_FOLDER [--countries N] [--year YYYY] [--length K]

writes OUT_FOLDER/edition.pdf, edition.txt and edition.gold.json. The tests and
benchmarks/edition_*.py import make_edition(). Needs fpdf2 (the `test` extra).
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FONTS = Path("/usr/share/fonts/truetype/dejavu")
SEVEN = (
    ("Ardenia", "Tier 1"),
    ("Belmora", "Tier 2"),
    ("Calvessa", "Tier 2 Watch List"),
    ("Dravonia", "Tier 3"),
    ("Nova Téria", "Tier 2"),
    ("Saint Orvane", "Tier 2 Watch List"),
    ("Zembrali", "Special Case"),
)
BOX_TITLE = "A SURVIVOR’S ACCOUNT"
BOX_TEXT = (
    "Lenna answered an advertisement for kitchen work abroad and paid a recruiter for her ticket. On "
    "arrival her employer kept her passport, locked the dormitory at night and told her she owed a debt "
    "that grew every month. A neighbor who noticed her bruises called an outreach worker, who helped her "
    "leave and find a lawyer."
)
CAPTION = "Volunteers sort donated clothing at a coastal drop-in center for migrant workers."
RUNNING_TITLE = "TRAFFICKING IN PERSONS REPORT {year}"

_MARK = re.compile(r"\x01([^\x02]*)\x02([^\x02]*)\x02([^\x03]*)\x03")


def fig(display: object, value: float | None = None, high: float | None = None) -> str:
    """Mark a figure in a template: its text as printed, its value (and high end) for the gold."""
    shown = str(display)
    if value is None:
        value = float(shown.replace(",", ""))
    return f"\x01{shown}\x02{value}\x02{'' if high is None else high}\x03"


def unmark(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the text without marks and the figures it marks, with their character spans."""
    out, figures, last = [], [], 0
    for m in _MARK.finditer(text):
        out.append(text[last : m.start()])
        start = sum(map(len, out))
        out.append(m[1])
        figures.append({"value": float(m[2]), "high": float(m[3]) if m[3] else None, "start": start, "text": m[1]})
        last = m.end()
    out.append(text[last:])
    return "".join(out), figures


WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spelled(n: int) -> str:
    return WORDS[n - 2] if 2 <= n <= 9 else str(n)


def _number(rng: random.Random, low: int, high: int) -> str:
    """A count as the report writes it: words below ten, digits above (with a thousands comma)."""
    n = rng.randint(low, high)
    return fig(WORDS[n - 2], n) if 2 <= n <= 9 else fig(f"{n:,}", n)


def _overview(c: str, tier: str, rng: random.Random, year: int) -> list[str]:
    """The unheaded opening: the tier paragraph (its wording decides the tier) and what was done."""
    n = _number(rng, 11, 60)
    if tier == "Tier 1":
        first = (
            f"The Government of {c} fully meets the minimum standards for the elimination of trafficking. The "
            f"government continued to demonstrate serious and sustained efforts during the reporting period; "
            f"therefore {c} remained on Tier 1. These efforts included opening {n} new investigations and a "
            "shelter for men in the river town of Port-Clément. Although the government meets the minimum "
            "standards, it did not screen seasonal farm workers for signs of forced labor."
        )
    elif tier == "Special Case":
        first = (
            f"{c} remained a Special Case for the third consecutive year. The authorities in the capital did "
            "not control large parts of the country, where armed groups recruited and used children and sold "
            f"women to their fighters. International monitors documented {n} cases of child soldiering in the "
            "northern provinces during the reporting period."
        )
    else:
        verdict = {
            "Tier 2": "the government demonstrated overall increasing efforts compared with the previous "
            f"reporting period; therefore {c} remained on Tier 2",
            "Tier 2 Watch List": "the government did not demonstrate overall increasing efforts compared with "
            f"the previous reporting period; therefore {c} remained on Tier 2 Watch List for the second "
            "consecutive year",
            "Tier 3": f"the government did not take adequate action in response to reports; therefore {c} "
            "remained on Tier 3",
        }[tier]
        making = "and is not making" if tier == "Tier 3" else "but is making"
        first = (
            f"The Government of {c} does not fully meet the minimum standards for the elimination of "
            f"trafficking {making} significant efforts to do so. Weighing what was done against what was "
            f"left undone, {verdict}. Officials opened {n} investigations, adopted a referral guide and "
            "trained labor inspectors on debt-based coercion."
        )
    second = (
        "However, the government did not consistently screen undocumented migrants for indicators of "
        "trafficking before deportation, and it penalized some victims for immigration violations that "
        "traffickers compelled them to commit. Coordination among ministries remained uneven."
    )
    return [first, second]


def _recommendations(c: str, rng: random.Random) -> list[str]:
    items = [
        "Vigorously investigate and prosecute trafficking crimes, including those involving complicit officials.",
        "Proactively screen migrants, refugees and people in commercial sex for indicators of trafficking.",
        "Increase funding for specialized shelters and extend them to male and child victims.",
        "Train prosecutors and judges on the anti-trafficking law and on victim-centered procedures.",
        "Regulate labor recruitment agencies and eliminate recruitment fees charged to workers.",
        f"Finalize and fund the {c} national action plan against trafficking.",
    ]
    rng.shuffle(items)
    return items[:5]


def _prosecution(c: str, rng: random.Random, year: int) -> list[str]:
    effort = rng.choice(("increased", "maintained", "decreased"))
    low, high = rng.choice(((4, 12), (5, 15), (3, 10)))
    cases, earlier = _number(rng, 12, 140), _number(rng, 10, 120)
    suspects, convicted = _number(rng, 15, 90), _number(rng, 2, 30)
    ceiling = rng.choice((8, 9, 11, 14))
    return [
        f"The government {effort} law enforcement efforts. The criminal code criminalized sex trafficking "
        f"and labor trafficking and prescribed penalties of {fig(f'{WORDS[low - 2]} to {high} years', low, high)} of "
        "imprisonment, which were sufficiently stringent and, with respect to sex trafficking, "
        "commensurate with those for other grave crimes, such as kidnapping.",
        f"In {year - 1}, the national police investigated {cases} trafficking cases, compared with "
        f"{earlier} cases in {year - 2}. Prosecutors charged {suspects} suspects, and courts convicted "
        f"{convicted} traffickers, who received prison terms of up to {fig(f'{_spelled(ceiling)} years', ceiling)}. "
        "Several cases dragged on for more than a year because courts postponed hearings repeatedly.",
        "Corruption and official complicity in trafficking crimes remained significant concerns, inhibiting "
        "law enforcement action. Officials at border crossings reportedly accepted bribes to overlook "
        f"forged documents; the government did not report investigating any of them. The anti-trafficking "
        f"police unit had only {_number(rng, 9, 45)} officers, most of them posted in the capital.",
    ]


def _protection(c: str, rng: random.Random) -> list[str]:
    effort = rng.choice(("increased", "maintained", "decreased"))
    victims, shelters = _number(rng, 40, 400), _number(rng, 2, 9)
    beds = _number(rng, 20, 160)
    money = rng.choice((("$1.2 million", 1_200_000), ("$450,000", 450_000), ("$2.8 million", 2_800_000)))
    return [
        f"The government {effort} efforts to protect victims. Authorities identified {victims} victims and "
        "referred them to care; officials did not disaggregate the data by form of exploitation. Police "
        "used a screening checklist at airports, yet some officers were unaware of it.",
        f"The social affairs ministry ran {shelters} shelters with room for {beds} people and gave "
        f"{fig(money[0], money[1])} to nongovernmental organizations that offered counseling, legal aid and "
        "vocational training. Shelters for adults did not allow residents to leave without a chaperone, "
        "which discouraged some from staying.",
        "Foreign victims could apply for temporary residence permits and work authorization while "
        "assisting investigations. Observers said the permits were slow to arrive, and some victims left the "
        "country before a court heard their case.",
    ]


def _prevention(c: str, rng: random.Random, year: int) -> list[str]:
    effort = rng.choice(("increased", "maintained", "decreased"))
    calls = _number(rng, 150, 4000)
    return [
        f"The government {effort} efforts to prevent trafficking. The inter-ministerial committee met "
        f"{_number(rng, 2, 8)} times and published its annual report. A hotline run by an international "
        f"organization received {calls} calls and referred {_number(rng, 12, 90)} of them to the police.",
        "Labor inspectors could not enter private homes, leaving domestic workers without protection. The "
        "government did not make efforts to reduce the demand for commercial sex acts.",
    ]


def _profile(c: str, rng: random.Random) -> list[str]:
    return [
        f"As reported over the past five years, human traffickers exploit domestic and foreign victims in "
        f"{c}, and traffickers exploit victims from {c} abroad. Recruiters lure women from rural areas with "
        "offers of restaurant jobs and then compel them into commercial sex in coastal resorts. Men from "
        "neighboring countries endure forced labor on fishing boats and construction sites.",
        "Children, including those living on the streets, are vulnerable to forced begging, and criminal "
        "groups force some into selling drugs.",
    ]


@dataclass
class Narrative:
    """One narrative's parts, marked figures included."""

    country: str
    tier: str
    header: str
    sections: list[tuple[str, str | None, list[str]]] = field(default_factory=list)


def narrative(country: str, tier: str, year: int, seed: int, form: int, length: int = 1) -> Narrative:
    """Write one narrative; `form` chooses the header line's era ("COUNTRY: TIER 2" or "COUNTRY (Tier 2)").

    `length` > 1 repeats the sections' paragraphs with other numbers: real narratives are 2-4 times
    longer than these, and the speed benchmark can be run at their size.
    """
    rng = random.Random(seed)
    header = f"{country.upper()}: {tier.upper()}" if form % 2 == 0 else f"{country.upper()} ({tier})"
    n = Narrative(country=country, tier=tier, header=header)
    n.sections = [
        ("overview", None, _overview(country, tier, rng, year)),
        ("recommendations", "PRIORITIZED RECOMMENDATIONS:", _recommendations(country, rng)),
        ("prosecution", "PROSECUTION", [p for _ in range(length) for p in _prosecution(country, rng, year)]),
        ("protection", "PROTECTION", [p for _ in range(length) for p in _protection(country, rng)]),
        ("prevention", "PREVENTION", [p for _ in range(length) for p in _prevention(country, rng, year)]),
        ("profile", "TRAFFICKING PROFILE", _profile(country, rng)),
    ]
    return n


_SYLLABLES = ("ar", "bel", "cor", "dra", "el", "fen", "gar", "hol", "is", "kar", "lun", "mor", "nel", "or", "pra")


def countries(count: int) -> list[tuple[str, str]]:
    """The seven made-up countries, then invented names with every tier in turn, sorted as the report is."""
    found = list(SEVEN)
    rng = random.Random(count)
    tiers = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Tier 2")
    names = {name for name, _ in found}
    while len(found) < count:
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(
            ("ia", "a", "ova", "istan", "and")
        )
        if name not in names:
            names.add(name)
            found.append((name, tiers[len(found) % len(tiers)]))
    return sorted(found[:count], key=lambda item: item[0])


def make_edition(folder: Path, *, count: int = 7, year: int = 2031, length: int = 1) -> dict[str, Any]:
    """Write edition.pdf, edition.txt and edition.gold.json to folder; return the gold."""
    folder.mkdir(parents=True, exist_ok=True)
    narratives = [narrative(c, t, year, seed=i, form=i, length=length) for i, (c, t) in enumerate(countries(count))]
    from edition_pdf import typeset  # fpdf2 only where a PDF is made

    hyphenated = typeset(narratives, year, folder / "edition.pdf")
    (folder / "edition.txt").write_text(plain_text(narratives, year), encoding="utf-8")
    gold = _gold(narratives, year)
    gold["hyphenated_line_ends"] = hyphenated
    (folder / "edition.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def front_matter(narratives: list[Narrative], year: int) -> list[tuple[str, list[str]]]:
    """The pages before the first narrative: (heading, lines) for the introduction, contents, tier lists."""
    intro = [
        "This report assesses how each government confronts human trafficking. It places every country on "
        "Tier 1, Tier 2, the Tier 2 Watch List or Tier 3 according to its efforts to meet the minimum standards "
        "for the elimination of trafficking, and describes a few countries as Special Cases.",
        "A government that fully meets the minimum standards is not free of trafficking; it has made serious "
        "and sustained efforts to address it, and it must keep doing so to stay where it is.",
    ]
    contents = [f"{n.country} {'.' * 12} {index * 3 + 9}" for index, n in enumerate(narratives)]
    tiers: list[str] = []
    for tier in ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case"):
        tiers.append(tier.upper() if tier != "Special Case" else "SPECIAL CASES")
        tiers.extend(n.country for n in narratives if n.tier == tier)
    return [("INTRODUCTION", intro), ("TABLE OF CONTENTS", contents), ("TIER PLACEMENTS", tiers)]


def plain_text(narratives: list[Narrative], year: int) -> str:
    """The edition as plain text, hard-wrapped at 90 columns, as copied out of the PDF."""
    import textwrap

    out = [RUNNING_TITLE.format(year=year), ""]
    for heading, lines in front_matter(narratives, year):
        out += [heading, ""] + [line for text in lines for line in (*textwrap.wrap(text, 90), "")]
    for n in narratives:
        out += [n.header, ""]
        for sid, heading, paragraphs in n.sections:
            if heading:
                out += [heading, ""]
            for p in paragraphs:
                text, _ = unmark(p)
                bullet = "• " if sid == "recommendations" else ""
                out += [*textwrap.wrap(bullet + text, 90), ""]
    return "\n".join(out)


def _gold(narratives: list[Narrative], year: int) -> dict[str, Any]:
    """The labels: each narrative's country, year, tier, paragraphs by section and figures."""
    out = []
    for n in narratives:
        sections: dict[str, list[str]] = {}
        figures = []
        for sid, _, paragraphs in n.sections:
            for index, p in enumerate(paragraphs, start=1):
                text, found = unmark(p)
                sections.setdefault(sid, []).append(text)
                figures += [{"section": sid, "paragraph": index, **f} for f in found]
        out.append({"country": n.country, "year": year, "tier": n.tier, "sections": sections, "figures": figures})
    furniture = [RUNNING_TITLE.format(year=year), BOX_TITLE, BOX_TEXT, CAPTION]
    return {"year": year, "narratives": out, "furniture": furniture}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    args = sys.argv[1:]
    size = int(args[args.index("--countries") + 1]) if "--countries" in args else 7
    edition_year = int(args[args.index("--year") + 1]) if "--year" in args else 2031
    longer = int(args[args.index("--length") + 1]) if "--length" in args else 1
    made = make_edition(Path(args[0]), count=size, year=edition_year, length=longer)
    print(f"{len(made['narratives'])} narratives, {made['hyphenated_line_ends']} hyphenated line ends")
