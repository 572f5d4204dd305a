from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .region_response_availability import RegionResponseAvailability


class RegionResponse(_m.StraitObject):
    """RegionResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    city: str
    code: str
    continent: str
    country: str
    label: str
    availability: RegionResponseAvailability

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "city": ("city", _m.STR),
        "code": ("code", _m.STR),
        "continent": ("continent", _m.STR),
        "country": ("country", _m.STR),
        "label": ("label", _m.STR),
        "availability": (
            "availability",
            _m.Model("region_response_availability", "RegionResponseAvailability"),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "city",
        "code",
        "continent",
        "country",
        "label",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RegionResponse"]
