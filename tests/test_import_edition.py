"""`tipcli import` of whole editions: a made-up edition's PDF and text, folders, many files (issue 21).

The edition is made by edition_maker.py (our own invented narratives); its gold labels are what the
maker wrote, never what the importer read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import fails, run
from edition_maker import BOX_TEXT, CAPTION, FONTS, make_edition
from tipcli.loading import load_report

pytest.importorskip("fpdf", reason="the edition PDF is made with fpdf2 (the test extra)")
pytest.importorskip("pypdf", reason="PDFs are read with pypdf (the pdf and test extras)")
if not (FONTS / "DejaVuSerif.ttf").is_file():
    pytest.skip(f"the edition PDF is set in DejaVu fonts, which are not in {FONTS}", allow_module_level=True)

ATLANTIS = """ATLANTIS (Tier 2)

The Government of Atlantis does not fully meet the minimum standards for the elimination of trafficking but is making significant efforts to do so.

Prosecution

The police investigated 12 cases of trafficking during the year.
"""
LEMURIA = ATLANTIS.replace("ATLANTIS", "LEMURIA").replace("Atlantis", "Lemuria").replace("12 cases", "seven cases")


@pytest.fixture(scope="module")
def edition(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("edition")
    return folder, make_edition(folder)


def imported(*args: str, code: int = 0) -> list[dict[str, Any]]:
    result = run("import", *args, "--json")
    assert result.exit_code == code, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def paragraphs(path: str) -> dict[str, list[str]]:
    report = load_report(Path(path))
    return {s.id: [p.text for p in s.paragraphs] for s in report.sections}


@pytest.mark.parametrize("name", ["edition.pdf", "edition.txt", "edition-copied.txt"])
def test_an_edition_becomes_one_report_a_narrative_word_for_word(
    edition: tuple[Path, dict[str, Any]], library: Path, name: str
) -> None:
    folder, gold = edition
    rows = imported(str(folder / name))
    assert [(r["country"], r["year"], r["tier"], r["status"]) for r in rows] == [
        (n["country"], 2031, n["tier"], "new") for n in gold["narratives"]
    ]
    for row, want in zip(rows, gold["narratives"], strict=True):
        assert paragraphs(row["path"]) == want["sections"], row["country"]
    assert {r["id"] for r in rows} >= {"nova-teria-2031", "saint-orvane-2031", "zembrali-2031"}


def test_a_pdf_s_furniture_stays_out_and_its_real_hyphens_stay(
    edition: tuple[Path, dict[str, Any]], library: Path
) -> None:
    folder, gold = edition
    assert gold["hyphenated_line_ends"] >= 40  # the maker hyphenated line ends for this test to join
    rows = imported(str(folder / "edition.pdf"))
    text = "\n".join(p for r in rows for ps in paragraphs(r["path"]).values() for p in ps)
    for furniture in (BOX_TEXT[:40], CAPTION, "TRAFFICKING IN PERSONS REPORT", "SURVIVOR", "TABLE OF CONTENTS"):
        assert furniture not in text
    assert "Port-Clément" in text and "anti-trafficking" in text and "inter-ministerial" in text
    assert rows[0]["source"] == {"file": str(folder / "edition.pdf"), "pages": rows[0]["source"]["pages"]}
    first, last = rows[0]["source"]["pages"]
    assert 4 < first <= last < rows[1]["source"]["pages"][1]  # after the front matter, in page order


def test_importing_the_same_edition_again_changes_nothing_and_reads_nothing(
    edition: tuple[Path, dict[str, Any]], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipcli.importing import edition as reading

    folder, _ = edition
    first = imported(str(folder / "edition.pdf"))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in library.glob("*.toml")}
    monkeypatch.setattr(reading, "read_pdf", None)  # the same bytes again: the PDF is not read
    for inputs in ([str(folder / "edition.pdf")], [str(folder / "edition.pdf")] * 2):
        rows = imported(*inputs)
        assert {r["status"] for r in rows} == {"unchanged"}
        assert rows[4]["country"] == "Nova Téria" and rows[4]["counts"]["figures"] > 0  # described from the index
        assert [r["source"] for r in rows[:7]] == [r["source"] for r in first]
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in library.glob("*.toml")} == before


def test_the_library_index_is_brought_up_to_date_once(
    edition: tuple[Path, dict[str, Any]], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipcli import index

    folder, _ = edition
    real, calls = index.sync, []
    monkeypatch.setattr(index, "sync", lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    for step in range(3):  # a first import, a re-import, and one with a report to write again
        calls.clear()
        if step == 2:
            (library / "belmora-2031.toml").unlink()
        imported(str(folder / "edition.pdf"))
        assert len(calls) == 1
    assert len(run("reports", "--json").stdout) > 0 and "zembrali-2031" in run("reports", "--json").stdout


def test_a_report_missing_from_an_edition_is_imported_again_and_the_rest_left(
    edition: tuple[Path, dict[str, Any]], library: Path
) -> None:
    folder, _ = edition
    imported(str(folder / "edition.pdf"))
    (library / "dravonia-2031.toml").unlink()
    rows = imported(str(folder / "edition.pdf"))
    assert [r["status"] for r in rows] == ["unchanged"] * 3 + ["new"] + ["unchanged"] * 3


def test_a_narrative_whose_report_holds_other_content_is_refused_unless_forced(
    edition: tuple[Path, dict[str, Any]], library: Path, tmp_path: Path
) -> None:
    folder, _ = edition
    imported(str(folder / "edition.txt"))
    changed = tmp_path / "changed.txt"
    text = (folder / "edition.txt").read_text(encoding="utf-8")
    changed.write_text(
        text.replace("Children, including those", "Boys and girls, including those", 1), encoding="utf-8"
    )
    before = (library / "ardenia-2031.toml").read_bytes()
    result = run("import", str(changed), "--json")
    assert result.exit_code == 3
    rows = json.loads(result.stdout)
    assert [r["status"] for r in rows] == ["refused"] + ["unchanged"] * 6
    assert "ardenia-2031.toml exists with other content; --force replaces it" in rows[0]["error"]
    assert "refused" in result.stderr and (library / "ardenia-2031.toml").read_bytes() == before
    rows = imported(str(changed), "--force")
    assert {r["status"] for r in rows} == {"replaced"}
    assert "Boys and girls" in (library / "ardenia-2031.toml").read_text(encoding="utf-8")


def test_a_folder_is_read_recursively_and_one_failure_does_not_stop_the_rest(library: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    (inputs / "older").mkdir(parents=True)
    (inputs / "atlantis-2019.txt").write_text(ATLANTIS, encoding="utf-8")
    page = "".join(f"<p>{block}</p>" for block in LEMURIA.split("\n\n")).replace(
        "<p>Prosecution</p>", "<h2>Prosecution</h2>"
    )
    (inputs / "older" / "lemuria-2018.htm").write_text(f"<html><body>{page}</body></html>", "utf-8")
    (inputs / "older" / "notes.md").write_text("# not read: not a narrative's kind of file\n", encoding="utf-8")
    (inputs / "older" / "broken.txt").write_bytes(b"\x00\x01binary")
    result = run("import", str(inputs), "--json")
    assert result.exit_code == 3
    rows = json.loads(result.stdout)
    assert [(Path(r["source"]["file"]).name, r["status"]) for r in rows] == [
        ("atlantis-2019.txt", "new"),
        ("broken.txt", "failed"),
        ("lemuria-2018.htm", "new"),
    ]
    assert "NUL bytes" in rows[1]["error"] and "broken.txt: failed" in result.stderr
    assert sorted(p.name for p in library.glob("*.toml")) == ["atlantis-2019.toml", "lemuria-2018.toml"]


def test_several_files_give_a_list_and_the_year_is_set_for_all(library: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ATLANTIS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEMURIA, encoding="utf-8")
    rows = imported(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--year", "2017")
    assert [(r["id"], r["status"], r["counts"]["figures"]) for r in rows] == [
        ("atlantis-2017", "new", 1),
        ("lemuria-2017", "new", 1),
    ]
    assert set(rows[0]) >= {"id", "path", "country", "year", "tier", "status", "counts", "warnings", "source"}


def test_the_end_table_says_what_happened_to_each(library: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ATLANTIS, encoding="utf-8")
    (tmp_path / "b.txt").write_text(LEMURIA, encoding="utf-8")
    run("import", str(tmp_path / "a.txt"), "--year", "2017")
    result = run("import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--year", "2017", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:6] == ["Country", "┃", "Year", "┃", "Tier", "┃"]
    assert [line.split("│")[5].strip() for line in lines[2:4]] == ["unchanged", "new"]
    assert lines[-1] == "2 of 2 narratives imported or unchanged"
    assert result.stderr == ""  # no progress bar when stderr is not a terminal


@pytest.mark.parametrize("option", [["-o", "x.toml"], ["--country", "Atlantis"], ["--url", "https://example.org/a"]])
def test_options_for_one_narrative_are_usage_errors_with_many(
    library: Path, tmp_path: Path, edition: tuple[Path, dict[str, Any]], option: list[str]
) -> None:
    folder, _ = edition
    (tmp_path / "a.txt").write_text(ATLANTIS, encoding="utf-8")
    for inputs in ([str(tmp_path)], [str(tmp_path / "a.txt"), str(tmp_path / "a.txt")], [str(folder / "edition.pdf")]):
        assert f"{option[0]} is for one narrative" in fails("import", *inputs, *option, code=2)
    assert not library.exists() and not (Path.cwd() / "x.toml").exists()


def test_one_narrative_keeps_its_object_with_a_status(library: Path, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ATLANTIS, encoding="utf-8")
    first = imported(str(tmp_path / "a.txt"), "--year", "2019")
    assert isinstance(first, dict) and first["status"] == "new" and first["id"] == "atlantis-2019"
    assert first["source"] == {"file": str(tmp_path / "a.txt"), "pages": None}
    written = (library / "atlantis-2019.toml").read_bytes()
    again = imported(str(tmp_path / "a.txt"), "--year", "2019")
    assert again["status"] == "unchanged" and (library / "atlantis-2019.toml").read_bytes() == written
    assert imported(str(tmp_path / "a.txt"), "--year", "2019", "--force")["status"] == "replaced"


def test_ctrl_c_leaves_every_report_whole_or_unwritten(
    edition: tuple[Path, dict[str, Any]], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipcli.importing import pipeline

    folder, _ = edition
    real, calls = pipeline.import_text, []

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "import_text", interrupted)
    result = run("import", str(folder / "edition.txt"))
    assert result.exit_code == 130 and "interrupted" in result.stderr
    written = sorted(library.iterdir())
    assert [p.name for p in written] == ["ardenia-2031.toml", "belmora-2031.toml", "calvessa-2031.toml"]
    for path in written:
        load_report(path)  # whole: it loads


def test_a_pdf_without_pypdf_is_refused_with_what_to_install(
    edition: tuple[Path, dict[str, Any]], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = edition
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if not installed
    line = fails("import", str(folder / "edition.pdf"), code=4)
    assert "pip install 'tipcli[pdf]'" in line and not library.exists()


def test_a_damaged_pdf_is_a_clean_error(library: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage")
    line = fails("import", str(tmp_path / "bad.pdf"), code=3)
    assert "bad.pdf is not a PDF that can be read" in line or "no narrative" in line


def test_a_pdf_without_text_says_so(library: Path, tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (60, 60), (90, 90, 90)), x=10, y=10, w=50)  # a scanned page: a picture only
    pdf.output(str(tmp_path / "scan.pdf"))
    assert "scan.pdf holds no text (a scan?)" in fails("import", str(tmp_path / "scan.pdf"), code=3)
