"""The installed `tipcli` in real processes, which CliRunner cannot see: pipes, terminals, environment, start-up imports."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA

TIPCLI = shutil.which("tipcli", path=str(Path(sys.executable).parent)) or shutil.which("tipcli")
pytestmark = pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed (pip install .)")
COMMANDS = [
    ["summary"],
    ["section", "prosecution"],
    ["stats"],
    ["search", "trafficking", "-n", "50"],
    ["agencies"],
    ["agencies", "fevimtra"],
]
ESC = "\x1b["


def clean_env(**extra: str) -> dict[str, str]:
    drop = {
        "PYTHONUNBUFFERED",
        "FORCE_COLOR",
        "NO_COLOR",
        "PY_COLORS",
        "TTY_COMPATIBLE",
        "COLUMNS",
        "TIPCLI_REPORT",
        "TERM",
    }
    env = {k: v for k, v in os.environ.items() if k not in drop}
    return env | {"PAGER": "cat"} | extra  # a pager that waits for keys would hang a test on a terminal


def run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TIPCLI), *args], capture_output=True, text=True, env=clean_env(**env), timeout=60)


def in_terminal(args: list[str], **env: str) -> tuple[int, str]:
    """Run tipcli with a pseudo-terminal as stdout and return its exit code and output."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execve(str(TIPCLI), [str(TIPCLI), *args], clean_env(**env))
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode("utf-8", "replace")


MORE = [["timeline"], ["timeline", "--csv"], ["stats", "--csv"], ["cite"], ["export"], ["validate"], ["--help"]]


@pytest.mark.parametrize("args", COMMANDS + [[*c, "--json"] for c in COMMANDS] + MORE, ids=lambda a: " ".join(a))
def test_a_closed_pipe_is_quiet(args: list[str]) -> None:
    # `| true` closes the pipe at once; with PYTHONUNBUFFERED unset, this is where Python used to
    # print "Exception ignored ... BrokenPipeError".
    script = f'"{TIPCLI}" "$@" | true; echo "rc=${{PIPESTATUS[0]}}" >&2'
    result = subprocess.run(["bash", "-c", script, "tipcli", *args], capture_output=True, text=True, env=clean_env())
    assert result.stderr.splitlines()[-1] in ("rc=0", "rc=141")
    assert result.stderr.splitlines()[:-1] == []


def test_head_gets_its_line_and_nothing_else_is_said() -> None:
    script = f'"{TIPCLI}" section prosecution | head -1'
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=clean_env())
    assert result.stdout == "Prosecution\n"
    assert result.stderr == ""


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_not_a_terminal_means_no_escape_codes(args: list[str]) -> None:
    result = run(args)
    assert result.returncode == 0
    assert ESC not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


@pytest.mark.parametrize(
    "env",
    [
        {"FORCE_COLOR": "1"},
        {"FORCE_COLOR": "1", "COLUMNS": "20"},
        {"COLUMNS": "20"},
        {"TERM": "dumb", "FORCE_COLOR": "1"},
        {"NO_COLOR": "1"},
    ],
    ids=["force-color", "force-color-narrow", "narrow", "dumb-forced", "no-color"],
)
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_json_stays_json_under_any_environment(args: list[str], env: dict[str, str]) -> None:
    result = run([*args, "--json"], **env)
    assert result.returncode == 0
    assert ESC not in result.stdout
    json.loads(result.stdout)


def test_json_with_markup_and_emoji_in_the_data_stays_literal() -> None:
    result = run(["--report", str(DATA / "atlantis.toml"), "section", "lead", "--json"], FORCE_COLOR="1", COLUMNS="20")
    paragraphs = json.loads(result.stdout)["paragraphs"]
    assert "ran [bold]two[/bold] shelters for 12 people :smile: in Ciudad Azúl." in paragraphs[0]


def test_a_terminal_gets_colour() -> None:
    code, out = in_terminal(["search", "Cancún"], TERM="xterm-256color")
    assert code == 0
    assert "\x1b[36m" in out  # cyan locations


def test_no_color_is_honoured_in_a_terminal() -> None:
    code, out = in_terminal(["search", "Cancún"], TERM="xterm-256color", NO_COLOR="1")
    assert code == 0
    assert "\x1b[36m" not in out and "Cancun" in out


def test_dumb_terminal_gets_no_escape_codes() -> None:
    code, out = in_terminal(["search", "Cancún"], TERM="dumb")
    assert code == 0
    assert ESC not in out and "Cancun" in out


def test_errors_go_to_stderr_with_their_exit_codes() -> None:
    assert (run(["search", "zeppelin"]).returncode, run(["search", "zeppelin"]).stdout) == (1, "")
    unknown = run(["section", "nowhere"])
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert unknown.stderr.startswith("tipcli: error: no section 'nowhere'")
    missing = run(["--report", "/nonexistent/report.toml", "summary"])
    assert (missing.returncode, missing.stdout) == (3, "")
    assert missing.stderr == "tipcli: error: /nonexistent/report.toml: no such file\n"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["export"], 0),
        (["section", "prevention", "--json"], 0),
        (["stats", "--section", "prevention", "--csv"], 0),
        (["search", "zeppelin"], 1),
        (["cite", "--figure", "nothing"], 2),
    ],
    ids=lambda a: " ".join(a) if isinstance(a, list) else str(a),
)
def test_the_process_ends_with_the_whole_answer_and_its_code(args: list[str], code: int) -> None:
    # The console script skips the interpreter's teardown (os._exit): whatever the app wrote must
    # still arrive in full, to a pipe, with PYTHONUNBUFFERED unset, as CliRunner sees it in-process.
    from typer.testing import CliRunner

    from tipcli.app import app

    expected = CliRunner().invoke(app, args)
    result = run(args)
    assert (result.returncode, result.stdout, result.stderr) == (code, expected.stdout, expected.stderr)
    assert bool(result.stdout) == (code == 0)


@pytest.mark.parametrize(
    "redirect",
    [
        ">&-",
        pytest.param("> /dev/full", marks=pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")),
    ],
    ids=["stdout-closed", "disk-full"],
)
@pytest.mark.parametrize("args", [["summary", "--json"], ["export"], ["section", "prosecution"]], ids=" ".join)
def test_an_answer_that_cannot_be_written_says_so_in_one_line(redirect: str, args: list[str]) -> None:
    script = f'"{TIPCLI}" "$@" {redirect}'
    result = subprocess.run(["bash", "-c", script, "tipcli", *args], capture_output=True, text=True, env=clean_env())
    assert result.returncode == 4
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("tipcli: error: could not write the answer: ")


def test_report_from_the_environment() -> None:
    result = run(["summary", "--json"], TIPCLI_REPORT=str(DATA / "atlantis.toml"))
    assert json.loads(result.stdout)["country"] == "Atlantis"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tipcli", "--version"], capture_output=True, text=True, env=clean_env()
    )
    assert result.returncode == 0 and result.stdout.startswith("tipcli ")


def complete(line: str, shell: str = "bash") -> list[str]:
    """Return what `tipcli` offers for a TAB at the end of `line` in this shell (as Typer's scripts ask)."""
    if shell == "bash":
        words = {"COMP_WORDS": line, "COMP_CWORD": str(len(line.split()) - (0 if line.endswith(" ") else 1))}
    else:  # zsh and fish send the line so far; fish asks for the candidates ("get-args")
        words = {"_TYPER_COMPLETE_ARGS": line, "_TYPER_COMPLETE_FISH_ACTION": "get-args"}
    env = clean_env(_TIPCLI_COMPLETE=f"complete_{shell}", **words)
    result = subprocess.run([str(TIPCLI)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_shell_completion_completes_sections_and_agencies() -> None:
    assert complete("tipcli section pro") == ["prosecution", "protection"]
    assert "FEVIMTRA" in complete("tipcli agencies F")
    assert complete("tipcli section --para") == ["--paragraph"]


def test_shell_completion_in_zsh_and_fish() -> None:
    assert '"prosecution"' in " ".join(complete("tipcli section pro", "zsh"))
    assert complete("tipcli section pro", "fish") == ["prosecution", "protection"]


def test_completing_a_command_name_sees_every_command() -> None:
    assert complete("tipcli se") == ["section", "search"]
    assert complete("tipcli s") == ["summary", "section", "stats", "search"]
    assert '"section":' in " ".join(complete("tipcli se", "zsh"))


@pytest.mark.parametrize(
    "args",
    [
        ["--report", str(DATA / "atlantis.toml"), "stats", "--json"],
        [f"--report={DATA / 'atlantis.toml'}", "stats", "--json"],
    ],
    ids=["report-space", "report-equals"],
)
def test_global_options_before_the_command(args: list[str]) -> None:
    result = run(args)
    assert result.returncode == 0, result.stderr
    assert {f["id"] for f in json.loads(result.stdout)} == {"shelters", "convicted", "posters", "coast"}


def test_help_and_unknown_commands_still_see_every_command() -> None:
    listed = run(["--help"]).stdout
    for command in ("summary", "section", "stats", "search", "agencies", "timeline", "cite", "export", "validate"):
        assert f"  {command} " in listed
    unknown = run(["stat"])
    assert unknown.returncode == 2
    assert unknown.stderr.startswith("tipcli: error: no such command 'stat'")


def imported_modules(args: list[str], **env: str) -> set[str]:
    """Return the modules a warm-cache run of tipcli's console script has loaded when it ends."""
    run(args, **env)  # build the cache entry first: a first run also parses the TOML
    code = (
        "import os, sys\n"
        "end = os._exit\n"
        "os._exit = lambda code: (sys.stderr.write(' '.join(sys.modules)), sys.stderr.flush(), end(code))\n"
        "from tipcli.cli import main\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=clean_env(**env), timeout=60
    )
    return set(result.stderr.split())


# What a start must not pay for: every answer is a new process (see BENCHMARKS.md).
NEVER_ON_A_WARM_START = {"pickle", "tomllib", "tomli", "pkgutil", "tempfile", "importlib.resources", "csv"}


@pytest.mark.parametrize("args", [[*c, "--json"] for c in COMMANDS], ids=lambda a: " ".join(a))
def test_json_answers_import_neither_rich_nor_what_the_cache_saves(args: list[str]) -> None:
    modules = imported_modules(args)
    assert "typer" in modules  # the measurement works
    assert not {m for m in modules if m == "rich" or m.startswith("rich.")}
    assert not modules & NEVER_ON_A_WARM_START
    assert ("sqlite3" in modules) == (args[0] == "search")


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_tables_import_rich_but_not_its_markdown_or_emoji(args: list[str]) -> None:
    modules = imported_modules(args)
    assert "rich.table" in modules
    assert not modules & {"rich.markdown", "rich._emoji_codes", "rich.syntax", "pygments"}
    assert not modules & (NEVER_ON_A_WARM_START - {"pickle"})  # rich.style imports pickle itself


@pytest.mark.parametrize(
    ("line", "shell", "commands"),
    [
        ("tipcli section pro", "bash", {"section"}),
        ("tipcli --report x.toml agencies F", "zsh", {"agencies"}),
        ("tipcli se", "bash", {"section", "search"}),  # only the names that fit are built, for their help
    ],
)
def test_a_tab_builds_only_the_commands_it_completes(line: str, shell: str, commands: set[str]) -> None:
    if shell == "bash":
        env = {"COMP_WORDS": line, "COMP_CWORD": str(len(line.split()) - 1)}
    else:
        env = {"_TYPER_COMPLETE_ARGS": line}
    modules = imported_modules([], _TIPCLI_COMPLETE=f"complete_{shell}", **env)
    built = {m.removeprefix("tipcli.commands.") for m in modules if m.startswith("tipcli.commands.")} - {"common"}
    assert built == commands


def test_a_tab_completes_section_names() -> None:
    env = {"_TIPCLI_COMPLETE": "complete_bash", "COMP_WORDS": "tipcli section pro", "COMP_CWORD": "2"}
    assert run([], **env).stdout.split() == ["prosecution", "protection"]
    env["COMP_WORDS"], env["COMP_CWORD"] = "tipcli s", "1"
    assert run([], **env).stdout.split() == ["summary", "section", "stats", "search"]


def test_a_long_answer_on_a_terminal_goes_through_the_pager() -> None:
    paged = in_terminal(["--color", "never", "section", "prosecution"], PAGER="sed s/^/PAGED:/", TERM="xterm")[1]
    assert "PAGED:Prosecution" in paged
    straight = in_terminal(["--no-pager", "section", "prosecution"], PAGER="sed s/^/PAGED:/", TERM="xterm")[1]
    assert "PAGED:" not in straight and "Prosecution" in straight
    piped = run(["section", "prosecution"], PAGER="sed s/^/PAGED:/")
    assert "PAGED:" not in piped.stdout


def test_color_never_always_and_force_color_zero() -> None:
    assert ESC not in in_terminal(["--color", "never", "summary"], TERM="xterm")[1]
    assert ESC not in in_terminal(["summary"], TERM="xterm", FORCE_COLOR="0")[1]
    assert ESC in run(["--color", "always", "summary"]).stdout
    bad = run(["--color", "sometimes", "summary"])
    assert bad.returncode == 2 and "choose auto, always or never" in bad.stderr


@pytest.mark.skipif(TIPCLI is None, reason="tipcli is not installed")
def test_a_terminal_that_is_not_utf8_gets_what_it_can_show() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "COLUMNS": "100"}
    section = subprocess.run([str(TIPCLI), "section", "prot", "-p", "2"], capture_output=True, text=True, env=env)
    assert section.returncode == 0, section.stderr
    assert "P2  During the reporting period,[when?] FEVIMTRA" in section.stdout  # ¶ as P
    hit = subprocess.run([str(TIPCLI), "search", "Cancún"], capture_output=True, text=True, env=env)
    assert hit.returncode == 0 and "Acapulco and Cancun" in hit.stdout
    error = subprocess.run([str(TIPCLI), "section", "Cancún"], capture_output=True, text=True, env=env)
    assert error.returncode == 2 and error.stderr.startswith("tipcli: error: no section 'Cancun'")


@pytest.mark.parametrize(
    "args", [["export"], ["export", "--json"], ["section", "reefs"], ["search", "zebra", "--limit", "20000", "--json"]]
)
def test_a_reader_that_leaves_in_the_middle_of_a_large_answer_is_exit_141(tmp_path: Path, args: list[str]) -> None:
    # A 400 KB paragraph: the answer is far more than a pipe holds, so the reader leaves mid-write
    # and the write comes back short (Python's streams took that as written, and tipcli exited 0).
    path = tmp_path / "big.toml"
    text = (DATA / "atlantis.toml").read_text(encoding="utf-8")
    anchor = 'paragraphs = ["The Reef Guard patrolled 3,000 km of coast in 2030. The Tide Court heard no appeals."'
    path.write_text(text.replace(anchor, anchor + ', "' + "A zebra swam. " * 30_000 + '"'), "utf-8")
    env = clean_env(TIPCLI_CACHE_DIR=str(tmp_path / "cache"))
    script = f'"{TIPCLI}" --report "{path}" "$@" | head -c 10 > /dev/null; echo "rc=${{PIPESTATUS[0]}}" >&2'
    for _ in range(2):  # cold, then from the cache
        result = subprocess.run(["bash", "-c", script, "tipcli", *args], capture_output=True, text=True, env=env)
        assert result.stderr.splitlines() == ["rc=141"]


@pytest.mark.parametrize(
    ("args", "code"),
    [(["nosuchcommand"], 2), (["--report", "/no/such/file", "summary"], 3), (["agencies", "xyzzy"], 2)],
)
def test_an_error_with_stderr_closed_keeps_its_exit_code(args: list[str], code: int) -> None:
    result = subprocess.run(
        ["bash", "-c", f'"{TIPCLI}" "$@" 2>&-', "tipcli", *args], capture_output=True, env=clean_env()
    )
    assert (result.returncode, result.stdout) == (code, b"")


def test_argv_that_is_not_utf8_is_a_usage_error_or_shown_escaped(tmp_path: Path) -> None:
    bad = os.fsdecode(b"ab\xffcd")  # as Python hands such bytes of argv over: a lone surrogate
    query = subprocess.run([str(TIPCLI), "search", bad], capture_output=True, text=True, env=clean_env())
    assert query.returncode == 2 and query.stdout == ""
    assert (
        query.stderr
        == "tipcli: error: the query 'ab\\udcffcd' is not UTF-8 text: set the terminal to UTF-8, or type it again\n"
    )
    name = tmp_path / os.fsdecode(b"r\xff.toml")
    shutil.copy(DATA / "atlantis.toml", name)
    for args in (["--report", str(name), "search", "tide", "--json"], ["validate", str(name), "--json"]):
        result = subprocess.run([str(TIPCLI), *args], capture_output=True, env=clean_env())
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)  # the name, where it is shown, as the escape \udcff
    missing = subprocess.run([str(TIPCLI), "--report", bad, "summary"], capture_output=True, text=True, env=clean_env())
    assert missing.returncode == 3 and missing.stderr.startswith("tipcli: error: ab\\udcffcd: no such file")
