"""The model's objects are frozen, slotted, keyword-only values, whether parsed or read from the cache."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import DATA
from tipcli.errors import Problem
from tipcli.loading import load_report
from tipcli.model import Mention, Report, Value


def objects(value: object) -> Iterator[Value]:
    """Yield every model object reachable from `value`."""
    if isinstance(value, Value):
        yield value
        for field in dataclasses.fields(value):
            yield from objects(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from objects(item)


@pytest.fixture(params=["parsed", "cached"])
def report(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Report:
    monkeypatch.setenv("TIPCLI_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "atlantis.toml"
    shutil.copy(DATA / "atlantis.toml", path)
    first = load_report(path)
    if request.param == "parsed":
        return first
    cached = load_report(path)
    assert cached is not first
    return cached


def test_no_field_of_any_object_can_be_set_or_deleted(report: Report) -> None:
    kinds = set()
    for obj in objects(report):
        kinds.add(type(obj).__name__)
        name = dataclasses.fields(obj)[0].name
        before = getattr(obj, name)
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot assign to field '{name}'"):
            setattr(obj, name, "changed")
        with pytest.raises(dataclasses.FrozenInstanceError, match=f"cannot delete field '{name}'"):
            delattr(obj, name)
        assert getattr(obj, name) is before
        with pytest.raises(AttributeError):  # slotted: no attribute beyond the fields
            obj.extra = 1  # type: ignore[attr-defined]
    assert {"Report", "Section", "Paragraph", "Sentence", "Figure", "Agency", "Mention", "Event"} <= kinds


def test_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Mention("lead", 1, 0, 4)  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"Mention\(\) missing keyword argument 'end'"):
        Mention(section="lead", paragraph=1, start=0)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"Mention\(\) got an unexpected keyword argument 'middle'"):
        Mention(section="lead", paragraph=1, start=0, end=4, middle=2)  # type: ignore[call-arg]


def test_fields_with_defaults_may_be_left_out() -> None:
    problem = Problem(file="report.toml", message="bad")
    assert (problem.line, problem.column, problem.path) == (None, None, None)


def test_objects_are_equal_and_hash_alike_by_value() -> None:
    one = Mention(section="lead", paragraph=1, start=0, end=4)
    same = Mention(section="lead", paragraph=1, start=0, end=4)
    other = Mention(section="lead", paragraph=1, start=0, end=5)
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert one != other
    assert one != Problem(file="lead", message="x")  # another class is never equal
    assert repr(one) == "Mention(section='lead', paragraph=1, start=0, end=4)"


def test_replace_makes_a_new_object_and_leaves_the_old_one(report: Report) -> None:
    changed = dataclasses.replace(report, year=1999)
    assert (changed.year, report.year) == (1999, 2031)
    assert changed.sections is report.sections


def test_the_models_choices_are_the_schemas() -> None:
    from typing import get_args

    from tipcli import model, schema

    assert get_args(schema.FigureKind) == model.FIGURE_KINDS
    assert get_args(schema.AgencyLevel) == model.AGENCY_LEVELS
    assert get_args(schema.Indicator) == model.INDICATORS
    assert get_args(schema.Trafficking) == model.TRAFFICKING_TYPES


def test_the_importers_indicators_are_the_schemas() -> None:
    from tipcli import model
    from tipcli.importing.extract import indicators

    assert indicators.INDICATORS == model.INDICATORS
    assert indicators.TRAFFICKING == model.TRAFFICKING_TYPES
