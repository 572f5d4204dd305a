from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKProgressRequest(_m.StraitObject):
    """SDKProgressRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    message: str
    eta_seconds: int
    percent: float
    step: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "message": ("message", _m.STR),
        "eta_seconds": ("eta_seconds", _m.INT),
        "percent": ("percent", _m.FLOAT),
        "step": ("step", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("message",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKProgressRequest"]
