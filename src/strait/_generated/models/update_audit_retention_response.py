from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="UpdateAuditRetentionResponse")


@_attrs_define
class UpdateAuditRetentionResponse(WireMapping):
    """
    Attributes:
        days (int):
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "days": "days",
        "project_id": "project_id",
    }

    days: int
    project_id: str

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "days": days,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        days = d["days"]

        project_id = d["project_id"]

        update_audit_retention_response = cls(
            days=days,
            project_id=project_id,
        )

        return update_audit_retention_response
