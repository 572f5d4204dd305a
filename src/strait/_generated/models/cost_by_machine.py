from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CostByMachine")


@_attrs_define
class CostByMachine(WireMapping):
    """
    Attributes:
        cost (int):
        duration_secs (float):
        preset (str):
        run_count (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost": "cost",
        "duration_secs": "duration_secs",
        "preset": "preset",
        "run_count": "run_count",
    }

    cost: int
    duration_secs: float
    preset: str
    run_count: int

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        duration_secs = self.duration_secs

        preset = self.preset

        run_count = self.run_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost": cost,
                "duration_secs": duration_secs,
                "preset": preset,
                "run_count": run_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost = d["cost"]

        duration_secs = d["duration_secs"]

        preset = d["preset"]

        run_count = d["run_count"]

        cost_by_machine = cls(
            cost=cost,
            duration_secs=duration_secs,
            preset=preset,
            run_count=run_count,
        )

        return cost_by_machine
