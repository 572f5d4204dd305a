from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="ReplayDeadletterResponse")


@_attrs_define
class ReplayDeadletterResponse(WireMapping):
    """
    Attributes:
        deadletter_id (str):
        new_event_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "deadletter_id": "deadletter_id",
        "new_event_id": "new_event_id",
    }

    deadletter_id: str
    new_event_id: str

    def to_dict(self) -> dict[str, Any]:
        deadletter_id = self.deadletter_id

        new_event_id = self.new_event_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deadletter_id": deadletter_id,
                "new_event_id": new_event_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        deadletter_id = d["deadletter_id"]

        new_event_id = d["new_event_id"]

        replay_deadletter_response = cls(
            deadletter_id=deadletter_id,
            new_event_id=new_event_id,
        )

        return replay_deadletter_response
