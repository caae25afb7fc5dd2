"""The import graph of the package, walked from the source: no cycles, layers only downward.

Every import counts, function-level and `TYPE_CHECKING` ones included, so a cycle
cannot hide behind a late import.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsdiff"

CORE_LAYERS = {
    "model": 0,
    "child": 0,
    "words": 1,
    "text": 2,
    "align": 2,
    "diff": 3,
    "facts": 3,
    "compare": 4,
    "stories": 5,
}
"""stories > compare > diff | facts > align | text > words > model: a core module may
import its own stage and lower ranks, never a sibling of the same rank."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module `path` imports, absolute, at any depth of its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            # `from newsdiff.core.words import lexicon` imports a module too
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {m for m in _imports(path) if m in modules and m != name}
        for name, path in modules.items()
    }


def _stage(module: str) -> str | None:
    parts = module.split(".")
    if parts[:2] != ["newsdiff", "core"] or len(parts) < 3:
        return None
    return parts[2]


def test_no_import_cycles() -> None:
    graph = _graph()
    # Tarjan's strongly connected components, iteratively.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
    assert cycles == []


def test_core_layers_import_only_downward() -> None:
    wrong = []
    for module, targets in _graph().items():
        stage = _stage(module)
        if stage is None:
            if module.startswith("newsdiff.core"):
                continue  # newsdiff.core itself
            continue
        for target in targets:
            other = _stage(target)
            if other is None:
                if target.startswith("newsdiff.") and target != "newsdiff.core":
                    wrong.append(f"{module} -> {target} (core imports a face)")
                continue
            if other == stage:
                continue
            if CORE_LAYERS[other] >= CORE_LAYERS[stage]:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


@pytest.mark.parametrize("face", ["textual", "rich"])
def test_core_never_imports_a_screen_library(face: str) -> None:
    graph_modules = {_module_name(p): p for p in (PACKAGE / "core").rglob("*.py")}
    offenders = [
        name
        for name, path in graph_modules.items()
        if any(m == face or m.startswith(face + ".") for m in _imports(path))
    ]
    assert offenders == []


def test_render_never_imports_the_app() -> None:
    offenders = [
        _module_name(p)
        for p in (PACKAGE / "render").rglob("*.py")
        if any(m.startswith(("textual", "newsdiff.tui")) for m in _imports(p))
    ]
    assert offenders == []


def test_every_core_module_is_in_a_known_stage() -> None:
    stages = {_stage(_module_name(p)) for p in (PACKAGE / "core").rglob("*.py")}
    assert stages - {None} <= set(CORE_LAYERS)


def test_no_module_over_700_lines() -> None:
    long = {
        _module_name(p): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert long == {}


NETWORK_MODULES = ("urllib.request", "http.client", "socket", "ssl", "requests", "httpx")
"""Modules that open connections; newsdiff fetches pages in one place only."""


def test_only_the_fetch_module_touches_the_network() -> None:
    offenders = sorted(
        _module_name(p)
        for p in PACKAGE.rglob("*.py")
        if any(m.startswith(NETWORK_MODULES) for m in _imports(p))
    )
    assert offenders == ["newsdiff.core.stories.fetch"]


def test_page_readers_stay_in_text_and_need_no_stories() -> None:
    graph = _graph()
    for name in ("html_page", "page_meta", "markdown_page"):
        targets = graph[f"newsdiff.core.text.{name}"]
        assert not {t for t in targets if _stage(t) not in ("text", "model", "words")}
