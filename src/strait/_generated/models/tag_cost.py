from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TagCost")


@_attrs_define
class TagCost(WireMapping):
    """
    Attributes:
        run_count (int):
        tag_key (str):
        tag_value (str):
        total_cost (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "run_count": "run_count",
        "tag_key": "tag_key",
        "tag_value": "tag_value",
        "total_cost": "total_cost",
    }

    run_count: int
    tag_key: str
    tag_value: str
    total_cost: int

    def to_dict(self) -> dict[str, Any]:
        run_count = self.run_count

        tag_key = self.tag_key

        tag_value = self.tag_value

        total_cost = self.total_cost

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "run_count": run_count,
                "tag_key": tag_key,
                "tag_value": tag_value,
                "total_cost": total_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        run_count = d["run_count"]

        tag_key = d["tag_key"]

        tag_value = d["tag_value"]

        total_cost = d["total_cost"]

        tag_cost = cls(
            run_count=run_count,
            tag_key=tag_key,
            tag_value=tag_value,
            total_cost=total_cost,
        )

        return tag_cost
