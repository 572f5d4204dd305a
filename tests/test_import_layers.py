"""The client core's dependencies point one way (issue 18, "Dependencies point one way").

* No import cycle among the hand-written modules (imports at module level, and those
  under ``if TYPE_CHECKING:`` too: types that refer to each other meet in a Protocol; a
  package's own ``TYPE_CHECKING`` block only declares the names it loads on first use).
* Generated code is a leaf: it imports only the generated package and the core it is
  built on, never the client or the facade composed over it.
* The core never imports the layers built on it (composition, worker, local, authoring,
  testing), not even inside a function.
* An import inside a function of the core is there for import time only (a heavy or
  optional module loaded on first use) and says so with ``(import time)``; none dodges
  a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "strait"
GENERATED = (SRC / "_generated", SRC / "worker" / "_proto")
#: The client core: every module of the request path, streams, waits and the facade.
CORE = {
    "_aiohttp",
    "_backoff",
    "_client",
    "_core",
    "_errors",
    "_facade",
    "_faults",
    "_limits",
    "_model",
    "_pagination",
    "_plan",
    "_redact",
    "_retry",
    "_runs_ext",
    "_sse",
    "_streams",
    "_transport",
    "_types",
    "_wait",
}
#: What generated code may import at run time, besides itself.
GENERATED_MAY_IMPORT = {"strait._core", "strait._model", "strait._pagination"}
#: Layers built on the core.
ABOVE_CORE = ("strait.composition", "strait.worker", "strait.local", "strait.authoring", "strait.testing")


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The strait modules an import statement loads (``from . import x`` loads ``x``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.startswith("strait")]
    if node.level:
        base = module.split(".")
        base = base[: len(base) - node.level + (1 if is_package else 0)]
        name = ".".join([*base, *([node.module] if node.module else [])])
    else:
        name = node.module or ""
    if not name.startswith("strait"):
        return []
    return [f"{name}.{a.name}" for a in node.names] + ([name] if node.module else [])


def _files(generated: bool = False) -> list[Path]:
    return [p for p in sorted(SRC.rglob("*.py")) if any(p.is_relative_to(g) for g in GENERATED) == generated]


def _module_level(tree: ast.Module, type_checking: bool = False) -> list[ast.Import | ast.ImportFrom]:
    """The imports a module runs when it is loaded (with ``type_checking``, also those
    under ``if TYPE_CHECKING:``, which a type checker follows)."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.Try) or (
            type_checking
            and isinstance(node, ast.If)
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
        ):
            found += [n for n in node.body if isinstance(n, ast.Import | ast.ImportFrom)]
    return found


def _in_functions(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    return [
        sub
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
        if isinstance(sub, ast.Import | ast.ImportFrom)
    ]


def _graph() -> dict[str, set[str]]:
    modules = {_module(p): p for p in _files()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        deps: set[str] = set()
        for node in _module_level(tree, type_checking=path.name != "__init__.py"):
            for imported in _targets(node, name, path.name == "__init__.py"):
                if imported.startswith(("strait._generated", "strait.worker._proto")):
                    continue  # a leaf: it imports nothing hand-written (checked below)
                target = imported
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    deps.add(target)
        graph[name] = deps
    return graph


def test_no_import_cycle_in_hand_written_code() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycle = [*path[path.index(dep) :], dep]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if dep not in state:
                visit(dep)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_generated_code_is_a_leaf() -> None:
    for path in _files(generated=True):
        name = _module(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _module_level(tree) + _in_functions(tree):
            for target in _targets(node, name, path.name == "__init__.py"):
                inside = target.startswith(("strait._generated", "strait.worker._proto"))
                allowed = inside or any(target.startswith(m) for m in GENERATED_MAY_IMPORT)
                assert allowed, f"{path.relative_to(SRC)}:{node.lineno} imports {target}"


@pytest.mark.parametrize("name", sorted(CORE))
def test_the_core_imports_no_layer_above_it(name: str) -> None:
    path = SRC / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            for target in _targets(node, f"strait.{name}", False):
                assert not target.startswith(ABOVE_CORE), f"{name}.py:{node.lineno} imports {target}"


@pytest.mark.parametrize("name", sorted(CORE))
def test_imports_inside_core_functions_are_for_import_time_only(name: str) -> None:
    path = SRC / f"{name}.py"
    lines = path.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(lines))
    for node in _in_functions(tree):
        if _targets(node, f"strait.{name}", False):
            assert "(import time)" in lines[node.lineno - 1], (
                f"{name}.py:{node.lineno}: {lines[node.lineno - 1]}"
            )


def test_the_check_sees_a_cycle_and_a_layer_breach(tmp_path: Path) -> None:
    """The checks above are not vacuous: they read real imports."""
    graph = _graph()
    assert "strait._core" in graph["strait._client"]
    assert "strait._retry" in graph["strait._transport"]
    assert "strait._aiohttp" in graph["strait._client"]  # an `if TYPE_CHECKING:` import
    tree = ast.parse("def f():\n    from .composition import _wait\n")
    (node,) = _in_functions(tree)
    assert _targets(node, "strait._core", False)[0].startswith("strait.composition")
