from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="BulkCancelResult")


@_attrs_define
class BulkCancelResult(WireMapping):
    """
    Attributes:
        id (str):
        status (str):
        error (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "error": "error",
    }

    id: str
    status: str
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        id = d["id"]

        status = d["status"]

        error = d.get("error", UNSET)

        bulk_cancel_result = cls(
            id=id,
            status=status,
            error=error,
        )

        return bulk_cancel_result
