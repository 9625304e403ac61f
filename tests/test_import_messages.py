"""What `import` says when it refuses a file: the format it read it as, why, and what to try."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run

# A project README of the usual shape, written for this test: a centred logo in HTML, then Markdown.
README = """<div align="center">
  <img src="logo.svg" alt="logo" width="120">
  <p><b>quickjar</b>: pickles for the command line</p>
</div>

# quickjar

Keep small files in jars.

## Install

```sh
pip install quickjar
```

## Use

Run `quickjar put FILE` and `quickjar get NAME`.
"""


def _refused(tmp_path: Path, name: str, text: str, *args: str) -> str:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.toml"
    result = run("import", str(source), "-o", str(out), *args)
    assert result.exit_code == 3 and result.stdout == "" and not out.exists()
    (line,) = result.stderr.splitlines()
    return line


def test_a_markdown_readme_with_html_in_it_is_called_markdown(tmp_path: Path) -> None:
    line = _refused(tmp_path, "README.md", README)
    assert "looks like Markdown" in line and "html input" not in line


def test_a_page_without_a_narrative_says_it_was_read_as_html_and_why(tmp_path: Path) -> None:
    page = "<html><body>\n<h1>Opening hours</h1>\n<p>We open at nine.</p>\n</body></html>\n"
    line = _refused(tmp_path, "hours.html", page, "--country", "Lemuria", "--year", "2030")
    assert "read as HTML (line 1 has '<html>')" in line
    assert "try --format text or --format wiki" in line


def test_plain_text_without_a_narrative_says_it_was_read_as_plain_text(tmp_path: Path) -> None:
    text = "Minutes of the meeting\n\nThe trafficking working group met on Tuesday and agreed on nothing.\n"
    line = _refused(tmp_path, "minutes.txt", text, "--country", "Lemuria", "--year", "2030")
    assert "read as plain text (it has no HTML or wiki markup)" in line
    assert "--format html or --format wiki" in line


@pytest.mark.parametrize("fmt", ["text", "wiki"])
def test_a_format_asked_for_is_the_one_named(tmp_path: Path, fmt: str) -> None:
    page = "<html><body><p>Trafficking is discussed on a page with no sections.</p></body></html>\n"
    line = _refused(tmp_path, "page.html", page, "--format", fmt, "--country", "Lemuria", "--year", "2030")
    assert {"text": "read as plain text (as --format or its name asked)", "wiki": "read as a Wikipedia export"}[
        fmt
    ] in line


def test_a_markdown_file_of_html_alone_is_read_as_plain_text_by_its_name(tmp_path: Path) -> None:
    page = '<div align="center">\n<p>Trafficking notes, to be written.</p>\n</div>\n'
    line = _refused(tmp_path, "NOTES.md", page, "--country", "Lemuria", "--year", "2030")
    assert "read as plain text (as --format or its name asked)" in line
    assert "html input" not in line
