from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="GetAuditRetentionResponse")


@_attrs_define
class GetAuditRetentionResponse(WireMapping):
    """
    Attributes:
        days (int):
        inherited_from_default (bool):
        project_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "days": "days",
        "inherited_from_default": "inherited_from_default",
        "project_id": "project_id",
    }

    days: int
    inherited_from_default: bool
    project_id: str

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        inherited_from_default = self.inherited_from_default

        project_id = self.project_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "days": days,
                "inherited_from_default": inherited_from_default,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        days = d["days"]

        inherited_from_default = d["inherited_from_default"]

        project_id = d["project_id"]

        get_audit_retention_response = cls(
            days=days,
            inherited_from_default=inherited_from_default,
            project_id=project_id,
        )

        return get_audit_retention_response
