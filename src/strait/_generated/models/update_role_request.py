from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateRoleRequest")


@_attrs_define
class UpdateRoleRequest(WireMapping):
    """
    Attributes:
        name (str):
        permissions (list[str]):
        description (str | Unset):
        parent_role_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "permissions": "permissions",
        "description": "description",
        "parent_role_id": "parent_role_id",
    }

    name: str
    permissions: list[str]
    description: str | Unset = UNSET
    parent_role_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permissions = self.permissions

        description = self.description

        parent_role_id = self.parent_role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if parent_role_id is not UNSET:
            field_dict["parent_role_id"] = parent_role_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        permissions = cast(list[str], d["permissions"])

        description = d.get("description", UNSET)

        parent_role_id = d.get("parent_role_id", UNSET)

        update_role_request = cls(
            name=name,
            permissions=permissions,
            description=description,
            parent_role_id=parent_role_id,
        )

        return update_role_request
