"""Migrating from strait-python 0.1.1 (issue 20, item 2): every public name of 0.1.1 either
imports here or is in README.md's generated table, and the kept names work as 0.1.1 code
calls them (``wait_for_run``'s positional form, sync and async)."""

from __future__ import annotations

import asyncio
import importlib.machinery
import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import strait
import strait.authoring
import strait.composition
import strait.fsm
import strait.testing
from strait.composition import (
    PaginatedQuery,
    WaitForRunOptions,
    paginate,
    with_idempotency,
    with_idempotency_header,
    with_retry_async,
)

# 0.1.1's positional form works at run time; a type checker sees the canonical keywords
# (the form new code should use), so these calls go through Any.
wait_for_run: Any = strait.composition.wait_for_run
wait_for_run_async: Any = strait.composition.wait_for_run_async
trigger_and_wait: Any = strait.composition.trigger_and_wait
trigger_and_wait_async: Any = strait.composition.trigger_and_wait_async

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "migration-names"


def _load(path: Path, name: str) -> Any:
    loader = importlib.machinery.SourceFileLoader(name, str(path))
    spec = importlib.util.spec_from_loader(name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """0.1.1's sdist, downloaded as make official-suite does."""
    official_suite = _load(ROOT / "scripts" / "official-suite", "official_suite")
    path: Path = official_suite._download(tmp_path_factory.mktemp("sdist"))
    return path


@pytest.fixture(scope="module")
def names(sdist: Path) -> Iterator[dict[str, list[str]]]:
    """0.1.1's public names, read from its sdist."""
    yield _load(SCRIPT, "migration_names").official_names(sdist)


def test_readme_table_is_what_the_script_generates(names: dict[str, list[str]]) -> None:
    script = _load(SCRIPT, "migration_names")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert script._current(readme) == script.render(names), "run scripts/migration-names --write"


def test_every_0_1_1_name_imports_here_or_has_a_row(names: dict[str, list[str]]) -> None:
    script = _load(SCRIPT, "migration_names")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = script._current(readme)
    assert sum(len(ns) for m, ns in names.items() if not m.startswith("strait.operations")) == 116
    for module, module_names in names.items():
        for name in module_names:
            if not script._imports_here(module, name):
                shown = module.rsplit(".", 1)[1] if module.startswith("strait.operations.") else name
                assert f"`{shown}`" in table, f"{module}.{name}"
    # a name dropped from the table's source fails the script instead of vanishing
    script.INSTEAD = [row for row in script.INSTEAD if "strait.composition.Result" not in row[0]]
    with pytest.raises(SystemExit, match=r"no INSTEAD row for strait\.composition\.Result"):
        script.render(names)


def test_the_script_checks_the_readme() -> None:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout


# --- the kept names -----------------------------------------------------------------------


def test_response_types_are_the_generated_models() -> None:
    from strait._generated.models.job_run import JobRun
    from strait._generated.models.workflow_step_run import WorkflowStepRun

    assert strait.Run is JobRun and strait.WorkflowRunStep is WorkflowStepRun
    for name in ("Job", "JobVersion", "RunUsage", "Workflow", "WorkflowRun", "WorkflowStep", "Deployment"):
        assert issubclass(getattr(strait, name), dict), name
    run: strait.Run = JobRun({"id": "r1", "status": "completed"})
    assert run["status"] == "completed"
    headers: strait.Headers = {"X-A": "1"}
    body: strait.JsonDict = {"a": 1}
    assert headers and body
    assert strait.authoring.RunContext is strait.RunContext
    assert strait.authoring.TestRunRecord is strait.testing.RunRecord
    assert strait.fsm.StepRunStatus("completed") is strait.fsm.StepStatus.COMPLETED
    assert strait.fsm.transition_step(strait.fsm.StepRunStatus.RUNNING, "COMPLETE") == "completed"


def _fake_run_source(statuses: list[str]) -> Any:
    seen: list[str] = []

    def get_run(run_id: str) -> dict[str, str]:
        seen.append(run_id)
        return {"id": run_id, "status": statuses[min(len(seen), len(statuses)) - 1]}

    return get_run, seen


def test_wait_for_run_takes_0_1_1_positional_form() -> None:
    get_run, seen = _fake_run_source(["queued", "executing", "completed"])
    opts = WaitForRunOptions(timeout_ms=5_000, initial_delay_ms=1)
    run = wait_for_run(get_run, lambda r: r["status"], "run-1", opts)
    assert run == {"id": "run-1", "status": "completed"} and seen == ["run-1"] * 3
    # 0.1.1's is_terminal and timeout carry over
    get_run, _ = _fake_run_source(["queued", "delayed"])
    done = wait_for_run(
        get_run,
        lambda r: r["status"],
        "run-2",
        WaitForRunOptions(initial_delay_ms=1, is_terminal=lambda s: s == "delayed"),
    )
    assert done["status"] == "delayed"
    get_run, _ = _fake_run_source(["queued"])
    with pytest.raises(strait.StraitTimeoutError) as timed_out:
        wait_for_run(
            get_run, lambda r: r["status"], "run-3", WaitForRunOptions(timeout_ms=30, initial_delay_ms=5)
        )
    assert "run-3" in str(timed_out.value)
    with pytest.raises(strait.ValidationError, match="get_status, run_id"):
        wait_for_run(get_run, lambda r: r["status"])


def test_wait_for_run_async_takes_0_1_1_positional_form() -> None:
    sync_get, _ = _fake_run_source(["queued", "completed"])

    async def async_get(run_id: str) -> dict[str, str]:
        return dict(sync_get(run_id))

    opts = WaitForRunOptions(initial_delay_ms=1)
    get_status = lambda r: r["status"]  # noqa: E731
    assert asyncio.run(wait_for_run_async(async_get, get_status, "a", opts))["status"] == "completed"
    sync_again, _ = _fake_run_source(["queued", "completed"])  # 0.1.1 also took a sync get_run
    assert asyncio.run(wait_for_run_async(sync_again, get_status, "b", opts))["status"] == "completed"


def test_trigger_and_wait_takes_0_1_1_positional_form() -> None:
    get_run, _ = _fake_run_source(["executing", "completed"])
    triggered: list[Any] = []

    def trigger_fn(body: Any) -> dict[str, str]:
        triggered.append(body)
        return {"id": "run-9", "status": "queued"}

    opts = WaitForRunOptions(initial_delay_ms=1)
    get_id, get_status = (lambda r: r["id"]), (lambda r: r["status"])
    run = trigger_and_wait(trigger_fn, get_run, get_id, get_status, {"sku": "A"}, opts)
    assert run == {"id": "run-9", "status": "completed"} and triggered == [{"sku": "A"}]

    async def async_trigger(body: Any) -> dict[str, str]:
        return trigger_fn(body)

    async_get, _ = _fake_run_source(["executing", "completed"])
    done = asyncio.run(
        trigger_and_wait_async(async_trigger, async_get, get_id, get_status, {"sku": "B"}, opts)
    )
    assert done["status"] == "completed" and triggered[-1] == {"sku": "B"}
    with pytest.raises(strait.ValidationError, match="trigger_fn, get_run, get_id"):
        trigger_and_wait(trigger_fn, get_run, get_id)


def test_retry_idempotency_and_paging_names_work() -> None:
    calls: list[int] = []

    async def flaky() -> str:
        calls.append(1)
        if len(calls) < 2:
            raise strait.TransportError("down")
        return "ok"

    async def no_sleep(_: float) -> None:
        return None

    assert asyncio.run(with_retry_async(flaky, sleep=no_sleep)) == "ok" and len(calls) == 2
    assert with_idempotency({"A": "1"}, "k") == {"A": "1", "Idempotency-Key": "k"}
    assert with_idempotency_header(None, "k", "X-Key") == {"X-Key": "k"}
    pages = {None: {"data": [1, 2], "has_more": True, "next_cursor": "c"}, "c": {"data": [3]}}
    seen: list[PaginatedQuery] = []

    def fetch(query: PaginatedQuery) -> Any:
        seen.append(query)
        return pages[query.cursor]

    assert list(paginate(fetch)) == [1, 2, 3] and isinstance(seen[0], PaginatedQuery)
