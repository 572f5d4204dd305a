"""Read-only views of workflows and their runs: a run's labels, decisions, debug view and
comparison with another run; a workflow's active versions, version diff and impact, and simulated
order (``api/workflow_runs.go``, ``api/workflow_debug.go``, ``workflow/debugger.go``,
``api/workflow_versions.go``, ``api/workflows.go``, ``api/workflow_advanced.go``).

The emulator's step runs are created in definition order, so a run's steps and step runs
always line up as the server's debug view expects (``workflow/debugger.go:84-86``)."""

from __future__ import annotations

from collections.abc import Sequence

from strait import _limits
from strait._types import JSONObject, JSONValue

from ._clock import elapsed_ms, parse_time
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, page
from ._json import as_object, as_str, jsonb_text
from ._model import StepRun, Workflow, WorkflowRun, WorkflowVersion, put_times
from ._ops_versions import workflow_versions
from ._ops_workflows import shape_of, topological_order

#: The workflow run statuses the active-versions view counts (store/workflow_runs.go:667-673).
_ACTIVE = ("pending", "running", "paused")


def _stored_size(value: JSONValue) -> int:
    """The byte length of a step output as Postgres gives it back: the ``jsonb`` column's
    text form (``apps/strait/migrations/000013_create_workflow_runs.up.sql:26``)."""
    return 0 if value is None else len(jsonb_text(value).encode())


# -- a workflow run --------------------------------------------------------------------


def _run(call: Call, key: str = "workflowRunID", what: str = "workflow run") -> WorkflowRun:
    return call.owned(call.emu.state.workflow_runs, call.params[key], what)


@operation("get-workflow-run-labels")
def get_workflow_run_labels(call: Call) -> Reply:
    """The labels given at trigger, by key (api/workflow_runs.go:288-305,
    store/workflow_run_labels.go:41-66)."""
    run = _run(call)
    return json_ok({"labels": {key: run.labels[key] for key in sorted(run.labels)}})


@operation("get-workflow-run-explain")
def get_workflow_run_explain(call: Call) -> Reply:
    """The engine's recorded decisions, newest first, filtered by ``step_ref`` and
    ``decision_type``, in cursor pages (api/workflow_runs.go:626-657,
    store/workflow_step_decisions.go:46-90). The local engine records the one decision
    it makes: a step skipped because its condition is false
    (workflow/callback_progression.go:182-195)."""
    run = _run(call)
    decisions = run.decisions
    for name in ("step_ref", "decision_type"):
        wanted = call.query.get(name)
        if wanted:
            decisions = [d for d in decisions if d.get(name) == wanted]
    return json_ok(page(call, decisions, lambda d: parse_time(as_str(d["created_at"])), lambda d: d))


def _debug_step(step: StepRun) -> JSONObject:
    out: JSONObject = {
        "step_ref": step.ref,
        "step_run_id": step.id,
        "step_type": str(step.step.get("step_type") or "job"),
        "status": step.status,
        "attempt": step.attempt,
        "duration_ms": elapsed_ms(step.started_at, step.finished_at),
    }
    if step.job_run_id:
        out["job_run_id"] = step.job_run_id
    if step.output is not None:
        out["output"] = step.output
    if step.error:
        out["error"] = step.error
    put_times(out, step.started_at, step.finished_at)
    if step.depends_on:
        out["depends_on"] = list[JSONValue](step.depends_on)
    return out


@operation("get-workflow-run-debug")
def get_workflow_run_debug(call: Call) -> Reply:
    """api/workflow_debug.go:20-46, workflow/debugger.go:191-293: each step run with its
    type, output and duration; a data-flow edge per dependency sized by the dependency's
    stored output; no cost is recorded locally, so every cost is 0."""
    run = _run(call)
    steps = list(run.steps.values())
    sizes = {step.ref: _stored_size(step.output) for step in steps}
    flow: list[JSONValue] = []
    for step in steps:
        for dep in step.depends_on:
            edge: JSONObject = {"from_step_ref": dep, "to_step_ref": step.ref}
            if sizes.get(dep):
                edge["data_size_bytes"] = sizes[dep]
            flow.append(edge)
    view: JSONObject = {
        "workflow_run_id": run.id,
        "workflow_id": run.workflow.id,
        "status": run.status,
        "total_duration_ms": elapsed_ms(run.started_at, run.finished_at),
        "total_cost_microusd": 0,
        "steps": [_debug_step(step) for step in steps],
        "data_flow": flow,
    }
    put_times(view, run.started_at, run.finished_at)
    if run.error:
        view["error"] = run.error
    if run.payload is not None:
        view["payload"] = run.payload
    return json_ok(view)


def _step_diff(a: StepRun, b: StepRun) -> JSONObject | None:
    """workflow/debugger.go:370-382: kept when the status or the duration differs."""
    diff: JSONObject = {
        "step_ref": a.ref,
        "duration_ms_a": elapsed_ms(a.started_at, a.finished_at),
        "duration_ms_b": elapsed_ms(b.started_at, b.finished_at),
    }
    if a.status != b.status:
        diff["status_diff"] = {"a": a.status, "b": b.status}
    if "status_diff" in diff or diff["duration_ms_a"] != diff["duration_ms_b"]:
        return diff
    return None


def compare_steps(steps_a: Sequence[StepRun], steps_b: Sequence[StepRun]) -> list[JSONValue]:
    """workflow/debugger.go:296-368: the steps of A in order (a step missing from B is
    ``only_in_a``), then the steps only in B."""
    by_ref_b = {step.ref: step for step in steps_b}
    refs_a = {step.ref for step in steps_a}
    diffs: list[JSONValue] = []
    for a in steps_a:
        b = by_ref_b.get(a.ref)
        if b is None:
            diffs.append(
                {
                    "step_ref": a.ref,
                    "only_in_a": True,
                    "duration_ms_a": elapsed_ms(a.started_at, a.finished_at),
                    "duration_ms_b": 0,
                }
            )
        elif (diff := _step_diff(a, b)) is not None:
            diffs.append(diff)
    for b in steps_b:
        if b.ref not in refs_a:
            diffs.append(
                {
                    "step_ref": b.ref,
                    "only_in_b": True,
                    "duration_ms_a": 0,
                    "duration_ms_b": elapsed_ms(b.started_at, b.finished_at),
                }
            )
    return diffs


@operation("compare-workflow-runs")
def compare_workflow_runs(call: Call) -> Reply:
    """api/workflow_debug.go:57-94: run A, then run B, each 404 under its own name."""
    run_a = _run(call, what="workflow run A")
    run_b = _run(call, "otherRunID", "workflow run B")
    out: JSONObject = {
        "run_a": run_a.id,
        "run_b": run_b.id,
        "step_diffs": compare_steps(list(run_a.steps.values()), list(run_b.steps.values())),
    }
    if run_a.status != run_b.status:
        out["status_diff"] = {"a": run_a.status, "b": run_b.status}
    return json_ok(out)


# -- a workflow ------------------------------------------------------------------------


def _workflow(call: Call) -> Workflow:
    return call.owned(call.emu.state.workflows, call.params["workflowID"], "workflow")


def _version(call: Call, workflow: Workflow, key: str, missing: str) -> WorkflowVersion:
    for version in workflow_versions(call.emu, workflow.id):
        if version.version_id == call.params[key]:
            return version
    raise ApiFailure(404, missing)


def _refs(steps: Sequence[JSONValue]) -> set[str]:
    return {as_str(as_object(step).get("step_ref")) for step in steps}


@operation("get-active-versions")
def get_active_versions(call: Call) -> Reply:
    """Runs still pending, running or paused, counted by version, newest version first.
    The handler looks up no workflow: any id answers, another project's too
    (api/workflows.go:1121-1135, store/workflow_runs.go:659-692)."""
    workflow_id = call.params["workflowID"]
    counts: dict[tuple[str, int], dict[str, int]] = {}
    for run in call.emu.state.workflow_runs.values():
        if run.workflow.id != workflow_id or run.status not in _ACTIVE:
            continue
        group = counts.setdefault((run.workflow_version_id, run.workflow_version), dict.fromkeys(_ACTIVE, 0))
        group[run.status] += 1
    versions: list[JSONValue] = []
    for (version_id, version), group in sorted(counts.items(), key=lambda item: item[0][1], reverse=True):
        versions.append({"version_id": version_id, "version": version, **group, "total": sum(group.values())})
    return json_ok({"workflow_id": workflow_id, "versions": versions})


@operation("diff-workflow-versions")
def diff_workflow_versions(call: Call) -> Reply:
    """Step refs added and removed between two versions (api/workflow_versions.go:98-150).
    The server lists them in Go map order (unspecified); the local Strait sorts them."""
    workflow = _workflow(call)
    before = _version(call, workflow, "fromVersionID", "from workflow version not found")
    after = _version(call, workflow, "toVersionID", "to workflow version not found")
    refs_before, refs_after = _refs(before.steps), _refs(after.steps)
    return json_ok(
        {
            "from_version_id": call.params["fromVersionID"],
            "to_version_id": call.params["toVersionID"],
            "added_steps": sorted(refs_after - refs_before),
            "removed_steps": sorted(refs_before - refs_after),
        }
    )


@operation("get-workflow-version-impact")
def get_workflow_version_impact(call: Call) -> Reply:
    """Of the workflow's newest 500 runs, how many run this version
    (api/workflow_versions.go:157-186)."""
    workflow = _workflow(call)
    version = _version(call, workflow, "versionID", "workflow version not found")
    runs = sorted(
        (run for run in call.emu.state.workflow_runs.values() if run.workflow.id == workflow.id),
        key=lambda run: run.created_at,
        reverse=True,
    )[: _limits.VERSION_IMPACT_SAMPLE_RUNS]
    matching = sum(1 for run in runs if run.workflow_version == version.version)
    return json_ok(
        {"version_id": call.params["versionID"], "matching_runs": matching, "sampled_runs": len(runs)}
    )


@operation("simulate-workflow")
def simulate_workflow(call: Call) -> Reply:
    """The current version's steps in Kahn's order, the ready steps taken alphabetically;
    definition order should the steps hold a cycle (api/workflow_advanced.go:94-155)."""
    workflow = _workflow(call)
    shape = shape_of(workflow.steps)
    order = topological_order(shape)
    if len(order) != len(shape):
        order = [ref for ref, _ in shape]
    return json_ok(
        {
            "workflow_id": workflow.id,
            "version": workflow.version,
            "predicted_order": list[JSONValue](order),
            "step_count": len(order),
        }
    )
