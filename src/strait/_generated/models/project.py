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

from ..types import WireMapping

T = TypeVar("T", bound="Project")


@_attrs_define
class Project(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        name (str):
        org_id (str):
        updated_at (datetime.datetime):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "name": "name",
        "org_id": "org_id",
        "updated_at": "updated_at",
    }

    created_at: datetime.datetime
    id: str
    name: str
    org_id: str
    updated_at: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        name = self.name

        org_id = self.org_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "name": name,
                "org_id": org_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        name = d["name"]

        org_id = d["org_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        project = cls(
            created_at=created_at,
            id=id,
            name=name,
            org_id=org_id,
            updated_at=updated_at,
        )

        return project
