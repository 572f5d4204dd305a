from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateAuditExportCapInputBody")


@_attrs_define
class UpdateAuditExportCapInputBody(WireMapping):
    """
    Attributes:
        row_cap (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "row_cap": "row_cap",
    }

    row_cap: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        row_cap = self.row_cap

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if row_cap is not UNSET:
            field_dict["row_cap"] = row_cap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        row_cap = d.get("row_cap", UNSET)

        update_audit_export_cap_input_body = cls(
            row_cap=row_cap,
        )

        return update_audit_export_cap_input_body
