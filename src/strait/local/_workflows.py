"""Workflows: DAGs of job, approval, sleep, wait-for-event and sub-workflow steps.

Workflow-run and step states move through ``strait.fsm``'s copies of the server's
tables. From the server (``internal/workflow``): a step starts when every dependency
is completed or skipped; a failed step follows its ``on_failure`` (``fail_workflow``
by default: the run fails and its other steps are canceled; ``skip_dependents``;
``continue``); an approval is approved by the caller's identity (``apikey:<key id>``
for an API key, which must be among ``approval_approvers`` when they are set) and
rejected by skipping the step; a wait-for-event step completes with the event's
payload as output; the run completes when every step has finished.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime, timedelta

from strait import fsm
from strait._limits import MAX_EVENT_KEY_LENGTH, MAX_TRACE_HEADER_BYTES, MAX_TRACEPARENT_BYTES
from strait._types import JSONObject, JSONValue

from . import _bus
from . import _condition as condition
from ._clock import format_time
from ._core import EmulatorCore
from ._cron import again, arm, current
from ._emulator import json_ok, operation
from ._engine import cancel_run, canonical_json, create_run
from ._events import open_trigger
from ._http import ApiFailure, Call, Reply, failed_on, json_response, lister, page, reader, validation_failed
from ._json import as_int, as_list, as_object, as_str, as_tags
from ._model import Job, Run, StepRun, Trigger, Workflow, WorkflowRun
from ._ops_versions import snapshot_workflow_version
from ._timers import timer

_log = logging.getLogger("strait.local")
_STEP_TYPES = ("job", "approval", "sleep", "wait_for_event", "sub_workflow")
#: The longest ``tracestate`` a workflow run hands its job steps (workflow/engine.go:414-429).
_MAX_WORKFLOW_TRACESTATE = 512
_WORKFLOW_FIELDS = [
    "name",
    "slug",
    "description",
    "enabled",
    "tags",
    "timeout_secs",
    "max_concurrent_runs",
    "max_parallel_steps",
    "cron",
    "cron_timezone",
    "skip_if_running",
    "version_policy",
]


# -- definitions -------------------------------------------------------------------------


def _find_workflow(call: Call, workflow_id: str | None = None) -> Workflow:
    return call.owned(call.emu.state.workflows, workflow_id or call.params["workflowID"], "workflow")


def _resolve_job(emu: EmulatorCore, project_id: str, ref: str) -> Job:
    job = emu.state.jobs.get(ref)
    if job is None:
        job = next((j for j in emu.state.jobs.values() if j.project_id == project_id and j.slug == ref), None)
    if job is None or job.project_id != project_id:
        raise ApiFailure(400, f"job {ref} not found")
    return job


def _resolve_workflow(emu: EmulatorCore, project_id: str, ref: str) -> Workflow:
    workflow = emu.state.workflows.get(ref)
    if workflow is None:
        workflow = next(
            (w for w in emu.state.workflows.values() if w.project_id == project_id and w.slug == ref),
            None,
        )
    if workflow is None or workflow.project_id != project_id:
        raise ApiFailure(400, f"sub-workflow {ref} not found")
    return workflow


def _steps(call: Call, workflow_id: str, steps: JSONValue, project_id: str) -> list[JSONObject]:
    if not isinstance(steps, list):
        raise ApiFailure(400, "steps must be a list")
    refs = [s.get("step_ref") for s in steps if isinstance(s, dict)]
    if len(refs) != len(steps) or not all(isinstance(r, str) and r for r in refs):
        raise validation_failed(failed_on("step_ref", "required"))
    if len(set(refs)) != len(refs):
        raise ApiFailure(400, "duplicate step_ref")
    out = []
    stamp = format_time(call.emu.clock.now())
    for raw in map(as_object, steps):  # every one an object (the step_ref check above)
        step: JSONObject = {k: v for k, v in raw.items() if v is not None}
        kind = step.setdefault("step_type", "job")
        if kind not in _STEP_TYPES:
            raise ApiFailure(400, f"unknown step_type {kind}")
        for dep in as_list(step.get("depends_on")):
            if dep not in refs or dep == step["step_ref"]:
                raise ApiFailure(400, f"step {step['step_ref']} depends on unknown step {dep}")
        if kind == "job":
            if not step.get("job_id"):
                raise ApiFailure(400, f"step {step['step_ref']} needs a job_id")
            # A job's id, never its slug (api/workflow_validation.go:52-70).
            job = call.emu.state.jobs.get(str(step["job_id"]))
            if job is None:
                raise ApiFailure(400, f"step {step['step_ref']} references unknown job {step['job_id']}")
            if job.project_id != project_id:
                raise ApiFailure(400, f"step {step['step_ref']} references job outside workflow project")
        if kind == "sub_workflow":
            if not step.get("sub_workflow_id"):
                raise ApiFailure(400, f"step {step['step_ref']} needs a sub_workflow_id")
            step["sub_workflow_id"] = _resolve_workflow(call.emu, project_id, str(step["sub_workflow_id"])).id
        if kind == "approval" and not step.get("approval_approvers"):
            raise ApiFailure(400, "approval steps require approval_approvers")
        if kind == "wait_for_event" and not step.get("event_key"):
            raise ApiFailure(400, f"step {step['step_ref']} needs an event_key")
        if kind == "wait_for_event" and len(str(step["event_key"])) > MAX_EVENT_KEY_LENGTH:
            raise ApiFailure(400, f"event_key must be at most {MAX_EVENT_KEY_LENGTH} characters")
        duration = step.get("sleep_duration_secs")
        if kind == "sleep" and (not isinstance(duration, int) or duration <= 0):
            # api/workflow_validation.go:328-331.
            raise ApiFailure(400, "sleep steps require sleep_duration_secs > 0")
        step.update(
            id=call.emu.new_id("wfs"),
            workflow_id=workflow_id,
            depends_on=list(as_list(step.get("depends_on"))),
            on_failure=step.get("on_failure") or "fail_workflow",
            created_at=stamp,
        )
        out.append(step)
    _check_acyclic(out)
    return out


def _check_acyclic(steps: list[JSONObject]) -> None:
    deps = {as_str(s["step_ref"]): [as_str(d) for d in as_list(s["depends_on"])] for s in steps}
    done: set[str] = set()
    while len(done) < len(deps):
        ready = [r for r, d in deps.items() if r not in done and all(x in done for x in d)]
        if not ready:
            raise ApiFailure(400, "workflow steps contain a cycle")
        done.update(ready)


@operation("create-workflow")
def create_workflow(call: Call) -> Reply:
    body = call.obj()
    call.require(body, "project_id", "name", "slug")
    project_id = as_str(body["project_id"])
    call.project_match(project_id)
    for other in call.emu.state.workflows.values():
        if other.project_id == project_id and other.slug == body["slug"]:
            raise ApiFailure(409, "workflow with this slug already exists")
    now = call.emu.clock.stamp()
    workflow_id = call.emu.new_id("wf")
    settings: JSONObject = {k: body[k] for k in _WORKFLOW_FIELDS if body.get(k) is not None}
    settings.setdefault("enabled", True)
    version_id = call.emu.new_id("wfv")
    steps = _steps(call, workflow_id, body.get("steps") or [], project_id)
    workflow = Workflow(workflow_id, project_id, now, now, version_id, steps, settings=settings)
    call.emu.state.workflows[workflow_id] = workflow
    snapshot_workflow_version(call.emu, workflow)  # (_ops_versions)
    arm_workflow_cron(call.emu, workflow)
    return json_ok(workflow.wire(), 201)


def arm_workflow_cron(emu: EmulatorCore, workflow: Workflow) -> None:
    """A workflow with a ``cron`` starts a run on it (``triggered_by: cron``) while it
    exists and is enabled; with ``skip_if_running`` not while one runs
    (scheduler/cron.go:420-470)."""
    if not workflow.cron:
        emu.state.cron.pop(workflow.id, None)
        return
    arm(emu, "cron.workflow", workflow.id, workflow.cron, workflow.cron_timezone)


@timer("cron.workflow")
def _cron_fire(emu: EmulatorCore, workflow_id: str, generation: int, at: datetime) -> None:
    workflow = emu.state.workflows.get(workflow_id)
    if workflow is None or not current(emu, workflow_id, generation) or not workflow.cron:
        return
    running = any(
        r.workflow is workflow and not fsm.is_terminal_workflow_run_status(r.status)
        for r in emu.state.workflow_runs.values()
    )
    if workflow.enabled and not (workflow.settings.get("skip_if_running") and running):
        start_workflow_run(emu, workflow, None, "cron")
    again(emu, "cron.workflow", workflow_id, generation, at, workflow.cron, workflow.cron_timezone)


operation("list-workflows")(lister(lambda emu: emu.state.workflows, Workflow.summary))


operation("get-workflow")(reader(_find_workflow, Workflow.wire))


@operation("update-workflow")
def update_workflow(call: Call) -> Reply:
    workflow = _find_workflow(call)
    body = call.obj()
    for name in _WORKFLOW_FIELDS:
        if body.get(name) is not None:
            workflow.settings[name] = body[name]
    if body.get("steps") is not None:
        kept = {s.get("step_ref") for s in as_list(body["steps"]) if isinstance(s, dict)}
        for step in workflow.steps:
            if step["step_ref"] not in kept:  # api/workflows.go:394-408
                raise ApiFailure(
                    400,
                    f'removing step_ref "{step["step_ref"]}" is not supported; '
                    "disable it with step overrides instead",
                )
        workflow.steps = _steps(call, workflow.id, body["steps"], workflow.project_id)
    workflow.version += 1
    workflow.version_id = call.emu.new_id("wfv")
    workflow.updated_at = call.emu.clock.stamp()
    snapshot_workflow_version(call.emu, workflow)  # (_ops_versions)
    if "cron" in body or "cron_timezone" in body:
        arm_workflow_cron(call.emu, workflow)
    return json_ok(workflow.wire())


@operation("delete-workflow")
def delete_workflow(call: Call) -> Reply:
    workflow = _find_workflow(call)
    del call.emu.state.workflows[workflow.id]
    return json_response(204, None)


# -- runs --------------------------------------------------------------------------------


def _move_run(emu: EmulatorCore, run: WorkflowRun, to: str, error: str = "") -> None:
    fsm.transition_workflow_run(run.status, fsm.workflow_run_event_to(to))
    previous, run.status = run.status, to
    now = emu.clock.now()
    if to == "running" and run.started_at is None:
        run.started_at = now
    if fsm.is_terminal_workflow_run_status(to):
        run.finished_at = now
        if error:
            run.error = error
    if emu.has_subscribers(f"activity:{run.project_id}"):
        emu.activity(run.project_id, "workflow_runs", "update", run.wire())
    _bus.emit(emu, _bus.WORKFLOW_RUN_MOVED, run, previous, to)
    if fsm.is_terminal_workflow_run_status(to) and run.parent_step is not None:
        parent = emu.state.workflow_runs.get(run.parent_step[0])
        if parent is not None:
            step = parent.steps[run.parent_step[1]]
            if to == "completed":
                finish_step(emu, parent, step, "completed", output={"workflow_run_id": run.id})
            else:
                finish_step(emu, parent, step, "failed", error=f"sub-workflow {to}")


def _move_step(emu: EmulatorCore, step: StepRun, to: str) -> None:
    fsm.transition_step(step.status, fsm.step_event_to(to))
    step.status = to
    now = emu.clock.now()
    if to in ("running", "waiting") and step.started_at is None:
        step.started_at = now
    if fsm.is_terminal_step_status(to):
        step.finished_at = now


def start_workflow_run(
    emu: EmulatorCore,
    workflow: Workflow,
    payload: JSONValue,
    triggered_by: str,
    parent: tuple[str, str] | None = None,
    carried: dict[str, StepRun] | None = None,
    trace: dict[str, str] | None = None,
    tags: dict[str, str] | None = None,
) -> WorkflowRun:
    """A new run; ``carried`` are the completed steps of the run it retries (kept as they
    were, so only the rest runs again)."""
    now = emu.clock.stamp()
    run_id = emu.new_id("wfr")
    run = WorkflowRun(
        run_id,
        workflow,
        now,
        triggered_by,
        workflow.version,
        workflow.version_id,
        payload if payload is not None else {},
        tags=dict(tags or {}),
        parent_step=parent,
        trace=dict(trace or {}),
    )
    if parent is not None:
        run.parent_workflow_run_id = parent[0]
        run.parent_step_run_id = emu.state.workflow_runs[parent[0]].steps[parent[1]].id
    for step in workflow.steps:
        stamp = emu.clock.stamp()
        step_run = StepRun(emu.new_id("wsr"), as_str(step["step_ref"]), step, stamp, run_id, 0)
        step_run.deps_required = len(step_run.depends_on)
        run.steps[step_run.ref] = step_run
    emu.state.workflow_runs[run_id] = run
    _move_run(emu, run, "running")
    for ref, done in (carried or {}).items():
        if ref in run.steps:
            step_run = run.steps[ref]
            _move_step(emu, step_run, "completed")
            if done.output is not None:
                step_run.output = done.output
            for other in run.steps.values():
                if ref in other.depends_on:
                    other.deps_completed += 1
    for step_run in list(run.steps.values()):
        if step_run.status == "pending" and step_run.deps_completed >= step_run.deps_required:
            _start_step(emu, run, step_run)
    _check_done(emu, run)
    return run


def render(template: JSONValue, variables: JSONValue) -> JSONValue:
    """``{{name}}``/``{{a.b}}`` placeholders in the strings of a step's payload (or event key)
    replaced by the workflow payload's values: a string that is one placeholder takes the
    value itself (a number stays a number), one mixed with text its text; an unknown name
    is left as it is (workflow/template.go:22-56,83-175,265-296,429-520)."""
    if not isinstance(variables, dict) or not variables:
        return template
    if isinstance(template, dict):
        return {k: render(v, variables) for k, v in template.items()}
    if isinstance(template, list):
        return [render(v, variables) for v in template]
    if not isinstance(template, str) or "{{" not in template:
        return template
    whole = _PLACEHOLDER.fullmatch(template)
    if whole is not None:
        found, value = _lookup(variables, whole.group(1))
        return value if found else template

    def text(match: re.Match[str]) -> str:
        found, value = _lookup(variables, match.group(1))
        return _template_text(value) if found else match.group(0)

    return _PLACEHOLDER.sub(text, template)


#: A variable name: a letter or ``_`` first, dot-separated parts (workflow/template.go:452-486).
_PLACEHOLDER = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\}\}")


def _lookup(variables: JSONObject, name: str) -> tuple[bool, JSONValue]:
    current: JSONValue = variables
    for part in name.split("."):
        if not isinstance(current, dict) or part not in current:
            return False, None
        current = current[part]
    return True, current


def _template_text(value: JSONValue) -> str:
    """workflow/template.go:488-520."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if value is None:
        return ""
    return canonical_json(value)


def _step_payload(run: WorkflowRun, step: StepRun) -> JSONValue:
    """The workflow payload, the step's own payload (rendered) over it, and the outputs of
    its dependencies as ``parent_outputs`` (workflow/engine_steps.go:204-205,507-570)."""
    trigger = run.payload
    own = render(step.step.get("payload"), trigger)
    deps = step.depends_on
    parents: JSONObject | None = {ref: run.steps[ref].output for ref in deps} if deps else None
    if parents is None:
        if own is None:
            return trigger
        if not isinstance(trigger, dict) or not isinstance(own, dict):
            return own
    if not isinstance(trigger, dict) or not isinstance(own or {}, dict):
        return own if own is not None else trigger
    merged: JSONObject = {**trigger, **(own if isinstance(own, dict) else {})}
    if parents is not None:
        merged["parent_outputs"] = parents
    return merged


def _start_step(emu: EmulatorCore, run: WorkflowRun, step: StepRun) -> None:
    if run.status != "running" or step.status != "pending":
        return
    spec = step.step
    kind = spec["step_type"]
    try:
        allowed = condition.evaluate(spec.get("condition"), {s.ref: s.status for s in run.steps.values()})
    except condition.ConditionError as exc:
        # The server's progression stops on the error; the step stays pending
        # (workflow/callback_progression.go:182-185).
        _log.warning("strait.local: evaluate condition for step %s: %s", step.ref, exc)
        return
    if not allowed:  # workflow/callback_progression.go:186-195
        explanation = "condition evaluated to false"  # workflow/callback_progression.go:188
        run.record_decision(
            emu.new_id("wsd"), emu.clock.now(), step, "condition", "skip", explanation, spec.get("condition")
        )
        finish_step(emu, run, step, "skipped")
        return
    if kind == "job":
        job = emu.state.jobs.get(as_str(spec["job_id"]))
        if job is None:
            _move_step(emu, step, "running")
            finish_step(emu, run, step, "failed", error="job not found")
            return
        _move_step(emu, step, "running")
        job_run = create_run(
            emu,
            job,
            _step_payload(run, step),
            triggered_by="workflow",
            tags=run.tags or None,
            job_tags=False,
            metadata=dict(run.trace),
        )
        job_run.workflow_step_run_id = step.id
        retry_max_attempts = as_int(spec.get("retry_max_attempts"))
        if retry_max_attempts > 0:  # worker/executor_dispatch_policy.go:47-54
            job_run.config["max_attempts"] = retry_max_attempts
        step.job_run_id = job_run.id
    elif kind == "approval":
        _move_step(emu, step, "waiting")
        now = emu.clock.now()
        step.approval = {
            "id": emu.new_id("apr"),
            "workflow_run_id": run.id,
            "workflow_step_run_id": step.id,
            "approvers": list(as_list(spec.get("approval_approvers"))),
            "status": "pending",
            "requested_at": format_time(now),
        }
        if spec.get("approval_timeout_secs"):
            expires = now + timedelta(seconds=as_int(spec["approval_timeout_secs"]))
            step.approval["expires_at"] = format_time(expires)
            emu.clock.at(expires, "approval.expire", run.id, step.ref)
    elif kind == "sleep":
        _move_step(emu, step, "waiting")
        wake = emu.clock.now() + timedelta(seconds=as_int(spec["sleep_duration_secs"]))
        emu.clock.at(wake, "sleep.wake", run.id, step.ref)
    elif kind == "wait_for_event":
        _move_step(emu, step, "waiting")
        rendered = render(str(spec["event_key"]), run.payload)  # workflow/engine_steps.go:334
        key = rendered if isinstance(rendered, str) else _template_text(rendered)
        trigger = open_trigger(emu, run.project_id, key, spec.get("event_timeout_secs"), "workflow_step")
        trigger.workflow_run_id, trigger.workflow_step_run_id = run.id, step.id
        step.event_key = key
    elif kind == "sub_workflow":
        child = emu.state.workflows.get(as_str(spec["sub_workflow_id"]))
        _move_step(emu, step, "running")
        if child is None:
            finish_step(emu, run, step, "failed", error="sub-workflow not found")
            return
        start_workflow_run(emu, child, run.payload, "workflow", parent=(run.id, step.ref), trace=run.trace)


def _step_of(emu: EmulatorCore, run_id: str, ref: str) -> tuple[WorkflowRun, StepRun] | None:
    run = emu.state.workflow_runs.get(run_id)
    step = run.steps.get(ref) if run is not None else None
    return (run, step) if run is not None and step is not None else None


@timer("sleep.wake")
def _sleep_over(emu: EmulatorCore, run_id: str, ref: str) -> None:
    found = _step_of(emu, run_id, ref)
    if found is not None:
        finish_step(emu, found[0], found[1], "completed", output=None)


@timer("approval.expire")
def _approval_expired(emu: EmulatorCore, run_id: str, ref: str) -> None:
    found = _step_of(emu, run_id, ref)
    if found is None:
        return
    run, step = found
    if step.approval is None or step.approval["status"] != "pending" or step.status != "waiting":
        return
    step.approval.update(status="rejected", error="approval timed out")
    finish_step(emu, run, step, "failed", error="approval timed out")


def finish_step(
    emu: EmulatorCore, run: WorkflowRun, step: StepRun, to: str, *, output: JSONValue = None, error: str = ""
) -> None:
    if fsm.is_terminal_step_status(step.status):
        return
    if (to == "completed" and step.status == "pending") or (
        to in ("failed", "canceled") and step.status in ("pending", "waiting")
    ):
        # The server's store writes these directly; through the FSM they pass "running".
        _move_step(emu, step, "running")
    _move_step(emu, step, to)
    if output is not None:
        step.output = output
    if error:
        step.error = error
    if run.status not in ("running", "paused"):  # a paused run counts, but starts nothing
        return
    if to == "canceled":
        _skip_dependents(emu, run, step.ref)
    if to == "failed":
        policy = step.step.get("on_failure") or "fail_workflow"
        if policy == "skip_dependents":
            _skip_dependents(emu, run, step.ref)
        elif policy != "continue":
            _fail_run(emu, run, error or f"step {step.ref} failed")
            return
    if to in ("completed", "skipped") or (to == "failed" and step.step.get("on_failure") == "continue"):
        for other in run.steps.values():
            if step.ref in other.depends_on and other.status == "pending":
                other.deps_completed += 1
                if other.deps_completed >= other.deps_required:
                    _start_step(emu, run, other)
    _check_done(emu, run)


def _skip_dependents(emu: EmulatorCore, run: WorkflowRun, ref: str) -> None:
    for other in run.steps.values():
        if ref in other.depends_on and other.status == "pending":
            _move_step(emu, other, "skipped")
            _skip_dependents(emu, run, other.ref)


def _fail_run(emu: EmulatorCore, run: WorkflowRun, error: str) -> None:
    _cancel_steps(emu, run)
    _move_run(emu, run, "failed", error)


def _cancel_steps(emu: EmulatorCore, run: WorkflowRun) -> None:
    for step in run.steps.values():
        if fsm.is_terminal_step_status(step.status):
            continue
        job_run = emu.state.runs.get(step.job_run_id)
        _move_step(emu, step, "canceled")
        if job_run is not None and not job_run.terminal:
            cancel_run(emu, job_run)
        trigger = emu.state.triggers.get((run.project_id, step.event_key))
        if trigger is not None and trigger.status == "waiting":
            trigger.status, trigger.error = "canceled", "workflow run ended"


def _check_done(emu: EmulatorCore, run: WorkflowRun) -> None:
    if run.status != "running":
        return
    if all(fsm.is_terminal_step_status(s.status) for s in run.steps.values()):
        failed = [s.ref for s in run.steps.values() if s.status == "failed"]
        if failed and all(run.steps[r].step.get("on_failure") != "continue" for r in failed):
            _move_run(emu, run, "failed", f"steps failed: {', '.join(failed)}")
        else:
            _move_run(emu, run, "completed")


def on_job_run_finished(emu: EmulatorCore, job_run: Run) -> None:
    """A job run of a workflow step ended: the step follows it."""
    if not job_run.workflow_step_run_id:
        return
    for run in emu.state.workflow_runs.values():
        for step in run.steps.values():
            if step.id == job_run.workflow_step_run_id:
                if job_run.status == "completed":
                    finish_step(emu, run, step, "completed", output=job_run.result)
                elif job_run.status == "canceled":
                    # The step is canceled, not failed (workflow/callback.go:385-386,575-585).
                    finish_step(emu, run, step, "canceled")
                else:
                    finish_step(emu, run, step, "failed", error=job_run.error or f"job run {job_run.status}")
                return


def on_step_event(emu: EmulatorCore, trigger: Trigger, outcome: str) -> None:
    """A wait-for-event step's trigger received its event, timed out, or was canceled."""
    run = emu.state.workflow_runs.get(trigger.workflow_run_id)
    if run is None:
        return
    step = next((s for s in run.steps.values() if s.id == trigger.workflow_step_run_id), None)
    if step is None:
        return
    if outcome == "received":
        finish_step(emu, run, step, "completed", output=trigger.response_payload)
    elif outcome == "timed_out":
        finish_step(emu, run, step, "failed", error="event trigger timed out")
    else:
        finish_step(emu, run, step, "failed", error="event trigger canceled by user")


def _find_run(call: Call) -> WorkflowRun:
    return call.owned(call.emu.state.workflow_runs, call.params["workflowRunID"], "workflow run")


@operation("trigger-workflow")
def trigger_workflow(call: Call) -> Reply:
    workflow = _find_workflow(call)
    if not workflow.enabled:
        raise ApiFailure(409, "workflow is disabled")
    body = call.obj()
    trace = _trace(call)
    run = start_workflow_run(
        call.emu,
        workflow,
        body.get("payload"),
        str(body.get("triggered_by") or "manual"),
        trace=trace,
        tags=as_tags(body.get("tags")),
    )
    run.labels = as_tags(body.get("labels")) or {}  # api/workflows.go:664-668
    return json_ok(run.wire(), 201)


def _trace(call: Call) -> dict[str, str]:
    """The trigger call's trace, which the server's span continues and hands to the run's
    job steps as ``_trace_parent``/``_trace_state`` (workflow/engine.go:414-429,
    engine_steps.go:216-227); the local Strait has no span of its own, so the caller's
    ``traceparent`` is the one passed on."""
    headers = call.request.headers
    parent, state = headers.get("traceparent", ""), headers.get("tracestate", "")
    trace: dict[str, str] = {}
    if parent and len(parent.encode()) <= MAX_TRACEPARENT_BYTES:
        trace["_trace_parent"] = parent
        if state and len(state.encode()) <= min(_MAX_WORKFLOW_TRACESTATE, MAX_TRACE_HEADER_BYTES):
            trace["_trace_state"] = state
    return trace


@operation("list-workflow-runs")
def list_workflow_runs(call: Call) -> Reply:
    runs = [r for r in call.emu.state.workflow_runs.values() if r.project_id == call.project_id]
    if call.query.get("status"):
        runs = [r for r in runs if r.status == call.query["status"]]
    return json_ok(page(call, runs, lambda r: r.created_at, WorkflowRun.wire))


@operation("list-workflow-runs-by-workflow")
def list_runs_by_workflow(call: Call) -> Reply:
    workflow = _find_workflow(call)
    runs = [r for r in call.emu.state.workflow_runs.values() if r.workflow is workflow]
    return json_ok(page(call, runs, lambda r: r.created_at, WorkflowRun.wire))


operation("get-workflow-run")(reader(_find_run, WorkflowRun.wire))


@operation("list-workflow-step-runs")
def list_step_runs(call: Call) -> Reply:
    run = _find_run(call)
    return json_ok(page(call, run.steps.values(), lambda s: s.created_at, StepRun.wire))


@operation("cancel-workflow-run")
def cancel_workflow_run(call: Call) -> Reply:
    run = _find_run(call)
    if fsm.is_terminal_workflow_run_status(run.status):  # api/workflow_runs.go:152-154
        raise ApiFailure(400, "workflow run already in terminal state")
    _cancel_steps(call.emu, run)
    _move_run(call.emu, run, "canceled")
    return json_ok(run.wire())


def _step(run: WorkflowRun, ref: str) -> StepRun:
    step = run.steps.get(ref)
    if step is None:
        raise ApiFailure(400, f"step run not found for {ref}")
    return step


@operation("approve-workflow-step")
def approve_step(call: Call) -> Reply:
    run = _find_run(call)
    ref = call.params["stepRef"]
    step = _step(run, ref)
    approver = "apikey:" + call.key_id
    if fsm.is_terminal_step_status(step.status):
        raise ApiFailure(400, f"step {ref} is already in terminal state")
    if step.approval is None:
        raise ApiFailure(400, f"approval not found for step {ref}")
    if step.approval["status"] != "pending":
        raise ApiFailure(400, f"approval for step {ref} is already {step.approval['status']}")
    approvers = as_list(step.approval["approvers"])
    if approvers and approver not in approvers:
        raise ApiFailure(400, f"approver {approver} is not allowed for step {ref}")
    step.approval.update(
        status="approved", approved_by=approver, approved_at=format_time(call.emu.clock.now())
    )
    finish_step(call.emu, run, step, "completed")
    return json_ok({"step_run": step.wire(), "approval": step.approval})


@operation("skip-workflow-step")
def skip_step(call: Call) -> Reply:
    run = _find_run(call)
    ref = call.params["stepRef"]
    step = _step(run, ref)
    if step.status not in ("pending", "waiting"):
        raise ApiFailure(400, f"cannot skip step in {step.status} status")
    reason = str(call.obj().get("reason") or "")
    if step.approval is not None and step.approval["status"] == "pending":
        step.approval.update(status="rejected", approved_by="apikey:" + call.key_id)
        if reason:
            step.approval["error"] = reason
    trigger = call.emu.state.triggers.get((run.project_id, step.event_key))
    if trigger is not None and trigger.status == "waiting":
        trigger.status, trigger.error = "canceled", "step skipped"
    if reason:
        step.error = reason
    finish_step(call.emu, run, step, "skipped")
    return json_ok({"step_run": step.wire()})


@operation("pause-workflow-run", "resume-workflow-run")
def pause_or_resume(call: Call) -> Reply:
    """running <-> paused; a paused run starts no step until it is resumed. Pausing a
    paused run answers it unchanged (api/workflow_runs.go:201-270)."""
    run = _find_run(call)
    to = "paused" if call.operation_id == "pause-workflow-run" else "running"
    if to == "paused":
        if fsm.is_terminal_workflow_run_status(run.status):
            raise ApiFailure(400, "workflow run already in terminal state")
        if run.status == "paused":
            return json_ok(run.wire())
        if run.status != "running":
            raise ApiFailure(400, "workflow run can only be paused from running state")
    elif run.status != "paused":
        raise ApiFailure(400, "workflow run is not paused")
    _move_run(call.emu, run, to)
    if to == "running":
        for step in list(run.steps.values()):
            if step.status == "pending" and step.deps_completed >= step.deps_required:
                _start_step(call.emu, run, step)
        _check_done(call.emu, run)
    return json_ok(run.wire())


@operation("force-complete-workflow-step")
def force_complete_step(call: Call) -> Reply:
    run = _find_run(call)
    step = _step(run, call.params["stepRef"])
    if fsm.is_terminal_step_status(step.status):
        raise ApiFailure(400, f"step {step.ref} is already in terminal state")
    body = call.obj()
    job_run = call.emu.state.runs.get(step.job_run_id)
    finish_step(call.emu, run, step, "completed", output=body.get("result"))
    if job_run is not None and not job_run.terminal:
        cancel_run(call.emu, job_run)
    return json_ok({"step_run": step.wire()})


@operation("retry-workflow-run")
def retry_workflow_run(call: Call) -> Reply:
    """A new run of the same workflow and payload; steps completed before are kept."""
    original = _find_run(call)
    if not fsm.is_terminal_workflow_run_status(original.status):
        raise ApiFailure(400, "can only retry a workflow run in terminal state")
    if not original.workflow.enabled:
        raise ApiFailure(500, f"failed to retry workflow run: workflow is disabled: {original.workflow.id}")
    done = {ref: step for ref, step in original.steps.items() if step.status == "completed"}
    run = start_workflow_run(call.emu, original.workflow, original.payload, "retry", carried=done)
    run.retry_of_run_id = original.id
    return json_ok(run.wire(), 201)


@operation("get-workflow-graph")
def workflow_graph(call: Call) -> Reply:
    """The DAG: steps without dependencies, and each step's dependents."""
    workflow = _find_workflow(call)
    steps = [(as_str(s["step_ref"]), [as_str(d) for d in as_list(s["depends_on"])]) for s in workflow.steps]
    adjacency: dict[str, list[str]] = {ref: [] for ref, _ in steps}
    for ref, deps in steps:
        for dep in deps:
            adjacency[dep].append(ref)
    roots = [ref for ref, deps in steps if not deps]
    return json_ok({"workflow_id": workflow.id, "roots": roots, "adjacency": adjacency})
