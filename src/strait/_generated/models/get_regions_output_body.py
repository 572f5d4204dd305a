from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.region_response import RegionResponse

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, RegionResponse
    from ..models.region_response import RegionResponse

    _lazy_pending = False


T = TypeVar("T", bound="GetRegionsOutputBody")


@_attrs_define
class GetRegionsOutputBody(WireMapping):
    """
    Attributes:
        regions (list[RegionResponse] | None):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "regions": "regions",
    }

    regions: list[RegionResponse] | None

    def to_dict(self) -> dict[str, Any]:
        regions: list[dict[str, Any]] | None
        if isinstance(self.regions, list):
            regions = []
            for regions_type_0_item_data in self.regions:
                regions_type_0_item = regions_type_0_item_data.to_dict()
                regions.append(regions_type_0_item)

        else:
            regions = self.regions

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "regions": regions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_regions(data: object) -> list[RegionResponse] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                regions_type_0 = []
                _regions_type_0 = data
                for regions_type_0_item_data in _regions_type_0 or []:
                    regions_type_0_item = RegionResponse.from_dict(
                        regions_type_0_item_data
                    )

                    regions_type_0.append(regions_type_0_item)

                return regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegionResponse] | None, data)

        regions = _parse_regions(d["regions"])

        get_regions_output_body = cls(
            regions=regions,
        )

        return get_regions_output_body
