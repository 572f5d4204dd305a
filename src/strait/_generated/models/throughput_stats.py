from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ThroughputStats(_m.StraitObject):
    """ThroughputStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    canceled: int
    completed: int
    failed: int
    period_hours: int
    timed_out: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            canceled: int = ...,
            completed: int = ...,
            failed: int = ...,
            period_hours: int = ...,
            timed_out: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "canceled": ("canceled", _m.INT),
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "period_hours": ("period_hours", _m.INT),
        "timed_out": ("timed_out", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "canceled",
        "completed",
        "failed",
        "period_hours",
        "timed_out",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ThroughputStats"]
