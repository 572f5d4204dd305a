from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="ReplayResult")


@_attrs_define
class ReplayResult(WireMapping):
    """
    Attributes:
        original_run_id (str):
        status (str):
        error (str | Unset):
        new_run_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "original_run_id": "original_run_id",
        "status": "status",
        "error": "error",
        "new_run_id": "new_run_id",
    }

    original_run_id: str
    status: str
    error: str | Unset = UNSET
    new_run_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        original_run_id = self.original_run_id

        status = self.status

        error = self.error

        new_run_id = self.new_run_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "original_run_id": original_run_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if new_run_id is not UNSET:
            field_dict["new_run_id"] = new_run_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        original_run_id = d["original_run_id"]

        status = d["status"]

        error = d.get("error", UNSET)

        new_run_id = d.get("new_run_id", UNSET)

        replay_result = cls(
            original_run_id=original_run_id,
            status=status,
            error=error,
            new_run_id=new_run_id,
        )

        return replay_result
