from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class QueueStats(_m.StraitObject):
    """QueueStats: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    delayed: int
    executing: int
    queued: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "delayed": ("delayed", _m.INT),
        "executing": ("executing", _m.INT),
        "queued": ("queued", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "delayed",
        "executing",
        "queued",
    )
    _closed: ClassVar[bool] = True


__all__ = ["QueueStats"]
