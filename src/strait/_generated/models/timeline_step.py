from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class TimelineStep(_m.StraitObject):
    """TimelineStep: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    duration_ms: int
    on_critical_path: bool
    status: str
    step_ref: str
    step_run_id: str
    wait_ms: int
    finished_at: datetime.datetime | None
    parallel_with: list[str]
    started_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            duration_ms: int = ...,
            on_critical_path: bool = ...,
            status: str = ...,
            step_ref: str = ...,
            step_run_id: str = ...,
            wait_ms: int = ...,
            finished_at: datetime.datetime | str | None = ...,
            parallel_with: Sequence[str] = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "duration_ms": ("duration_ms", _m.INT),
        "on_critical_path": ("on_critical_path", _m.BOOL),
        "status": ("status", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "step_run_id": ("step_run_id", _m.STR),
        "wait_ms": ("wait_ms", _m.INT),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "parallel_with": ("parallel_with", _m.ListOf(_m.STR)),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "duration_ms",
        "on_critical_path",
        "status",
        "step_ref",
        "step_run_id",
        "wait_ms",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TimelineStep"]
