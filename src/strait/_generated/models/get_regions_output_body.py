from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .region_response import RegionResponse


class GetRegionsOutputBody(_m.StraitObject):
    """GetRegionsOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    regions: list[RegionResponse] | None

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "regions": (
            "regions",
            _m.Union(_m.ListOf(_m.Model("region_response", "RegionResponse")), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("regions",)
    _closed: ClassVar[bool] = True


__all__ = ["GetRegionsOutputBody"]
