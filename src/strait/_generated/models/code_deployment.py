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

T = TypeVar("T", bound="CodeDeployment")


@_attrs_define
class CodeDeployment(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        job_id (str):
        project_id (str):
        runtime (str):
        source_hash (str):
        source_size_bytes (int):
        source_uri (str):
        status (str):
        updated_at (datetime.datetime):
        version (int):
        build_logs (str | Unset):
        built_image_digest (str | Unset):
        built_image_uri (str | Unset):
        created_by (str | Unset):
        error_message (str | Unset):
        finished_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "job_id": "job_id",
        "project_id": "project_id",
        "runtime": "runtime",
        "source_hash": "source_hash",
        "source_size_bytes": "source_size_bytes",
        "source_uri": "source_uri",
        "status": "status",
        "updated_at": "updated_at",
        "version": "version",
        "build_logs": "build_logs",
        "built_image_digest": "built_image_digest",
        "built_image_uri": "built_image_uri",
        "created_by": "created_by",
        "error_message": "error_message",
        "finished_at": "finished_at",
    }

    created_at: datetime.datetime
    id: str
    job_id: str
    project_id: str
    runtime: str
    source_hash: str
    source_size_bytes: int
    source_uri: str
    status: str
    updated_at: datetime.datetime
    version: int
    build_logs: str | Unset = UNSET
    built_image_digest: str | Unset = UNSET
    built_image_uri: str | Unset = UNSET
    created_by: str | Unset = UNSET
    error_message: str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        job_id = self.job_id

        project_id = self.project_id

        runtime = self.runtime

        source_hash = self.source_hash

        source_size_bytes = self.source_size_bytes

        source_uri = self.source_uri

        status = self.status

        updated_at = self.updated_at.isoformat()

        version = self.version

        build_logs = self.build_logs

        built_image_digest = self.built_image_digest

        built_image_uri = self.built_image_uri

        created_by = self.created_by

        error_message = self.error_message

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "job_id": job_id,
                "project_id": project_id,
                "runtime": runtime,
                "source_hash": source_hash,
                "source_size_bytes": source_size_bytes,
                "source_uri": source_uri,
                "status": status,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if build_logs is not UNSET:
            field_dict["build_logs"] = build_logs
        if built_image_digest is not UNSET:
            field_dict["built_image_digest"] = built_image_digest
        if built_image_uri is not UNSET:
            field_dict["built_image_uri"] = built_image_uri
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        job_id = d["job_id"]

        project_id = d["project_id"]

        runtime = d["runtime"]

        source_hash = d["source_hash"]

        source_size_bytes = d["source_size_bytes"]

        source_uri = d["source_uri"]

        status = d["status"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        version = d["version"]

        build_logs = d.get("build_logs", UNSET)

        built_image_digest = d.get("built_image_digest", UNSET)

        built_image_uri = d.get("built_image_uri", UNSET)

        created_by = d.get("created_by", UNSET)

        error_message = d.get("error_message", UNSET)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        code_deployment = cls(
            created_at=created_at,
            id=id,
            job_id=job_id,
            project_id=project_id,
            runtime=runtime,
            source_hash=source_hash,
            source_size_bytes=source_size_bytes,
            source_uri=source_uri,
            status=status,
            updated_at=updated_at,
            version=version,
            build_logs=build_logs,
            built_image_digest=built_image_digest,
            built_image_uri=built_image_uri,
            created_by=created_by,
            error_message=error_message,
            finished_at=finished_at,
        )

        return code_deployment
