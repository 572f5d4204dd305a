"""``strait.local``'s modules import one another one way (issue 16, "The shape to reach"):
no cycle, counting imports under ``if TYPE_CHECKING:`` and inside functions too."""

from __future__ import annotations

import ast
import re
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import strait.local
from strait.local import AREAS

LOCAL = Path(__file__).resolve().parents[2] / "src" / "strait" / "local"


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The sibling modules ``path`` imports anywhere in its text."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level == 1:
            names = [node.module.split(".")[0]] if node.module else [a.name for a in node.names]
        elif node.level == 0 and (node.module or "").startswith("strait.local"):
            rest = (node.module or "").removeprefix("strait.local").lstrip(".")
            names = [rest.split(".")[0]] if rest else [a.name for a in node.names]
        else:
            continue
        found.update(n for n in names if n in modules and n != path.stem)
    return found


def test_no_import_cycle_inside_local_not_even_for_type_checking() -> None:
    paths = {p.stem: p for p in LOCAL.glob("*.py")}
    graph = {name: _imports(path, set(paths)) for name, path in paths.items()}
    assert graph["_http"] and graph["_emulator"]  # the graph was read, not empty
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:  # pragma: no cover - the failure message names the loop
        raise AssertionError(f"import cycle in strait.local: {exc.args[1]}") from None
    assert order.index("_core") < order.index("_http") < order.index("_emulator")


def test_every_module_with_operations_is_an_area() -> None:
    """``AREAS`` is the one list of area modules: a module that registers an operation and
    is missing from it would answer 501 for that operation."""
    listed = {module.__name__.rsplit(".", 1)[1] for module in AREAS}
    local = Path(strait.local.__file__).parent
    registers = re.compile(r"^@?operation\(", re.MULTILINE)  # a decorator, or operation(...)(handler)
    registering = {p.stem for p in local.glob("*.py") if registers.search(p.read_text(encoding="utf-8"))}
    assert registering == listed
