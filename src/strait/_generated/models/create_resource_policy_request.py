from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="CreateResourcePolicyRequest")


@_attrs_define
class CreateResourcePolicyRequest(WireMapping):
    """
    Attributes:
        actions (list[str]):
        project_id (str):
        resource_id (str):
        resource_type (str):
        user_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "project_id": "project_id",
        "resource_id": "resource_id",
        "resource_type": "resource_type",
        "user_id": "user_id",
    }

    actions: list[str]
    project_id: str
    resource_id: str
    resource_type: str
    user_id: str

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        project_id = self.project_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "project_id": project_id,
                "resource_id": resource_id,
                "resource_type": resource_type,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        actions = cast(list[str], d["actions"])

        project_id = d["project_id"]

        resource_id = d["resource_id"]

        resource_type = d["resource_type"]

        user_id = d["user_id"]

        create_resource_policy_request = cls(
            actions=actions,
            project_id=project_id,
            resource_id=resource_id,
            resource_type=resource_type,
            user_id=user_id,
        )

        return create_resource_policy_request
