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

T = TypeVar("T", bound="EventSubscription")


@_attrs_define
class EventSubscription(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        enabled (bool):
        id (str):
        source_id (str):
        target_id (str):
        target_type (str):
        filter_expr (Any | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "enabled": "enabled",
        "id": "id",
        "source_id": "source_id",
        "target_id": "target_id",
        "target_type": "target_type",
        "filter_expr": "filter_expr",
    }

    created_at: datetime.datetime
    enabled: bool
    id: str
    source_id: str
    target_id: str
    target_type: str
    filter_expr: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        enabled = self.enabled

        id = self.id

        source_id = self.source_id

        target_id = self.target_id

        target_type = self.target_type

        filter_expr = self.filter_expr

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "enabled": enabled,
                "id": id,
                "source_id": source_id,
                "target_id": target_id,
                "target_type": target_type,
            }
        )
        if filter_expr is not UNSET:
            field_dict["filter_expr"] = filter_expr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        enabled = d["enabled"]

        id = d["id"]

        source_id = d["source_id"]

        target_id = d["target_id"]

        target_type = d["target_type"]

        filter_expr = d.get("filter_expr", UNSET)

        event_subscription = cls(
            created_at=created_at,
            enabled=enabled,
            id=id,
            source_id=source_id,
            target_id=target_id,
            target_type=target_type,
            filter_expr=filter_expr,
        )

        return event_subscription
