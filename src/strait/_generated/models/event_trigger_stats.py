from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class EventTriggerStats(_m.StraitObject):
    """EventTriggerStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_wait_duration_secs: float
    canceled_count: int
    received_count: int
    timed_out_count: int
    total_count: int
    waiting_count: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_wait_duration_secs: float = ...,
            canceled_count: int = ...,
            received_count: int = ...,
            timed_out_count: int = ...,
            total_count: int = ...,
            waiting_count: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_wait_duration_secs": ("avg_wait_duration_secs", _m.FLOAT),
        "canceled_count": ("canceled_count", _m.INT),
        "received_count": ("received_count", _m.INT),
        "timed_out_count": ("timed_out_count", _m.INT),
        "total_count": ("total_count", _m.INT),
        "waiting_count": ("waiting_count", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_wait_duration_secs",
        "canceled_count",
        "received_count",
        "timed_out_count",
        "total_count",
        "waiting_count",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventTriggerStats"]
