from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class JobHistoryBucket(_m.StraitObject):
    """JobHistoryBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_ms: float
    completed: int
    failed: int
    p95_duration_ms: float
    period: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_ms": ("avg_duration_ms", _m.FLOAT),
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "p95_duration_ms": ("p95_duration_ms", _m.FLOAT),
        "period": ("period", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_ms",
        "completed",
        "failed",
        "p95_duration_ms",
        "period",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobHistoryBucket"]
