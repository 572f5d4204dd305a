from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .execution_trace import ExecutionTrace
    from .job_run_metadata import JobRunMetadata
    from .job_run_tags import JobRunTags


class JobRun(_m.StraitObject):
    """JobRun: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempt: int
    created_at: datetime.datetime
    debug_mode: bool
    id: str
    job_id: str
    job_version: int
    lineage_depth: int
    priority: int
    project_id: str
    status: str
    triggered_by: str
    batch_id: str
    concurrency_key: str
    continuation_of: str
    created_by: str
    error: str
    error_class: str
    execution_mode: str
    execution_trace: ExecutionTrace | None
    expires_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    heartbeat_at: datetime.datetime | None
    idempotency_key: str
    is_rollback: bool
    job_version_id: str
    max_attempts_override: int
    metadata: JobRunMetadata
    next_retry_at: datetime.datetime | None
    parent_run_id: str
    payload: Any
    queue_name: str
    replayed_run_id: str
    result: Any
    retry_backoff: str
    retry_initial_delay_secs: int
    retry_max_delay_secs: int
    scheduled_at: datetime.datetime | None
    started_at: datetime.datetime | None
    tags: JobRunTags
    timeout_secs_override: int
    workflow_step_run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            attempt: int = ...,
            created_at: datetime.datetime | str = ...,
            debug_mode: bool = ...,
            id: str = ...,
            job_id: str = ...,
            job_version: int = ...,
            lineage_depth: int = ...,
            priority: int = ...,
            project_id: str = ...,
            status: str = ...,
            triggered_by: str = ...,
            batch_id: str = ...,
            concurrency_key: str = ...,
            continuation_of: str = ...,
            created_by: str = ...,
            error: str = ...,
            error_class: str = ...,
            execution_mode: str = ...,
            execution_trace: ExecutionTrace | Mapping[str, Any] | None = ...,
            expires_at: datetime.datetime | str | None = ...,
            finished_at: datetime.datetime | str | None = ...,
            heartbeat_at: datetime.datetime | str | None = ...,
            idempotency_key: str = ...,
            is_rollback: bool = ...,
            job_version_id: str = ...,
            max_attempts_override: int = ...,
            metadata: JobRunMetadata | Mapping[str, Any] = ...,
            next_retry_at: datetime.datetime | str | None = ...,
            parent_run_id: str = ...,
            payload: Any = ...,
            queue_name: str = ...,
            replayed_run_id: str = ...,
            result: Any = ...,
            retry_backoff: str = ...,
            retry_initial_delay_secs: int = ...,
            retry_max_delay_secs: int = ...,
            scheduled_at: datetime.datetime | str | None = ...,
            started_at: datetime.datetime | str | None = ...,
            tags: JobRunTags | Mapping[str, Any] = ...,
            timeout_secs_override: int = ...,
            workflow_step_run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempt": ("attempt", _m.INT),
        "created_at": ("created_at", _m.DATETIME),
        "debug_mode": ("debug_mode", _m.BOOL),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "job_version": ("job_version", _m.INT),
        "lineage_depth": ("lineage_depth", _m.INT),
        "priority": ("priority", _m.INT),
        "project_id": ("project_id", _m.STR),
        "status": ("status", _m.STR),
        "triggered_by": ("triggered_by", _m.STR),
        "batch_id": ("batch_id", _m.STR),
        "concurrency_key": ("concurrency_key", _m.STR),
        "continuation_of": ("continuation_of", _m.STR),
        "created_by": ("created_by", _m.STR),
        "error": ("error", _m.STR),
        "error_class": ("error_class", _m.STR),
        "execution_mode": ("execution_mode", _m.STR),
        "execution_trace": (
            "execution_trace",
            _m.Union(_m.Model("execution_trace", "ExecutionTrace"), _m.NONE),
        ),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "heartbeat_at": ("heartbeat_at", _m.Union(_m.DATETIME, _m.NONE)),
        "idempotency_key": ("idempotency_key", _m.STR),
        "is_rollback": ("is_rollback", _m.BOOL),
        "job_version_id": ("job_version_id", _m.STR),
        "max_attempts_override": ("max_attempts_override", _m.INT),
        "metadata": ("metadata", _m.Model("job_run_metadata", "JobRunMetadata")),
        "next_retry_at": ("next_retry_at", _m.Union(_m.DATETIME, _m.NONE)),
        "parent_run_id": ("parent_run_id", _m.STR),
        "payload": ("payload", _m.ANY),
        "queue_name": ("queue_name", _m.STR),
        "replayed_run_id": ("replayed_run_id", _m.STR),
        "result": ("result", _m.ANY),
        "retry_backoff": ("retry_backoff", _m.STR),
        "retry_initial_delay_secs": ("retry_initial_delay_secs", _m.INT),
        "retry_max_delay_secs": ("retry_max_delay_secs", _m.INT),
        "scheduled_at": ("scheduled_at", _m.Union(_m.DATETIME, _m.NONE)),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
        "tags": ("tags", _m.Model("job_run_tags", "JobRunTags")),
        "timeout_secs_override": ("timeout_secs_override", _m.INT),
        "workflow_step_run_id": ("workflow_step_run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempt",
        "created_at",
        "debug_mode",
        "id",
        "job_id",
        "job_version",
        "lineage_depth",
        "priority",
        "project_id",
        "status",
        "triggered_by",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobRun"]
