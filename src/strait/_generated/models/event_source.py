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

T = TypeVar("T", bound="EventSource")


@_attrs_define
class EventSource(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        id (str):
        name (str):
        project_id (str):
        updated_at (datetime.datetime):
        description (str | Unset):
        schema (Any | Unset):
        signature_algorithm (str | Unset):
        signature_header (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "enabled": "enabled",
        "id": "id",
        "name": "name",
        "project_id": "project_id",
        "updated_at": "updated_at",
        "description": "description",
        "schema": "schema",
        "signature_algorithm": "signature_algorithm",
        "signature_header": "signature_header",
    }

    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    project_id: str
    updated_at: datetime.datetime
    description: str | Unset = UNSET
    schema: Any | Unset = UNSET
    signature_algorithm: str | Unset = UNSET
    signature_header: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        name = self.name

        project_id = self.project_id

        updated_at = self.updated_at.isoformat()

        description = self.description

        schema = self.schema

        signature_algorithm = self.signature_algorithm

        signature_header = self.signature_header

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "name": name,
                "project_id": project_id,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if signature_header is not UNSET:
            field_dict["signature_header"] = signature_header

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        id = d["id"]

        name = d["name"]

        project_id = d["project_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        description = d.get("description", UNSET)

        schema = d.get("schema", UNSET)

        signature_algorithm = d.get("signature_algorithm", UNSET)

        signature_header = d.get("signature_header", UNSET)

        event_source = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            name=name,
            project_id=project_id,
            updated_at=updated_at,
            description=description,
            schema=schema,
            signature_algorithm=signature_algorithm,
            signature_header=signature_header,
        )

        return event_source
