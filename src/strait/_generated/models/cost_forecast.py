from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostForecast")


@_attrs_define
class CostForecast(WireMapping):
    """
    Attributes:
        daily_rate (float):
        projected_monthly (float):
        trend_pct (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "daily_rate": "daily_rate",
        "projected_monthly": "projected_monthly",
        "trend_pct": "trend_pct",
    }

    daily_rate: float
    projected_monthly: float
    trend_pct: float

    def to_dict(self) -> dict[str, Any]:
        daily_rate = self.daily_rate

        projected_monthly = self.projected_monthly

        trend_pct = self.trend_pct

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "daily_rate": daily_rate,
                "projected_monthly": projected_monthly,
                "trend_pct": trend_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        daily_rate = d["daily_rate"]

        projected_monthly = d["projected_monthly"]

        trend_pct = d["trend_pct"]

        cost_forecast = cls(
            daily_rate=daily_rate,
            projected_monthly=projected_monthly,
            trend_pct=trend_pct,
        )

        return cost_forecast
