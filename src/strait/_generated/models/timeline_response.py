from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .timeline_step import TimelineStep


class TimelineResponse(_m.StraitObject):
    """TimelineResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    status: str
    steps: list[TimelineStep] | None
    total_ms: int
    workflow_run_id: str
    finished_at: datetime.datetime | None
    started_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            status: str = ...,
            steps: Sequence[TimelineStep | Mapping[str, Any]] | None = ...,
            total_ms: int = ...,
            workflow_run_id: str = ...,
            finished_at: datetime.datetime | str | None = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "status": ("status", _m.STR),
        "steps": (
            "steps",
            _m.Union(_m.ListOf(_m.Model("timeline_step", "TimelineStep")), _m.NONE),
        ),
        "total_ms": ("total_ms", _m.INT),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "status",
        "steps",
        "total_ms",
        "workflow_run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TimelineResponse"]
