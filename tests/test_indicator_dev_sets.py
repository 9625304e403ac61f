"""The indicator development sets and benchmarks/score_indicators_dev.py's reading of a folder of narratives."""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from tipcli import model

REPO = Path(__file__).resolve().parents[1]
DEV3 = REPO / "benchmarks" / "indicators_dev3"
INDICATORS = set(model.INDICATORS)  # the schema's closed choice
MADE_UP = "MADE-UP TEST DATA: a fictional country; not a real report."


@functools.cache
def _scorer() -> ModuleType:
    """Load benchmarks/score_indicators_dev.py, which is not a package."""
    spec = importlib.util.spec_from_file_location(
        "score_indicators_dev", REPO / "benchmarks" / "score_indicators_dev.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _write(folder: Path, stem: str, text: str, paragraphs: list[dict[str, object]]) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps({"paragraphs": paragraphs}), encoding="utf-8")


def test_dev3_gold_fits_its_text_and_covers_every_indicator() -> None:
    items = _scorer().load(DEV3)  # raises on a misaligned paragraph or a quote not in its text
    paragraphs: Counter[str] = Counter()
    for item in items:
        for quote, indicator, trafficking in item["gold"]:
            assert indicator is None or indicator in INDICATORS, quote
            assert trafficking in (None, "sex", "labor"), quote
            assert item["text"].count(quote) == 1, quote  # each quote names one place
        paragraphs.update({indicator or "none" for _, indicator, _ in item["gold"]})
    assert len(items) >= 80
    assert all(paragraphs[name] >= 12 for name in [*INDICATORS, "none"]), paragraphs


def test_dev3_files_say_they_are_made_up() -> None:
    texts = sorted(DEV3.glob("*.txt"))
    assert len(texts) >= 8
    for path in texts:
        assert path.read_text(encoding="utf-8").splitlines()[0] == MADE_UP, path.name
        assert path.with_name(path.stem + ".gold.json").is_file(), path.name


def test_folder_paragraphs_pair_with_their_gold(tmp_path: Path) -> None:
    text = f"{MADE_UP}\n\nThe Velmar police opened 12 cases.\n\nThe Velmar courts convicted four people.\n"
    gold = [
        {"starts": "The Velmar police", "gold": [["12 cases", "investigations", None]]},
        {"starts": "The Velmar courts", "gold": [["four people", "convictions", None]]},
    ]
    _write(tmp_path, "velmar-2020", text, gold)
    items = _scorer().load(tmp_path)
    assert [item["text"] for item in items] == [
        "The Velmar police opened 12 cases.",
        "The Velmar courts convicted four people.",
    ]
    assert items[1]["gold"] == [["four people", "convictions", None]]


@pytest.mark.parametrize(
    ("text", "gold", "message"),
    [
        ("No marker here.\n\nThe police opened 12 cases.\n", [{"starts": "The", "gold": []}], "line 1"),
        (f"{MADE_UP}\n\nThe police opened 12 cases.\n", [], "0 gold entries for 1 paragraphs"),
        (f"{MADE_UP}\n\nThe police opened 12 cases.\n", [{"starts": "Courts", "gold": []}], "does not start"),
        (
            f"{MADE_UP}\n\nThe police opened 12 cases.\n",
            [{"starts": "The", "gold": [["13 cases", None, None]]}],
            "not in",
        ),
    ],
)
def test_a_gold_that_does_not_fit_is_refused(
    tmp_path: Path, text: str, gold: list[dict[str, object]], message: str
) -> None:
    _write(tmp_path, "velmar-2020", text, gold)
    with pytest.raises(_scorer().GoldError, match=message):
        _scorer().load(tmp_path)


def test_main_reports_a_bad_gold_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "velmar-2020", f"{MADE_UP}\n\nThe police opened 12 cases.\n", [])
    assert _scorer().main([str(tmp_path), "--quiet"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "0 gold entries for 1 paragraphs" in err
