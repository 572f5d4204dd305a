"""Sagas: a failed workflow run's compensation plan, and compensating it by running each
completed step's compensation job (``api/workflow_compensation.go``,
``workflow/compensation.go``, ``workflow/callback.go:390-447``).

The plan holds the completed steps that name a ``compensation_job_id``, in reverse
topological order. Compensating moves the run to ``compensating`` and queues one job run
per planned step; the run is ``compensated`` once every one of them completed, and
``compensation_failed`` as soon as one ends otherwise. The server keeps no plan gate
for a self-hosted deployment (``api/plan_gates.go:158-165``), nor does the local Strait."""

from __future__ import annotations

from collections import deque

from strait import fsm
from strait._types import JSONObject, JSONValue

from ._core import EmulatorCore
from ._emulator import json_ok, operation
from ._engine import create_run
from ._http import ApiFailure, Call, Reply
from ._json import as_int, as_str
from ._model import Run, StepRun, WorkflowRun

#: The run metadata that marks a compensation job run (domain/run_metadata.go:11-13).
META_COMPENSATION_RUN = "_workflow_compensation_run_id"
META_WORKFLOW_RUN = "_workflow_compensation_workflow_run_id"
META_STEP_REF = "_workflow_compensation_step_ref"
#: The workflow run's error while it compensates (api/workflow_compensation.go:80-82).
MANUAL_COMPENSATION_ERROR = "compensation triggered manually"


def _run(call: Call) -> WorkflowRun:
    return call.owned(call.emu.state.workflow_runs, call.params["workflowRunID"], "workflow run")


def _order(steps: list[StepRun]) -> list[int]:
    """The steps' indexes in topological order: definition order when every dependency
    comes earlier, else Kahn's order breadth first, roots and each step's children by
    ref; a step with an unknown dependency never enters it
    (workflow/compensation.go:66-90,175-201,243-337)."""
    index: dict[str, int] = {}
    for i, step in enumerate(steps):
        index.setdefault(step.ref, i)
    deps = [list(dict.fromkeys(step.depends_on)) for step in steps]
    if all(dep in index and index[dep] < i for i, own in enumerate(deps) for dep in own):
        return list(range(len(steps)))
    indegree = [len(own) for own in deps]
    children: list[list[int]] = [[] for _ in steps]
    for i, own in enumerate(deps):
        for dep in own:
            if dep in index:
                children[index[dep]].append(i)
    queue = deque(sorted((i for i, degree in enumerate(indegree) if degree == 0), key=lambda i: steps[i].ref))
    order = []
    while queue:
        i = queue.popleft()
        order.append(i)
        for child in sorted(children[i], key=lambda c: steps[c].ref):
            indegree[child] -= 1
            if indegree[child] == 0:
                queue.append(child)
    return order


def compensation_plan(run: WorkflowRun) -> list[StepRun]:
    """The completed steps with a compensation job, last first
    (workflow/compensation.go:31-130); empty when there is none."""
    steps = list(run.steps.values())
    return [
        steps[i]
        for i in reversed(_order(steps))
        if steps[i].status == "completed" and as_str(steps[i].step.get("compensation_job_id"))
    ]


def _plan_wire(run: WorkflowRun, plan: list[StepRun]) -> JSONObject:
    """``workflow.CompensationPlan`` has no JSON tags: Go's field names are the keys
    (workflow/compensation.go:12-26)."""
    steps: list[JSONValue] = [
        {
            "StepRef": step.ref,
            "StepRunID": step.id,
            "CompensationJobID": as_str(step.step.get("compensation_job_id")),
            "TimeoutSecs": as_int(step.step.get("compensation_timeout_secs")),
            "OriginalOutput": step.output,
        }
        for step in plan
    ]
    return {"WorkflowRunID": run.id, "Steps": steps}


@operation("get-compensation-plan")
def get_compensation_plan(call: Call) -> Reply:
    """Whatever the run's status; no step to compensate is 404
    (api/workflow_compensation.go:194-229)."""
    run = _run(call)
    plan = compensation_plan(run)
    if not plan:
        raise ApiFailure(404, "no compensation plan available")
    return json_ok(_plan_wire(run, plan))


def _check_compensable(run: WorkflowRun) -> None:
    """workflow/compensation.go:367-384."""
    if run.status in ("failed", "timed_out"):
        return
    if run.status == "compensating":
        raise ApiFailure(400, f"workflow run {run.id} is already compensating")
    if run.status == "compensated":
        raise ApiFailure(400, f"workflow run {run.id} is already compensated")
    if run.status == "compensation_failed":
        raise ApiFailure(400, f"workflow run {run.id} compensation already failed")
    raise ApiFailure(
        400,
        f"workflow run {run.id} has status {run.status}, only failed or timed_out runs can be compensated",
    )


def _move(emu: EmulatorCore, run: WorkflowRun, to: str, error: str, *, finish: bool = True) -> None:
    """A store-level status change (no callback or webhook follows it) with its error,
    and ``finished_at`` when ``finish`` and ``to`` is terminal."""
    fsm.transition_workflow_run(run.status, fsm.workflow_run_event_to(to))
    run.status = to
    if error:
        run.error = error
    if finish and fsm.is_terminal_workflow_run_status(to):
        run.finished_at = emu.clock.now()


@operation("compensate-workflow-run")
def compensate_workflow_run(call: Call) -> Reply:
    """A failed or timed-out run moves to ``compensating`` and each planned step's
    compensation job is queued with the run's tags, the step's output and the marking
    metadata (api/workflow_compensation.go:32-186)."""
    run = _run(call)
    _check_compensable(run)
    plan = compensation_plan(run)
    if not plan:
        raise ApiFailure(400, "no steps require compensation")
    emu = call.emu
    _move(emu, run, "compensating", MANUAL_COMPENSATION_ERROR)
    for step in plan:
        job_id = as_str(step.step.get("compensation_job_id"))
        job = emu.state.jobs.get(job_id)
        if job is None:  # the enqueue fails, and no finished_at is set (api/workflow_compensation.go:101-108)
            _move(
                emu,
                run,
                "compensation_failed",
                f"failed to enqueue compensation job for step {step.ref}",
                finish=False,
            )
            raise ApiFailure(500, "failed to enqueue compensation job")
        payload: JSONObject = {
            "compensation_job_id": job_id,
            "original_step_output": step.output,
            "step_ref": step.ref,
            "step_run_id": step.id,
            "workflow_run_id": run.id,
        }
        metadata = {
            META_COMPENSATION_RUN: emu.new_id("cmp"),
            META_WORKFLOW_RUN: run.id,
            META_STEP_REF: step.ref,
        }
        create_run(
            emu,
            job,
            payload,
            triggered_by="workflow",
            tags=run.tags,
            job_tags=False,
            metadata=metadata,
            expires=False,
        )
    return json_ok(_plan_wire(run, plan))


def on_job_run_finished(emu: EmulatorCore, job_run: Run) -> None:
    """A compensation job run ended (workflow/callback.go:390-447): one that did not
    complete fails the compensation with its error; the last one to complete ends it."""
    run_id = (
        job_run.metadata.get(META_WORKFLOW_RUN, "") if job_run.metadata.get(META_COMPENSATION_RUN) else ""
    )
    run = emu.state.workflow_runs.get(run_id)
    if run is None or run.status != "compensating":
        return  # the server's update expects ``compensating`` and fails otherwise
    if job_run.status != "completed":
        _move(
            emu,
            run,
            "compensation_failed",
            job_run.error or f"compensation job ended with status {job_run.status}",
        )
        return
    # The run's compensation runs not yet completed (store/compensation_runs.go:89-103).
    incomplete = [
        r
        for r in emu.state.runs.values()
        if r.metadata.get(META_WORKFLOW_RUN) == run.id
        and r.metadata.get(META_COMPENSATION_RUN)
        and r.status != "completed"
    ]
    if not incomplete:
        _move(emu, run, "compensated", "")
