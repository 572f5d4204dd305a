from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .trigger_request_tags import TriggerRequestTags


class TriggerRequest(_m.StraitObject):
    """TriggerRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    batch_key: str
    concurrency_key: str
    debounce_key: str
    dry_run: bool
    payload: Any
    priority: int
    scheduled_at: datetime.datetime | None
    tags: TriggerRequestTags
    ttl_secs: int | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            batch_key: str = ...,
            concurrency_key: str = ...,
            debounce_key: str = ...,
            dry_run: bool = ...,
            payload: Any = ...,
            priority: int = ...,
            scheduled_at: datetime.datetime | str | None = ...,
            tags: TriggerRequestTags | Mapping[str, Any] = ...,
            ttl_secs: int | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "batch_key": ("batch_key", _m.STR),
        "concurrency_key": ("concurrency_key", _m.STR),
        "debounce_key": ("debounce_key", _m.STR),
        "dry_run": ("dry_run", _m.BOOL),
        "payload": ("payload", _m.ANY),
        "priority": ("priority", _m.INT),
        "scheduled_at": ("scheduled_at", _m.Union(_m.DATETIME, _m.NONE)),
        "tags": ("tags", _m.Model("trigger_request_tags", "TriggerRequestTags")),
        "ttl_secs": ("ttl_secs", _m.Union(_m.INT, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["TriggerRequest"]
