from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="BulkAssignMemberResult")


@_attrs_define
class BulkAssignMemberResult(WireMapping):
    """
    Attributes:
        role_id (str):
        status (str):
        user_id (str):
        error (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "role_id": "role_id",
        "status": "status",
        "user_id": "user_id",
        "error": "error",
    }

    role_id: str
    status: str
    user_id: str
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role_id = self.role_id

        status = self.status

        user_id = self.user_id

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role_id": role_id,
                "status": status,
                "user_id": user_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        role_id = d["role_id"]

        status = d["status"]

        user_id = d["user_id"]

        error = d.get("error", UNSET)

        bulk_assign_member_result = cls(
            role_id=role_id,
            status=status,
            user_id=user_id,
            error=error,
        )

        return bulk_assign_member_result
