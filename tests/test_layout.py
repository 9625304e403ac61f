"""The code's layout holds: no import cycles, and no lower layer importing a higher one (issue 11)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import tipcli

PACKAGE = Path(tipcli.__file__).parent
# What only the command line may import: the domain and data modules never reach up to these.
UPPER = ("tipcli.app", "tipcli.cli", "tipcli.commands", "tipcli.completion", "tipcli.output", "tipcli.render")
ENTRY = {"tipcli.__main__", "tipcli.cli", "tipcli.app"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """Return each tipcli module's tipcli imports, at module level and inside functions alike."""
    graph: dict[str, set[str]] = {}
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    for path in PACKAGE.rglob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found |= {n for n in names if n in modules}
        graph[module_name(path)] = found - {module_name(path)}
    return graph


def test_no_import_cycles() -> None:
    graph = imports()
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path[path.index(module) :], module))
        if module not in done:
            for imported in sorted(graph[module]):
                if imported != "tipcli":
                    visit(imported, (*path, module))
            done.add(module)

    for module in sorted(graph):
        visit(module, ())


def test_no_lower_layer_imports_a_higher_one() -> None:
    def upper(name: str) -> bool:
        return any(name == u or name.startswith(u + ".") for u in UPPER)

    wrong = sorted(
        f"{module} imports {imported}"
        for module, imported_set in imports().items()
        if not upper(module) and module not in ENTRY
        for imported in imported_set
        if upper(imported)
    )
    assert wrong == []


def test_only_render_imports_rich_and_only_the_command_line_imports_typer() -> None:
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        roots = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        roots |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        if "rich" in roots:
            assert name == "tipcli.render" or name.startswith("tipcli.render."), name
        if "typer" in roots:
            assert any(name == u or name.startswith(u + ".") for u in (*UPPER, "tipcli.typer_internals")), name


def test_the_readme_names_every_module_in_how_the_code_is_laid_out() -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]
    named = set()
    for row in section.splitlines():  # `render/` or `importing/a.py` names the folder of the row's later `b.py`
        folder = ""
        for token in re.findall(r"`(?:src/tipcli/)?([\w/]+(?:\.py|/))`", row):
            if token.endswith("/"):
                folder = token
            elif "/" in token:
                folder = token.rsplit("/", 1)[0] + "/"
                named.add(token)
            else:
                named.add(folder + token)
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py") if p.name != "__init__.py"}
    assert sorted(modules - named) == []  # every module is named
    assert sorted(named - modules) == []  # and nothing that is not there
