"""A cited quote that contains a defect of the text says so: [sic] after it, the intended wording in a note.

The defects and what was meant are read by hand from the seed text.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from tipcli.app import app

runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


def test_a_figure_quoting_onehalf_is_marked_sic_with_the_intended_wording() -> None:
    lines = run("cite", "--figure", "penalty-public-official").splitlines()
    assert lines[0].startswith(
        "“when the convicted offender is a public official, penalties increase by onehalf [sic]” "
        "(U.S. Department of State, 2010, Prosecution section, para. 1)"
    )
    assert "[sic] “increase by onehalf”: likely intended “increase by one-half” (Hyphen missing.)" in lines


def test_the_2009_2012_event_is_marked_sic_in_every_style() -> None:
    chicago = run("cite", "--event", "prevention-efforts", "-f", "chicago")
    assert chicago.startswith("“sustained limited trafficking prevention efforts in 2009-2012 [sic]”\n")
    assert "likely intended “prevention efforts in 2009.”" in chicago
    for style in ("bibtex", "ris"):
        out = run("cite", "--event", "prevention-efforts", "-f", style)
        assert "in 2009-2012 [sic]”" in out and "likely intended “prevention efforts in 2009.”" in out
    (item,) = json.loads(run("cite", "--event", "prevention-efforts", "--json"))
    assert item["note"].startswith(
        "Prevention, paragraph 1: “sustained limited trafficking prevention efforts in 2009-2012 [sic]” [sic]"
    )


def test_sic_stands_right_after_the_defective_word_and_only_there() -> None:
    def quoted(section: str, paragraph: str, quote: str) -> str:
        return run("cite", "--section", section, "-p", paragraph, "--quote", quote).splitlines()[0]

    assert quoted("overview", "3", "statues").startswith("“statues [sic]”")
    assert quoted("overview", "3", "impeding implementation of anti-trafficking statues").startswith(
        "“impeding implementation of anti-trafficking statues [sic]”"
    )
    assert quoted("prosecution", "1", "threat, abduction, abduction or fraud").startswith(
        "“threat, abduction, abduction [sic] or fraud”"
    )
    assert quoted("prosecution", "3", "A highlevel immigration official").startswith(
        "“A highlevel [sic] immigration official”"
    )
    # Words of the erratum's context that are not the defect: no [sic], no note.
    out = run("cite", "--section", "prosecution", "-p", "1", "--quote", "penalties increase by")
    assert "[sic]" not in out
    out = run("cite", "--section", "overview", "-p", "3", "--quote", "anti-trafficking")
    assert "[sic]" not in out
