from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class EventVolumeBucket(_m.StraitObject):
    """EventVolumeBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created: int
    period: str
    received: int
    timed_out: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created": ("created", _m.INT),
        "period": ("period", _m.STR),
        "received": ("received", _m.INT),
        "timed_out": ("timed_out", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created",
        "period",
        "received",
        "timed_out",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventVolumeBucket"]
