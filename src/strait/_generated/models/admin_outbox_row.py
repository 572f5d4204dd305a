from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class AdminOutboxRow(_m.StraitObject):
    """AdminOutboxRow: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    consumed_at: datetime.datetime
    created_at: datetime.datetime
    error: str
    id: str
    job_id: str
    priority: int
    project_id: str
    idempotency_key: str | None
    metadata: Any
    payload: Any
    retry_of_outbox_id: str | None
    scheduled_at: datetime.datetime | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            consumed_at: datetime.datetime | str = ...,
            created_at: datetime.datetime | str = ...,
            error: str = ...,
            id: str = ...,
            job_id: str = ...,
            priority: int = ...,
            project_id: str = ...,
            idempotency_key: str | None = ...,
            metadata: Any = ...,
            payload: Any = ...,
            retry_of_outbox_id: str | None = ...,
            scheduled_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "consumed_at": ("consumed_at", _m.DATETIME),
        "created_at": ("created_at", _m.DATETIME),
        "error": ("error", _m.STR),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "priority": ("priority", _m.INT),
        "project_id": ("project_id", _m.STR),
        "idempotency_key": ("idempotency_key", _m.Union(_m.STR, _m.NONE)),
        "metadata": ("metadata", _m.ANY),
        "payload": ("payload", _m.ANY),
        "retry_of_outbox_id": ("retry_of_outbox_id", _m.Union(_m.STR, _m.NONE)),
        "scheduled_at": ("scheduled_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "consumed_at",
        "created_at",
        "error",
        "id",
        "job_id",
        "priority",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AdminOutboxRow"]
