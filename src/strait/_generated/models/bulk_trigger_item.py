from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .bulk_trigger_item_tags import BulkTriggerItemTags


class BulkTriggerItem(_m.StraitObject):
    """BulkTriggerItem: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    concurrency_key: str
    idempotency_key: str
    payload: Any
    priority: int
    scheduled_at: datetime.datetime | None
    tags: BulkTriggerItemTags
    ttl_secs: int | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            concurrency_key: str = ...,
            idempotency_key: str = ...,
            payload: Any = ...,
            priority: int = ...,
            scheduled_at: datetime.datetime | str | None = ...,
            tags: BulkTriggerItemTags | Mapping[str, Any] = ...,
            ttl_secs: int | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "concurrency_key": ("concurrency_key", _m.STR),
        "idempotency_key": ("idempotency_key", _m.STR),
        "payload": ("payload", _m.ANY),
        "priority": ("priority", _m.INT),
        "scheduled_at": ("scheduled_at", _m.Union(_m.DATETIME, _m.NONE)),
        "tags": ("tags", _m.Model("bulk_trigger_item_tags", "BulkTriggerItemTags")),
        "ttl_secs": ("ttl_secs", _m.Union(_m.INT, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BulkTriggerItem"]
