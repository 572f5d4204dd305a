"""Every ```python block of README.md runs as written, top to bottom, against a local Strait.

The blocks run in order in one namespace, as a reader would type them into one session
(``python -m asyncio``: top-level ``await`` allowed), with ``STRAIT_BASE_URL``,
``STRAIT_API_KEY`` and ``STRAIT_PROJECT`` set from :class:`strait.testing.LocalStrait`.
Only obviously external values are substituted, each listed in :data:`EXTERNAL`:

* the server URL, API key and project placeholders (``https://api.strait.dev``,
  ``strait_...``, ``"..."``, ``proj_1``) -> the local Strait's;
* the job endpoint ``https://worker.example.com/run`` -> a loopback endpoint answering
  ``{"synced": true}`` (so runs complete, as with a real worker);
* the module ``jobs/media.py`` of "Running workers" is written to a temporary folder on
  ``sys.path``, and ``STRAIT_SIGNING_SECRET`` is set (the server's signing secret).

A block that cannot run offline is preceded by ``<!-- not-run: reason -->`` in the README;
the test counts them (:data:`NOT_RUN`) so that none is added silently.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from otel_support import set_global_provider
from pytest_httpserver import HTTPServer

from strait.testing import LocalStrait

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"(<!--\s*not-run:\s*(?P<reason>.*?)\s*-->\s*\n)?```python\n(?P<code>.*?)```", re.S)
NOT_RUN = 0  # blocks marked <!-- not-run: ... --> in README.md
EXTERNAL = {
    '"https://api.strait.dev"': "{base_url}",
    'base_url="..."': "base_url={base_url}",
    '"strait_..."': "{api_key}",
    'api_key="..."': "api_key={api_key}",
    '"https://worker.example.com/run"': "{endpoint}",
    '"proj_1"': "{project}",
}


def blocks() -> list[tuple[int, str, str | None]]:
    """(line, code, not-run reason) of every python block, in order."""
    text = README.read_text()
    return [
        (text[: m.start("code")].count("\n") + 1, m.group("code"), m.group("reason"))
        for m in BLOCK.finditer(text)
    ]


@pytest.fixture
def local() -> Iterator[LocalStrait]:
    with LocalStrait() as server:
        yield server


def _substitute(code: str, names: dict[str, str]) -> str:
    for text, template in EXTERNAL.items():
        code = code.replace(text, template.format(**names))
    return code


def test_every_readme_block_runs_as_written(
    local: LocalStrait, httpserver: HTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/run", method="POST").respond_with_json({"synced": True})
    names = {
        "base_url": repr(local.base_url),
        "api_key": repr(local.api_key),
        "endpoint": repr(httpserver.url_for("/run")),
        "project": repr(local.project_id),
    }
    saved_env = dict(os.environ)
    monkeypatch.setenv("STRAIT_BASE_URL", local.base_url)
    monkeypatch.setenv("STRAIT_API_KEY", local.api_key)
    monkeypatch.setenv("STRAIT_PROJECT", local.project_id)
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", "whsec_readme_test")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "jobs", raising=False)
    monkeypatch.delitem(sys.modules, "jobs.media", raising=False)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    ran, skipped = 0, 0
    try:
        for line, text, reason in blocks():
            if reason is not None:
                skipped += 1
                continue
            code = _substitute(text, names)
            first = code.lstrip().splitlines()[0]
            if first.startswith("# ") and first.endswith(".py"):  # a module of the user's project
                module = tmp_path / first[2:].strip()
                module.parent.mkdir(parents=True, exist_ok=True)
                (module.parent / "__init__.py").touch()
                module.write_text(code)
            compiled = compile(code, f"README.md:{line}", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            try:
                result = eval(compiled, namespace)
                if inspect.iscoroutine(result):
                    asyncio.run(result)
            except Exception as exc:
                raise AssertionError(f"README.md block at line {line} failed: {exc!r}") from exc
            ran += 1
    finally:
        os.environ.clear()
        os.environ.update(saved_env)  # a block may update os.environ (LocalStrait.env())
        set_global_provider(None)  # "Tracing" sets the process's tracer provider
    assert skipped == NOT_RUN
    assert ran == len(blocks()) - NOT_RUN >= 15
