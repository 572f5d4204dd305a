"""Workflow operations beyond the run lifecycle: clone, versions, dry-run and plan;
a run's timeline and graph; bulk cancel and bulk replay; step retry and subtree
replay (``api/workflows.go``, ``api/workflow_versions.go``, ``api/workflow_runs.go``,
``api/workflow_run_timeline.go``, ``api/workflow_run_graph.go``, ``workflow/dag.go``).

Step retry and subtree replay answer as the shipped server does: never successfully.
Both reset the step run with an ``event_key`` field the store refuses
(``store/workflow_step_runs.go:294-318``: "unsupported update field: event_key"), and
a terminal workflow run cannot be reopened (``domain/workflow_fsm.go:7-10``)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from datetime import datetime

from strait import fsm
from strait._types import JSONObject, JSONValue

from ._clock import elapsed_ms, format_time
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, paginate, reader
from ._json import as_int, as_list, as_object, as_str
from ._model import StepRun, Workflow, WorkflowRun, WorkflowVersion
from ._ops_common import id_list, invoke, validation_failed
from ._ops_versions import workflow_versions

MAX_BULK_WORKFLOW_RUNS = 100  # api/workflow_runs.go:825,866 (validate max=100)
BULK_CANCEL_RUN_ERROR = "canceled by user (bulk)"  # store/workflow_runs.go:699
BULK_CANCEL_STEP_ERROR = "parent workflow canceled (bulk)"  # api/workflow_runs.go:850-855
RESET_REFUSED = "unsupported update field: event_key"  # domain/errors.go:55-57
#: What a clone does not take from its source: its identity, its version, its steps
#: (copied apart) and its timestamps (api/workflows.go:998-1017).
_NOT_CLONED = frozenset(
    {"id", "project_id", "name", "slug", "version", "version_id", "steps", "created_at", "updated_at"}
)
_STEP_OWN = ("id", "workflow_id", "created_at")


def _workflow(call: Call) -> Workflow:
    return call.owned(call.emu.state.workflows, call.params["workflowID"], "workflow")


def _run(call: Call) -> WorkflowRun:
    return call.owned(call.emu.state.workflow_runs, call.params["workflowRunID"], "workflow run")


# -- definitions ---------------------------------------------------------------------


@operation("clone-workflow")
async def clone_workflow(call: Call) -> Reply:
    source = _workflow(call)
    body = call.obj()
    if body.get("project_id") and body["project_id"] != source.project_id:
        raise ApiFailure(404, "workflow not found")
    data = source.wire()
    request: JSONObject = {k: v for k, v in data.items() if k not in _NOT_CLONED}
    request.update(
        project_id=source.project_id,
        name=body.get("name") or f"{data['name']} (copy)",
        slug=body.get("slug") or f"{data['slug']}-copy",
        steps=[{k: v for k, v in step.items() if k not in _STEP_OWN} for step in source.steps],
    )
    try:
        created = await invoke(call, "create-workflow", {}, request)
    except ApiFailure:
        # The store's refusal (a taken slug, say) is the handler's 500 (api/workflows.go:1090-1097).
        raise ApiFailure(500, "failed to clone workflow") from None
    return json_ok(created, 201)


@operation("list-workflow-versions")
def list_workflow_versions(call: Call) -> Reply:
    limit, _ = paginate(call)  # the cursor is parsed and ignored (api/workflow_versions.go:23-26)
    workflow = _workflow(call)
    return json_ok([v.wire() for v in workflow_versions(call.emu, workflow.id)[:limit]])


def _version(call: Call) -> WorkflowVersion:
    """By ``version_id`` within the workflow; no project check (api/workflow_versions.go:53-62)."""
    for version in workflow_versions(call.emu, call.params["workflowID"]):
        if version.version_id == call.params["versionID"]:
            return version
    raise ApiFailure(404, "workflow version not found")


operation("get-workflow-version")(reader(_version, WorkflowVersion.wire))


@operation("list-workflow-version-steps")
def list_workflow_version_steps(call: Call) -> Reply:
    return json_ok(_version(call).steps)


def validate_dag(steps: list[tuple[str, list[str]]]) -> None:
    """``workflow/dag.go:18-150``: at least one step, unique refs, known dependencies,
    no self-dependency, no cycle (400 with the server's message)."""
    if not steps:
        raise ApiFailure(400, "workflow must have at least one step")
    refs: set[str] = set()
    for ref, deps in steps:
        if ref in refs:
            raise ApiFailure(400, f'duplicate step_ref: "{ref}"')
        if ref in deps:
            raise ApiFailure(400, f'step "{ref}" depends on itself')
        refs.add(ref)
    for ref, deps in steps:
        for dep in deps:
            if dep not in refs:
                raise ApiFailure(400, f'step "{ref}" depends on unknown step "{dep}"')
    order = topological_order(steps)
    if len(order) < len(steps):
        left = [ref for ref, _ in steps if ref not in set(order)]
        raise ApiFailure(400, f"cycle detected involving steps: [{' '.join(left)}]")


def topological_order(steps: Iterable[tuple[str, list[str]]]) -> list[str]:
    """Kahn's order, the ready steps taken alphabetically (api/workflows.go:790-826)."""
    indegree: dict[str, int] = {}
    children: dict[str, list[str]] = {}
    for ref, deps in steps:
        indegree[ref] = len(deps)
        for dep in deps:
            children.setdefault(dep, []).append(ref)
    ready = sorted(ref for ref, degree in indegree.items() if degree == 0)
    heapq.heapify(ready)
    order = []
    while ready:
        ref = heapq.heappop(ready)
        order.append(ref)
        for child in children.get(ref, []):
            indegree[child] -= 1
            if indegree[child] == 0:
                heapq.heappush(ready, child)
    return order


def shape_of(steps: Sequence[JSONValue]) -> list[tuple[str, list[str]]]:
    """Each step's ``(step_ref, depends_on)``."""
    found = []
    for step in map(as_object, steps):
        found.append((as_str(step.get("step_ref")), [as_str(d) for d in as_list(step.get("depends_on"))]))
    return found


@operation("dry-run-workflow")
def dry_run_workflow(call: Call) -> Reply:
    body = call.obj()
    if body.get("steps") is None:
        raise validation_failed("steps: failed on 'required'")
    workflow = _workflow(call)
    steps = body["steps"]
    if not isinstance(steps, list):
        raise ApiFailure(400, "invalid request body")
    if not steps:  # validate the stored definition (api/workflows.go:706-718)
        validate_dag(shape_of(workflow.steps))
        return json_ok({"valid": True, "step_count": len(workflow.steps)})
    for step in steps:
        if not isinstance(step, dict) or not step.get("step_ref"):
            raise ApiFailure(400, "each step requires step_ref")
    validate_dag(shape_of(steps))
    return json_ok({"valid": True, "step_count": len(steps)})


@operation("plan-workflow")
def plan_workflow(call: Call) -> Reply:
    """No project check, and an unknown workflow is a 500 (api/workflows.go:754-766)."""
    workflow = call.emu.state.workflows.get(call.params["workflowID"])
    if workflow is None:
        raise ApiFailure(500, "failed to get workflow")
    steps = shape_of(workflow.steps)
    overrides = as_list(call.obj().get("step_overrides"))
    if overrides:
        known = {ref for ref, _ in steps}
        disabled = set()
        for override in map(as_object, overrides):
            ref = as_str(override.get("step_ref"))
            if ref not in known:
                raise ApiFailure(400, f'step override references unknown step_ref "{ref}"')
            if not override.get("enabled"):
                disabled.add(ref)
        steps = [(ref, [d for d in deps if d not in disabled]) for ref, deps in steps if ref not in disabled]
        if not steps:
            raise ApiFailure(400, "all steps disabled by overrides")
    validate_dag(steps)
    return json_ok(
        {
            "workflow_id": workflow.id,
            "workflow_version": workflow.version,
            "step_count": len(steps),
            "roots": sorted(ref for ref, deps in steps if not deps),
            "topological_order": topological_order(steps),
        }
    )


# -- a run's shape over time -----------------------------------------------------------


@operation("get-workflow-run-timeline")
def get_workflow_run_timeline(call: Call) -> Reply:
    """api/workflow_run_timeline.go:16-237."""
    run = _run(call)
    now = call.emu.clock.now()
    step_runs = sorted(
        run.steps.values(),
        key=lambda s: (s.started_at is None, s.started_at or now, s.ref),
    )
    windows = [(s.ref, start, s.finished_at or now) for s in step_runs if (start := s.started_at) is not None]
    parallel: dict[str, list[str]] = {}
    critical = {ref: True for ref, _, _ in windows}
    for i, (ref, start, end) in enumerate(windows):
        for j, (other, other_start, other_end) in enumerate(windows):
            if i != j and start < other_end and other_start < end:
                parallel.setdefault(ref, []).append(other)
                if other_end > end:
                    critical[ref] = False
    finishes = sorted(f for s in step_runs if (f := s.finished_at) is not None)
    steps = []
    for step in step_runs:
        start, finish = step.started_at, step.finished_at
        item: JSONObject = {
            "step_run_id": step.id,
            "step_ref": step.ref,
            "status": step.status,
            "duration_ms": elapsed_ms(start, finish or now),
            "on_critical_path": critical.get(step.ref, False),
            "wait_ms": 0,
        }
        if start is not None:
            item["started_at"] = format_time(start)
            before = [f for f in finishes if f <= start]
            if before:
                item["wait_ms"] = max(elapsed_ms(before[-1], start), 0)
        if finish is not None:
            item["finished_at"] = format_time(finish)
        if step.ref in parallel:
            item["parallel_with"] = [*parallel[step.ref]]
        steps.append(item)
    started, finished = run.started_at, run.finished_at
    answer: JSONObject = {"workflow_run_id": run.id, "status": run.status, "total_ms": 0, "steps": [*steps]}
    if started is not None:
        answer["started_at"] = format_time(started)
        answer["total_ms"] = elapsed_ms(started, finished or now)
    if finished is not None:
        answer["finished_at"] = format_time(finished)
    return json_ok(answer)


def _estimate(step: StepRun, now: datetime) -> tuple[int, int]:
    """A step's (total, remaining) milliseconds (api/workflow_run_graph.go:203-230)."""
    total = as_int(step.step.get("timeout_secs_override")) * 1000
    start, finish = step.started_at, step.finished_at
    spent = max(elapsed_ms(start, now), 0)
    if start and finish:
        spent = total = max(elapsed_ms(start, finish), 0)
    if total == 0:
        total = spent
    if fsm.is_terminal_step_status(step.status):
        return total, total
    return total, total - min(spent, total)


@operation("get-workflow-run-graph")
def get_workflow_run_graph(call: Call) -> Reply:
    """api/workflow_runs.go:554-625, api/workflow_run_graph.go:76-201."""
    run = _run(call)
    now = call.emu.clock.now()
    nodes: list[JSONObject] = []
    edges: list[dict[str, str]] = []
    roots: list[str] = []
    runnable: list[str] = []
    for step in run.steps.values():
        deps = step.depends_on
        node: JSONObject = {
            "step_ref": step.ref,
            "type": step.step.get("step_type", "job"),
            "status": step.status,
            "attempt": step.attempt,
        }
        if deps:
            node["depends_on"] = [*deps]
        start, finish = step.started_at, step.finished_at
        if start is not None:
            node["started_at"] = format_time(start)
            duration = elapsed_ms(start, finish or now)
            if duration:
                node["duration_ms"] = duration
        if finish is not None:
            node["finished_at"] = format_time(finish)
        nodes.append(node)
        if not deps:
            roots.append(step.ref)
        ready = step.deps_required == step.deps_completed
        if step.status in ("pending", "waiting") and ready:
            runnable.append(step.ref)
        edges.extend({"from": dep, "to": step.ref} for dep in deps)
    path, estimate, remaining = _critical_path(run, now)
    return json_ok(
        {
            "workflow_run_id": run.id,
            "workflow_id": run.workflow.id,
            "version": run.workflow_version,
            "nodes": nodes,
            "edges": edges,
            "roots": sorted(roots),
            "runnable": sorted(runnable),
            "critical_path": path,
            "critical_path_estimate_ms": estimate,
            "critical_path_remaining_ms": remaining,
        }
    )


def _critical_path(run: WorkflowRun, now: datetime) -> tuple[list[str], int, int]:
    steps = list(run.steps.values())
    if not steps:
        return [], 0, 0
    longest: dict[str, int] = {}
    remaining: dict[str, int] = {}
    previous: dict[str, str | None] = {}
    for ref in topological_order(shape_of([s.step for s in steps])):
        step = run.steps[ref]
        total, left = _estimate(step, now)
        remaining[ref] = left
        best, best_distance = None, 0
        for dep in step.depends_on:
            if longest.get(dep, 0) > best_distance:
                best, best_distance = dep, longest[dep]
        previous[ref] = best
        longest[ref] = best_distance + total
    end, distance = None, 0
    for step in steps:  # the longest, the smallest ref on a tie
        value = longest.get(step.ref, 0)
        if value > distance or (value == distance and (end is None or step.ref < end)):
            end, distance = step.ref, value
    path: list[str] = []
    while end is not None:
        path.append(end)
        end = previous.get(end)
    path.reverse()
    return path, distance, sum(remaining[ref] for ref in path)


# -- bulk -----------------------------------------------------------------------------


def _bulk_ids(call: Call) -> list[str]:
    return id_list(call, "workflow_run_ids", MAX_BULK_WORKFLOW_RUNS)


@operation("bulk-cancel-workflow-runs")
async def bulk_cancel_workflow_runs(call: Call) -> Reply:
    """The caller's non-terminal runs among the ids are canceled with the bulk reasons
    on the run, its open steps and their job runs (api/workflow_runs.go:833-872,
    store/workflow_runs.go:693-718)."""
    canceled = []
    for run_id in _bulk_ids(call):
        run = call.emu.state.workflow_runs.get(run_id)
        if run is None or run.project_id != call.project_id:
            continue
        if fsm.is_terminal_workflow_run_status(run.status):
            continue
        open_steps = [s for s in run.steps.values() if not fsm.is_terminal_step_status(s.status)]
        run.error = BULK_CANCEL_RUN_ERROR  # first: a bulk cancel sends no webhooks
        await invoke(call, "cancel-workflow-run", {"workflowRunID": run.id})
        for step in open_steps:
            step.error = BULK_CANCEL_STEP_ERROR
            job_run = call.emu.state.runs.get(step.job_run_id)
            if job_run is not None and job_run.status == "canceled":
                job_run.error = BULK_CANCEL_STEP_ERROR
        canceled.append(run.id)
    # None canceled: the server's id slice was never appended to, so it encodes as null
    # (store/workflow_runs.go:709-717).
    return json_ok({"canceled": len(canceled), "workflow_run_ids": canceled or None})


@operation("bulk-replay-workflow-runs")
async def bulk_replay_workflow_runs(call: Call) -> Reply:
    """Each run is retried as retry-workflow-run does (api/workflow_runs.go:874-925)."""
    ids = _bulk_ids(call)
    results: list[JSONObject] = []
    for run_id in ids:
        run = call.emu.state.workflow_runs.get(run_id)
        if run is None or run.project_id != call.project_id:
            results.append({"original_run_id": run_id, "status": "failed", "error": "workflow run not found"})
            continue
        try:
            new_run = await invoke(call, "retry-workflow-run", {"workflowRunID": run_id})
        except ApiFailure as failure:
            results.append({"original_run_id": run_id, "status": "failed", "error": failure.message})
            continue
        results.append(
            {"original_run_id": run_id, "new_run_id": as_object(new_run)["id"], "status": "replayed"}
        )
    replayed = sum(1 for r in results if r["status"] == "replayed")
    return json_ok({"results": results, "total": len(ids), "replayed": replayed})


# -- step retry and subtree replay -----------------------------------------------------


@operation("retry-workflow-step")
def retry_workflow_step(call: Call) -> Reply:
    """api/workflow_runs.go:666-725: a terminal run cannot be reopened (its FSM has no
    way back to running), and the step reset itself is refused by the store."""
    run = _run(call)
    step = run.steps.get(call.params["stepRef"])
    if step is None:
        raise ApiFailure(404, "workflow step run not found")
    if not fsm.is_terminal_step_status(step.status):
        raise ApiFailure(400, "step run must be terminal to retry")
    if fsm.is_terminal_workflow_run_status(run.status):
        raise ApiFailure(409, "failed to reopen workflow run for retry")
    raise ApiFailure(409, "failed to reset step run")


@operation("replay-workflow-subtree")
def replay_workflow_subtree(call: Call) -> Reply:
    """api/workflow_runs.go:727-797: the step and everything downstream of it is reset,
    and every reset is refused by the store, so the answer lists them all."""
    run = _run(call)
    ref = call.params["stepRef"]
    definition = {s.ref: s.depends_on for s in run.steps.values()}
    if ref not in definition:
        raise ApiFailure(404, "step not found in workflow version")
    chosen, queue = {ref}, [ref]
    while queue:
        current = queue.pop(0)
        for child, deps in definition.items():
            if current in deps and child not in chosen:
                chosen.add(child)
                queue.append(child)
    failed = [f"{s.ref}: {RESET_REFUSED}" for s in run.steps.values() if s.ref in chosen]
    raise ApiFailure(409, f"failed to reset {len(failed)} step(s): {'; '.join(failed)}")
