from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .worker_task_result import WorkerTaskResult


class WorkerTask(_m.StraitObject):
    """WorkerTask: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    assigned_at: datetime.datetime
    attempt: int
    id: str
    project_id: str
    run_id: str
    status: str
    worker_id: str
    accepted_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    result: WorkerTaskResult | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            assigned_at: datetime.datetime | str = ...,
            attempt: int = ...,
            id: str = ...,
            project_id: str = ...,
            run_id: str = ...,
            status: str = ...,
            worker_id: str = ...,
            accepted_at: datetime.datetime | str | None = ...,
            finished_at: datetime.datetime | str | None = ...,
            result: WorkerTaskResult | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "assigned_at": ("assigned_at", _m.DATETIME),
        "attempt": ("attempt", _m.INT),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "run_id": ("run_id", _m.STR),
        "status": ("status", _m.STR),
        "worker_id": ("worker_id", _m.STR),
        "accepted_at": ("accepted_at", _m.Union(_m.DATETIME, _m.NONE)),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "result": (
            "result",
            _m.Union(_m.Model("worker_task_result", "WorkerTaskResult"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "assigned_at",
        "attempt",
        "id",
        "project_id",
        "run_id",
        "status",
        "worker_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkerTask"]
