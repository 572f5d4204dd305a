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

T = TypeVar("T", bound="WorkflowPolicy")


@_attrs_define
class WorkflowPolicy(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        max_depth (int):
        max_fan_out (int):
        project_id (str):
        require_approval_for_deploy (bool):
        updated_at (datetime.datetime):
        forbidden_step_types (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "max_depth": "max_depth",
        "max_fan_out": "max_fan_out",
        "project_id": "project_id",
        "require_approval_for_deploy": "require_approval_for_deploy",
        "updated_at": "updated_at",
        "forbidden_step_types": "forbidden_step_types",
    }

    created_at: datetime.datetime
    id: str
    max_depth: int
    max_fan_out: int
    project_id: str
    require_approval_for_deploy: bool
    updated_at: datetime.datetime
    forbidden_step_types: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        max_depth = self.max_depth

        max_fan_out = self.max_fan_out

        project_id = self.project_id

        require_approval_for_deploy = self.require_approval_for_deploy

        updated_at = self.updated_at.isoformat()

        forbidden_step_types: list[str] | Unset = UNSET
        if not isinstance(self.forbidden_step_types, Unset):
            forbidden_step_types = self.forbidden_step_types

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "max_depth": max_depth,
                "max_fan_out": max_fan_out,
                "project_id": project_id,
                "require_approval_for_deploy": require_approval_for_deploy,
                "updated_at": updated_at,
            }
        )
        if forbidden_step_types is not UNSET:
            field_dict["forbidden_step_types"] = forbidden_step_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        max_depth = d["max_depth"]

        max_fan_out = d["max_fan_out"]

        project_id = d["project_id"]

        require_approval_for_deploy = d["require_approval_for_deploy"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        forbidden_step_types = cast(list[str], d.get("forbidden_step_types", UNSET))

        workflow_policy = cls(
            created_at=created_at,
            id=id,
            max_depth=max_depth,
            max_fan_out=max_fan_out,
            project_id=project_id,
            require_approval_for_deploy=require_approval_for_deploy,
            updated_at=updated_at,
            forbidden_step_types=forbidden_step_types,
        )

        return workflow_policy
