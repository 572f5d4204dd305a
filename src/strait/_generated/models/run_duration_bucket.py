from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class RunDurationBucket(_m.StraitObject):
    """RunDurationBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    pct: float
    range_: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "count": ("count", _m.INT),
        "pct": ("pct", _m.FLOAT),
        "range_": ("range", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "count",
        "pct",
        "range",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunDurationBucket"]
