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

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, RegionResponseAvailability
    from ..models.region_response_availability import RegionResponseAvailability

    _lazy_pending = False


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
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        city = d["city"]

        code = d["code"]

        continent = d["continent"]

        country = d["country"]

        label = d["label"]

        _availability = d.get("availability", UNSET)
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
