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

T = TypeVar("T", bound="Worker")


@_attrs_define
class Worker(WireMapping):
    """
    Attributes:
        hostname (str):
        id (str):
        last_seen_at (datetime.datetime):
        project_id (str):
        queue_name (str):
        registered_at (datetime.datetime):
        status (str):
        version (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "hostname": "hostname",
        "id": "id",
        "last_seen_at": "last_seen_at",
        "project_id": "project_id",
        "queue_name": "queue_name",
        "registered_at": "registered_at",
        "status": "status",
        "version": "version",
    }

    hostname: str
    id: str
    last_seen_at: datetime.datetime
    project_id: str
    queue_name: str
    registered_at: datetime.datetime
    status: str
    version: str

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        id = self.id

        last_seen_at = self.last_seen_at.isoformat()

        project_id = self.project_id

        queue_name = self.queue_name

        registered_at = self.registered_at.isoformat()

        status = self.status

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "hostname": hostname,
                "id": id,
                "last_seen_at": last_seen_at,
                "project_id": project_id,
                "queue_name": queue_name,
                "registered_at": registered_at,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        hostname = d["hostname"]

        id = d["id"]

        last_seen_at = datetime.datetime.fromisoformat(d["last_seen_at"])

        project_id = d["project_id"]

        queue_name = d["queue_name"]

        registered_at = datetime.datetime.fromisoformat(d["registered_at"])

        status = d["status"]

        version = d["version"]

        worker = cls(
            hostname=hostname,
            id=id,
            last_seen_at=last_seen_at,
            project_id=project_id,
            queue_name=queue_name,
            registered_at=registered_at,
            status=status,
            version=version,
        )

        return worker
