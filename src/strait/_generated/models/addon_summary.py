from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AddonSummary")


@_attrs_define
class AddonSummary(WireMapping):
    """
    Attributes:
        quantity (int):
        type_ (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "quantity": "quantity",
        "type": "type_",
    }

    quantity: int
    type_: str

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "quantity": quantity,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        quantity = d["quantity"]

        type_ = d["type"]

        addon_summary = cls(
            quantity=quantity,
            type_=type_,
        )

        return addon_summary
