from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="AssignMemberRequest")


@_attrs_define
class AssignMemberRequest(WireMapping):
    """
    Attributes:
        role_id (str):
        user_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "role_id": "role_id",
        "user_id": "user_id",
    }

    role_id: str
    user_id: str

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role_id": role_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        role_id = d["role_id"]

        user_id = d["user_id"]

        assign_member_request = cls(
            role_id=role_id,
            user_id=user_id,
        )

        return assign_member_request
