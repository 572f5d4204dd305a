from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.region_response_availability import RegionResponseAvailability


T = TypeVar("T", bound="RegionResponse")


@_attrs_define
class RegionResponse(WireMapping):
    """
    Attributes:
        city (str):
        code (str):
        continent (str):
        country (str):
        label (str):
        availability (RegionResponseAvailability | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "city": "city",
        "code": "code",
        "continent": "continent",
        "country": "country",
        "label": "label",
        "availability": "availability",
    }

    city: str
    code: str
    continent: str
    country: str
    label: str
    availability: RegionResponseAvailability | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        code = self.code

        continent = self.continent

        country = self.country

        label = self.label

        availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            availability = self.availability.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "city": city,
                "code": code,
                "continent": continent,
                "country": country,
                "label": label,
            }
        )
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.region_response_availability import RegionResponseAvailability

        d = dict(src_dict or {})
        city = d.pop("city")

        code = d.pop("code")

        continent = d.pop("continent")

        country = d.pop("country")

        label = d.pop("label")

        _availability = d.pop("availability", UNSET)
        availability: RegionResponseAvailability | Unset
        if isinstance(_availability, Unset):
            availability = UNSET
        else:
            availability = RegionResponseAvailability.from_dict(_availability)

        region_response = cls(
            city=city,
            code=code,
            continent=continent,
            country=country,
            label=label,
            availability=availability,
        )

        return region_response
