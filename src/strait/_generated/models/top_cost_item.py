from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="TopCostItem")


@_attrs_define
class TopCostItem(WireMapping):
    """
    Attributes:
        cost_microusd (int):
        id (str):
        item_type (str):
        name (str):
        run_count (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "cost_microusd": "cost_microusd",
        "id": "id",
        "item_type": "item_type",
        "name": "name",
        "run_count": "run_count",
    }

    cost_microusd: int
    id: str
    item_type: str
    name: str
    run_count: int

    def to_dict(self) -> dict[str, Any]:
        cost_microusd = self.cost_microusd

        id = self.id

        item_type = self.item_type

        name = self.name

        run_count = self.run_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost_microusd": cost_microusd,
                "id": id,
                "item_type": item_type,
                "name": name,
                "run_count": run_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        cost_microusd = d["cost_microusd"]

        id = d["id"]

        item_type = d["item_type"]

        name = d["name"]

        run_count = d["run_count"]

        top_cost_item = cls(
            cost_microusd=cost_microusd,
            id=id,
            item_type=item_type,
            name=name,
            run_count=run_count,
        )

        return top_cost_item
