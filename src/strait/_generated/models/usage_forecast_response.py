from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="UsageForecastResponse")


@_attrs_define
class UsageForecastResponse(WireMapping):
    """
    Attributes:
        addon_spend_microusd (int):
        confidence_pct (int):
        days_until_limit (int):
        projected_monthly_runs (int):
        projected_monthly_spend_high_usd (float):
        projected_monthly_spend_low_usd (float):
        projected_monthly_spend_usd (float):
        projected_overage_microusd (int):
        recommended_plan (str):
        scale_breakeven (bool):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "addon_spend_microusd": "addon_spend_microusd",
        "confidence_pct": "confidence_pct",
        "days_until_limit": "days_until_limit",
        "projected_monthly_runs": "projected_monthly_runs",
        "projected_monthly_spend_high_usd": "projected_monthly_spend_high_usd",
        "projected_monthly_spend_low_usd": "projected_monthly_spend_low_usd",
        "projected_monthly_spend_usd": "projected_monthly_spend_usd",
        "projected_overage_microusd": "projected_overage_microusd",
        "recommended_plan": "recommended_plan",
        "scale_breakeven": "scale_breakeven",
    }

    addon_spend_microusd: int
    confidence_pct: int
    days_until_limit: int
    projected_monthly_runs: int
    projected_monthly_spend_high_usd: float
    projected_monthly_spend_low_usd: float
    projected_monthly_spend_usd: float
    projected_overage_microusd: int
    recommended_plan: str
    scale_breakeven: bool

    def to_dict(self) -> dict[str, Any]:
        addon_spend_microusd = self.addon_spend_microusd

        confidence_pct = self.confidence_pct

        days_until_limit = self.days_until_limit

        projected_monthly_runs = self.projected_monthly_runs

        projected_monthly_spend_high_usd = self.projected_monthly_spend_high_usd

        projected_monthly_spend_low_usd = self.projected_monthly_spend_low_usd

        projected_monthly_spend_usd = self.projected_monthly_spend_usd

        projected_overage_microusd = self.projected_overage_microusd

        recommended_plan = self.recommended_plan

        scale_breakeven = self.scale_breakeven

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "addon_spend_microusd": addon_spend_microusd,
                "confidence_pct": confidence_pct,
                "days_until_limit": days_until_limit,
                "projected_monthly_runs": projected_monthly_runs,
                "projected_monthly_spend_high_usd": projected_monthly_spend_high_usd,
                "projected_monthly_spend_low_usd": projected_monthly_spend_low_usd,
                "projected_monthly_spend_usd": projected_monthly_spend_usd,
                "projected_overage_microusd": projected_overage_microusd,
                "recommended_plan": recommended_plan,
                "scale_breakeven": scale_breakeven,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        addon_spend_microusd = d["addon_spend_microusd"]

        confidence_pct = d["confidence_pct"]

        days_until_limit = d["days_until_limit"]

        projected_monthly_runs = d["projected_monthly_runs"]

        projected_monthly_spend_high_usd = d["projected_monthly_spend_high_usd"]

        projected_monthly_spend_low_usd = d["projected_monthly_spend_low_usd"]

        projected_monthly_spend_usd = d["projected_monthly_spend_usd"]

        projected_overage_microusd = d["projected_overage_microusd"]

        recommended_plan = d["recommended_plan"]

        scale_breakeven = d["scale_breakeven"]

        usage_forecast_response = cls(
            addon_spend_microusd=addon_spend_microusd,
            confidence_pct=confidence_pct,
            days_until_limit=days_until_limit,
            projected_monthly_runs=projected_monthly_runs,
            projected_monthly_spend_high_usd=projected_monthly_spend_high_usd,
            projected_monthly_spend_low_usd=projected_monthly_spend_low_usd,
            projected_monthly_spend_usd=projected_monthly_spend_usd,
            projected_overage_microusd=projected_overage_microusd,
            recommended_plan=recommended_plan,
            scale_breakeven=scale_breakeven,
        )

        return usage_forecast_response
