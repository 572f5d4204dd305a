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

T = TypeVar("T", bound="EnvironmentResponse")


@_attrs_define
class EnvironmentResponse(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        is_standard (bool):
        name (str):
        project_id (str):
        slug (str):
        updated_at (datetime.datetime):
        parent_id (str | Unset):
        resolved_variable_keys (list[str] | Unset):
        variable_keys (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "is_standard": "is_standard",
        "name": "name",
        "project_id": "project_id",
        "slug": "slug",
        "updated_at": "updated_at",
        "parent_id": "parent_id",
        "resolved_variable_keys": "resolved_variable_keys",
        "variable_keys": "variable_keys",
    }

    created_at: datetime.datetime
    id: str
    is_standard: bool
    name: str
    project_id: str
    slug: str
    updated_at: datetime.datetime
    parent_id: str | Unset = UNSET
    resolved_variable_keys: list[str] | Unset = UNSET
    variable_keys: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        is_standard = self.is_standard

        name = self.name

        project_id = self.project_id

        slug = self.slug

        updated_at = self.updated_at.isoformat()

        parent_id = self.parent_id

        resolved_variable_keys: list[str] | Unset = UNSET
        if not isinstance(self.resolved_variable_keys, Unset):
            resolved_variable_keys = self.resolved_variable_keys

        variable_keys: list[str] | Unset = UNSET
        if not isinstance(self.variable_keys, Unset):
            variable_keys = self.variable_keys

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "is_standard": is_standard,
                "name": name,
                "project_id": project_id,
                "slug": slug,
                "updated_at": updated_at,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if resolved_variable_keys is not UNSET:
            field_dict["resolved_variable_keys"] = resolved_variable_keys
        if variable_keys is not UNSET:
            field_dict["variable_keys"] = variable_keys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        is_standard = d["is_standard"]

        name = d["name"]

        project_id = d["project_id"]

        slug = d["slug"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        parent_id = d.get("parent_id", UNSET)

        resolved_variable_keys = cast(list[str], d.get("resolved_variable_keys", UNSET))

        variable_keys = cast(list[str], d.get("variable_keys", UNSET))

        environment_response = cls(
            created_at=created_at,
            id=id,
            is_standard=is_standard,
            name=name,
            project_id=project_id,
            slug=slug,
            updated_at=updated_at,
            parent_id=parent_id,
            resolved_variable_keys=resolved_variable_keys,
            variable_keys=variable_keys,
        )

        return environment_response
