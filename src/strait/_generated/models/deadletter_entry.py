from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="DeadletterEntry")


@_attrs_define
class DeadletterEntry(WireMapping):
    """
    Attributes:
        action (str):
        actor_id (str):
        actor_type (str):
        created_at (str):
        details (Any):
        id (str):
        project_id (str):
        resource_id (str):
        resource_type (str):
        schema_version (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "actor_id": "actor_id",
        "actor_type": "actor_type",
        "created_at": "created_at",
        "details": "details",
        "id": "id",
        "project_id": "project_id",
        "resource_id": "resource_id",
        "resource_type": "resource_type",
        "schema_version": "schema_version",
    }

    action: str
    actor_id: str
    actor_type: str
    created_at: str
    details: Any
    id: str
    project_id: str
    resource_id: str
    resource_type: str
    schema_version: int

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_id = self.actor_id

        actor_type = self.actor_type

        created_at = self.created_at

        details = self.details

        id = self.id

        project_id = self.project_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        schema_version = self.schema_version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "created_at": created_at,
                "details": details,
                "id": id,
                "project_id": project_id,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "schema_version": schema_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        action = d["action"]

        actor_id = d["actor_id"]

        actor_type = d["actor_type"]

        created_at = d["created_at"]

        details = d["details"]

        id = d["id"]

        project_id = d["project_id"]

        resource_id = d["resource_id"]

        resource_type = d["resource_type"]

        schema_version = d["schema_version"]

        deadletter_entry = cls(
            action=action,
            actor_id=actor_id,
            actor_type=actor_type,
            created_at=created_at,
            details=details,
            id=id,
            project_id=project_id,
            resource_id=resource_id,
            resource_type=resource_type,
            schema_version=schema_version,
        )

        return deadletter_entry
