from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class RateLimitKey(_m.StraitObject):
    """RateLimitKey: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_: int
    name: str
    window_secs: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "max_": ("max", _m.INT),
        "name": ("name", _m.STR),
        "window_secs": ("window_secs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "max",
        "name",
        "window_secs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RateLimitKey"]
