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

T = TypeVar("T", bound="CanaryDeployment")


@_attrs_define
class CanaryDeployment(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        project_id (str):
        source_version (int):
        status (str):
        target_version (int):
        traffic_pct (int):
        updated_at (datetime.datetime):
        workflow_id (str):
        auto_promote_config (Any | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "project_id": "project_id",
        "source_version": "source_version",
        "status": "status",
        "target_version": "target_version",
        "traffic_pct": "traffic_pct",
        "updated_at": "updated_at",
        "workflow_id": "workflow_id",
        "auto_promote_config": "auto_promote_config",
        "completed_at": "completed_at",
    }

    created_at: datetime.datetime
    id: str
    project_id: str
    source_version: int
    status: str
    target_version: int
    traffic_pct: int
    updated_at: datetime.datetime
    workflow_id: str
    auto_promote_config: Any | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        project_id = self.project_id

        source_version = self.source_version

        status = self.status

        target_version = self.target_version

        traffic_pct = self.traffic_pct

        updated_at = self.updated_at.isoformat()

        workflow_id = self.workflow_id

        auto_promote_config = self.auto_promote_config

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "project_id": project_id,
                "source_version": source_version,
                "status": status,
                "target_version": target_version,
                "traffic_pct": traffic_pct,
                "updated_at": updated_at,
                "workflow_id": workflow_id,
            }
        )
        if auto_promote_config is not UNSET:
            field_dict["auto_promote_config"] = auto_promote_config
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        project_id = d["project_id"]

        source_version = d["source_version"]

        status = d["status"]

        target_version = d["target_version"]

        traffic_pct = d["traffic_pct"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        workflow_id = d["workflow_id"]

        auto_promote_config = d.get("auto_promote_config", UNSET)

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        canary_deployment = cls(
            created_at=created_at,
            id=id,
            project_id=project_id,
            source_version=source_version,
            status=status,
            target_version=target_version,
            traffic_pct=traffic_pct,
            updated_at=updated_at,
            workflow_id=workflow_id,
            auto_promote_config=auto_promote_config,
            completed_at=completed_at,
        )

        return canary_deployment
