from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="DropDeadletterResponse")


@_attrs_define
class DropDeadletterResponse(WireMapping):
    """
    Attributes:
        deadletter_id (str):
        dropped (bool):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "deadletter_id": "deadletter_id",
        "dropped": "dropped",
    }

    deadletter_id: str
    dropped: bool

    def to_dict(self) -> dict[str, Any]:
        deadletter_id = self.deadletter_id

        dropped = self.dropped

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deadletter_id": deadletter_id,
                "dropped": dropped,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        deadletter_id = d["deadletter_id"]

        dropped = d["dropped"]

        drop_deadletter_response = cls(
            deadletter_id=deadletter_id,
            dropped=dropped,
        )

        return drop_deadletter_response
