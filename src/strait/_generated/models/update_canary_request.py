from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UpdateCanaryRequest(_m.StraitObject):
    """UpdateCanaryRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    traffic_pct: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "traffic_pct": ("traffic_pct", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateCanaryRequest"]
