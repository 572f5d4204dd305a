"""The public API type-checks: mypy --strict accepts correct use and rejects mistakes.

Runs mypy (with the project's configuration) on two small programs using the SDK as a
user would; the shared cache keeps a run to a few seconds after the first.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parent.parent

ACCEPTED = """
    import datetime
    import json
    from typing import Any

    from strait import AsyncClient, Client, SyncPage
    from strait._generated.models import CreateJobRequest, ExecutionTrace, Job, JobRun, RescheduleRunRequest


    def sync_use(client: Client) -> None:
        run: JobRun = client.runs.get("run_1")
        status: str = run.status
        created: datetime.datetime = run.created_at
        trace: ExecutionTrace | None = run.execution_trace
        if trace is not None:
            total: int = trace.total_ms
        raw: Any = run["created_at"]
        as_dict: dict[str, Any] = run
        text: str = json.dumps(run)
        page: SyncPage[Job] = client.jobs.list(limit=10)
        first: list[Job] = page.data
        for job in page:
            name: str = job.name
        for job in page.auto_paging_iter():
            slug: str = job.slug
        more: bool = page.has_more
        body = CreateJobRequest(name="Sync", slug="sync", project_id="proj_1", endpoint_url="https://w/run")
        client.jobs.create(body)
        client.jobs.create({"name": "Sync", "slug": "sync"})
        when = RescheduleRunRequest(scheduled_at=datetime.datetime.now(datetime.UTC))
        client.runs.reschedule("run_1", when)
        states = client.runs.list_state("run_1")
        for state in states:
            key: str = state.state_key


    async def async_use(client: AsyncClient) -> None:
        run: JobRun = await client.runs.get("run_1")
        ok: str = run.id
        async for job in client.jobs.list():
            jid: str = job.id
        page = await client.jobs.list()
        async for job in page:
            pid: str = job.project_id
"""

REJECTED = {
    "unknown field": ('run = client.runs.get("r")\nrun.no_such_field', 'has no attribute "no_such_field"'),
    "wrong field type": (
        'run = client.runs.get("r")\nx: int = run.status',
        "Incompatible types in assignment",
    ),
    "wrong argument type": (
        "client.runs.get(123)",
        'Argument 1 to "get" of "Runs" has incompatible type "int"',
    ),
    "unknown keyword": ("client.runs.list(limitt=5)", 'Unexpected keyword argument "limitt"'),
    "page item field": ("for job in client.jobs.list():\n    job.nope", 'has no attribute "nope"'),
    "model field type": (
        "from strait._generated.models import CreateJobRequest\nCreateJobRequest(name=1)",
        'Argument "name" to "CreateJobRequest" has incompatible type "int"',
    ),
    "model field name": (
        "from strait._generated.models import CreateJobRequest\nCreateJobRequest(nmae='x')",
        'Unexpected keyword argument "nmae" for "CreateJobRequest"',
    ),
}


def _mypy(tmp_path: Path, source: str) -> tuple[str, int]:
    path = tmp_path / "snippet.py"
    path.write_text(textwrap.dedent(source))
    out, err, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-error-summary",
            str(path),
        ]
    )
    return out + err, status


def test_mypy_accepts_typed_use(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, ACCEPTED)
    assert status == 0, out


def test_mypy_rejects_mistakes(tmp_path: Path) -> None:
    body = "\n\n".join(
        f"def case_{i}(client: Client) -> None:\n" + textwrap.indent(code, "    ")
        for i, (code, _) in enumerate(REJECTED.values())
    )
    out, status = _mypy(tmp_path, "from strait import Client\n\n\n" + body + "\n")
    assert status == 1, out
    for name, (_, message) in REJECTED.items():
        assert message in out, f"{name}: mypy did not report {message!r}:\n{out}"
