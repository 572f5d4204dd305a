from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="BatchUpdateResult")


@_attrs_define
class BatchUpdateResult(WireMapping):
    """
    Attributes:
        updated (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "updated": "updated",
    }

    updated: int

    def to_dict(self) -> dict[str, Any]:
        updated = self.updated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "updated": updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        updated = d["updated"]

        batch_update_result = cls(
            updated=updated,
        )

        return batch_update_result
