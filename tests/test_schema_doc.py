"""The schema's documentation is installed with tipcli, and an imported file points to it."""

from __future__ import annotations

import typing
from importlib import resources
from pathlib import Path

from conftest import run
from tipcli import schema


def test_validate_prints_the_schema() -> None:
    result = run("validate", "--schema")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("# The report file schema")
    assert "## `[[figures]]`" in result.stdout


def test_the_schema_is_package_data() -> None:
    assert resources.files("tipcli").joinpath("data", "schema.md").is_file()


def test_every_key_of_the_schema_is_documented() -> None:
    text = resources.files("tipcli").joinpath("data", "schema.md").read_text(encoding="utf-8")
    tables = [v for v in vars(schema).values() if typing.is_typeddict(v)]
    assert len(tables) >= 8
    shapes = ("`{}`", "`[{}]`", "`[[{}]]`", "`[[source.{}]]`")  # a key, a table, an array of tables
    missing = [
        f"{t.__name__}.{key}"
        for t in tables
        for key in t.__annotations__
        if not any(shape.format(key) in text for shape in shapes)
    ]
    assert missing == []


def test_an_imported_file_points_to_what_the_user_has(tmp_path: Path) -> None:
    source = tmp_path / "lemuria-2030.txt"  # made up
    source.write_text(
        "LEMURIA: Tier 2\n\nLemuria does not fully meet the minimum standards for the elimination of "
        "trafficking.\n\nProsecution\n\nThe police investigated 12 trafficking cases.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.toml"
    assert run("import", str(source), "-o", str(out)).exit_code == 0
    header = [line for line in out.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("tipcli validate --schema" in line for line in header)
    assert not any("repository" in line or "docs/" in line for line in header)
