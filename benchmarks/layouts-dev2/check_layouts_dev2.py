#!/usr/bin/env python3
"""Check the gold of the layout development set 2 against its narratives (structure only).

Every narrative here is MADE-UP TEST DATA (fictional countries, invented facts). The checks are
benchmarks/check_layout_gold.py's (the checker of heldout3 and heldout4); this set differs only
where its README says: its own format names, a wiki export read as lines, headers such as
"KOLMARIA - TIER 2" in any case, PDF text checked by its words (the gold paragraph is its words
rejoined), gold without figures or indicators, and an article that states the tier in its words.

    python3 benchmarks/layouts-dev2/check_layouts_dev2.py            # all *.gold.json here
    python3 benchmarks/layouts-dev2/check_layouts_dev2.py x.gold.json

Prints a summary table; exits 1 if any check fails.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import check_layout_gold as base  # noqa: E402
from check_layout_gold import TIER_RANK, TIER_RE, Checker  # noqa: E402

HERE = Path(__file__).resolve().parent


class Dev2Checker(Checker):
    formats = {"html-2024", "text-2003", "text-special-archive", "text-browser",
               "text-pdf", "text-2016", "html-2012", "wiki", "html-2023", "text-browser-headed"}
    no_title_line = {"text-2003", "text-pdf", "text-2016", "html-2012", "wiki", "text-special-archive",
                     "text-browser-headed"}
    fig_keys = {"section", "paragraph", "quote", "value", "high", "unit", "kind", "qualifier", "year"}

    def blocks(self, src: str, fmt: str) -> tuple[list[tuple[str, str]], str | None, bool]:
        if fmt == "wiki":  # template markers dropped, "==X==" headings read as X, then lines
            src = re.sub(r"\[tpl\].*?\[/tpl\]", "", src)
            src = re.sub(r"(?m)^(=+)\s*(.*?)\s*\1\s*$", r"\2", src)
            return base.blocks_of(src, "text")
        return base.blocks_of(src, fmt)

    def header_tier(self, fmt: str, line: str) -> tuple[str, str] | None:
        # also "COUNTRY - TIER 2", in any case
        m = re.fullmatch(rf"(.+?)\s*\(({TIER_RE})\)|SPECIAL CASE: (.+)|(.+?)(?::| [-–])\s*({TIER_RE})", line, re.I)
        if not m:
            return None
        said = (m.group(2) or m.group(5) or "Special Case").lower()
        return (m.group(1) or m.group(3) or m.group(4)).strip(), next(k for k in TIER_RANK if k.lower() == said)

    def stated_tiers(self, fmt: str, body: str, country: str) -> list[str]:
        said = super().stated_tiers(fmt, body, country)
        if fmt == "wiki":  # an article says it in its own words
            said += re.findall(rf"placed {re.escape(country)} on ({TIER_RE})\b", body)
        return said

    def check_source(self, gold: dict, src: str) -> None:
        if gold["format"] == "text-pdf":  # hard-wrapped pages, checked by their words
            self.check_pdf_source(gold, src)
        else:
            super().check_source(gold, src)

    def check_coverage(self, gold: dict, paras: dict) -> None:
        if gold["figures"] or gold["not_figures"]:  # structure-only gold has none
            super().check_coverage(gold, paras)

    def check_pdf_source(self, gold: dict, src: str) -> None:
        """layouts-dev2: text copied out of a PDF. Dropping the page furniture (page numbers alone,
        running heads: the report's title, COUNTRY NARRATIVES, the country's name, each with or
        without a page number) and the header lines, the text's words, without spaces and hyphens,
        are exactly the gold titles and paragraphs, in order."""
        country = re.escape(gold["country"].upper())
        furniture = re.compile(rf"(?:\d+\s+)?(?:TRAFFICKING IN PERSONS REPORT(?: \d{{4}})?|COUNTRY NARRATIVES|{country})(?:\s+\d+)?|\d+", re.I)
        lines = [s.strip().lstrip("\f") for s in src.split("\n")[1:]]
        tier = gold["tier"]["placement"].upper()
        at = next((i for i, s in enumerate(lines[:-1]) if s.upper().startswith(gold["country"].upper())
                   and (tier in s.upper() or tier in lines[i + 1].upper())), None)
        if at is None:
            self.err(f"no header line stating {gold['tier']['placement']!r}")
            return
        after = at + 1 if tier in lines[at].upper() else at + 2
        body = [s for s in lines[after:] if s and not furniture.fullmatch(s)]
        squash = lambda t: re.sub(r"[\s\-•\u00ad\uf0b7]", "", t)
        want = "".join((squash(s["title"] or "") if not s["paragraphs"][0].startswith(s["title"] or "\0") else "")
                       + "".join(squash(p) for p in s["paragraphs"]) for s in gold["sections"])
        got = squash("".join(body))
        if want != got:
            at = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
            self.err(f"PDF text differs from gold at {at}: gold …{want[at - 30:at + 30]!r}, text …{got[at - 30:at + 30]!r}")
        for p in (p for s in gold["sections"] for p in s["paragraphs"]):
            if p != " ".join(p.split()) or "- " in p:
                self.err(f"paragraph keeps a line break or a broken word: {p[:60]!r}")


if __name__ == "__main__":
    sys.exit(base.main(sys.argv[1:], Dev2Checker, HERE))
