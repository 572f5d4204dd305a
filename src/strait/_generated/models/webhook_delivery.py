from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class WebhookDelivery(_m.StraitObject):
    """WebhookDelivery: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    attempts: int
    created_at: datetime.datetime
    id: str
    max_attempts: int
    status: str
    updated_at: datetime.datetime
    webhook_url: str
    delivered_at: datetime.datetime | None
    event_trigger_id: str
    job_id: str
    last_error: str
    last_status_code: int | None
    next_retry_at: datetime.datetime | None
    org_id: str
    project_id: str
    run_id: str
    subscription_id: str
    webhook_retry_policy: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            attempts: int = ...,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            max_attempts: int = ...,
            status: str = ...,
            updated_at: datetime.datetime | str = ...,
            webhook_url: str = ...,
            delivered_at: datetime.datetime | str | None = ...,
            event_trigger_id: str = ...,
            job_id: str = ...,
            last_error: str = ...,
            last_status_code: int | None = ...,
            next_retry_at: datetime.datetime | str | None = ...,
            org_id: str = ...,
            project_id: str = ...,
            run_id: str = ...,
            subscription_id: str = ...,
            webhook_retry_policy: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "attempts": ("attempts", _m.INT),
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "max_attempts": ("max_attempts", _m.INT),
        "status": ("status", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "webhook_url": ("webhook_url", _m.STR),
        "delivered_at": ("delivered_at", _m.Union(_m.DATETIME, _m.NONE)),
        "event_trigger_id": ("event_trigger_id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "last_error": ("last_error", _m.STR),
        "last_status_code": ("last_status_code", _m.Union(_m.INT, _m.NONE)),
        "next_retry_at": ("next_retry_at", _m.Union(_m.DATETIME, _m.NONE)),
        "org_id": ("org_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "run_id": ("run_id", _m.STR),
        "subscription_id": ("subscription_id", _m.STR),
        "webhook_retry_policy": ("webhook_retry_policy", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "attempts",
        "created_at",
        "id",
        "max_attempts",
        "status",
        "updated_at",
        "webhook_url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WebhookDelivery"]
