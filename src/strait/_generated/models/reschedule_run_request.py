from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="RescheduleRunRequest")


@_attrs_define
class RescheduleRunRequest(WireMapping):
    """
    Attributes:
        scheduled_at (datetime.datetime):
        payload (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "scheduled_at": "scheduled_at",
        "payload": "payload",
    }

    scheduled_at: datetime.datetime
    payload: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = self.scheduled_at.isoformat()

        payload = self.payload

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scheduled_at": scheduled_at,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        scheduled_at = datetime.datetime.fromisoformat(d["scheduled_at"])

        payload = d.get("payload", UNSET)

        reschedule_run_request = cls(
            scheduled_at=scheduled_at,
            payload=payload,
        )

        return reschedule_run_request
