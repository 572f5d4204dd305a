from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="ProjectRole")


@_attrs_define
class ProjectRole(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        is_system (bool):
        name (str):
        permissions (list[str] | None):
        project_id (str):
        updated_at (datetime.datetime):
        description (str | Unset):
        parent_role_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "is_system": "is_system",
        "name": "name",
        "permissions": "permissions",
        "project_id": "project_id",
        "updated_at": "updated_at",
        "description": "description",
        "parent_role_id": "parent_role_id",
    }

    created_at: datetime.datetime
    id: str
    is_system: bool
    name: str
    permissions: list[str] | None
    project_id: str
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    parent_role_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        is_system = self.is_system

        name = self.name

        permissions: list[str] | None
        if isinstance(self.permissions, list):
            permissions = self.permissions

        else:
            permissions = self.permissions

        project_id = self.project_id

        updated_at = self.updated_at.isoformat()

        description = self.description

        parent_role_id = self.parent_role_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_system": is_system,
                "name": name,
                "permissions": permissions,
                "project_id": project_id,
                "updated_at": updated_at,
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
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        is_system = d["is_system"]

        name = d["name"]

        def _parse_permissions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = cast(list[str], data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        permissions = _parse_permissions(d["permissions"])

        project_id = d["project_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description = d.get("description", UNSET)

        parent_role_id = d.get("parent_role_id", UNSET)

        project_role = cls(
            created_at=created_at,
            id=id,
            is_system=is_system,
            name=name,
            permissions=permissions,
            project_id=project_id,
            updated_at=updated_at,
            description=description,
            parent_role_id=parent_role_id,
        )

        return project_role
