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

T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent(WireMapping):
    """
    Attributes:
        action (str):
        actor_id (str):
        actor_type (str):
        created_at (datetime.datetime):
        id (str):
        project_id (str):
        resource_id (str):
        resource_type (str):
        details (Any | Unset):
        is_anchor (bool | Unset):
        previous_hash (str | Unset):
        remote_ip (str | Unset):
        request_id (str | Unset):
        rotation_epoch (int | Unset):
        schema_version (int | Unset):
        shard_id (str | Unset):
        signature (str | Unset):
        trace_id (str | Unset):
        user_agent (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "action": "action",
        "actor_id": "actor_id",
        "actor_type": "actor_type",
        "created_at": "created_at",
        "id": "id",
        "project_id": "project_id",
        "resource_id": "resource_id",
        "resource_type": "resource_type",
        "details": "details",
        "is_anchor": "is_anchor",
        "previous_hash": "previous_hash",
        "remote_ip": "remote_ip",
        "request_id": "request_id",
        "rotation_epoch": "rotation_epoch",
        "schema_version": "schema_version",
        "shard_id": "shard_id",
        "signature": "signature",
        "trace_id": "trace_id",
        "user_agent": "user_agent",
    }

    action: str
    actor_id: str
    actor_type: str
    created_at: datetime.datetime
    id: str
    project_id: str
    resource_id: str
    resource_type: str
    details: Any | Unset = UNSET
    is_anchor: bool | Unset = UNSET
    previous_hash: str | Unset = UNSET
    remote_ip: str | Unset = UNSET
    request_id: str | Unset = UNSET
    rotation_epoch: int | Unset = UNSET
    schema_version: int | Unset = UNSET
    shard_id: str | Unset = UNSET
    signature: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    user_agent: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        actor_id = self.actor_id

        actor_type = self.actor_type

        created_at = self.created_at.isoformat()

        id = self.id

        project_id = self.project_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        details = self.details

        is_anchor = self.is_anchor

        previous_hash = self.previous_hash

        remote_ip = self.remote_ip

        request_id = self.request_id

        rotation_epoch = self.rotation_epoch

        schema_version = self.schema_version

        shard_id = self.shard_id

        signature = self.signature

        trace_id = self.trace_id

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "actor_id": actor_id,
                "actor_type": actor_type,
                "created_at": created_at,
                "id": id,
                "project_id": project_id,
                "resource_id": resource_id,
                "resource_type": resource_type,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details
        if is_anchor is not UNSET:
            field_dict["is_anchor"] = is_anchor
        if previous_hash is not UNSET:
            field_dict["previous_hash"] = previous_hash
        if remote_ip is not UNSET:
            field_dict["remote_ip"] = remote_ip
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if rotation_epoch is not UNSET:
            field_dict["rotation_epoch"] = rotation_epoch
        if schema_version is not UNSET:
            field_dict["schema_version"] = schema_version
        if shard_id is not UNSET:
            field_dict["shard_id"] = shard_id
        if signature is not UNSET:
            field_dict["signature"] = signature
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        action = d["action"]

        actor_id = d["actor_id"]

        actor_type = d["actor_type"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        project_id = d["project_id"]

        resource_id = d["resource_id"]

        resource_type = d["resource_type"]

        details = d.get("details", UNSET)

        is_anchor = d.get("is_anchor", UNSET)

        previous_hash = d.get("previous_hash", UNSET)

        remote_ip = d.get("remote_ip", UNSET)

        request_id = d.get("request_id", UNSET)

        rotation_epoch = d.get("rotation_epoch", UNSET)

        schema_version = d.get("schema_version", UNSET)

        shard_id = d.get("shard_id", UNSET)

        signature = d.get("signature", UNSET)

        trace_id = d.get("trace_id", UNSET)

        user_agent = d.get("user_agent", UNSET)

        audit_event = cls(
            action=action,
            actor_id=actor_id,
            actor_type=actor_type,
            created_at=created_at,
            id=id,
            project_id=project_id,
            resource_id=resource_id,
            resource_type=resource_type,
            details=details,
            is_anchor=is_anchor,
            previous_hash=previous_hash,
            remote_ip=remote_ip,
            request_id=request_id,
            rotation_epoch=rotation_epoch,
            schema_version=schema_version,
            shard_id=shard_id,
            signature=signature,
            trace_id=trace_id,
            user_agent=user_agent,
        )

        return audit_event
