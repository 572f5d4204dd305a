from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ProjectMemberRole")


@_attrs_define
class ProjectMemberRole(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        project_id (str):
        role_id (str):
        user_id (str):
        granted_by (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "project_id": "project_id",
        "role_id": "role_id",
        "user_id": "user_id",
        "granted_by": "granted_by",
    }

    created_at: datetime.datetime
    id: str
    project_id: str
    role_id: str
    user_id: str
    granted_by: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        project_id = self.project_id

        role_id = self.role_id

        user_id = self.user_id

        granted_by = self.granted_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "project_id": project_id,
                "role_id": role_id,
                "user_id": user_id,
            }
        )
        if granted_by is not UNSET:
            field_dict["granted_by"] = granted_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        project_id = d["project_id"]

        role_id = d["role_id"]

        user_id = d["user_id"]

        granted_by = d.get("granted_by", UNSET)

        project_member_role = cls(
            created_at=created_at,
            id=id,
            project_id=project_id,
            role_id=role_id,
            user_id=user_id,
            granted_by=granted_by,
        )

        return project_member_role
