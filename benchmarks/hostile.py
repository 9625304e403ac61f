"""Time tipcli on hostile inputs at doubling sizes, to show each grows linearly.

    python benchmarks/hostile.py [--extraction-only | --indicators-only | --import-only] [--max-bytes N]

Loading (issue 15), each at n and 2n: one long paragraph where an agency's phrase stands in every
sentence, and n agencies times n paragraphs; each run parses and builds the report
(TIPCLI_NO_CACHE=1). Goal: doubling the input at most about doubles the time (x2 at most 2.5).

Extraction (issue 19): one paragraph of a hostile kind (runs of spaces, a number of many digits,
a list of numbers, "Tier" runs, number words, dates, hedges, brackets), doubled from 16 KB up to
1 MB (--max-bytes), through figures, agencies and events as `import` runs them. Prints the time of
each size and the ratio to the size before, and the growth per doubling from 128 KB up (the geometric
mean, which the load of a shared machine sways less than one ratio); goal: at most 2.2x a doubling.

Then the coding of each figure of those paragraphs (indicators.code, issue 24), from 16 KB to 128 KB:
a figure reads its clause, and a hostile "clause" of 128 KB of numbers must not make that quadratic.

Then the import's readers (issue 19, the input formats' part): each hostile input ("<!--", "<?",
"</", "<![" and "&nbsp;" runs in a saved page, wiki braces, "Tier" runs and bullets in plain text,
running heads, line-end hyphens and short lines in text copied out of a PDF)
is doubled from 128 KB up to 1 MB inside a page that is otherwise a narrative, and read by
`read_narrative` (format, furniture, sections, tier: everything before extraction). Goal: at most
2.2x the time per doubling. `--import-only` runs only these.
"""

import contextlib
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ATLANTIS = Path(__file__).parent.parent / "tests" / "data" / "atlantis.toml"
ANCHOR = 'paragraphs = ["The Reef Guard patrolled 3,000 km of coast in 2030. The Tide Court heard no appeals."'


def one_long_paragraph(n: int) -> str:
    return ATLANTIS.read_text(encoding="utf-8").replace(
        ANCHOR, ANCHOR + ', "' + "The Ministry of Tides said. " * n + '"'
    )


def many_agencies(n: int) -> str:
    paragraphs = ", ".join(f'"Agency{i} Board met. Nothing else happened {i}."' for i in range(n))
    agencies = "".join(
        f'\n[[agencies]]\nid = "a{i}"\nname = "Agency{i} Board"\nlevel = "federal"\nphrases = ["Agency{i} Board"]\n'
        for i in range(n)
    )
    return ATLANTIS.read_text(encoding="utf-8").replace(ANCHOR, ANCHOR + ", " + paragraphs) + agencies


def seconds(path: Path) -> float:
    env = {**os.environ, "TIPCLI_NO_CACHE": "1"}
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            ["tipcli", "--report", str(path), "agencies", "--json"], env=env, check=True, capture_output=True
        )
        best = min(best, time.perf_counter() - start)
    return best


def _page(body: str) -> str:
    return (
        "<html><head><title>2024 Trafficking in Persons Report: Ostmark</title></head><body>"
        "<p>The Government of Ostmark does not fully meet the minimum standards for the elimination of "
        "trafficking but is making significant efforts to do so.</p><h3>PROSECUTION</h3><p>"
        + body
        + "</p></body></html>"
    )


def _text(body: str) -> str:
    return "OSTMARK: Tier 2\n\nThe government maintained law enforcement efforts.\n\n" + body + "\n"


# name, a unit repeated to the size, and how it is wrapped into a narrative.
READER_INPUTS = (
    ("html <!--", "<!--", _page),
    ("html <?", "<?", _page),
    ("html </", "</", _page),
    ("html <![", "<![", _page),
    ("html &nbsp; run", "&nbsp;", _page),
    ("html <!--x-->", "<!--x-->", _page),
    ("wiki braces", "{{", lambda body: "[[Human trafficking in Ostmark]]\n==Prosecution==\n" + body + "}}" * 10 + "\n"),
    ("text Tier runs", "Tier ", _text),
    ("text inline bullets", " • x", _text),
    ("text furniture lines", "Share\n\nThe government did more.\n\n", _text),
    # Text copied out of the report's PDF (hard-wrapped: structure/pages.py): running heads and page
    # numbers between wrapped lines, a line-end hyphen on every line, short lines ending sentences.
    ("pdf text page furniture", "TRAFFICKING IN PERSONS REPORT 2020\n\nthe government did more of it\n118\n", _text),
    ("pdf text line-end hyphens", "the anti-\n", _text),
    ("pdf text short lines", "It did.\nThen\n", _text),
    ("pdf text blank-cut lines", "it went on\n\n\nand on\n", _text),
    # The inputs timed tests used to hold (tests keep only that they end in an answer or a refusal).
    ("text glued points", "a.Ba.B(", _text),
    ("wiki templates", "word [tpl]when[/tpl]", lambda body: "[[T]]\n==Prosecution==\n" + body + "\n"),
    ("html deep nesting", "<div>", _page),
    ("text tier claims", "was ranked ", _text),
    ("html <a  run", "<a ", _page),
    ("html <![CDATA[ run", "<![CDATA[", _page),
)


def reader_growth() -> bool:
    """Time read_narrative on each hostile input at 128 KB, 256 KB, 512 KB and 1 MB."""
    from tipcli.importing.structure.build import read_narrative
    from tipcli.importing.structure.narrative import NarrativeError

    ok = True
    for name, unit, wrap in READER_INPUTS:
        times = []
        for size in (128 * 1024, 256 * 1024, 512 * 1024, 1024 * 1024):
            text = wrap(unit * (size // len(unit)))
            best = float("inf")
            for _ in range(3):  # best of three means of enough runs to take 0.2 s: tiny times are noise
                runs, start = 0, time.perf_counter()
                while runs == 0 or time.perf_counter() - start < 0.2:
                    with contextlib.suppress(NarrativeError):  # a refusal is an answer; an internal error is not
                        read_narrative(text)
                    runs += 1
                best = min(best, (time.perf_counter() - start) / runs)
            times.append(best)
        # The mean growth per doubling over the three doublings: one noisy step on a shared machine
        # says little, 128 KB to 1 MB (8x the input) says whether the reader is linear.
        growth = (times[-1] / times[0]) ** (1 / 3)
        ok &= growth <= 2.2
        shown = "  ".join(f"{t:6.3f}" for t in times)
        print(f"{name:22} 128K..1M: {shown} s   x{growth:.2f} per doubling")


HOSTILE_PARAGRAPHS = {
    # name: (a unit repeated to the size, text that closes the paragraph)
    "spaces": (" ", "Police found 12 victims in 2020."),
    "no-break spaces": ("\u00a0", "the 40 cases"),
    "digits": ("1", " victims were found."),
    "list of numbers": ("12, ", "and 14 cases."),
    "numbers with nouns": ("Courts convicted 30 traffickers; 21 received prison terms. ", ""),
    "Tier runs": ("Tier ", "2 Watch List"),
    "number words": ("one two ", "victims"),
    "hedges": ("at least more than approximately ", "40 victims"),
    "dates": ("in March and ", "April 2015 the law passed."),
    "open brackets": ("(", "12 victims"),
    "commas": (",", "of whom 12"),
    # the token rules' bounded runs (extract/matcher.py): zero markers, listed months, placements in listed years
    "zero markers": ("did not no none of the ", "any victims"),
    "listed months": ("in May, June, ", "and July 2019 the board met."),
    "listed placements": ("on Tier 3 in 2016, ", "and 2017."),
    "dated clauses, commas": ("a board was set up in May 2019, ", "and it met."),  # a clause, a verb, counts per date
    # Each "of them" points back to the sentence before: a search over every earlier figure was quadratic.
    "back-references": ("Police found 40 victims. 12 of them left. ", ""),
    # Agencies and events (the inputs a timed test used to hold): name-like runs, stray words of a
    # name, dates with no clause boundary.
    # Each number asks the hedge rules (token patterns) about the few tokens before it.
    "hedge look-alikes": ("information about 12 ", "victims"),
    "capitalised words": ("A ", "Ministry of Labor"),
    "name fragments": ("In In March March 2020, The Ministry of the of the of ", "(MOL)"),
    "possessives": ("Ab’s ", "Ab Ab city council"),
    "dated clauses": ("In March 2020 and in May 2021 ", "the law passed."),
    # A name may start after its kind ("the NGO X") or stand in a list after "NGOs such as": one long list.
    "NGO lists": ("NGOs such as the Haven of Hope and ", "Bright Path sheltered adults."),
    "kind nouns": ("the NGO Open Hands, the municipal council of San Remo, the ", "local charity Bright Path."),
    "places after names": ("the Court for Crime in Westport and ", "a shelter run by Casa Alba."),
}


def extract_all(text: str) -> None:
    """Run the three extractors over one paragraph, as `import` does."""
    from tipcli.importing.extract.agencies import extract_agencies
    from tipcli.importing.extract.events import extract_events
    from tipcli.importing.extract.figures import extract_figures

    extract_figures(text)
    extract_agencies([("overview", 1, text)])
    extract_events(text)


def extraction(max_bytes: int) -> bool:
    """Time each hostile paragraph at doubling sizes; True when each grows at most 2.2x a doubling.

    A single ratio on a shared machine swings from 0.6x to 6x by the load alone, so the verdict is the
    growth per doubling from 128 KB to the largest size (the geometric mean of those doublings).
    """
    ok = True
    for name, (unit, tail) in HOSTILE_PARAGRAPHS.items():
        size, previous, line, times = 16_384, None, [], {}
        while size <= max_bytes:
            text = unit * (size // len(unit)) + tail
            took = float("inf")
            for run in range(3 if size <= 262_144 else 1):  # best of 3: the machine is shared
                # A new text each run (one more trailing blank): the extractors cache their work by the
                # paragraph's text, and a second run of the same text would time the cache, not the work.
                again = text + " " * run
                start = time.perf_counter()
                extract_all(again)
                took = min(took, time.perf_counter() - start)
            ratio = took / previous if previous else None
            line.append(f"{size // 1024}K {took:.3f}s" + (f" x{ratio:.1f}" if ratio else ""))
            previous, times[size], size = took, took, size * 2
        upper = [s for s in times if s >= 131_072]
        if len(upper) >= 2:
            growth = (times[upper[-1]] / times[upper[0]]) ** (1 / (len(upper) - 1))
            ok &= growth <= 2.2
            line.append(f"| per doubling from 128K: x{growth:.2f}")
        print(f"{name:20} " + "  ".join(line))
    return ok


def indicator_growth(max_bytes: int = 131_072) -> bool:
    """Time the coding and labelling of every figure of each hostile paragraph (indicators.code and
    labels.figure_label, as `import` runs them).

    From 16 KB to 128 KB: the paragraphs with many figures ("list of numbers") hold tens of thousands,
    each coded in its own clause. Goal: at most 2.2x a doubling from 32 KB up (geometric mean).
    """
    from tipcli.importing.extract.figures import extract_figures
    from tipcli.importing.extract.indicators import code
    from tipcli.importing.extract.labels import figure_label

    ok = True
    for name, (unit, tail) in HOSTILE_PARAGRAPHS.items():
        size, times = 16_384, {}
        while size <= max_bytes:
            text = unit * (size // len(unit)) + tail
            figures = extract_figures(text)
            start = time.perf_counter()
            for figure in figures:
                code(text, figure.start, figure.end, unit=figure.unit, kind=figure.kind)
                figure_label(text, figure.start, figure.end, unit=figure.unit, kind=figure.kind)
            times[size], size = time.perf_counter() - start, size * 2
        upper = [s for s in times if s >= 32_768]
        growth = (times[upper[-1]] / max(times[upper[0]], 1e-6)) ** (1 / (len(upper) - 1))
        ok &= growth <= 2.2 or times[upper[-1]] < 0.05  # a few ms is all noise
        shown = "  ".join(f"{s // 1024}K {t:.3f}s" for s, t in times.items())
        print(f"coding {name:20} {shown}  | per doubling from 32K: x{growth:.2f}")
    return ok


def main() -> None:
    # Time the work as `tipcli` does it: the console script (tipcli.cli.main) runs with the cyclic garbage
    # collector off, so an in-process run with it on would also time full collections over every cached
    # token of the paragraphs before (measured: x2.3-2.6 a doubling at 512 KB with it on, x2.0 with it off).
    gc.disable()
    ok = True
    if "--import-only" in sys.argv:
        sys.exit(0 if reader_growth() else 1)
    if "--indicators-only" in sys.argv:
        sys.exit(0 if indicator_growth() else 1)
    max_bytes = int(sys.argv[sys.argv.index("--max-bytes") + 1]) if "--max-bytes" in sys.argv else 1 << 20
    ok &= extraction(max_bytes)
    ok &= indicator_growth()
    if "--extraction-only" in sys.argv:
        sys.exit(0 if ok else 1)
    with tempfile.TemporaryDirectory() as work:
        for name, make, n in (
            ("one long paragraph", one_long_paragraph, 20_000),
            ("agencies x paragraphs", many_agencies, 4_000),
        ):
            times = []
            for size in (n, 2 * n):
                path = Path(work) / f"{size}.toml"
                path.write_text(make(size), encoding="utf-8")
                times.append(seconds(path))
            growth = times[1] / times[0]
            ok &= growth <= 2.5
            print(f"{name:24} n={n:>6}: {times[0]:.2f} s   2n: {times[1]:.2f} s   x{growth:.2f}")
    ok &= reader_growth()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
