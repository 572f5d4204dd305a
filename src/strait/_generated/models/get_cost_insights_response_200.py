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
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.cost_outlier import CostOutlier

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CostOutlier
    from ..models.cost_outlier import CostOutlier

    _lazy_pending = False


T = TypeVar("T", bound="GetCostInsightsResponse200")


@_attrs_define
class GetCostInsightsResponse200(WireMapping):
    """
    Attributes:
        outliers (list[CostOutlier]):
        threshold (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "outliers": "outliers",
        "threshold": "threshold",
    }

    outliers: list[CostOutlier]
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outliers = []
        for outliers_item_data in self.outliers:
            outliers_item = outliers_item_data.to_dict()
            outliers.append(outliers_item)

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outliers": outliers,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        outliers = []
        _outliers = d.pop("outliers")
        for outliers_item_data in _outliers or []:
            outliers_item = CostOutlier.from_dict(outliers_item_data)

            outliers.append(outliers_item)

        threshold = d.pop("threshold")

        get_cost_insights_response_200 = cls(
            outliers=outliers,
            threshold=threshold,
        )

        get_cost_insights_response_200.additional_properties = d
        return get_cost_insights_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
