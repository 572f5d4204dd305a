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

T = TypeVar("T", bound="AdminOutboxRow")


@_attrs_define
class AdminOutboxRow(WireMapping):
    """
    Attributes:
        consumed_at (datetime.datetime):
        created_at (datetime.datetime):
        error (str):
        id (str):
        job_id (str):
        priority (int):
        project_id (str):
        idempotency_key (None | str | Unset):
        metadata (Any | Unset):
        payload (Any | Unset):
        retry_of_outbox_id (None | str | Unset):
        scheduled_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "consumed_at": "consumed_at",
        "created_at": "created_at",
        "error": "error",
        "id": "id",
        "job_id": "job_id",
        "priority": "priority",
        "project_id": "project_id",
        "idempotency_key": "idempotency_key",
        "metadata": "metadata",
        "payload": "payload",
        "retry_of_outbox_id": "retry_of_outbox_id",
        "scheduled_at": "scheduled_at",
    }

    consumed_at: datetime.datetime
    created_at: datetime.datetime
    error: str
    id: str
    job_id: str
    priority: int
    project_id: str
    idempotency_key: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    payload: Any | Unset = UNSET
    retry_of_outbox_id: None | str | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        consumed_at = self.consumed_at.isoformat()

        created_at = self.created_at.isoformat()

        error = self.error

        id = self.id

        job_id = self.job_id

        priority = self.priority

        project_id = self.project_id

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        metadata = self.metadata

        payload = self.payload

        retry_of_outbox_id: None | str | Unset
        if isinstance(self.retry_of_outbox_id, Unset):
            retry_of_outbox_id = UNSET
        else:
            retry_of_outbox_id = self.retry_of_outbox_id

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "consumed_at": consumed_at,
                "created_at": created_at,
                "error": error,
                "id": id,
                "job_id": job_id,
                "priority": priority,
                "project_id": project_id,
            }
        )
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if payload is not UNSET:
            field_dict["payload"] = payload
        if retry_of_outbox_id is not UNSET:
            field_dict["retry_of_outbox_id"] = retry_of_outbox_id
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        consumed_at = datetime.datetime.fromisoformat(d["consumed_at"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        error = d["error"]

        id = d["id"]

        job_id = d["job_id"]

        priority = d["priority"]

        project_id = d["project_id"]

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.get("idempotency_key", UNSET))

        metadata = d.get("metadata", UNSET)

        payload = d.get("payload", UNSET)

        def _parse_retry_of_outbox_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retry_of_outbox_id = _parse_retry_of_outbox_id(
            d.get("retry_of_outbox_id", UNSET)
        )

        def _parse_scheduled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_at_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_at = _parse_scheduled_at(d.get("scheduled_at", UNSET))

        admin_outbox_row = cls(
            consumed_at=consumed_at,
            created_at=created_at,
            error=error,
            id=id,
            job_id=job_id,
            priority=priority,
            project_id=project_id,
            idempotency_key=idempotency_key,
            metadata=metadata,
            payload=payload,
            retry_of_outbox_id=retry_of_outbox_id,
            scheduled_at=scheduled_at,
        )

        return admin_outbox_row
