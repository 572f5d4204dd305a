from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ResourceImpact(_m.StraitObject):
    """ResourceImpact: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    action: str
    current: int
    limit: int
    resource: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "action": ("action", _m.STR),
        "current": ("current", _m.INT),
        "limit": ("limit", _m.INT),
        "resource": ("resource", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "action",
        "current",
        "limit",
        "resource",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ResourceImpact"]
