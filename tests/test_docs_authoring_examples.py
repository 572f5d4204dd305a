"""The documented authoring, composition and FSM examples run exactly as written.

Each snippet below is copied verbatim from the SDK docs ("Authoring DSL",
"Composition Helpers", "FSM State Machines") and executed with a fake ``client``.
"""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from strait._errors import DagValidationError

DEFINE_JOB = """
from strait.authoring import define_job, JobOptions

job = define_job(JobOptions(
    name="Process Order",
    slug="process-order",
    endpoint_url="https://worker.example.com/run",
    project_id="proj-1",
    max_concurrency=10,
    timeout_secs=300,
))
"""

DEFINE_WORKFLOW = """
from strait.authoring import define_workflow, WorkflowOptions
from strait.authoring import job_step, approval_step, sleep_step

wf = define_workflow(WorkflowOptions(
    name="Order Pipeline",
    slug="order-pipeline",
    project_id="proj-1",
    steps=[
        job_step("validate", "validate-job"),
        job_step("charge", "charge-job", depends_on=["validate"]),
        approval_step("approve", depends_on=["charge"]),
        job_step("ship", "ship-job", depends_on=["approve"]),
    ],
))
# DAG is validated at definition time — cycles and missing refs raise DagValidationError
"""

COMPOSITION = """
from strait.composition import with_retry, wait_for_run, paginate, RetryOptions

# Retry with exponential backoff
result = with_retry(
    lambda: client.jobs.trigger("j1", payload),
    RetryOptions(attempts=5),
)

# Wait for a run to complete
run = wait_for_run(
    get_run=lambda rid: client.runs.get(rid),
    get_status=lambda r: r["status"],
    run_id="run-1",
)

# Paginate through results
from strait.composition import PaginatedResponse

for item in paginate(lambda q: PaginatedResponse(
    data=client.jobs.list(query={"cursor": q.cursor})["data"]
)):
    print(item)
"""

FSM = """
from strait.fsm import transition_run, RunStatus, RunEvent, is_terminal_run_status

next_status = transition_run(RunStatus.EXECUTING, RunEvent.COMPLETE)
assert next_status == RunStatus.COMPLETED
assert is_terminal_run_status(next_status)
"""


class DocsPage:
    """What ``client.jobs.list`` returns: indexable by wire name, like the real page."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body

    def __getitem__(self, key: str) -> Any:
        return self.body[key]


class DocsJobs:
    def __init__(self) -> None:
        self.triggers: list[tuple[str, Any]] = []
        self.list_queries: list[Any] = []

    def trigger(self, job_id: str, body: Any) -> dict[str, Any]:
        self.triggers.append((job_id, body))
        return {"id": "run-1", "status": "queued"}

    def list(self, *, query: Any = None) -> DocsPage:
        self.list_queries.append(query)
        return DocsPage({"data": [{"id": "j1"}, {"id": "j2"}], "has_more": True, "next_cursor": "c"})


class DocsRuns:
    def get(self, run_id: str) -> dict[str, Any]:
        return {"id": run_id, "status": "completed"}


class DocsClient:
    def __init__(self) -> None:
        self.jobs = DocsJobs()
        self.runs = DocsRuns()


def run_snippet(code: str, **names: Any) -> dict[str, Any]:
    namespace: dict[str, Any] = dict(names)
    exec(compile(textwrap.dedent(code), "<docs snippet>", "exec"), namespace)
    return namespace


def test_define_job_example() -> None:
    ns = run_snippet(DEFINE_JOB)
    assert ns["job"].to_request() == {
        "name": "Process Order",
        "slug": "process-order",
        "endpoint_url": "https://worker.example.com/run",
        "project_id": "proj-1",
        "max_concurrency": 10,
        "timeout_secs": 300,
    }


def test_define_workflow_example() -> None:
    wf = run_snippet(DEFINE_WORKFLOW)["wf"]
    assert [(s["step_ref"], s["step_type"], s.get("depends_on")) for s in wf.to_request()["steps"]] == [
        ("validate", "job", None),
        ("charge", "job", ["validate"]),
        ("approve", "approval", ["charge"]),
        ("ship", "job", ["approve"]),
    ]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ('job_step("validate", "validate-job")', "dependency cycle: validate -> ship -> approve"),
        ('approval_step("approve", depends_on=["charge"])', "depends on unknown step 'review'"),
    ],
)
def test_define_workflow_example_rejects_bad_dags(edit: str, message: str) -> None:
    replacement = {
        'job_step("validate", "validate-job")': 'job_step("validate", "validate-job", depends_on=["ship"])',
        'approval_step("approve", depends_on=["charge"])': 'approval_step("approve", depends_on=["review"])',
    }[edit]
    with pytest.raises(DagValidationError, match=message):
        run_snippet(DEFINE_WORKFLOW.replace(edit, replacement))


def test_composition_example(capsys: pytest.CaptureFixture[str]) -> None:
    client = DocsClient()
    ns = run_snippet(COMPOSITION, client=client, payload={"payload": {"sku": "A"}})
    assert ns["result"] == {"id": "run-1", "status": "queued"}
    assert client.jobs.triggers == [("j1", {"payload": {"sku": "A"}})]
    assert ns["run"] == {"id": "run-1", "status": "completed"}
    # PaginatedResponse(data=...) has no cursor, so the example stops after one page
    assert client.jobs.list_queries == [{"cursor": None}]
    assert capsys.readouterr().out.splitlines() == ["{'id': 'j1'}", "{'id': 'j2'}"]


def test_fsm_example() -> None:
    ns = run_snippet(FSM)
    assert ns["next_status"] == "completed"
