"""The import rule, checked on the source: `ui`, `commands` → `reports` → `services` → `db`.

Everything may use the base modules (`desktop`, `i18n`, `config`, `files`, `textnorm`);
nothing imports back up a layer, nothing outside `ui` imports Qt (the core runs headless:
command line, sync, a server), no module imports another's private names, and the
modules' imports form no cycle (lazy imports inside functions count: a hidden cycle is
still a cycle).
"""

from __future__ import annotations

import ast
import functools
import graphlib
from pathlib import Path

import pytest

from desktop import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "desktop"
BASE = {"desktop", "i18n", "config", "files", "textnorm"}
#: What each layer may import, besides the base modules and itself.
MAY_IMPORT = {
    "__main__": {"cli"},
    "cli": {"commands", "ui", "reports", "demo", "services", "db"},
    "ui": {"reports", "demo", "services", "db"},
    "commands": {"reports", "demo", "services", "db"},
    "reports": {"services", "db"},
    "demo": {"services", "db"},
    "services": {"db"},
    "db": set(),
    **{name: set() for name in BASE},
}
QT_ALLOWED = {"ui"}

def module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "desktop"


@functools.cache
def sources() -> dict[str, ast.Module]:
    return {module_name(p): ast.parse(p.read_text(encoding="utf-8"), str(p))
            for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts}


def imports(module: str, tree: ast.Module, known: set[str]):
    """(imported module, names taken from it, local name) for every import in `tree`."""
    package = module if module in known and any(k.startswith(module + ".") for k in known) \
        else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, [], alias.asname
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = [a.name for a in node.names]
            for alias in node.names:
                if f"{base}.{alias.name}" in known:
                    yield f"{base}.{alias.name}", [], alias.asname or alias.name
            yield base, [n for n in names if f"{base}.{n}" not in known], None


@functools.cache
def violations() -> frozenset[str]:
    trees = sources()
    known = set(trees)
    found = set()
    graph: dict[str, set[str]] = {m: set() for m in trees}
    for module, tree in trees.items():
        mine = layer(module)
        aliases = {}
        for target, names, local in imports(module, tree, known):
            if target.split(".")[0] == "PySide6" and mine not in QT_ALLOWED:
                found.add(f"{module} imports Qt ({target})")
            if not target.startswith("desktop"):
                continue
            theirs = layer(target)
            if theirs != mine and theirs not in BASE and theirs not in MAY_IMPORT[mine]:
                found.add(f"{module} imports {target} (layer {mine} -> {theirs})")
            for name in names:
                if name.startswith("_") and not name.startswith("__") and target != module:
                    found.add(f"{module} imports private {target}.{name}")
            if target in known and target != module:
                graph[module].add(target)
                if local:
                    aliases[local] = target
        for node in ast.walk(tree):  # module._private(...) through an imported module
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in aliases and node.attr.startswith("_") \
                    and not node.attr.startswith("__"):
                found.add(f"{module} uses private {aliases[node.value.id]}.{node.attr}")
    # A package's __init__ importing its own submodules is not a cycle between layers of code.
    for module in graph:
        graph[module] = {t for t in graph[module] if not t.startswith(module + ".")}
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        found.add("import cycle: " + " -> ".join(error.args[1]))
    return frozenset(found)


def test_layers_point_one_way_without_qt_below_the_ui_or_private_imports():
    assert not violations(), "\n".join(sorted(violations()))


@pytest.mark.parametrize("layer_name", ["services", "db", "reports", "i18n", "commands"])
def test_no_qt_below_the_ui(layer_name):
    offenders = [module for module, tree in sources().items()
                 if layer(module) == layer_name
                 for target, _, _ in imports(module, tree, set())
                 if target.split(".")[0] == "PySide6"]
    assert not offenders
