from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="UpdateAuditExportCapResponse")


@_attrs_define
class UpdateAuditExportCapResponse(WireMapping):
    """
    Attributes:
        project_id (str):
        row_cap (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "project_id": "project_id",
        "row_cap": "row_cap",
    }

    project_id: str
    row_cap: int

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        row_cap = self.row_cap

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "project_id": project_id,
                "row_cap": row_cap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        project_id = d["project_id"]

        row_cap = d["row_cap"]

        update_audit_export_cap_response = cls(
            project_id=project_id,
            row_cap=row_cap,
        )

        return update_audit_export_cap_response
