from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class DebugStep(_m.StraitObject):
    """DebugStep: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempt: int
    duration_ms: int
    status: str
    step_ref: str
    step_run_id: str
    step_type: str
    cost_microusd: int
    depends_on: list[str]
    error: str
    finished_at: datetime.datetime | None
    input_: Any
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
            duration_ms: int = ...,
            status: str = ...,
            step_ref: str = ...,
            step_run_id: str = ...,
            step_type: str = ...,
            cost_microusd: int = ...,
            depends_on: Sequence[str] = ...,
            error: str = ...,
            finished_at: datetime.datetime | str | None = ...,
            input_: Any = ...,
            job_run_id: str = ...,
            output: Any = ...,
            started_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempt": ("attempt", _m.INT),
        "duration_ms": ("duration_ms", _m.INT),
        "status": ("status", _m.STR),
        "step_ref": ("step_ref", _m.STR),
        "step_run_id": ("step_run_id", _m.STR),
        "step_type": ("step_type", _m.STR),
        "cost_microusd": ("cost_microusd", _m.INT),
        "depends_on": ("depends_on", _m.ListOf(_m.STR)),
        "error": ("error", _m.STR),
        "finished_at": ("finished_at", _m.Union(_m.DATETIME, _m.NONE)),
        "input_": ("input", _m.ANY),
        "job_run_id": ("job_run_id", _m.STR),
        "output": ("output", _m.ANY),
        "started_at": ("started_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempt",
        "duration_ms",
        "status",
        "step_ref",
        "step_run_id",
        "step_type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DebugStep"]
