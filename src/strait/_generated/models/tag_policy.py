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

T = TypeVar("T", bound="TagPolicy")


@_attrs_define
class TagPolicy(WireMapping):
    """
    Attributes:
        actions (list[str] | None):
        created_at (datetime.datetime):
        id (str):
        project_id (str):
        resource_type (str):
        tag_key (str):
        user_id (str):
        tag_value (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "actions": "actions",
        "created_at": "created_at",
        "id": "id",
        "project_id": "project_id",
        "resource_type": "resource_type",
        "tag_key": "tag_key",
        "user_id": "user_id",
        "tag_value": "tag_value",
    }

    actions: list[str] | None
    created_at: datetime.datetime
    id: str
    project_id: str
    resource_type: str
    tag_key: str
    user_id: str
    tag_value: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        actions: list[str] | None
        if isinstance(self.actions, list):
            actions = self.actions

        else:
            actions = self.actions

        created_at = self.created_at.isoformat()

        id = self.id

        project_id = self.project_id

        resource_type = self.resource_type

        tag_key = self.tag_key

        user_id = self.user_id

        tag_value = self.tag_value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "actions": actions,
                "created_at": created_at,
                "id": id,
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

        def _parse_actions(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                actions_type_0 = cast(list[str], data)

                return actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        actions = _parse_actions(d["actions"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        project_id = d["project_id"]

        resource_type = d["resource_type"]

        tag_key = d["tag_key"]

        user_id = d["user_id"]

        tag_value = d.get("tag_value", UNSET)

        tag_policy = cls(
            actions=actions,
            created_at=created_at,
            id=id,
            project_id=project_id,
            resource_type=resource_type,
            tag_key=tag_key,
            user_id=user_id,
            tag_value=tag_value,
        )

        return tag_policy
