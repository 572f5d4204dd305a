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

T = TypeVar("T", bound="DeploymentVersion")


@_attrs_define
class DeploymentVersion(WireMapping):
    """
    Attributes:
        artifact_uri (str):
        created_at (datetime.datetime):
        environment (str):
        id (str):
        project_id (str):
        runtime (str):
        status (str):
        strategy (str):
        updated_at (datetime.datetime):
        canary_duration (int | None | Unset):
        canary_percent (int | None | Unset):
        checksum (str | Unset):
        created_by (str | Unset):
        finalized_at (datetime.datetime | None | Unset):
        manifest (Any | Unset):
        promoted_at (datetime.datetime | None | Unset):
        rollback_from_deployment_id (str | Unset):
        updated_by (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "artifact_uri": "artifact_uri",
        "created_at": "created_at",
        "environment": "environment",
        "id": "id",
        "project_id": "project_id",
        "runtime": "runtime",
        "status": "status",
        "strategy": "strategy",
        "updated_at": "updated_at",
        "canary_duration": "canary_duration",
        "canary_percent": "canary_percent",
        "checksum": "checksum",
        "created_by": "created_by",
        "finalized_at": "finalized_at",
        "manifest": "manifest",
        "promoted_at": "promoted_at",
        "rollback_from_deployment_id": "rollback_from_deployment_id",
        "updated_by": "updated_by",
    }

    artifact_uri: str
    created_at: datetime.datetime
    environment: str
    id: str
    project_id: str
    runtime: str
    status: str
    strategy: str
    updated_at: datetime.datetime
    canary_duration: int | None | Unset = UNSET
    canary_percent: int | None | Unset = UNSET
    checksum: str | Unset = UNSET
    created_by: str | Unset = UNSET
    finalized_at: datetime.datetime | None | Unset = UNSET
    manifest: Any | Unset = UNSET
    promoted_at: datetime.datetime | None | Unset = UNSET
    rollback_from_deployment_id: str | Unset = UNSET
    updated_by: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        artifact_uri = self.artifact_uri

        created_at = self.created_at.isoformat()

        environment = self.environment

        id = self.id

        project_id = self.project_id

        runtime = self.runtime

        status = self.status

        strategy = self.strategy

        updated_at = self.updated_at.isoformat()

        canary_duration: int | None | Unset
        if isinstance(self.canary_duration, Unset):
            canary_duration = UNSET
        else:
            canary_duration = self.canary_duration

        canary_percent: int | None | Unset
        if isinstance(self.canary_percent, Unset):
            canary_percent = UNSET
        else:
            canary_percent = self.canary_percent

        checksum = self.checksum

        created_by = self.created_by

        finalized_at: None | str | Unset
        if isinstance(self.finalized_at, Unset):
            finalized_at = UNSET
        elif isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        manifest = self.manifest

        promoted_at: None | str | Unset
        if isinstance(self.promoted_at, Unset):
            promoted_at = UNSET
        elif isinstance(self.promoted_at, datetime.datetime):
            promoted_at = self.promoted_at.isoformat()
        else:
            promoted_at = self.promoted_at

        rollback_from_deployment_id = self.rollback_from_deployment_id

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "artifact_uri": artifact_uri,
                "created_at": created_at,
                "environment": environment,
                "id": id,
                "project_id": project_id,
                "runtime": runtime,
                "status": status,
                "strategy": strategy,
                "updated_at": updated_at,
            }
        )
        if canary_duration is not UNSET:
            field_dict["canary_duration"] = canary_duration
        if canary_percent is not UNSET:
            field_dict["canary_percent"] = canary_percent
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if finalized_at is not UNSET:
            field_dict["finalized_at"] = finalized_at
        if manifest is not UNSET:
            field_dict["manifest"] = manifest
        if promoted_at is not UNSET:
            field_dict["promoted_at"] = promoted_at
        if rollback_from_deployment_id is not UNSET:
            field_dict["rollback_from_deployment_id"] = rollback_from_deployment_id
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        artifact_uri = d["artifact_uri"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        environment = d["environment"]

        id = d["id"]

        project_id = d["project_id"]

        runtime = d["runtime"]

        status = d["status"]

        strategy = d["strategy"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        def _parse_canary_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canary_duration = _parse_canary_duration(d.get("canary_duration", UNSET))

        def _parse_canary_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        canary_percent = _parse_canary_percent(d.get("canary_percent", UNSET))

        checksum = d.get("checksum", UNSET)

        created_by = d.get("created_by", UNSET)

        def _parse_finalized_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)

                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finalized_at = _parse_finalized_at(d.get("finalized_at", UNSET))

        manifest = d.get("manifest", UNSET)

        def _parse_promoted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promoted_at_type_0 = datetime.datetime.fromisoformat(data)

                return promoted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promoted_at = _parse_promoted_at(d.get("promoted_at", UNSET))

        rollback_from_deployment_id = d.get("rollback_from_deployment_id", UNSET)

        updated_by = d.get("updated_by", UNSET)

        deployment_version = cls(
            artifact_uri=artifact_uri,
            created_at=created_at,
            environment=environment,
            id=id,
            project_id=project_id,
            runtime=runtime,
            status=status,
            strategy=strategy,
            updated_at=updated_at,
            canary_duration=canary_duration,
            canary_percent=canary_percent,
            checksum=checksum,
            created_by=created_by,
            finalized_at=finalized_at,
            manifest=manifest,
            promoted_at=promoted_at,
            rollback_from_deployment_id=rollback_from_deployment_id,
            updated_by=updated_by,
        )

        return deployment_version
