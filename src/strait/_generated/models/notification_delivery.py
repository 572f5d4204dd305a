from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="NotificationDelivery")


@_attrs_define
class NotificationDelivery(WireMapping):
    """
    Attributes:
        attempts (int):
        channel_id (str):
        created_at (datetime.datetime):
        event_type (str):
        id (str):
        max_attempts (int):
        payload (Any):
        project_id (str):
        status (str):
        updated_at (datetime.datetime):
        delivered_at (datetime.datetime | None | Unset):
        last_error (str | Unset):
        next_retry_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "attempts": "attempts",
        "channel_id": "channel_id",
        "created_at": "created_at",
        "event_type": "event_type",
        "id": "id",
        "max_attempts": "max_attempts",
        "payload": "payload",
        "project_id": "project_id",
        "status": "status",
        "updated_at": "updated_at",
        "delivered_at": "delivered_at",
        "last_error": "last_error",
        "next_retry_at": "next_retry_at",
    }

    attempts: int
    channel_id: str
    created_at: datetime.datetime
    event_type: str
    id: str
    max_attempts: int
    payload: Any
    project_id: str
    status: str
    updated_at: datetime.datetime
    delivered_at: datetime.datetime | None | Unset = UNSET
    last_error: str | Unset = UNSET
    next_retry_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        channel_id = self.channel_id

        created_at = self.created_at.isoformat()

        event_type = self.event_type

        id = self.id

        max_attempts = self.max_attempts

        payload = self.payload

        project_id = self.project_id

        status = self.status

        updated_at = self.updated_at.isoformat()

        delivered_at: None | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        elif isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        last_error = self.last_error

        next_retry_at: None | str | Unset
        if isinstance(self.next_retry_at, Unset):
            next_retry_at = UNSET
        elif isinstance(self.next_retry_at, datetime.datetime):
            next_retry_at = self.next_retry_at.isoformat()
        else:
            next_retry_at = self.next_retry_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attempts": attempts,
                "channel_id": channel_id,
                "created_at": created_at,
                "event_type": event_type,
                "id": id,
                "max_attempts": max_attempts,
                "payload": payload,
                "project_id": project_id,
                "status": status,
                "updated_at": updated_at,
            }
        )
        if delivered_at is not UNSET:
            field_dict["delivered_at"] = delivered_at
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if next_retry_at is not UNSET:
            field_dict["next_retry_at"] = next_retry_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        attempts = d["attempts"]

        channel_id = d["channel_id"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        event_type = d["event_type"]

        id = d["id"]

        max_attempts = d["max_attempts"]

        payload = d["payload"]

        project_id = d["project_id"]

        status = d["status"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        def _parse_delivered_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivered_at = _parse_delivered_at(d.get("delivered_at", UNSET))

        last_error = d.get("last_error", UNSET)

        def _parse_next_retry_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_retry_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_retry_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_retry_at = _parse_next_retry_at(d.get("next_retry_at", UNSET))

        notification_delivery = cls(
            attempts=attempts,
            channel_id=channel_id,
            created_at=created_at,
            event_type=event_type,
            id=id,
            max_attempts=max_attempts,
            payload=payload,
            project_id=project_id,
            status=status,
            updated_at=updated_at,
            delivered_at=delivered_at,
            last_error=last_error,
            next_retry_at=next_retry_at,
        )

        return notification_delivery
