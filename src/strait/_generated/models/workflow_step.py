from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WorkflowStep(_m.StraitObject):
    """WorkflowStep: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    depends_on: list[str] | None
    id: str
    on_failure: str
    step_ref: str
    workflow_id: str
    approval_approvers: list[str]
    approval_timeout_secs: int
    compensation_job_id: str
    compensation_timeout_secs: int
    concurrency_key: str
    condition: Any
    cost_gate_default_action: str
    cost_gate_threshold_microusd: int
    cost_gate_timeout_secs: int
    event_emit_key: str
    event_key: str
    event_notify_url: str
    event_timeout_secs: int
    expected_duration_secs: int
    job_id: str
    max_nesting_depth: int
    output_transform: str
    payload: Any
    resource_class: str
    retry_backoff: str
    retry_initial_delay_secs: int
    retry_max_attempts: int
    retry_max_delay_secs: int
    sleep_duration_secs: int
    stage_notifications: Any
    step_type: str
    sub_workflow_id: str
    timeout_secs_override: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            depends_on: Sequence[str] | None = ...,
            id: str = ...,
            on_failure: str = ...,
            step_ref: str = ...,
            workflow_id: str = ...,
            approval_approvers: Sequence[str] = ...,
            approval_timeout_secs: int = ...,
            compensation_job_id: str = ...,
            compensation_timeout_secs: int = ...,
            concurrency_key: str = ...,
            condition: Any = ...,
            cost_gate_default_action: str = ...,
            cost_gate_threshold_microusd: int = ...,
            cost_gate_timeout_secs: int = ...,
            event_emit_key: str = ...,
            event_key: str = ...,
            event_notify_url: str = ...,
            event_timeout_secs: int = ...,
            expected_duration_secs: int = ...,
            job_id: str = ...,
            max_nesting_depth: int = ...,
            output_transform: str = ...,
            payload: Any = ...,
            resource_class: str = ...,
            retry_backoff: str = ...,
            retry_initial_delay_secs: int = ...,
            retry_max_attempts: int = ...,
            retry_max_delay_secs: int = ...,
            sleep_duration_secs: int = ...,
            stage_notifications: Any = ...,
            step_type: str = ...,
            sub_workflow_id: str = ...,
            timeout_secs_override: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "depends_on": ("depends_on", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "id": ("id", _m.STR),
        "on_failure": ("on_failure", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "workflow_id": ("workflow_id", _m.STR),
        "approval_approvers": ("approval_approvers", _m.ListOf(_m.STR)),
        "approval_timeout_secs": ("approval_timeout_secs", _m.INT),
        "compensation_job_id": ("compensation_job_id", _m.STR),
        "compensation_timeout_secs": ("compensation_timeout_secs", _m.INT),
        "concurrency_key": ("concurrency_key", _m.STR),
        "condition": ("condition", _m.ANY),
        "cost_gate_default_action": ("cost_gate_default_action", _m.STR),
        "cost_gate_threshold_microusd": ("cost_gate_threshold_microusd", _m.INT),
        "cost_gate_timeout_secs": ("cost_gate_timeout_secs", _m.INT),
        "event_emit_key": ("event_emit_key", _m.STR),
        "event_key": ("event_key", _m.STR),
        "event_notify_url": ("event_notify_url", _m.STR),
        "event_timeout_secs": ("event_timeout_secs", _m.INT),
        "expected_duration_secs": ("expected_duration_secs", _m.INT),
        "job_id": ("job_id", _m.STR),
        "max_nesting_depth": ("max_nesting_depth", _m.INT),
        "output_transform": ("output_transform", _m.STR),
        "payload": ("payload", _m.ANY),
        "resource_class": ("resource_class", _m.STR),
        "retry_backoff": ("retry_backoff", _m.STR),
        "retry_initial_delay_secs": ("retry_initial_delay_secs", _m.INT),
        "retry_max_attempts": ("retry_max_attempts", _m.INT),
        "retry_max_delay_secs": ("retry_max_delay_secs", _m.INT),
        "sleep_duration_secs": ("sleep_duration_secs", _m.INT),
        "stage_notifications": ("stage_notifications", _m.ANY),
        "step_type": ("step_type", _m.STR),
        "sub_workflow_id": ("sub_workflow_id", _m.STR),
        "timeout_secs_override": ("timeout_secs_override", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "depends_on",
        "id",
        "on_failure",
        "step_ref",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowStep"]
