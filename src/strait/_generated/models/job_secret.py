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

T = TypeVar("T", bound="JobSecret")


@_attrs_define
class JobSecret(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        environment (str):
        id (str):
        key_version (int):
        project_id (str):
        secret_key (str):
        updated_at (datetime.datetime):
        job_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "environment": "environment",
        "id": "id",
        "key_version": "key_version",
        "project_id": "project_id",
        "secret_key": "secret_key",
        "updated_at": "updated_at",
        "job_id": "job_id",
    }

    created_at: datetime.datetime
    environment: str
    id: str
    key_version: int
    project_id: str
    secret_key: str
    updated_at: datetime.datetime
    job_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        environment = self.environment

        id = self.id

        key_version = self.key_version

        project_id = self.project_id

        secret_key = self.secret_key

        updated_at = self.updated_at.isoformat()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "environment": environment,
                "id": id,
                "key_version": key_version,
                "project_id": project_id,
                "secret_key": secret_key,
                "updated_at": updated_at,
            }
        )
        if job_id is not UNSET:
            field_dict["job_id"] = job_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        environment = d["environment"]

        id = d["id"]

        key_version = d["key_version"]

        project_id = d["project_id"]

        secret_key = d["secret_key"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        job_id = d.get("job_id", UNSET)

        job_secret = cls(
            created_at=created_at,
            environment=environment,
            id=id,
            key_version=key_version,
            project_id=project_id,
            secret_key=secret_key,
            updated_at=updated_at,
            job_id=job_id,
        )

        return job_secret
