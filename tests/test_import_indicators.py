"""Indicators and trafficking types of drafted figures: every rule's own examples, and the seams."""

import re

import pytest

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.indicators import INDICATORS, LEXICON, RULES, Coding, code

_BRACKET_RE = re.compile(r"\[([^\]]+)\]")


def _coding(marked: str) -> Coding:
    """Code the figure that stands in [brackets] in a sentence, as the importer drafts it."""
    match = _BRACKET_RE.search(marked)
    assert match, marked
    text = marked[: match.start()] + match.group(1) + marked[match.end() :]
    start = match.start()
    figures = [
        f for f in extract_figures(text) if f.start <= start < f.end or start <= f.start < start + len(match.group(1))
    ]
    assert figures, f"the importer drafts no figure at [{match.group(1)}] in {text!r}"
    found = figures[0]
    return code(text, found.start, found.end, unit=found.unit, kind=found.kind)


EXAMPLES = [(rule.name, rule.indicator, example) for rule in RULES for example in rule.examples]
NOT_EXAMPLES = [(rule.name, rule.indicator, example) for rule in RULES for example in rule.not_examples]


@pytest.mark.parametrize(("name", "indicator", "example"), EXAMPLES)
def test_each_rule_codes_its_examples(name: str, indicator: str, example: str) -> None:
    assert _coding(example).indicator == indicator, name


@pytest.mark.parametrize(("name", "indicator", "example"), NOT_EXAMPLES)
def test_each_rule_leaves_its_counter_examples(name: str, indicator: str, example: str) -> None:
    assert _coding(example).indicator != indicator, name


def test_rules_are_well_formed() -> None:
    for rule in RULES:
        assert rule.indicator in INDICATORS
        assert rule.examples, rule.name
        for name in (
            *rule.nouns,
            *rule.verbs,
            *([rule.cue] if rule.cue else []),
            *([rule.not_cue] if rule.not_cue else []),
        ):
            assert name in LEXICON or name == "train", (rule.name, name)


# -- what a figure belongs to: conversions, comparisons, breakdowns, zero counts ----------------------


def _all(text: str) -> list[tuple[str, str | None, str | None]]:
    """Return (quote, indicator, trafficking) of every figure the importer drafts in text."""
    out = []
    for found in extract_figures(text):
        coded = code(text, found.start, found.end, unit=found.unit, kind=found.kind)
        out.append((text[found.start : found.end], coded.indicator, coded.trafficking))
    return out


def test_a_dollar_conversion_takes_the_indicator_of_the_amount_it_converts() -> None:
    coded = _all("The interior ministry set aside 800,000 tolars ($61,000) for victim care.")
    assert [c[1] for c in coded] == ["funding", "funding"]


def test_a_comparison_takes_the_indicator_and_type_of_the_figure_it_compares() -> None:
    coded = _all("Police investigated 33 forced labor cases, compared with 27 in 2018.")
    assert coded[1] == ("27", "investigations", "labor")


def test_a_comparison_list_matches_its_figures_by_noun() -> None:
    text = (
        "Officers investigated 50 cases and prosecuted 31 defendants, compared with 44 cases and 25 defendants in 2017."
    )
    coded = {quote: indicator for quote, indicator, _ in _all(text)}
    assert coded["44 cases"] == "investigations" and coded["25 defendants"] == "prosecutions"


def test_a_bracketed_breakdown_is_not_a_comparison() -> None:
    text = "The police investigated 70 cases (52 for sex trafficking and 18 for forced labor), up from 61 in 2020."
    coded = {quote: (indicator, kind) for quote, indicator, kind in _all(text)}
    assert coded["52"] == ("investigations", "sex")
    assert coded["18"] == ("investigations", "labor")
    assert coded["61"] == ("investigations", None)  # compared with the 70, not with the 18 in brackets


def test_a_breakdown_of_the_sentence_before_takes_its_indicator() -> None:
    text = "In 2022, authorities identified 140 victims. Of these, 90 were exploited in sex trafficking and 50 in forced labor."
    coded = {quote: (indicator, kind) for quote, indicator, kind in _all(text)}
    assert coded["90"] == ("victims_identified", "sex")
    assert coded["50"] == ("victims_identified", "labor")


def test_a_part_after_a_semicolon_takes_the_indicator_of_the_clause_before() -> None:
    coded = {quote: indicator for quote, indicator, _ in _all("Inspectors identified 73 victims; 41 were boys.")}
    assert coded["41 were boys"] == "victims_identified"
    coded = {quote: indicator for quote, indicator, _ in _all("Police detained 30 migrants; 12 were minors.")}
    assert coded["12 were minors"] is None
    coded = {quote: indicator for quote, indicator, _ in _all("Police arrested 30 suspects; 12 were foreigners.")}
    assert coded["12 were foreigners"] == "investigations"  # suspects arrested are an investigation's


def test_a_zero_count_takes_the_indicator_of_what_it_counts() -> None:
    assert _all("The government did not report prosecuting any traffickers.")[0][1] == "prosecutions"
    assert _all("Authorities did not identify any victims of forced labor.")[0][1:] == ("victims_identified", "labor")


def test_a_recommendation_counts_nothing_done() -> None:
    assert _all("Train at least 400 judges on the anti-trafficking law.")[0][1] is None


def test_a_clause_after_but_has_its_own_words() -> None:
    coded = _all("The ministry allocated 300,000 tolars ($23,000) to shelters, but no victims received restitution.")
    assert [c[1] for c in coded[:2]] == ["funding", "funding"]


@pytest.mark.parametrize(
    ("marked", "trafficking"),
    [
        ("Police investigated [nine cases] of forced child labor on cocoa farms.", "labor"),
        ("Prosecutors charged [12 defendants] with the commercial sexual exploitation of minors.", "sex"),
        ("The task force identified [33 victims] of domestic servitude.", "labor"),
        ("Courts convicted [15 traffickers], some for sex trafficking and some for forced labor.", None),  # both
        ("The academy trained [300 labor inspectors] on the new law.", None),  # labor inspectors: no trafficking
        ("Authorities identified [14 victims] held in debt bondage at brick kilns.", "labor"),
    ],
)
def test_the_trafficking_type_is_said_by_the_words_of_the_figure(marked: str, trafficking: str | None) -> None:
    coded = _coding(marked)
    assert coded.indicator is not None
    assert coded.trafficking == trafficking


def test_legal_steps_against_officials_are_complicity() -> None:
    assert _all("The ministry reported seven investigations involving border officials.")[0][1] == "complicity"
    assert _all("Police investigated 30 cases of forced labor involving foreign workers.")[0][1] == "investigations"


def test_victims_counted_by_their_identification() -> None:
    text = "Labor inspections led to the identification of 21 victims of forced labor."
    assert _all(text)[-1][1:] == ("victims_identified", "labor")


def test_a_plan_counts_nothing_done() -> None:
    coded = _all("A draft law would create a victim fund of 5 million tolars ($380,000) a year.")
    assert [c[1] for c in coded] == [None, None]
    assert _all("The cabinet proposed a budget of $2 million for shelters.")[0][1] is None


def test_a_part_that_is_not_a_breakdown_keeps_its_own_verb() -> None:
    # not the group's convictions: what its own verb counts
    text = "Courts convicted 20 traffickers. Of those convicted, 12 traffickers received prison sentences."
    assert _all(text)[1] == ("12 traffickers", "sentences", None)


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("Judges jailed 14 of the recruiters; [the remaining five] received suspended sentences.", None),
        ("Courts suspended the sentences of [nine] of the 20 convicted brokers.", None),
        ("[Six offenders] had their prison terms suspended on appeal.", None),
        ("[Eleven convicted pimps] received prison sentences, while four received suspended ones.", "sentences"),
    ],
)
def test_traffickers_given_suspended_sentences_count_no_prison_term(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


def test_a_figure_without_an_indicator_still_says_its_trafficking() -> None:
    assert _all("NGOs estimated that 4,000 children worked in forced begging.")[0][1:] == (None, "labor")
    assert _all("Inspectors carried out 900 inspections but found no victims of forced labor.")[0][1:] == (None, None)


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("The cabinet allocated [1,200,000 somoni] to NGOs that assist victims.", "funding"),
        ("The ministry earmarked [approximately 480,000 lumas] for the victims' fund.", "funding"),
        ("The cabinet allocated [40 vehicles] to the anti-trafficking police.", None),
        ("The ministry allocated [12,000 police officers] to border duty.", None),
        ("Traffickers spent [30,000 lumas] on bribes for officials.", None),
        ("The agency recorded [250,000 visitors] at its fair.", None),
        ("The welfare office gave NGO-run shelters [640,000 tarns] during the year.", "funding"),
        ("The plantation gave its pickers [25,000 tarns] in back wages.", None),
        ("The task force worked with a budget of [2.6 million lumas] in 2021.", "funding"),
        ("The commission's budget for victim services was [3 million lumas] in 2009.", "funding"),
        ("Government funding for the two shelters totaled [780,000 tarns].", "funding"),
        ("The hotline's caseload was [14,000 calls] in 2009.", None),
        ("Every certified victim drew a monthly stipend of [900 lumas] from the ministry.", "funding"),
        ("The agency charged each migrant a placement fee of [50,000 tarns].", None),
    ],
)
def test_an_amount_in_an_unnamed_currency_is_funding_when_a_verb_spends_it(marked: str, indicator: str | None) -> None:
    # the figure engine drafts these as counts: the money lexicon does not know the currency
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("The office spent 3.1 million tarns on shelters in 2021, a fall of [12 percent] from 2020.", None),
        ("Judges convicted 48 traffickers, compared with 40 a year earlier, a [20 percent] rise.", None),
        ("The fund disbursed 700,000 lumas to NGOs, about [one-third] of the amount it had promised.", "funding"),
        ("The welfare office spent 2 million tarns on victim care, [roughly a quarter] of it on rent.", "funding"),
        ("Police stopped 7,000 migrants at the border, an increase of [9 percent].", None),
        ("The hotline answered 2,400 calls, [15 percent] more than in 2020.", None),
    ],
)
def test_a_change_counts_nothing_and_a_share_of_an_amount_is_funding(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("The labor code punishes debt bondage with fines of [up to 60,000 tarns].", "penalties"),
        ("The farm owner paid fines of [8,000 tarns] after the inspection.", None),
        (
            "Amend the statute so that forced labor, now punished by fines of [up to 5,000 lumas], carries prison.",
            "penalties",
        ),
        ("Amend the statute to set fines of [up to 90,000 lumas] for forced labor.", None),
    ],
)
def test_a_fine_in_an_unnamed_currency_is_a_penalty_when_the_law_sets_it(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


def test_received_them_takes_what_the_sentence_named() -> None:
    text = "Victims could apply for humanitarian visas, but only eight victims received them in 2021."
    assert _all(text)[0][:2] == ("only eight victims", "victims_assisted")
    text = "Victims could apply for humanitarian visas, but only eight victims used them in 2021."
    assert _all(text)[0][1] is None


# -- the older editions' wording (indicators, fourth pass): each kind with paraphrases and look-alikes --


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        # cases or defendants sent, brought or standing before a court are prosecutions
        ("The procurator forwarded [11 of them] to court in 2004.", "prosecutions"),
        ("[Fourteen cases] against 20 defendants were sent to trial.", "prosecutions"),
        ("[Three further cases] remained before the regional courts in December.", "prosecutions"),
        ("Only [two forced labor cases] reached court during the year.", "prosecutions"),
        ("The police referred [40 women] to court-appointed guardians.", "victims_assisted"),
        ("[Twelve victims] testified against their exploiters in court.", None),
        # a term that stands after "terms" or "sentences" without the word prison is a term
        ("Their terms ranged from [18 months] to six years.", "sentences"),
        ("The sentences imposed averaged [3.5 years].", "sentences"),
        ("Victims could remain in the shelter for [up to one year].", None),
        # traffickers who served prison time were sentenced
        ("[Nine of the convicted brokers] served prison time in 2005.", "sentences"),
        ("[Six traffickers] are serving prison terms.", "sentences"),
        ("Of the 40 recruiters convicted, [25] were imprisoned for terms of two to six years.", "sentences"),
        ("Courts jailed [eight brothel owners] in 2006.", "sentences"),
        ("The NGO shelter served [70 victims] in 2005.", "victims_assisted"),
        # victims who stayed in a shelter were sheltered
        ("[Forty-one victims] stayed in the state shelter that year.", "victims_assisted"),
        ("[Eighteen girls] lived in NGO shelters for part of 2006.", "victims_assisted"),
        ("[Two hundred migrants] stayed in transit camps near the border.", None),
        # a gerund after a preposition belongs to the suspicion, not to the count
        ("Prosecutors indicted [five guards] suspected of taking money from smugglers.", "complicity"),
        ("Police investigated [seven inspectors] accused of accepting gifts from recruiters.", "complicity"),
        # "of the convicted": the group's participle when no other verb governs the count
        ("Labor traffickers made up [nine of the convicted] in 2006.", "convictions"),
        ("Foreign women accounted for [30 of the identified] in 2007.", "victims_identified"),
        # "the number of shelters rose to N": the bare count counts what "the number of" names
        ("The ministry opened one more home, raising the number of state shelters to [four].", "shelters"),
        ("The number of convicted traffickers rose to [31] in 2008.", "convictions"),
        ("The number of calls rose to [3,400] in 2008.", None),
    ],
)
def test_the_older_editions_wording(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("Civil society groups identified [another 45 victims] in 2009.", None),
        ("NGOs also found [19 victims] among seasonal pickers.", None),
        ("Working with NGOs, border police identified [33 victims].", "victims_identified"),
        ("Police identified [28 victims] and referred them to NGOs.", "victims_identified"),
    ],
)
def test_victims_identified_by_ngos_are_not_the_authorities(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("Recommendations for Varnia: Raise penalties; and train all [2,000 customs officers] on victims.", None),
        ("Recommendations for Varnia: Prosecute recruiters; keep funding the [nine state shelters].", "shelters"),
        ("Recommendations for Varnia: Expand the [3 million kuna] budget of the victims' fund.", "funding"),
        ("Recommendations for Varnia: Open [five more shelters] for men.", None),
    ],
)
def test_a_recommendation_counts_nothing_done_but_what_it_names_exists(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "trafficking"),
    [
        ("The code punishes trafficking for sexual and labor exploitation with [four to 15 years].", None),
        ("Courts convicted [ten] for labor or sex trafficking.", None),
        ("Penalties for forced labor range up to [eight years], and those for sex trafficking up to 12.", "labor"),
        ("Penalties for forced labor range up to eight years, and those for sex trafficking up to [12 years].", "sex"),
    ],
)
def test_both_kinds_named_at_once_give_neither_and_a_penalty_follows_its_offence(
    marked: str, trafficking: str | None
) -> None:
    assert _coding(marked).trafficking == trafficking


@pytest.mark.parametrize(
    ("text", "quote", "indicator", "trafficking"),
    [
        # a part with no verb of its own is what its group counts, and of its group's trafficking
        (
            "The shelter assisted 95 repatriated victims of sexual exploitation, 30 of them girls.",
            "30",
            "victims_assisted",
            "sex",
        ),
        ("Police identified 64 victims. Twenty of them were boys.", "Twenty", "victims_identified", None),
        ("Police identified 64 victims; 20 of them were boys.", "20", "victims_identified", None),
        (
            "Police opened 52 cases. Forced labor accounted for 31 of them and sex trafficking for the remaining 21.",
            "31",
            "investigations",
            "labor",
        ),
        (
            "Police opened 52 cases. Forced labor accounted for 31 of them and sex trafficking for the remaining 21.",
            "21",
            "investigations",
            "sex",
        ),
        # a part with a verb of its own keeps it, and still takes the group's trafficking when it names none
        ("Prosecutors reviewed 40 sex trafficking cases and indicted 25 of them.", "25", "prosecutions", "sex"),
        ("Judges jailed 12 of the brokers and fined the other four.", "four", None, None),
        ("Police detained 300 women in raids and deported 240 of them.", "240", None, None),
        # a part of an estimate is no group of the sentence before
        (
            "Courts convicted 14 traffickers. Some 90,000 Norvish men work abroad, and unions believe that "
            "about 2,000 of them face forced labor.",
            "about 2,000",
            None,
            "labor",
        ),
        # the group of a part is a total, not the breakdown before it
        (
            "Police identified 90 victims, including 50 women and 40 men, and referred 70 of them to shelters.",
            "70",
            "victims_assisted",
            None,
        ),
    ],
)
def test_a_part_of_a_group(text: str, quote: str, indicator: str | None, trafficking: str | None) -> None:
    coded = {q: (i, t) for q, i, t in _all(text)}
    found = next(q for q in coded if text.index(q) <= text.index(quote) < text.index(q) + len(q))
    assert coded[found] == (indicator, trafficking), coded


def test_a_repeat_takes_the_coding_of_what_it_repeats() -> None:
    text = "Officials certified 88 victims in 2005. Of the 88 victims, 60 were women."
    coded = _all(text)
    assert [c[1] for c in coded] == ["victims_identified", "victims_identified", "victims_identified"], coded


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("The ministry spent 4 million tarns on victim care, [about half of it] on rent for shelters.", "funding"),
        ("Of those convicted, 9 went to prison and [three] received suspended sentences.", None),
        ("Prosecutors filed [17 cases] in the criminal courts.", "prosecutions"),
        ("Police made 40 arrests, of which [22] led to prosecutions.", "prosecutions"),
        ("Of the 30 complaints, [12] resulted in criminal investigations.", "investigations"),
        ("Of the 30 raids, [12] resulted in arrests.", None),
        ("The cabinet earmarked 900,000 dinars for the plan, of which [250,000 dinars] financed a hotline.", "funding"),
        ("Police arrested 60 suspects, of whom [45] were foreigners.", "investigations"),
        ("Police and NGOs together identified [54 victims] in 2006.", "victims_identified"),
        ("NGOs identified 70 victims, including [25 boys] in forced begging.", None),
        ("The MSW referred 90 victims to shelters, [55 of whom] were women rescued from brothels.", "victims_assisted"),
        ("With IOM, the ministry returned [64 victims] to their home villages.", "victims_assisted"),
        ("[Thirty victims] returned home with the government's help.", "victims_assisted"),
        ("Border police returned [500 migrants] to the neighboring state.", None),
        ("An NGO drop-in center helped [75 women] leave abusive employers.", "victims_assisted"),
    ],
)
def test_shares_suspended_terms_filings_and_joint_identification(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        # what a shelter can take is its capacity, whatever noun counts it
        ("The NGO's only shelter could house [18 girls] at a time.", "shelters"),
        ("The new shelter is able to accommodate [up to 30 adults].", "shelters"),
        ("The shelter housed [26 girls] in 2004.", "victims_assisted"),
        # money a shelter or an NGO received
        ("The shelter in Dorv received [240,000 lumas] from the social ministry.", "funding"),
        ("Two NGOs received [$12,000] from the labor ministry for victim care.", "funding"),
        ("The ministry gave [$25,000] to a rehabilitation center for rescued girls.", "funding"),
        ("The recruiters received [$900] from each worker.", None),
        # trainees who completed a course
        ("Some [400 recruits] completed the new module on victim screening.", "training"),
        ("[Sixty border guards] completed it before the summer.", "training"),
        ("[Twelve contractors] completed the new barracks.", None),
        # "participated" or "attended" with nothing after it: what the sentence named
        ("Prosecutors were offered a course on victim interviews; [85] attended.", "training"),
        ("The ministry ran a course on forced labor indicators, and [140 inspectors] participated.", "training"),
        ("The town held a festival in May; [3,000 residents] attended.", None),
        # a participle with "by" after a count describes it
        ("Prosecutors opened cases against [nine suspects] arrested by the coast guard.", "prosecutions"),
        ("Investigations were opened into [11 recruiters] reported by labor inspectors.", "investigations"),
        # services in either spelling; victims reported, none included
        ("The ministry gave medical care and counselling to [34 victims].", "victims_assisted"),
        ("The authorities did not report [any victims] of forced labor.", "victims_identified"),
        # fines collected from migrants or workers are no penalty the law sets
        ("Border officers collected fines of [80 tarns] from each returning worker.", None),
        ("The code punishes debt bondage with fines of [up to 9,000 tarns].", "penalties"),
        # a recommendation may name a budget that exists
        ("Recommendations for Varnia: Double the [4 million kuna] budget of the shelter network.", "funding"),
    ],
)
def test_capacity_money_received_courses_and_reports(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


@pytest.mark.parametrize(
    ("text", "quote", "indicator"),
    [
        ("Of the 70 cases opened in 2009, 45 involved sex trafficking and 25 forced labor.", "25", "investigations"),
        (
            "Police investigated 70 cases in 2009; 45 involved sex trafficking and 25 forced labor.",
            "25",
            "investigations",
        ),
        ("Police identified 90 victims; 52 were women, 30 men, and eight children.", "30 men", "victims_identified"),
        (
            "Officials identified 75 victims (50 girls and 25 boys; 60 in sex trafficking and 15 in forced labor).",
            "60",
            "victims_identified",
        ),
        ("Police identified 40 victims and 12 suspected recruiters.", "12 suspected recruiters", None),
        ("The campaign had a budget of 80,000 lumas and ran posters in four languages.", "four languages", None),
    ],
)
def test_a_count_that_continues_a_list_takes_its_indicator(text: str, quote: str, indicator: str | None) -> None:
    coded = {q: i for q, i, _ in _all(text)}
    found = next(q for q in coded if text.index(q) <= text.index(quote) < text.index(q) + len(q))
    assert coded[found] == indicator, coded


def test_an_initial_or_a_months_dot_inside_a_sentence_does_not_cut_a_figures_clause() -> None:
    # The clause is the text layer's sentence, as search and cite split it: "U.S." and "Sept." end nothing.
    assert (
        _all("Guards found, on a tip from the U.S. Consulate, 22 victims of forced begging.")[0][1]
        == "victims_identified"
    )
    assert _all("Inspectors found, in Sept. 2021, 30 victims on trawlers.")[0][1] == "victims_identified"
    assert _all("Guards found 22 victims. U.S. Consulate staff counted 9 boats.")[1][1] is None  # a new sentence


@pytest.mark.parametrize(
    ("marked", "indicator"),
    [
        ("The regional court convicted four members of a ring of exploiting [17 men] on farms.", None),
        ("A court jailed a boat owner for keeping [19 fishermen] in debt bondage.", None),
        ("The court convicted [four members] of a ring that ran brothels.", "convictions"),
        ("Police were praised for identifying [12 victims] in the raid.", "victims_identified"),
        ("The bureau indicted 27 people for trafficking crimes ([20] for sex trafficking).", "prosecutions"),
    ],
)
def test_the_object_of_a_crime_named_by_a_gerund_is_no_count_of_the_panel(marked: str, indicator: str | None) -> None:
    assert _coding(marked).indicator == indicator


def test_the_labour_ministry_overseeing_workers_is_no_training() -> None:
    assert (
        _coding("The labor ministry trained envoys and monitored [45 domestic workers] they employ.").indicator is None
    )


def test_a_list_of_counts_after_a_semicolon_breaks_down_the_count_before() -> None:
    text = "Police identified 120 victims in 2020; 65 adults, 30 minors, and [25 people] of unknown age."
    assert _coding(text).indicator == "victims_identified"
    assert (
        _coding("Police identified 120 victims; [65 adults], 30 minors, and 25 others.").indicator
        == "victims_identified"
    )
    assert (
        _coding("Authorities identified 500 victims; [40 of all victims] were under 18.").indicator
        == "victims_identified"
    )
    assert _coding("Police detained 300 migrants; [65 adults], 30 minors, and 25 others.").indicator is None
