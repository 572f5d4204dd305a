from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostTrendPoint")


@_attrs_define
class CostTrendPoint(WireMapping):
    """
    Attributes:
        period (str):
        run_count (int):
        spend_microusd (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "period": "period",
        "run_count": "run_count",
        "spend_microusd": "spend_microusd",
    }

    period: str
    run_count: int
    spend_microusd: int

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        run_count = self.run_count

        spend_microusd = self.spend_microusd

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
                "run_count": run_count,
                "spend_microusd": spend_microusd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        period = d["period"]

        run_count = d["run_count"]

        spend_microusd = d["spend_microusd"]

        cost_trend_point = cls(
            period=period,
            run_count=run_count,
            spend_microusd=spend_microusd,
        )

        return cost_trend_point
