from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CheaperAlternative")


@_attrs_define
class CheaperAlternative(WireMapping):
    """
    Attributes:
        cost_microusd (int):
        preset (str):
        savings_pct (float):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost_microusd": "cost_microusd",
        "preset": "preset",
        "savings_pct": "savings_pct",
    }

    cost_microusd: int
    preset: str
    savings_pct: float

    def to_dict(self) -> dict[str, Any]:
        cost_microusd = self.cost_microusd

        preset = self.preset

        savings_pct = self.savings_pct

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_microusd": cost_microusd,
                "preset": preset,
                "savings_pct": savings_pct,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost_microusd = d["cost_microusd"]

        preset = d["preset"]

        savings_pct = d["savings_pct"]

        cheaper_alternative = cls(
            cost_microusd=cost_microusd,
            preset=preset,
            savings_pct=savings_pct,
        )

        return cheaper_alternative
