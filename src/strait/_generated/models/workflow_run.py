from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .workflow_run_tags import WorkflowRunTags
    from .workflow_run_trace_context import WorkflowRunTraceContext


class WorkflowRun(_m.StraitObject):
    """WorkflowRun: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    project_id: str
    status: str
    triggered_by: str
    workflow_id: str
    workflow_version: int
    created_by: str
    error: str
    expected_completion_at: datetime.datetime | None
    expires_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    max_parallel_steps: int
    parent_step_run_id: str
    parent_workflow_run_id: str
    payload: Any
    retry_of_run_id: str
    started_at: datetime.datetime | None
    tags: WorkflowRunTags
    trace_context: WorkflowRunTraceContext
    workflow_snapshot_id: str
    workflow_version_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            status: str = ...,
            triggered_by: str = ...,
            workflow_id: str = ...,
            workflow_version: int = ...,
            created_by: str = ...,
            error: str = ...,
            expected_completion_at: datetime.datetime | str | None = ...,
            expires_at: datetime.datetime | str | None = ...,
            finished_at: datetime.datetime | str | None = ...,
            max_parallel_steps: int = ...,
            parent_step_run_id: str = ...,
            parent_workflow_run_id: str = ...,
            payload: Any = ...,
            retry_of_run_id: str = ...,
            started_at: datetime.datetime | str | None = ...,
            tags: WorkflowRunTags | Mapping[str, Any] = ...,
            trace_context: WorkflowRunTraceContext | Mapping[str, Any] = ...,
            workflow_snapshot_id: str = ...,
            workflow_version_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "status": ("status", _m.STR),
        "triggered_by": ("triggered_by", _m.STR),
        "workflow_id": ("workflow_id", _m.STR),
        "workflow_version": ("workflow_version", _m.INT),
        "created_by": ("created_by", _m.STR),
        "error": ("error", _m.STR),
        "expected_completion_at": (
            "expected_completion_at",
            _m.Union(_m.DATETIME, _m.NONE),
        ),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "max_parallel_steps": ("max_parallel_steps", _m.INT),
        "parent_step_run_id": ("parent_step_run_id", _m.STR),
        "parent_workflow_run_id": ("parent_workflow_run_id", _m.STR),
        "payload": ("payload", _m.ANY),
        "retry_of_run_id": ("retry_of_run_id", _m.STR),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
        "tags": ("tags", _m.Model("workflow_run_tags", "WorkflowRunTags")),
        "trace_context": (
            "trace_context",
            _m.Model("workflow_run_trace_context", "WorkflowRunTraceContext"),
        ),
        "workflow_snapshot_id": ("workflow_snapshot_id", _m.STR),
        "workflow_version_id": ("workflow_version_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "project_id",
        "status",
        "triggered_by",
        "workflow_id",
        "workflow_version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowRun"]
