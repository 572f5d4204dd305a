from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UsageDimension(_m.StraitObject):
    """UsageDimension: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    limit: int
    percent: float
    used: int
    display: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "limit": ("limit", _m.INT),
        "percent": ("percent", _m.FLOAT),
        "used": ("used", _m.INT),
        "display": ("display", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "limit",
        "percent",
        "used",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageDimension"]
