"""The README's account of the local Strait is true: the count of implemented operations
and the by-area list name exactly the operations that answer (not 501)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from strait.local import implemented_operations

ROOT = Path(__file__).resolve().parents[2]


def _spec_operations() -> set[str]:
    spec = json.loads((ROOT / "openapi" / "strait.openapi.json").read_text(encoding="utf-8"))
    return {
        op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op
    }


def test_the_readme_lists_every_implemented_operation_and_counts_them() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    counted = re.search(r"\*\*Implemented: (\d+) of the (\d+) operations\*\*", readme)
    assert counted is not None
    section = readme[counted.end() : readme.index("- gRPC: `WorkerService.StreamTasks`", counted.end())]
    by_area = section[section.index("By area:") :]
    spec = _spec_operations()
    listed = {word for word in re.findall(r"[a-z][a-z0-9-]+", by_area) if word in spec}
    implemented = set(implemented_operations())
    assert listed == implemented, (sorted(listed - implemented), sorted(implemented - listed))
    assert int(counted.group(1)) == len(implemented)
    assert int(counted.group(2)) == len(spec)
