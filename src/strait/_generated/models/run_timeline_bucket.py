from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class RunTimelineBucket(_m.StraitObject):
    """RunTimelineBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    completed: int
    failed: int
    period: str
    timed_out: int
    total: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "period": ("period", _m.STR),
        "timed_out": ("timed_out", _m.INT),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "completed",
        "failed",
        "period",
        "timed_out",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunTimelineBucket"]
