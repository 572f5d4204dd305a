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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateTagPolicyRequest")


@_attrs_define
class CreateTagPolicyRequest(WireMapping):
    """
    Attributes:
        actions (list[str]):
        project_id (str):
        resource_type (str):
        tag_key (str):
        user_id (str):
        tag_value (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "project_id": "project_id",
        "resource_type": "resource_type",
        "tag_key": "tag_key",
        "user_id": "user_id",
        "tag_value": "tag_value",
    }

    actions: list[str]
    project_id: str
    resource_type: str
    tag_key: str
    user_id: str
    tag_value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        project_id = self.project_id

        resource_type = self.resource_type

        tag_key = self.tag_key

        user_id = self.user_id

        tag_value = self.tag_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "project_id": project_id,
                "resource_type": resource_type,
                "tag_key": tag_key,
                "user_id": user_id,
            }
        )
        if tag_value is not UNSET:
            field_dict["tag_value"] = tag_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        actions = cast(list[str], d["actions"])

        project_id = d["project_id"]

        resource_type = d["resource_type"]

        tag_key = d["tag_key"]

        user_id = d["user_id"]

        tag_value = d.get("tag_value", UNSET)

        create_tag_policy_request = cls(
            actions=actions,
            project_id=project_id,
            resource_type=resource_type,
            tag_key=tag_key,
            user_id=user_id,
            tag_value=tag_value,
        )

        return create_tag_policy_request
