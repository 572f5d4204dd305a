from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class TopFailingEndpoint(_m.StraitObject):
    """TopFailingEndpoint: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    failed: int
    failure_rate: float
    last_error: str
    total: int
    url: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "failed": ("failed", _m.INT),
        "failure_rate": ("failure_rate", _m.FLOAT),
        "last_error": ("last_error", _m.STR),
        "total": ("total", _m.INT),
        "url": ("url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "failed",
        "failure_rate",
        "last_error",
        "total",
        "url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TopFailingEndpoint"]
