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

T = TypeVar("T", bound="JobGroup")


@_attrs_define
class JobGroup(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        name (str):
        project_id (str):
        slug (str):
        updated_at (datetime.datetime):
        description (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "updated_at": "updated_at",
        "description": "description",
    }

    created_at: datetime.datetime
    id: str
    name: str
    project_id: str
    slug: str
    updated_at: datetime.datetime
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        project_id = self.project_id

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "project_id": project_id,
                "slug": slug,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description = d.get("description", UNSET)

        job_group = cls(
            created_at=created_at,
            id=id,
            name=name,
            project_id=project_id,
            slug=slug,
            updated_at=updated_at,
            description=description,
        )

        return job_group
