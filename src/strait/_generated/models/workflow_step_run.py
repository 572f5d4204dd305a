from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkflowStepRun(_m.StraitObject):
    """WorkflowStepRun: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempt: int
    created_at: datetime.datetime
    deps_completed: int
    deps_required: int
    id: str
    status: str
    step_ref: str
    workflow_run_id: str
    workflow_step_id: str
    error: str
    finished_at: datetime.datetime | None
    job_run_id: str
    output: Any
    started_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            attempt: int = ...,
            created_at: datetime.datetime | str = ...,
            deps_completed: int = ...,
            deps_required: int = ...,
            id: str = ...,
            status: str = ...,
            step_ref: str = ...,
            workflow_run_id: str = ...,
            workflow_step_id: str = ...,
            error: str = ...,
            finished_at: datetime.datetime | str | None = ...,
            job_run_id: str = ...,
            output: Any = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempt": ("attempt", _m.INT),
        "created_at": ("created_at", _m.DATETIME),
        "deps_completed": ("deps_completed", _m.INT),
        "deps_required": ("deps_required", _m.INT),
        "id": ("id", _m.STR),
        "status": ("status", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "workflow_step_id": ("workflow_step_id", _m.STR),
        "error": ("error", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "job_run_id": ("job_run_id", _m.STR),
        "output": ("output", _m.ANY),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempt",
        "created_at",
        "deps_completed",
        "deps_required",
        "id",
        "status",
        "step_ref",
        "workflow_run_id",
        "workflow_step_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowStepRun"]
