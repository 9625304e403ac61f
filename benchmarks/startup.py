"""Time tipcli's commands against the framework floor, and its growth with report size.

Run from the project root with tipcli installed in the same interpreter:

    python benchmarks/startup.py                # startup: every command, both modes
    python benchmarks/startup.py --scale        # also reports 1x, 10x and 100x the packaged one

Every command is a new process, as for a user. Runs alternate (one of each per round) and the
median is reported, so a slow moment of the machine falls on all alike. Baselines, on the same
interpreter: `python -c pass`, and minimal Typer apps of the installed Typer and Rich that print a
line (the floor for --json answers) or a one-row Rich table (the floor for tables). Peak memory is
the child's maximum resident set size. One more row, not a goal's baseline, runs the text floor
with tipcli's two process settings (no cyclic GC, no interpreter teardown): what tipcli's own code
costs is its distance from that row. The last rows time a TAB of bash completion after
`tipcli section pro`, `--report`, `stats --country` and `stats --year` (no goal of their own; the
library is $TIPCLI_LIBRARY's). Generated reports go to a temporary folder, never the repo.
At 100x, two more rows time a first run on a file, which parses, builds and caches it (no goal of its
own: the goal is for the runs after it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

HELLO_TEXT = """
import typer
app = typer.Typer()
@app.command()
def main() -> None:
    print("hello")
app()
"""
# The text floor with the two process settings tipcli's console script makes (tipcli/cli.py): no
# cyclic GC, no interpreter teardown. Not a goal's baseline: it shows what tipcli's own code costs.
HELLO_TUNED = """
import gc, os, sys
gc.disable()
import typer
app = typer.Typer()
@app.command()
def main() -> None:
    print("hello")
try:
    app()
except SystemExit:
    pass
sys.stdout.flush()
os._exit(0)
"""
HELLO_TABLE = """
import typer
from rich.console import Console
from rich.table import Table
app = typer.Typer()
@app.command()
def main() -> None:
    table = Table("name", "value")
    table.add_row("hello", "1")
    Console().print(table)
app()
"""
COMMANDS = [
    ["summary"],
    ["section", "prosecution"],
    ["stats"],
    ["search", "shelter"],
    ["agencies"],
    ["agencies", "fevimtra"],
]
GOALS = {"json_x_pass": 6.0, "table_x_pass": 9.0, "own_cost": 0.10, "memory": 1.2, "scale": 1.5}


def measure(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run argv once; return its wall time in seconds and its peak memory in KiB."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"benchmark: {' '.join(argv)} failed")
    return elapsed, usage.ru_maxrss


def run_rounds(cases: dict[str, list[str]], rounds: int) -> dict[str, tuple[list[float], int]]:
    """Return each case's times (s), one a round, and its peak memory (KiB) over alternating rounds."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TIPCLI_REPORT")}
    env["COLUMNS"] = "100"
    times: dict[str, list[float]] = {name: [] for name in cases}
    memory: dict[str, int] = dict.fromkeys(cases, 0)
    for argv in cases.values():  # warm the file cache
        measure(argv, env)
    for _ in range(rounds):
        for name, argv in cases.items():
            elapsed, peak = measure(argv, env)
            times[name].append(elapsed)
            memory[name] = max(memory[name], peak)
    return {name: (times[name], memory[name]) for name in cases}


def ratio(times: list[float], baseline: list[float]) -> float:
    """Return the median of the per-round ratios: a slow spell of the machine slows both alike."""
    return statistics.median(t / b for t, b in zip(times, baseline, strict=True))


def startup(rounds: int, tipcli: str, work: Path) -> bool:
    python = sys.executable
    baselines = {"python -c pass": [python, "-c", "pass"]}
    for name, script in [
        ("floor: typer, text", HELLO_TEXT),
        ("floor: typer, rich table", HELLO_TABLE),
        ("typer, text, no GC, no teardown", HELLO_TUNED),
    ]:
        path = work / f"{name.replace(' ', '_').replace(',', '').replace(':', '')}.py"
        path.write_text(script)
        baselines[name] = [python, str(path)]
    commands = {}
    for command in COMMANDS:
        commands[" ".join(command)] = [tipcli, *command]
        commands[" ".join([*command, "--json"])] = [tipcli, *command, "--json"]
    # A TAB of shell completion is a process too; `env` sets bash's variables (about 1 ms of its own).
    completion = ["_TIPCLI_COMPLETE=complete_bash", "COMP_WORDS=tipcli section pro", "COMP_CWORD=2", tipcli]
    env = shutil.which("env") or "/usr/bin/env"
    tab = {"TAB: tipcli section pro": [env, *completion]}
    # --report, --country and --year complete from the library's folder and index, never a report.
    for line in ("tipcli --report ", "tipcli stats --country ", "tipcli stats --year "):
        words = ["_TIPCLI_COMPLETE=complete_bash", f"COMP_WORDS={line}", f"COMP_CWORD={len(line.split())}"]
        tab[f"TAB: {line.strip()}"] = [env, *words, tipcli]
    results = run_rounds(baselines | commands | tab, rounds)
    bare, _ = results["python -c pass"]
    floors = {"json": results["floor: typer, text"], "table": results["floor: typer, rich table"]}
    print(f"{rounds} rounds; median times, and medians of the ratios within each round")
    print(f"{'command':34} {'ms':>7} {'x pass':>7} {'goal':>5} {'own cost':>9} {'peak MiB':>9} {'x floor':>8}")
    ok = True
    for name, (times, peak) in results.items():
        mode = "table" if "table" in name or (name in commands and not name.endswith("--json")) else "json"
        floor_times, floor_peak = floors[mode]
        goal = GOALS["json_x_pass"] if mode == "json" else GOALS["table_x_pass"]
        x_pass, own = ratio(times, bare), ratio(times, floor_times) - 1
        passed = name not in commands or (
            x_pass <= goal and own <= GOALS["own_cost"] and peak / floor_peak <= GOALS["memory"]
        )
        ok &= passed
        own_text = "" if name == "python -c pass" else f"{own * 100:+.0f}%"
        print(
            f"{name:34} {statistics.median(times) * 1000:7.1f} {x_pass:7.2f} {goal if name in commands else '':>5} "
            f"{own_text:>9} {peak / 1024:9.1f} {peak / floor_peak:8.2f}" + ("" if passed else "  MISSED")
        )
    return ok


def scaled_report(times: int, path: Path) -> None:
    """Write the packaged report with its sections (and all that points into them) repeated."""
    from importlib import resources

    doc = tomllib.loads(resources.files("tipcli").joinpath("data", "report.toml").read_text(encoding="utf-8"))
    copies = {key: [] for key in ("sections", "figures", "events", "errata", "annotations")}
    for n in range(times):
        suffix = "" if n == 0 else f"-{n}"
        for key in copies:
            for item in doc.get(key, []):
                item = dict(item)
                if key == "sections":
                    item["id"] += suffix
                    item["aliases"] = [] if n else item.get("aliases", [])
                else:
                    item["section"] += suffix
                    if "id" in item:
                        item["id"] += suffix
                copies[key].append(item)
    doc.update(copies)
    source = doc["source"]
    source["citations"] = [
        dict(c, section=c["section"] + ("" if n == 0 else f"-{n}"))
        for n in range(times)
        for c in source.get("citations", [])
    ]
    path.write_text(to_toml(doc), encoding="utf-8")


def to_toml(doc: dict[str, object]) -> str:
    """Write the report's shapes as TOML 1.0 (JSON strings are valid TOML basic strings)."""
    out: list[str] = []

    def value(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return repr(v)
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        if isinstance(v, dt.date):
            return v.isoformat()
        return json.dumps(v, ensure_ascii=False)

    def emit(prefix: str, table: dict[str, object]) -> None:
        nested: list[tuple[str, str, dict[str, object]]] = []
        for key, v in table.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(v, dict):
                nested.append((f"[{name}]", name, v))
            elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
                nested.extend((f"[[{name}]]", name, x) for x in v)
            else:
                out.append(f"{key} = {value(v)}")
        for header, name, sub in nested:
            out.extend(["", header])
            emit(name, sub)

    emit("", doc)
    return "\n".join(out) + "\n"


def scale(rounds: int, tipcli: str, work: Path) -> bool:
    python = sys.executable
    ok = True
    print(f"\nscale: {rounds} rounds; medians; 'x parse' is the time over parsing the file with tomllib, per round")
    print(f"{'size':>5} {'KiB':>7} {'parse ms':>9} {'command':26} {'ms':>8} {'x parse':>8}")
    for times in (1, 10, 100):
        path = work / f"report-{times}x.toml"
        scaled_report(times, path)
        parse = [python, "-c", f"import tomllib; tomllib.load(open({str(path)!r}, 'rb'))"]
        cases = {"parse": parse}
        for command in (["search", "shelter"], ["stats"], ["section", "prevention"]):
            cases[" ".join(command)] = [tipcli, "--report", str(path), *command, "--json"]
        if times == 100:  # a first run on a new or changed file: its own copy, touched before each run
            first = work / "report-100x-first.toml"
            shutil.copy(path, first)
            for command in (["search", "shelter"], ["stats"]):
                touch = ["/bin/sh", "-c", 'touch "$0" && exec "$@"', str(first)]
                cases[f"{' '.join(command)} (first run)"] = [*touch, tipcli, "--report", str(first), *command, "--json"]
        results = run_rounds(cases, rounds)
        parse_times = results["parse"][0]
        for name, (command_times, _) in results.items():
            if name == "parse":
                continue
            x_parse = ratio(command_times, parse_times)
            missed = times == 100 and x_parse > GOALS["scale"] and "first run" not in name
            ok &= not missed
            print(
                f"{times:>4}x {path.stat().st_size / 1024:7.0f} {statistics.median(parse_times) * 1000:9.1f} {name:26}"
                f" {statistics.median(command_times) * 1000:8.1f} {x_parse:8.2f}" + ("  MISSED" if missed else "")
            )
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--scale", action="store_true", help="also measure reports 1x, 10x and 100x the packaged one")
    args = parser.parse_args()
    tipcli = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or shutil.which("tipcli")
    if tipcli is None:
        raise SystemExit("benchmark: install tipcli in this interpreter first (python -m pip install .)")
    with tempfile.TemporaryDirectory() as tmp:
        ok = startup(args.rounds, tipcli, Path(tmp))
        if args.scale:
            ok &= scale(max(3, args.rounds // 5), tipcli, Path(tmp))
    print("\nall goals met" if ok else "\nsome goals missed (marked MISSED)")


if __name__ == "__main__":
    main()
