from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.bulk_trigger_item_tags import BulkTriggerItemTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, BulkTriggerItemTags
    from ..models.bulk_trigger_item_tags import BulkTriggerItemTags

    _lazy_pending = False


T = TypeVar("T", bound="BulkTriggerItem")


@_attrs_define
class BulkTriggerItem(WireMapping):
    """
    Attributes:
        concurrency_key (str | Unset):
        idempotency_key (str | Unset):
        payload (Any | Unset):
        priority (int | Unset):
        scheduled_at (datetime.datetime | None | Unset):
        tags (BulkTriggerItemTags | Unset):
        ttl_secs (int | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "concurrency_key": "concurrency_key",
        "idempotency_key": "idempotency_key",
        "payload": "payload",
        "priority": "priority",
        "scheduled_at": "scheduled_at",
        "tags": "tags",
        "ttl_secs": "ttl_secs",
    }

    concurrency_key: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    payload: Any | Unset = UNSET
    priority: int | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    tags: BulkTriggerItemTags | Unset = UNSET
    ttl_secs: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        concurrency_key = self.concurrency_key

        idempotency_key = self.idempotency_key

        payload = self.payload

        priority = self.priority

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        elif isinstance(self.scheduled_at, datetime.datetime):
            scheduled_at = self.scheduled_at.isoformat()
        else:
            scheduled_at = self.scheduled_at

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        ttl_secs: int | None | Unset
        if isinstance(self.ttl_secs, Unset):
            ttl_secs = UNSET
        else:
            ttl_secs = self.ttl_secs

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if idempotency_key is not UNSET:
            field_dict["idempotency_key"] = idempotency_key
        if payload is not UNSET:
            field_dict["payload"] = payload
        if priority is not UNSET:
            field_dict["priority"] = priority
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ttl_secs is not UNSET:
            field_dict["ttl_secs"] = ttl_secs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        concurrency_key = d.get("concurrency_key", UNSET)

        idempotency_key = d.get("idempotency_key", UNSET)

        payload = d.get("payload", UNSET)

        priority = d.get("priority", UNSET)

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

        _tags = d.get("tags", UNSET)
        tags: BulkTriggerItemTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = BulkTriggerItemTags.from_dict(_tags)

        def _parse_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_secs = _parse_ttl_secs(d.get("ttl_secs", UNSET))

        bulk_trigger_item = cls(
            concurrency_key=concurrency_key,
            idempotency_key=idempotency_key,
            payload=payload,
            priority=priority,
            scheduled_at=scheduled_at,
            tags=tags,
            ttl_secs=ttl_secs,
        )

        return bulk_trigger_item
