"""The panel as a chart file (PNG or SVG), drawn with matplotlib: the optional extra `plot`.

matplotlib is imported only here, only when a chart file is asked for.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tipcli.errors import MissingFeatureError, UsageError, WriteError

INSTALL = "pip install 'tipcli[plot]'"  # with the same pip that installed tipcli
Series = tuple[str, list[int], dict[int, str], dict[str, list[tuple[int, float, int]]]]  # points: year, value, edition


def write_chart(path: Path, countries: Sequence[Series], *, fmt: str, force: bool) -> None:
    """Write one chart a country (stacked): a line per indicator across years, each point labelled with its edition."""
    if path.exists() and not force:
        raise UsageError(f"{path} exists; give --force to write over it")
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only: no window, no display needed
        import matplotlib.pyplot as plt
    except ImportError:
        raise MissingFeatureError(f"--{fmt} draws with matplotlib, which is not installed: {INSTALL}") from None
    figure, axes = plt.subplots(len(countries), 1, figsize=(10, 4 * len(countries)), squeeze=False)
    for ax, series in zip(axes[:, 0], countries, strict=True):
        _draw(ax, series)
    figure.tight_layout()
    _save(figure, path, fmt)
    plt.close(figure)


def _draw(ax: Any, series: Series) -> None:
    country, years, tiers, lines = series
    for indicator, points in lines.items():
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        ax.plot(xs, ys, marker="o", label=indicator)
        for year, value, edition in points:
            ax.annotate(
                f"{edition} ed.", (year, value), textcoords="offset points", xytext=(0, 6), fontsize=7, ha="center"
            )
    ax.set_title(country, loc="left")
    ax.set_xticks(years, [f"{y}\n{tiers.get(y, '')}" for y in years], fontsize=8)
    ax.set_yscale("symlog", linthresh=10)  # counts of tens beside budgets of millions: both stay readable
    ax.set_ylim(bottom=0)
    ax.set_ylabel("value (log scale above 10)")
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)


def _save(figure: Any, path: Path, fmt: str) -> None:
    """Write the chart to a new file beside path, then move it into place: never a half-written chart."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(handle, "wb") as out:
            figure.savefig(out, format=fmt)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # the mode any new file gets, as mkstemp's 0600 is not
        os.replace(temporary, path)
    except OSError as exc:
        if "temporary" in locals():
            Path(temporary).unlink(missing_ok=True)
        raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from None
