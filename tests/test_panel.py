"""tipcli panel: coded figures as a country-year panel, long and wide, drawn in the terminal or to a file."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import DATA, fails, run
from tipcli import panel
from tipcli.model import INDICATORS

NARRATIVES = DATA / "panel"  # two made-up editions of a made-up country


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    for name in ("ostrelia-2020.txt", "ostrelia-2021.txt"):
        assert run("import", str(NARRATIVES / name)).exit_code == 0
    return folder


def _rows(*args: str) -> list[dict[str, object]]:
    result = run("panel", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_long_form_gives_each_coded_figure_its_year_and_place(library: Path) -> None:
    rows = _rows("--country", "Ostrelia")
    assert list(rows[0]) == list(panel.LONG_COLUMNS)
    investigated_2019 = [
        (r["edition"], r["value"], r["year_basis"])
        for r in rows
        if (r["year"], r["indicator"]) == (2019, "investigations")
    ]
    # the 2020 edition's own count and what the 2021 edition says of 2019: both rows stay
    assert investigated_2019 == [(2020, 40, "reporting period"), (2021, 44, "stated by a later edition")]
    own = next(r for r in rows if r["value"] == 40)
    assert (own["report"], own["place"], own["quote"]) == ("ostrelia-2020", "prosecution ¶1.3", "40 trafficking cases")
    assert all(r["country"] == "Ostrelia" for r in rows)  # the packaged report is Mexico's


def test_filters_by_indicator_trafficking_and_year(library: Path) -> None:
    (labor,) = _rows("--indicator", "convictions", "--trafficking", "labor")
    assert (labor["value"], labor["year"], labor["quote"]) == (9, 2019, "nine")
    assert {r["year"] for r in _rows("--year", "2020")} == {2020}


def test_wide_form_picks_the_reporting_editions_figure_and_names_the_others(library: Path) -> None:
    result = run("panel", "--country", "Ostrelia", "--wide", "--csv")
    assert result.exit_code == 0, result.stderr
    rows = {int(r["year"]): r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert sorted(rows) == [2018, 2019, 2020]
    y2019 = rows[2019]
    assert (y2019["investigations"], y2019["investigations_figure"]) == ("40", "ostrelia-2020/prosecution-1-cases")
    assert "investigations=ostrelia-2021/" in y2019["others"]
    assert y2019["convictions"] == "15" and y2019["convictions_labor"] == "9"  # split only where the text splits
    assert y2019["funding"] == "50000"  # the dollar conversion before the local currency
    assert "funding=ostrelia-2020/" in y2019["others"]
    assert (y2019["tier"], rows[2020]["tier"]) == ("Tier 2", "Tier 2 Watch List")
    assert "sentences_sex" not in y2019 and "sentences" in y2019  # every indicator has its column


def test_wide_excel_is_for_spreadsheets(library: Path) -> None:
    result = run("panel", "--wide", "--excel")
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith("\ufeffcountry,year,tier,".encode()) and b"\r\n" in result.stdout_bytes


def test_plot_draws_a_line_per_indicator_with_the_tier_of_each_year(library: Path) -> None:
    result = run("panel", "--country", "Ostrelia", "--plot", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Ostrelia" in out and "Tier 2 Watch List" in out
    line = next(line for line in out.splitlines() if line.startswith("investigations "))
    assert "40" in line and "28" in line and "31" in line


def test_a_chart_file_without_matplotlib_says_how_to_install_it(
    library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # as if the extra were not installed
    chart = tmp_path / "chart.png"
    message = fails("panel", "--country", "Ostrelia", "--png", str(chart), code=4)
    assert "pip install 'tipcli[plot]'" in message
    assert not chart.exists()


def test_a_chart_file_is_written_whole(library: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the optional extra `plot` is not installed")
    chart = tmp_path / "chart.svg"
    assert run("panel", "--country", "Ostrelia", "--svg", str(chart)).exit_code == 0
    text = chart.read_text(encoding="utf-8")
    assert "<svg" in text and "2020 ed." in text  # every point labelled with its edition
    assert fails("panel", "--country", "Ostrelia", "--svg", str(chart)).endswith("give --force to write over it")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".chart")] == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--indicator", "arrests"), "no indicator 'arrests'"),
        (("--trafficking", "both"), "no trafficking type 'both'"),
        (("--plot", "--json"), "--plot, --png and --svg draw the panel"),
        (("--png", "a.png", "--svg", "a.svg"), "give --png or --svg, not both"),
    ],
)
def test_bad_options_are_usage_errors(library: Path, args: tuple[str, ...], words: str) -> None:
    assert words in fails("panel", *args)


def test_nothing_coded_gives_the_empty_answer_and_exit_1(library: Path) -> None:
    result = run("panel", "--year", "1999", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert "no coded figure matches" in result.stderr


# -- the pure panel, over made-up rows ----------------------------------------------------------------


def _source(
    edition: int, indicator: str, value: float, *, year: int | None = None, **more: object
) -> dict[str, object]:
    row = dict.fromkeys(panel.SOURCE_KEYS)
    row.update(country="Vessa", edition=edition, figure_year=year, indicator=indicator, value=value, unit="cases")
    row.update(report=f"vessa-{edition}", figure=f"f{value}", place="prosecution ¶1.1", quote=str(value))
    row.update(more)
    return row


def test_the_long_form_filters_and_orders_the_rows() -> None:
    rows = [_source(2016, "convictions", 9), _source(2016, "investigations", 20), _source(2015, "convictions", 4)]
    long = panel.long_rows(rows, indicator="convictions")
    assert [(r["year"], r["value"], r["year_basis"]) for r in long] == [
        (2014, 4, panel.PERIOD),
        (2015, 9, panel.PERIOD),
    ]
    assert list(panel.public(long[0])) == list(panel.LONG_COLUMNS)
    assert panel.long_rows(rows, countries=["elsewhere"]) == []


def test_a_figure_is_of_its_stated_year_else_the_reporting_period() -> None:
    assert panel.year_of(2016, None) == (2015, panel.PERIOD)
    assert panel.year_of(2016, 2015) == (2015, panel.STATED)
    assert panel.year_of(2016, 2013) == (2013, panel.EARLIER)


def test_a_later_editions_figure_about_a_year_is_picked_only_when_the_year_has_no_own_one() -> None:
    drawn = panel.wide(
        [
            _source(2017, "convictions", 7, year=2014),
            _source(2016, "convictions", 9, year=2014),
            _source(2015, "convictions", 5),
        ]
    )
    rows = {r["year"]: r for r in drawn.rows}
    assert drawn.count == 3 and drawn.editions["vessa-2016"] == 2016
    assert rows[2014]["convictions"] == 5  # the 2015 edition reports on 2014
    assert rows[2014]["others"] == ["convictions=vessa-2017/f7", "convictions=vessa-2016/f9"]
    (row,) = panel.wide([_source(2016, "convictions", 9, year=2014), _source(2017, "convictions", 7, year=2014)]).rows
    assert row["convictions"] == 7  # of later editions, the latest: its number is the most revised


def test_a_years_tier_is_its_reporting_editions_among_the_figures_chosen() -> None:
    rows = [
        _source(2016, "convictions", 9, tier="Tier 2"),
        _source(2016, "investigations", 30, tier="Tier 1", report="vessa-2016-corrected"),  # a second copy
        _source(2017, "convictions", 4, year=2014, tier="Tier 3"),
    ]
    by_year = {r["year"]: r["tier"] for r in panel.wide(rows).rows}
    assert by_year == {2014: None, 2015: "Tier 1"}  # no 2015 edition; of two copies, the later one
    (row,) = panel.wide(rows, indicator="convictions", year=2015).rows
    assert row["tier"] == "Tier 2"  # the copy whose figures were chosen


def test_a_chart_that_cannot_be_written_exits_4_with_nothing_left(library: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the optional extra `plot` is not installed")
    missing = tmp_path / "no-such-folder" / "chart.png"
    assert "cannot write" in fails("panel", "--png", str(missing), code=4)
    assert not missing.parent.exists()


def test_a_comparison_over_time_is_a_row_for_the_period_before() -> None:
    import tomllib

    narrative = (
        "VESSA (Tier 2)\n\nThe Government of Vessa does not fully meet the minimum standards for the elimination of "
        "trafficking but is making significant efforts to do so.\n\nPROSECUTION\n\n"
        "Courts convicted 31 traffickers, up from 26. Authorities identified 90 victims in 2020, compared with "
        "75 the previous year. Police investigated 30 sex trafficking cases, compared with 12 labor trafficking cases.\n"
    )
    result = run("import", "-", "--country", "Vessa", "--year", "2021", "-o", "-", input=narrative)
    assert result.exit_code == 0, result.stderr
    years = {f["quote"]: f.get("year") for f in tomllib.loads(result.stdout)["figures"]}
    assert years["26"] == 2019  # the 2021 edition reports on 2020; "up from" is the year before
    assert years["75"] == 2019 and years["90 victims"] == 2020
    assert years["12 labor trafficking cases"] is None  # compared with another kind, not another year


# -- the library's answer, from its index, is each report's own ---------------------------------------


def _loaded(ids: list[str] | None = None) -> list[tuple[str, object]]:
    """Return (id, report) of the library's reports (of these ids), loaded, in the library's order."""
    from tipcli import library
    from tipcli.loading import load_report

    return [(i, load_report(file)) for i, file in library.entries() if ids is None or i in ids]


@pytest.mark.parametrize("report", ["mexico-2010", "ostrelia-2020", "ostrelia-2021"])
def test_the_library_answers_each_reports_coded_figures_as_the_report_itself_does(library: Path, report: str) -> None:
    across = _rows()
    own = [panel.public(r) for r in panel.long_rows(panel.source_rows(_loaded([report])))]  # type: ignore[arg-type]
    assert own and [r for r in across if r["report"] == report] == own
    assert {r["report"] for r in across} == {"mexico-2010", "ostrelia-2020", "ostrelia-2021"}


@pytest.mark.parametrize("args", [(), ("--country", "Ostrelia"), ("--indicator", "funding"), ("--trafficking", "sex")])
def test_the_wide_panel_from_the_index_is_the_wide_panel_of_the_loaded_reports(
    library: Path, args: tuple[str, ...]
) -> None:
    result = run("panel", "--wide", *args, "--json")
    assert result.exit_code == 0, result.stderr
    filters = {"countries": args[1:] if args[:1] == ("--country",) else ()}
    filters |= {"indicator": args[1]} if args[:1] == ("--indicator",) else {}
    filters |= {"trafficking": args[1]} if args[:1] == ("--trafficking",) else {}
    loaded = panel.wide(panel.source_rows(_loaded()), **filters)  # type: ignore[arg-type]
    assert loaded.rows and json.loads(result.stdout) == json.loads(json.dumps(loaded.rows))


def test_the_exports_panel_table_is_the_long_panel_row_for_row(library: Path, tmp_path: Path) -> None:
    import sqlite3

    narrative = tmp_path / "velmora-2022.txt"  # a year of its own period stated, and an earlier one
    narrative.write_text(
        "VELMORA (Tier 2)\n\nPROSECUTION\n\nIn 2021, police opened 30 trafficking investigations, up from 12 in"
        " 2019. Courts convicted six traffickers.\n",
        encoding="utf-8",
    )
    assert run("import", str(narrative)).exit_code == 0
    target = tmp_path / "tip.db"
    assert run("export", "--sqlite", str(target), "--all").exit_code == 0
    db = sqlite3.connect(target)
    db.row_factory = sqlite3.Row
    table = [dict(row) for row in db.execute("SELECT * FROM panel ORDER BY rowid")]
    long = _rows()
    assert {r["country"] for r in long} == {"Mexico", "Ostrelia", "Velmora"}
    assert {r["year_basis"] for r in long} == {panel.STATED, panel.PERIOD, panel.EARLIER}
    assert table == long


# -- the pick rule on competing candidates: the SQL's answer is what the rule says ---------------------

# A made-up country's three editions, in our own words, whose figures compete for the same cells.
# (figure id, indicator, trafficking, value, unit, the year its sentence states, quote); the text
# is the quotes, in this order, each sentence of its own.
VARNIA = {
    2019: (
        "Tier 2 Watch List",
        [("charged", "prosecutions", None, 17, "suspects", None, "prosecutors charged 17 suspects")],
    ),
    2020: (
        "Tier 2",
        [
            ("opened", "investigations", None, 14, "cases", None, "police opened 14 cases"),
            ("opened-more", "investigations", None, 9, "cases", None, "a task force opened 9 cases"),
            ("convicted", "convictions", None, 6, "traffickers", None, "courts convicted 6 traffickers"),
            ("convicted-labor", "convictions", "labor", 4, "traffickers", None, "4 traffickers for forced labor"),
            ("spent-lari", "funding", None, 12000, "lari", None, "it spent 12000 lari"),
            ("spent-usd", "funding", None, 4000, "USD", None, "about $4000"),
            ("charged-2018", "prosecutions", None, 20, "suspects", 2018, "20 suspects charged in 2018"),
            ("found-2017", "victims_identified", None, 30, "victims", 2017, "30 victims found in 2017"),
        ],
    ),
    2021: (
        "Tier 2",
        [
            ("found", "victims_identified", None, 70, "victims", None, "officials found 70 victims"),
            ("found-sex", "victims_identified", "sex", 50, "victims", None, "50 victims of sex trafficking"),
            ("charged-2018", "prosecutions", None, 22, "suspects", 2018, "22 suspects charged in 2018"),
            ("found-2017", "victims_identified", None, 33, "victims", 2017, "33 victims found in 2017"),
        ],
    ),
}


def _varnia_toml(edition: int) -> str:
    tier, figures = VARNIA[edition]
    text = " ".join(f"In one count, {quote}." for *_, quote in figures)
    lines = [
        "schema = 1",
        "[report]",
        'title = "Made-up test report"',
        'country = "Varnia"',
        f"year = {edition}",
        "[source]",
        'title = "Test source"',
        'publisher = "Test publisher"',
        "[tier]",
        f'placement = "{tier}"',
        'provenance = "Made up."',
        "[[sections]]",
        'id = "prosecution"',
        'title = "Prosecution"',
        f"paragraphs = [{json.dumps(text)}]",
    ]
    for figure, indicator, trafficking, value, unit, year, quote in figures:
        lines += ["[[figures]]", f'id = "{figure}"', f'kind = "{"money" if unit in ("USD", "lari") else "count"}"']
        lines += [f"value = {value}", f'unit = "{unit}"', f'label = "{figure}"', f'indicator = "{indicator}"']
        lines += [f'trafficking = "{trafficking}"'] if trafficking else []
        lines += [f"year = {year}"] if year else []
        lines += ['section = "prosecution"', "paragraph = 1", f'quote = "{quote}"']
    return "\n".join(lines) + "\n"


@pytest.fixture
def varnia(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "varnia"
    folder.mkdir()
    monkeypatch.setenv("TIPCLI_LIBRARY", str(folder))
    for edition in VARNIA:
        (folder / f"varnia-{edition}.toml").write_text(_varnia_toml(edition), encoding="utf-8")
        assert run("validate", str(folder / f"varnia-{edition}.toml")).exit_code == 0
    return folder


# What PICK_RULE says of each cell of Varnia's, worked out by hand: (year, tier, the picks, others).
VARNIA_WIDE = [
    # no edition reports on 2017: of what later ones say of it, the latest edition's
    (2017, None, {"victims_identified": (33, "varnia-2021/found-2017")}, ["victims_identified=varnia-2020/found-2017"]),
    # the 2019 edition reports on 2018: its own count before the later editions', those the latest first
    (
        2018,
        "Tier 2 Watch List",
        {"prosecutions": (17, "varnia-2019/charged")},
        ["prosecutions=varnia-2021/charged-2018", "prosecutions=varnia-2020/charged-2018"],
    ),
    # two counts of one edition: the first in text order; dollars before lari whatever the order;
    # a labor count in a column of its own
    (
        2019,
        "Tier 2",
        {
            "investigations": (14, "varnia-2020/opened"),
            "convictions": (6, "varnia-2020/convicted"),
            "convictions_labor": (4, "varnia-2020/convicted-labor"),
            "funding": (4000, "varnia-2020/spent-usd"),
        },
        ["investigations=varnia-2020/opened-more", "funding=varnia-2020/spent-lari"],
    ),
    (
        2020,
        "Tier 2",
        {"victims_identified": (70, "varnia-2021/found"), "victims_identified_sex": (50, "varnia-2021/found-sex")},
        [],
    ),
]


def _expected_wide(columns: list[str]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for year, tier, picks, others in VARNIA_WIDE:
        row: dict[str, object] = {"country": "Varnia", "year": year, "tier": tier}
        for column in columns:
            value, ref = picks.get(column, (None, None))
            row |= {column: value, f"{column}_figure": ref}
        rows.append(row | {"others": others})
    return rows


def test_the_wide_panel_picks_what_the_rule_says_among_competing_figures(varnia: Path) -> None:
    result = run("panel", "--wide", "--json", "--country", "Varnia")
    assert result.exit_code == 0, result.stderr
    columns = list(INDICATORS)  # every indicator, and a split column where the text splits one
    columns.insert(columns.index("convictions") + 1, "convictions_labor")
    columns.insert(columns.index("victims_identified") + 1, "victims_identified_sex")
    assert json.loads(result.stdout) == _expected_wide(columns)
    # the same SQL over the loaded reports' rows, in a table in memory, answers the same
    loaded = panel.wide(panel.source_rows(_loaded([f"varnia-{edition}" for edition in VARNIA])))  # type: ignore[arg-type]
    assert loaded.rows == _expected_wide(columns) and loaded.count == 13
    assert loaded.editions == {"varnia-2019": 2019, "varnia-2020": 2020, "varnia-2021": 2021}


def test_the_wide_panels_filters_keep_the_rule(varnia: Path) -> None:
    def wide(*args: str) -> list[dict[str, object]]:
        return _rows("--wide", "--country", "Varnia", *args)

    (row,) = wide("--year", "2018")
    assert (row["prosecutions"], row["others"]) == (17, VARNIA_WIDE[1][3])
    (row,) = wide("--trafficking", "labor")
    assert (row["year"], row["convictions_labor"], row["convictions"], row["others"]) == (2019, 4, None, [])
    rows = wide("--indicator", "victims_identified")
    assert [(r["year"], r["tier"], r["victims_identified"]) for r in rows] == [(2017, None, 33), (2020, "Tier 2", 70)]
    assert "funding" in rows[0] and "convictions_labor" not in rows[0]  # every indicator, splits only where found


def test_a_country_is_chosen_as_every_command_chooses_it_without_accents_or_case(library: Path) -> None:
    accented = _varnia_toml(2019).replace('country = "Varnia"', 'country = "Vårnia"')
    (library / "varnia-2019.toml").write_text(accented, encoding="utf-8")
    for wide in ((), ("--wide",)):
        rows = _rows(*wide, "--country", "VARNIA")
        assert [(r["country"], r["year"]) for r in rows] == [("Vårnia", 2018)]


def test_report_option_codes_only_the_report_it_names(library: Path) -> None:
    result = run("--report", "ostrelia-2021", "panel", "--json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and {r["report"] for r in rows} == {"ostrelia-2021"}  # not 2020's, nor the packaged Mexico's
    assert {r["report"] for r in _rows()} == {"ostrelia-2020", "ostrelia-2021", "mexico-2010"}
    wide = run("--report", "mexico-2010", "panel", "--wide", "--json")
    assert {r["country"] for r in json.loads(wide.stdout)} == {"Mexico"}
    other = run("--report", "ostrelia-2021", "panel", "--country", "Mexico", "--json")
    assert (other.exit_code, other.stdout.strip()) == (1, "[]")
