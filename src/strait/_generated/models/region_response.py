from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

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

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            city: str = ...,
            code: str = ...,
            continent: str = ...,
            country: str = ...,
            label: str = ...,
            availability: RegionResponseAvailability | Mapping[str, Any] = ...,
        ) -> None: ...

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
