"""A drafted figure's label says what the number counts, in words of its own sentence."""

import pytest

from tipcli.importing.extract.figures import extract_figures
from tipcli.importing.extract.labels import figure_label

# (sentence, the figure's quote starts with, the label)
CASES = [
    ("Police investigated 58 trafficking cases in 2020.", "58", "trafficking cases investigated"),
    ("The agency allocated 900,000 rundas ($70,000) to victim shelters.", "900,000", "allocated to victim shelters"),
    ("The agency allocated 900,000 rundas ($70,000) to victim shelters.", "$70,000", "allocated to victim shelters"),
    ("Forced labor carries a fine of up to 300,000 rundas ($23,000).", "up to", "maximum fine"),
    ("Foreign victims are entitled to a 45-day recovery period.", "45-day", "recovery period"),
    ("The law sets penalties of four to 11 years’ imprisonment.", "four", "imprisonment"),
    ("The ministry spent $2.5 million on awareness campaigns.", "$2.5", "spent on awareness campaigns"),
    # a count whose verb comes after it, in either voice
    ("In 2021, eleven defendants were convicted under the new code.", "eleven", "defendants convicted"),
    # a count with no verb of its own is named by the clause it closes, as a relative clause would be
    ("The labor ministry employs 85 inspectors.", "85", "inspectors the labor ministry employs"),
    # a count named by the phrase after it
    ("The refuge has 60 beds for adult victims.", "60", "beds for adult victims"),
    # a comparison figure is named as the figure it is compared with, in words or in brackets
    ("Officers opened 40 cases in 2021, compared with 31 in 2020.", "31", "cases opened (compared)"),
    ("Courts convicted 22 traffickers (18 in 2019).", "18", "traffickers convicted (compared)"),
    # a count in a list, or after another with no verb between, shares that one's verb
    ("The academy trained 75 officers, 30 judges and 12 prosecutors.", "12", "prosecutors trained"),
    ("Police charged 41 suspects in 17 cases.", "17", "cases charged"),
    ("A special unit of 25 investigators handles the cases.", "25", "investigators of a special unit"),
    # a percentage is a share of what follows "of", a change named after it, or the clause it closes
    ("Nearly 70 percent of the rescued children were girls.", "Nearly", "share of the rescued children"),
    ("Men made up 55 percent of those convicted.", "55", "share of those convicted"),
    ("Officials reported a 12 percent rise in referrals.", "12", "rise in referrals"),
    ("Spending on shelters fell by 9 percent.", "9", "Spending on shelters fell"),
    # an age limit is the age of the people named before it
    ("Boys as young as 11 were sent to herd cattle.", "as young", "age of boys"),
    ("The statute protects children younger than 16.", "16", "age of children"),
]


@pytest.mark.parametrize(("sentence", "begins", "label"), CASES)
def test_a_drafted_label_says_what_is_counted(sentence: str, begins: str, label: str) -> None:
    found = next(f for f in extract_figures(sentence) if sentence[f.start :].startswith(begins))
    assert figure_label(sentence, found.start, found.end, unit=found.unit, kind=found.kind) == label


@pytest.mark.parametrize(
    "sentence",
    [
        "The fund paid 40,000 stellings ($560) in 2019.",
        "Seventy percent of identified victims were women.",
        "Victims may stay for 30 days.",
        "A 60-day reflection period applies.",
        "The ministry employs 85 inspectors.",
        "Officers opened 40 cases in 2021, compared with 31 in 2020.",
        "Some 300 victims, 120 of them children, received care.",
    ],
)
def test_a_label_is_never_the_number_a_bare_unit_or_a_fragment(sentence: str) -> None:
    for found in extract_figures(sentence):
        label = figure_label(sentence, found.start, found.end, unit=found.unit, kind=found.kind)
        quote = sentence[found.start : found.end]
        assert label.lower() not in (found.unit.lower(), "usd", "percent", quote.lower())
        assert not any(ch.isdigit() for ch in label), label


def test_an_imported_reports_labels_say_what_is_counted() -> None:
    import tomllib

    from conftest import DATA, run

    result = run("import", str(DATA / "panel" / "ostrelia-2020.txt"), "-o", "-")
    assert result.exit_code == 0, result.stderr
    figures = tomllib.loads(result.stdout)["figures"]
    labels = {f["quote"]: f["label"] for f in figures}
    assert labels["$50,000"] == labels["900,000 dals"] == "allocated to NGO shelters for victims"
    assert labels["40 trafficking cases"] == "trafficking cases investigated"
    for f in figures:
        assert f["label"].lower() not in (f["unit"].lower(), "usd", "percent", f["quote"].lower()), f
        assert any(ch.isalpha() for ch in f["label"]), f
