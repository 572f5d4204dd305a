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
    from ..models.trigger_request_tags import TriggerRequestTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, TriggerRequestTags
    from ..models.trigger_request_tags import TriggerRequestTags

    _lazy_pending = False


T = TypeVar("T", bound="TriggerRequest")


@_attrs_define
class TriggerRequest(WireMapping):
    """
    Attributes:
        batch_key (str | Unset):
        concurrency_key (str | Unset):
        debounce_key (str | Unset):
        dry_run (bool | Unset):
        payload (Any | Unset):
        priority (int | Unset):
        scheduled_at (datetime.datetime | None | Unset):
        tags (TriggerRequestTags | Unset):
        ttl_secs (int | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "batch_key": "batch_key",
        "concurrency_key": "concurrency_key",
        "debounce_key": "debounce_key",
        "dry_run": "dry_run",
        "payload": "payload",
        "priority": "priority",
        "scheduled_at": "scheduled_at",
        "tags": "tags",
        "ttl_secs": "ttl_secs",
    }

    batch_key: str | Unset = UNSET
    concurrency_key: str | Unset = UNSET
    debounce_key: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    payload: Any | Unset = UNSET
    priority: int | Unset = UNSET
    scheduled_at: datetime.datetime | None | Unset = UNSET
    tags: TriggerRequestTags | Unset = UNSET
    ttl_secs: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        batch_key = self.batch_key

        concurrency_key = self.concurrency_key

        debounce_key = self.debounce_key

        dry_run = self.dry_run

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
        if batch_key is not UNSET:
            field_dict["batch_key"] = batch_key
        if concurrency_key is not UNSET:
            field_dict["concurrency_key"] = concurrency_key
        if debounce_key is not UNSET:
            field_dict["debounce_key"] = debounce_key
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
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
        batch_key = d.get("batch_key", UNSET)

        concurrency_key = d.get("concurrency_key", UNSET)

        debounce_key = d.get("debounce_key", UNSET)

        dry_run = d.get("dry_run", UNSET)

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
        tags: TriggerRequestTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = TriggerRequestTags.from_dict(_tags)

        def _parse_ttl_secs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ttl_secs = _parse_ttl_secs(d.get("ttl_secs", UNSET))

        trigger_request = cls(
            batch_key=batch_key,
            concurrency_key=concurrency_key,
            debounce_key=debounce_key,
            dry_run=dry_run,
            payload=payload,
            priority=priority,
            scheduled_at=scheduled_at,
            tags=tags,
            ttl_secs=ttl_secs,
        )

        return trigger_request
