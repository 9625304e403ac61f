"""Bad reports fail as bad reports: each hostile value is a problem with its place, exit 3, and
`validate --json` still prints its document; no answer prints what is not JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA, one_line_error, run

ATLANTIS = (DATA / "atlantis.toml").read_text(encoding="utf-8")


def edited(tmp_path: Path, old: str, new: str, *, append: str = "") -> Path:
    assert old in ATLANTIS
    path = tmp_path / "bad.toml"
    path.write_text(ATLANTIS.replace(old, new, 1) + append, encoding="utf-8")
    return path


CASES = {
    "nan": ("value = 2\n", "value = nan\n", "", "figures[0].value"),
    "inf": ("value = 5\n", "value = inf\n", "", "figures[1].value"),
    "-inf": ("value = 3000\n", "value = -inf\n", "", "figures[3].value"),
    "huge-float": ("value = 2500000\n", "value = 1e400\n", "", "figures[2].value"),
    "datetime": ("published = 2031-01-02", "published = 2031-01-02T10:00:00Z", "", "source.published"),
    "full-width-digits": ('date = "2030-03"', 'date = "２０３０-０３"', "", "events[0].date"),
    "5000-digit-integer": ("year = 2031", "year = " + "9" * 5000, "", "report.year"),
    "nested-100000-deep": ("", "", "\nx = " + "[" * 100_000 + "]" * 100_000 + "\n", "errata.x"),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_hostile_value_is_a_problem_at_its_key(tmp_path: Path, case: tuple[str, str, str, str]) -> None:
    old, new, append, where = case
    path = edited(tmp_path, old, new, append=append)
    line = one_line_error(run("--report", str(path), "stats", "--json"), 3)
    assert line.startswith(f"tipcli: error: {path}:") and f": {where}: " in line
    result = run("validate", str(path), "--json")
    assert result.exit_code == 3
    (problem,) = [p for p in json.loads(result.stdout)["problems"] if p["path"] == where]
    assert problem["line"] and problem["column"]
    assert "Traceback" not in result.stderr and "sys.set_int_max_str_digits" not in problem["message"]


def test_json_answers_are_strict_json() -> None:
    # Python's json writes NaN and Infinity unless told not to; tipcli tells it not to.
    from tipcli.output import write_json

    with pytest.raises(ValueError):
        write_json({"value": float("nan")})
