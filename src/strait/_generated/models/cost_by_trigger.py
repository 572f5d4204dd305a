from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostByTrigger")


@_attrs_define
class CostByTrigger(WireMapping):
    """
    Attributes:
        cost (int):
        pct (float):
        run_count (int):
        trigger (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost": "cost",
        "pct": "pct",
        "run_count": "run_count",
        "trigger": "trigger",
    }

    cost: int
    pct: float
    run_count: int
    trigger: str

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        pct = self.pct

        run_count = self.run_count

        trigger = self.trigger

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost": cost,
                "pct": pct,
                "run_count": run_count,
                "trigger": trigger,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost = d["cost"]

        pct = d["pct"]

        run_count = d["run_count"]

        trigger = d["trigger"]

        cost_by_trigger = cls(
            cost=cost,
            pct=pct,
            run_count=run_count,
            trigger=trigger,
        )

        return cost_by_trigger
