"""Errors through the CLI: a bad report fails every command with exit 3; an internal error is one line, exit 4."""

from __future__ import annotations

import pytest

import tipcli.queries
from conftest import DATA, one_line_error, run


def test_a_bad_report_fails_every_command_with_exit_3() -> None:
    bad = str(DATA / "invalid" / "missing-sections.toml")
    for command in (["summary"], ["section"], ["stats"], ["search", "x"], ["agencies"]):
        line = one_line_error(run("--report", bad, *command), 3)
        assert line.startswith(f"tipcli: error: {bad}: sections: missing (and 3 more problems)")
        assert f"'tipcli validate {bad}' lists them all" in line


def test_internal_error_is_one_line_with_a_debug_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(tipcli.queries, "figures", broken)
    line = one_line_error(run("stats"), 4)
    assert line == "tipcli: error: internal error: RuntimeError: simulated bug; rerun with --debug to see the traceback"
    result = run("--debug", "stats")
    assert isinstance(result.exception, RuntimeError)
