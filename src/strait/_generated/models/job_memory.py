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

T = TypeVar("T", bound="JobMemory")


@_attrs_define
class JobMemory(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        job_id (str):
        memory_key (str):
        project_id (str):
        size_bytes (int):
        updated_at (datetime.datetime):
        value (Any):
        ttl_expires_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "job_id": "job_id",
        "memory_key": "memory_key",
        "project_id": "project_id",
        "size_bytes": "size_bytes",
        "updated_at": "updated_at",
        "value": "value",
        "ttl_expires_at": "ttl_expires_at",
    }

    created_at: datetime.datetime
    id: str
    job_id: str
    memory_key: str
    project_id: str
    size_bytes: int
    updated_at: datetime.datetime
    value: Any
    ttl_expires_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        job_id = self.job_id

        memory_key = self.memory_key

        project_id = self.project_id

        size_bytes = self.size_bytes

        updated_at = self.updated_at.isoformat()

        value = self.value

        ttl_expires_at: None | str | Unset
        if isinstance(self.ttl_expires_at, Unset):
            ttl_expires_at = UNSET
        elif isinstance(self.ttl_expires_at, datetime.datetime):
            ttl_expires_at = self.ttl_expires_at.isoformat()
        else:
            ttl_expires_at = self.ttl_expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "job_id": job_id,
                "memory_key": memory_key,
                "project_id": project_id,
                "size_bytes": size_bytes,
                "updated_at": updated_at,
                "value": value,
            }
        )
        if ttl_expires_at is not UNSET:
            field_dict["ttl_expires_at"] = ttl_expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        job_id = d["job_id"]

        memory_key = d["memory_key"]

        project_id = d["project_id"]

        size_bytes = d["size_bytes"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        value = d["value"]

        def _parse_ttl_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ttl_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return ttl_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ttl_expires_at = _parse_ttl_expires_at(d.get("ttl_expires_at", UNSET))

        job_memory = cls(
            created_at=created_at,
            id=id,
            job_id=job_id,
            memory_key=memory_key,
            project_id=project_id,
            size_bytes=size_bytes,
            updated_at=updated_at,
            value=value,
            ttl_expires_at=ttl_expires_at,
        )

        return job_memory
