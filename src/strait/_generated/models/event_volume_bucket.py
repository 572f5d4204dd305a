from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="EventVolumeBucket")


@_attrs_define
class EventVolumeBucket(WireMapping):
    """
    Attributes:
        created (int):
        period (str):
        received (int):
        timed_out (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "period": "period",
        "received": "received",
        "timed_out": "timed_out",
    }

    created: int
    period: str
    received: int
    timed_out: int

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        period = self.period

        received = self.received

        timed_out = self.timed_out

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
                "period": period,
                "received": received,
                "timed_out": timed_out,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created = d["created"]

        period = d["period"]

        received = d["received"]

        timed_out = d["timed_out"]

        event_volume_bucket = cls(
            created=created,
            period=period,
            received=received,
            timed_out=timed_out,
        )

        return event_volume_bucket
