from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WorkflowStepRequest(_m.StraitObject):
    """WorkflowStepRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_ref: str
    approval_approvers: list[str]
    approval_timeout_secs: int
    compensation_job_id: str
    compensation_timeout_secs: int
    concurrency_key: str
    condition: Any
    depends_on: list[str]
    event_emit_key: str
    event_key: str
    event_notify_url: str
    event_timeout_secs: int
    expected_duration_secs: int
    job_id: str
    max_nesting_depth: int
    on_failure: str
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
            step_ref: str = ...,
            approval_approvers: Sequence[str] = ...,
            approval_timeout_secs: int = ...,
            compensation_job_id: str = ...,
            compensation_timeout_secs: int = ...,
            concurrency_key: str = ...,
            condition: Any = ...,
            depends_on: Sequence[str] = ...,
            event_emit_key: str = ...,
            event_key: str = ...,
            event_notify_url: str = ...,
            event_timeout_secs: int = ...,
            expected_duration_secs: int = ...,
            job_id: str = ...,
            max_nesting_depth: int = ...,
            on_failure: str = ...,
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
        "step_ref": ("step_ref", _m.STR),
        "approval_approvers": ("approval_approvers", _m.ListOf(_m.STR)),
        "approval_timeout_secs": ("approval_timeout_secs", _m.INT),
        "compensation_job_id": ("compensation_job_id", _m.STR),
        "compensation_timeout_secs": ("compensation_timeout_secs", _m.INT),
        "concurrency_key": ("concurrency_key", _m.STR),
        "condition": ("condition", _m.ANY),
        "depends_on": ("depends_on", _m.ListOf(_m.STR)),
        "event_emit_key": ("event_emit_key", _m.STR),
        "event_key": ("event_key", _m.STR),
        "event_notify_url": ("event_notify_url", _m.STR),
        "event_timeout_secs": ("event_timeout_secs", _m.INT),
        "expected_duration_secs": ("expected_duration_secs", _m.INT),
        "job_id": ("job_id", _m.STR),
        "max_nesting_depth": ("max_nesting_depth", _m.INT),
        "on_failure": ("on_failure", _m.STR),
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
    _required: ClassVar[tuple[str, ...]] = ("step_ref",)
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowStepRequest"]
