"""`tipcli import`: a narrative file becomes a report that every command reads; bad input fails cleanly."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import SEED, seed_sections
from tipcli.app import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

NARRATIVE = """ATLANTIS (Tier 2 Watch List)

Atlantis is a source country for men and women subjected to forced labor. The Government of Atlantis does not fully comply with the minimum standards; it is therefore placed on Tier 2 Watch List.

Recommendations for Atlantis: Prosecute more cases; open a shelter.

Prosecution

In 2022, the Ministry of Justice (MOJ) investigated 14 trafficking cases, compared with nine in 2021. Courts convicted at least three traffickers and sentenced them to five to 12 years in prison.

Protection

The government identified 120 victims and funded two shelters run by NGOs. In March 2022, the Ministry of Justice opened a shelter with a capacity of 30 beds.
"""


def run(*args: str, stdin: str | bytes | None = None) -> object:
    return runner.invoke(app, list(args), input=stdin)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_import_writes_a_report_into_the_library_that_every_command_reads(tmp_path: Path, library: Path) -> None:
    result = run("import", str(write(tmp_path, "atlantis.txt", NARRATIVE)), "--year", "2023")
    assert result.exit_code == 0, result.stderr
    target = library / "atlantis-2023.toml"
    assert result.stdout.startswith(f"wrote {target}: 4 sections, 4 paragraphs, ")
    assert run("validate", str(target)).exit_code == 0
    report = ["--report", str(target)]
    summary = json.loads(run(*report, "summary", "--json").stdout)
    assert (summary["country"], summary["year"], summary["tier"]["placement"]) == (
        "Atlantis",
        2023,
        "Tier 2 Watch List",
    )
    prosecution = json.loads(run(*report, "section", "prosecution", "--json").stdout)
    assert prosecution["paragraphs"] == [NARRATIVE.split("\n\n")[4].strip()]
    figures = json.loads(run(*report, "stats", "--json").stdout)
    cases = [f for f in figures if f["quote"] == "14 trafficking cases"]
    assert cases and cases[0]["value"] == 14 and cases[0]["figure_year"] == 2022 and cases[0]["drafted"] is True
    assert any(f["value"] == 5 and f.get("high") == 12 for f in figures)
    agencies = json.loads(run(*report, "agencies", "--json").stdout)
    assert {"name": "Ministry of Justice", "acronym": "MOJ"}.items() <= next(
        a for a in agencies if a["acronym"] == "MOJ"
    ).items()
    events = json.loads(run(*report, "timeline", "--json").stdout)
    assert any(e["date"] == "2022-03" and e["precision"] == "month" for e in events)
    assert run(*report, "search", "shelter").exit_code == 0


def test_import_json_says_what_was_imported(tmp_path: Path, library: Path) -> None:
    result = run("import", str(write(tmp_path, "a.txt", NARRATIVE)), "--year", "2023", "--json")
    doc = json.loads(result.stdout)
    assert doc["id"] == "atlantis-2023" and doc["path"] == str(library / "atlantis-2023.toml")
    assert (doc["country"], doc["year"], doc["tier"]) == ("Atlantis", 2023, "Tier 2 Watch List")
    assert [s["id"] for s in doc["sections"]] == ["overview", "recommendations", "prosecution", "protection"]
    assert doc["counts"]["paragraphs"] == 4 and isinstance(doc["warnings"], list)


def test_import_to_stdout_and_from_stdin(library: Path) -> None:
    result = run("import", "-", "-o", "-", "--year", "2023", stdin=NARRATIVE)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Imported by `tipcli import` from standard input")
    assert 'country = "Atlantis"' in result.stdout and "[[figures]]" in result.stdout
    assert not library.exists()


def test_import_never_overwrites_without_force(tmp_path: Path, library: Path) -> None:
    source = str(write(tmp_path, "a.txt", NARRATIVE))
    assert run("import", source, "--year", "2023").exit_code == 0
    target = library / "atlantis-2023.toml"
    target.write_text("# mine\n", encoding="utf-8")
    again = run("import", source, "--year", "2023")
    assert again.exit_code == 2 and again.stdout == ""
    assert "exists; add --force" in again.stderr
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert run("import", source, "--year", "2023", "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# Imported")
    assert [p.name for p in library.iterdir()] == ["atlantis-2023.toml"]  # no temporary file left


def test_the_file_says_nothing_of_its_year(tmp_path: Path, library: Path) -> None:
    result = run("import", str(write(tmp_path, "a.txt", NARRATIVE)))
    assert result.exit_code == 3
    assert result.stderr.strip() == "tipcli: error: the file does not say which edition it is from; give --year YYYY"


def test_the_seed_imports_to_the_packaged_paragraphs(tmp_path: Path) -> None:
    target = tmp_path / "mexico.toml"
    assert run("import", str(SEED), "-o", str(target)).exit_code == 0
    sections = seed_sections()
    for heading, paragraphs in sections.items():
        name = heading or "overview"
        doc = json.loads(run("--report", str(target), "section", name, "--json").stdout)
        assert doc["paragraphs"] == paragraphs


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "  \n\n \n", "empty"),
        ("README.md", "# tipcli\n\nA command-line tool.\n\n## Install\n\npip install .\n", "section"),
        ("data.csv", "id,value\n1,2\n3,4\n", "section"),
        ("binary.bin", bytes(range(256)) * 4, "not a text file"),
        ("page.html", "<!doctype html><html><body><nav>Home</nav><p>Nothing here.</p></body></html>", "narrative"),
    ],
)
def test_what_is_not_a_narrative_fails_with_exit_3_and_writes_nothing(
    tmp_path: Path, library: Path, name: str, content: str | bytes, message: str
) -> None:
    result = run("import", str(write(tmp_path, name, content)), "--year", "2020", "--country", "X")
    assert result.exit_code == 3, result.stdout
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("tipcli: error: ") and message in line
    assert not library.exists()


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path: Path, library: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of nothing
    result = run("import", str(path), "--year", "2020")
    assert result.exit_code == 3 and "bytes" in result.stderr
    assert not library.exists()


def test_a_missing_file(library: Path) -> None:
    result = run("import", "no-such-file.txt")
    assert result.exit_code == 3 and result.stderr.strip() == "tipcli: error: no-such-file.txt: no such file"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
@pytest.mark.parametrize(
    "name", ["veldmark-2011.txt", "lorvanth-2023.txt", "kelmora-2009.wiki.txt", "tarvos-2018.html"]
)
def test_every_corpus_narrative_imports_and_validates(tmp_path: Path, name: str) -> None:
    gold = json.loads(
        (CORPUS / name.replace(".wiki.txt", ".txt").rsplit(".", 1)[0]).with_suffix(".gold.json").read_text()
    )
    target = tmp_path / "r.toml"
    result = run("import", str(CORPUS / name), "-o", str(target), "--year", str(gold["year"]))
    assert result.exit_code == 0, result.stderr
    assert run("validate", str(target)).exit_code == 0
    summary = json.loads(run("--report", str(target), "summary", "--json").stdout)
    assert summary["country"] == gold["country"]
    assert [s["id"] for s in summary["sections"]] == [s["id"] for s in gold["sections"]]
    assert (summary["tier"] or {}).get("placement") == gold["tier"]["placement"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(max_size=600)
    | st.builds(lambda a, b: NARRATIVE[: len(NARRATIVE) * a // 100] + b, st.integers(0, 100), st.text(max_size=80))
)
def test_import_writes_a_valid_report_or_fails_cleanly(tmp_path: Path, text: str) -> None:
    target = tmp_path / "out.toml"
    target.unlink(missing_ok=True)
    result = run(
        "import",
        "-",
        "-o",
        str(target),
        "--year",
        "2020",
        "--country",
        "Atlantis",
        stdin=text.encode("utf-8", "surrogatepass"),
    )
    assert result.exit_code in (0, 3), (result.exit_code, result.stderr)
    if result.exit_code == 0:
        assert run("validate", str(target)).exit_code == 0
    else:
        assert not target.exists() and result.stderr.startswith("tipcli: error: ")
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".import-")]


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run("import", str(write(tmp_path, "a.txt", NARRATIVE)), "--format", "docx")
    assert result.exit_code == 2 and result.stdout == ""
    assert "no format 'docx'; choose from text, html, wiki, pdf" in result.stderr


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repository")
def test_three_imported_narratives_asked_together(library: Path, tmp_path: Path) -> None:
    for name in ("veldmark-2011.txt", "lorvanth-2023.txt", "tarvos-2018.html"):
        assert run("import", str(CORPUS / name)).exit_code == 0
    listed = json.loads(run("reports", "--json").stdout)
    assert [(r["id"], r["tier"]) for r in listed] == [
        ("mexico-2010", "Tier 2"),
        ("lorvanth-2023", "Tier 3"),
        ("tarvos-2018", "Tier 1"),
        ("veldmark-2011", "Tier 2 Watch List"),
    ]
    assert all(r["drafted"] == r["figures"] for r in listed[1:])  # nothing imported is reviewed yet
    hits = json.loads(run("search", "shelter", "--all", "--json", "-n", "100").stdout)["hits"]
    assert {h["country"] for h in hits} >= {"Lorvanth", "Tarvos", "Veldmark"}
    convictions = json.loads(run("stats", "--match", "convicted", "--all", "--sort", "year", "--json").stdout)
    years = [row["year"] for row in convictions]
    assert years == sorted(years) and len(set(years)) >= 2
    tiers = json.loads(run("tiers", "--json").stdout)
    assert {(t["country"], t["year"], t["placement"]) for t in tiers} >= {
        ("Veldmark", 2011, "Tier 2 Watch List"),
        ("Lorvanth", 2023, "Tier 3"),
        ("Tarvos", 2018, "Tier 1"),
    }
    database = tmp_path / "tip.db"
    assert run("export", "--sqlite", str(database), "--all").exit_code == 0
    assert sqlite3.connect(database).execute("SELECT count(*) FROM reports").fetchone() == (4,)


TIPCLI_SCRIPT = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or shutil.which("tipcli")


@pytest.mark.skipif(TIPCLI_SCRIPT is None, reason="tipcli is not installed")
@pytest.mark.parametrize(
    "args", [["summary", "--json"], ["stats"], ["search", "shelter", "--json"], ["reports", "--json"]]
)
def test_other_commands_never_import_the_importer(library: Path, args: list[str]) -> None:
    code = (
        "import os, sys\n"
        "end = os._exit\n"
        "os._exit = lambda code: (sys.stderr.write(' '.join(sys.modules)), sys.stderr.flush(), end(code))\n"
        "from tipcli.cli import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60)
    modules = set(result.stderr.split())
    assert "tipcli.app" in modules  # the measurement works
    assert not {m for m in modules if m.startswith(("tipcli.importing", "tomli_w", "html.parser"))}


@pytest.mark.parametrize("options", [["--country", "Readme", "--year", "2020"], []])
def test_a_readme_is_refused_even_with_country_and_year(tmp_path: Path, library: Path, options: list[str]) -> None:
    readme = Path(__file__).parents[1] / "README.md"
    result = run("import", str(readme), *options)
    assert result.exit_code == 3 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert "looks like Markdown" in line and "expected a TIP country narrative" in line
    assert "--country" not in line  # nothing steers the user to force it in
    assert not library.exists()


def test_plain_text_with_a_section_word_but_no_trafficking_is_refused(tmp_path: Path, library: Path) -> None:
    text = "Protection\n\nWear a helmet when cycling; sunscreen protects the skin from 90 percent of the sun.\n"
    result = run("import", str(write(tmp_path, "tips.txt", text)), "--country", "X", "--year", "2020")
    assert result.exit_code == 3 and result.stdout == ""
    assert "never mentions trafficking" in result.stderr
    assert not library.exists()
