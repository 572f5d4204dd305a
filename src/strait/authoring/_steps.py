"""Workflow step builders and condition builders (one builder per server step type)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict, TypeVar, Unpack

from strait._errors import ValidationError
from strait._types import JSONInput

__all__ = [
    "Condition",
    "Step",
    "StepOptions",
    "StepRetry",
    "all_of",
    "any_of",
    "approval_step",
    "compare",
    "job_step",
    "not_",
    "sleep_step",
    "step",
    "step_status",
    "step_status_in",
    "sub_workflow_step",
    "wait_for_event_step",
]


class JobRef(Protocol):
    """A job definition as a step names it (what ``define_job`` returns): by its slug,
    which ``deploy`` resolves to the job's id."""

    @property
    def slug(self) -> str: ...

    @property
    def handler(self) -> object: ...


class WorkflowRef(Protocol):
    """A workflow definition as a sub-workflow step names it (what ``define_workflow``
    returns): by its slug, which ``deploy`` resolves to the workflow's id."""

    @property
    def slug(self) -> str: ...

    @property
    def steps(self) -> tuple[Step, ...]: ...


StepType = Literal["job", "approval", "sub_workflow", "wait_for_event", "sleep"]
OnFailure = Literal["fail_workflow", "skip_dependents", "continue"]
ResourceClass = Literal["small", "medium", "large"]
Condition = Mapping[str, Any]
"""A step condition as the server reads it: a JSON object with a ``type``."""

MAX_SLEEP_SECS = 2_592_000  # 30 days, the server's limit
_MAX_EVENT_KEY = 512
_MAX_CONCURRENCY_KEY = 128


@dataclass(frozen=True)
class StepRetry:
    """Per-step retries: ``max_attempts`` > 0 turns them on (server default: none)."""

    max_attempts: int
    backoff: Literal["exponential", "fixed"] = "exponential"
    initial_delay_secs: int | None = None
    max_delay_secs: int | None = None

    def __post_init__(self) -> None:
        _check(self.max_attempts >= 0, "retry max_attempts must not be negative", "retry")
        _check(self.backoff in ("exponential", "fixed"), f"unknown retry backoff {self.backoff!r}", "retry")

    def to_request(self) -> dict[str, str | int]:
        return _drop_none(
            {
                "retry_max_attempts": self.max_attempts,
                "retry_backoff": self.backoff,
                "retry_initial_delay_secs": self.initial_delay_secs,
                "retry_max_delay_secs": self.max_delay_secs,
            }
        )


class StepOptions(TypedDict, total=False):
    """Options every step builder accepts."""

    depends_on: Sequence[str]
    condition: Condition
    on_failure: OnFailure
    retry: StepRetry
    timeout_secs: int
    payload: Any
    output_transform: str
    concurrency_key: str
    resource_class: ResourceClass
    expected_duration_secs: int
    stage_notifications: Any
    compensation_job: str | JobRef
    compensation_timeout_secs: int


def _slug_or_id(ref: str | JobRef | WorkflowRef) -> str:
    return ref if isinstance(ref, str) else str(ref.slug)


@dataclass(frozen=True)
class Step:
    """One workflow step. Build it with a ``*_step`` function, not directly.

    ``job``, ``compensation_job`` and ``sub_workflow`` may name a job or workflow
    by id, by slug or by definition; ``deploy`` resolves slugs to ids.
    """

    ref: str
    step_type: StepType
    depends_on: tuple[str, ...] = ()
    job: str | JobRef | None = None
    compensation_job: str | JobRef | None = None
    sub_workflow: str | WorkflowRef | None = None
    condition: Condition | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)

    def to_request(
        self,
        resolve_job: Callable[[str | JobRef], str] = _slug_or_id,
        resolve_workflow: Callable[[str | WorkflowRef], str] = _slug_or_id,
    ) -> dict[str, object]:
        """This step as a ``WorkflowStepRequest`` body entry."""
        body: dict[str, object] = {"step_ref": self.ref, "step_type": self.step_type}
        if self.job is not None:
            body["job_id"] = resolve_job(self.job)
        if self.sub_workflow is not None:
            body["sub_workflow_id"] = resolve_workflow(self.sub_workflow)
        if self.depends_on:
            body["depends_on"] = list(self.depends_on)
        if self.condition is not None:
            body["condition"] = dict(self.condition)
        body.update(self.fields)
        if self.compensation_job is not None:
            body["compensation_job_id"] = resolve_job(self.compensation_job)
        return body


_V = TypeVar("_V")


def _drop_none(values: Mapping[str, _V | None]) -> dict[str, _V]:
    return {k: v for k, v in values.items() if v is not None}


def _check(ok: bool, message: str, field: str) -> None:
    if not ok:
        raise ValidationError(message, field=field, source="workflow definition")


def _build(
    ref: str,
    step_type: StepType,
    specific: Mapping[str, object],
    options: StepOptions,
    job: str | JobRef | None = None,
    sub_workflow: str | WorkflowRef | None = None,
) -> Step:
    _check(isinstance(ref, str) and bool(ref.strip()), "a step needs a non-empty ref", "step_ref")
    depends_on = tuple(options.get("depends_on", ()))
    if isinstance(options.get("depends_on"), str):
        raise ValidationError(f"step {ref!r}: depends_on must be a list of refs", field="depends_on")
    for dep in depends_on:
        _check(bool(dep), f"step {ref!r} has an empty depends_on entry", "depends_on")
    on_failure = options.get("on_failure")
    _check(
        on_failure in (None, "fail_workflow", "skip_dependents", "continue"),
        f"step {ref!r}: unknown on_failure {on_failure!r}",
        "on_failure",
    )
    resource_class = options.get("resource_class")
    _check(
        resource_class in (None, "small", "medium", "large"),
        f"step {ref!r}: unknown resource_class {resource_class!r}",
        "resource_class",
    )
    key = options.get("concurrency_key")
    _check(
        key is None or len(key) <= _MAX_CONCURRENCY_KEY,
        f"step {ref!r}: concurrency_key too long",
        "concurrency_key",
    )
    timeout = options.get("timeout_secs")
    _check(
        timeout is None or timeout >= 0, f"step {ref!r}: timeout_secs must not be negative", "timeout_secs"
    )
    condition = options.get("condition")
    _check(
        condition is None or (isinstance(condition, Mapping) and "type" in condition),
        f"step {ref!r}: a condition is a mapping with a 'type'",
        "condition",
    )
    retry = options.get("retry")
    fields = _drop_none(
        {
            **specific,
            "on_failure": on_failure,
            "payload": options.get("payload"),
            "timeout_secs_override": timeout,
            "output_transform": options.get("output_transform"),
            "concurrency_key": key,
            "resource_class": resource_class,
            "expected_duration_secs": options.get("expected_duration_secs"),
            "stage_notifications": options.get("stage_notifications"),
            "compensation_timeout_secs": options.get("compensation_timeout_secs"),
            **(retry.to_request() if retry is not None else {}),
        }
    )
    return Step(
        ref=ref,
        step_type=step_type,
        depends_on=depends_on,
        condition=condition,
        compensation_job=options.get("compensation_job"),
        fields=fields,
        job=job,
        sub_workflow=sub_workflow,
    )


def job_step(ref: str, job: str | JobRef, **options: Unpack[StepOptions]) -> Step:
    """A step that runs a job, named by id, slug or :class:`JobRef`."""
    _check(bool(job), f"step {ref!r} needs a job", "job_id")
    return _build(ref, "job", {}, options, job=job)


def approval_step(
    ref: str,
    *,
    approvers: Sequence[str] = (),
    approval_timeout_secs: int | None = None,
    **options: Unpack[StepOptions],
) -> Step:
    """A step that waits for a human approval.

    The server rejects an approval step without ``approvers``; ``deploy`` checks
    this before sending.
    """
    _check(
        approval_timeout_secs is None or approval_timeout_secs >= 0,
        f"step {ref!r}: approval_timeout_secs must not be negative",
        "approval_timeout_secs",
    )
    specific = {
        "approval_approvers": list(approvers) or None,
        "approval_timeout_secs": approval_timeout_secs,
    }
    return _build(ref, "approval", specific, options)


def sleep_step(ref: str, seconds: int, **options: Unpack[StepOptions]) -> Step:
    """A step that waits ``seconds`` (1 second to 30 days)."""
    _check(
        0 < seconds <= MAX_SLEEP_SECS,
        f"step {ref!r}: sleep seconds must be between 1 and {MAX_SLEEP_SECS}",
        "sleep_duration_secs",
    )
    return _build(ref, "sleep", {"sleep_duration_secs": seconds}, options)


def wait_for_event_step(
    ref: str,
    event_key: str,
    *,
    event_timeout_secs: int | None = None,
    notify_url: str | None = None,
    emit_key: str | None = None,
    **options: Unpack[StepOptions],
) -> Step:
    """A step that waits until an event with ``event_key`` is sent."""
    _check(
        0 < len(event_key) <= _MAX_EVENT_KEY,
        f"step {ref!r}: event_key needs 1 to {_MAX_EVENT_KEY} characters",
        "event_key",
    )
    specific = {
        "event_key": event_key,
        "event_timeout_secs": event_timeout_secs,
        "event_notify_url": notify_url,
        "event_emit_key": emit_key,
    }
    return _build(ref, "wait_for_event", specific, options)


def sub_workflow_step(
    ref: str,
    workflow: str | WorkflowRef,
    *,
    max_nesting_depth: int | None = None,
    **options: Unpack[StepOptions],
) -> Step:
    """A step that runs another workflow, named by id, slug or :class:`WorkflowRef`."""
    _check(bool(workflow), f"step {ref!r} needs a workflow", "sub_workflow_id")
    _check(
        max_nesting_depth is None or max_nesting_depth >= 0,
        f"step {ref!r}: max_nesting_depth must not be negative",
        "max_nesting_depth",
    )
    return _build(
        ref, "sub_workflow", {"max_nesting_depth": max_nesting_depth}, options, sub_workflow=workflow
    )


class step:
    """The step builders under short names: ``step.job(...)``, ``step.sleep(...)``..."""

    job = staticmethod(job_step)
    approval = staticmethod(approval_step)
    sleep = staticmethod(sleep_step)
    wait_for_event = staticmethod(wait_for_event_step)
    sub_workflow = staticmethod(sub_workflow_step)


# --- conditions ----------------------------------------------------------------------------


def step_status(ref: str, status: str) -> Condition:
    """True when step ``ref`` has ``status``."""
    return {"type": "step_status", "step_ref": ref, "status": str(status)}


def step_status_in(ref: str, statuses: Sequence[str]) -> Condition:
    """True when step ``ref`` has one of ``statuses``."""
    return {"type": "step_status_in", "step_ref": ref, "statuses": [str(s) for s in statuses]}


def all_of(*conditions: Condition) -> Condition:
    """True when every condition is."""
    return {"type": "all_of", "conditions": [dict(c) for c in conditions]}


def any_of(*conditions: Condition) -> Condition:
    """True when at least one condition is."""
    return {"type": "any_of", "conditions": [dict(c) for c in conditions]}


def not_(condition: Condition) -> Condition:
    """True when ``condition`` is not."""
    return {"type": "not", "condition": dict(condition)}


def compare(
    op: Literal["eq", "ne", "gt", "gte", "lt", "lte", "contains", "in", "regex"],
    left: JSONInput,
    right: JSONInput,
) -> Condition:
    """Compare two operands; ``{"step_ref": r}`` stands for that step's status,
    ``{"value": v}`` or a plain JSON value for itself."""
    return {"type": op, "left": left, "right": right}


def condition_refs(condition: object) -> list[str]:
    """Every ``step_ref`` a condition mentions, at any depth."""
    found: list[str] = []
    if isinstance(condition, Mapping):
        ref = condition.get("step_ref")
        if isinstance(ref, str):
            found.append(ref)
        for value in condition.values():
            found.extend(condition_refs(value))
    elif isinstance(condition, list | tuple):
        for value in condition:
            found.extend(condition_refs(value))
    return found
