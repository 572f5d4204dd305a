from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .data_flow_edge import DataFlowEdge
    from .debug_step import DebugStep


class DebugView(_m.StraitObject):
    """DebugView: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    data_flow: list[DataFlowEdge] | None
    status: str
    steps: list[DebugStep] | None
    total_cost_microusd: int
    total_duration_ms: int
    workflow_id: str
    workflow_run_id: str
    error: str
    finished_at: datetime.datetime | None
    payload: Any
    started_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            data_flow: Sequence[DataFlowEdge | Mapping[str, Any]] | None = ...,
            status: str = ...,
            steps: Sequence[DebugStep | Mapping[str, Any]] | None = ...,
            total_cost_microusd: int = ...,
            total_duration_ms: int = ...,
            workflow_id: str = ...,
            workflow_run_id: str = ...,
            error: str = ...,
            finished_at: datetime.datetime | str | None = ...,
            payload: Any = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "data_flow": (
            "data_flow",
            _m.Union(_m.ListOf(_m.Model("data_flow_edge", "DataFlowEdge")), _m.NONE),
        ),
        "status": ("status", _m.STR),
        "steps": (
            "steps",
            _m.Union(_m.ListOf(_m.Model("debug_step", "DebugStep")), _m.NONE),
        ),
        "total_cost_microusd": ("total_cost_microusd", _m.INT),
        "total_duration_ms": ("total_duration_ms", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "error": ("error", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "payload": ("payload", _m.ANY),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "data_flow",
        "status",
        "steps",
        "total_cost_microusd",
        "total_duration_ms",
        "workflow_id",
        "workflow_run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DebugView"]
