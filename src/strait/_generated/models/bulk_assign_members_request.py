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

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.assign_member_request import AssignMemberRequest


T = TypeVar("T", bound="BulkAssignMembersRequest")


@_attrs_define
class BulkAssignMembersRequest(WireMapping):
    """
    Attributes:
        items (list[AssignMemberRequest]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "items": "items",
    }

    items: list[AssignMemberRequest]

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assign_member_request import AssignMemberRequest

        d = dict(src_dict or {})
        items = []
        _items = d.pop("items")
        for items_item_data in _items or []:
            items_item = AssignMemberRequest.from_dict(items_item_data)

            items.append(items_item)

        bulk_assign_members_request = cls(
            items=items,
        )

        return bulk_assign_members_request
