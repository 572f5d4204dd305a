from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class EventTrigger(_m.StraitObject):
    """EventTrigger: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    event_key: str
    expires_at: datetime.datetime
    id: str
    project_id: str
    requested_at: datetime.datetime
    source_type: str
    status: str
    timeout_secs: int
    environment_id: str
    error: str
    job_run_id: str
    notify_status: str
    notify_url: str
    received_at: datetime.datetime | None
    request_payload: Any
    response_payload: Any
    sent_by: str
    trigger_type: str
    workflow_run_id: str
    workflow_step_run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            event_key: str = ...,
            expires_at: datetime.datetime | str = ...,
            id: str = ...,
            project_id: str = ...,
            requested_at: datetime.datetime | str = ...,
            source_type: str = ...,
            status: str = ...,
            timeout_secs: int = ...,
            environment_id: str = ...,
            error: str = ...,
            job_run_id: str = ...,
            notify_status: str = ...,
            notify_url: str = ...,
            received_at: datetime.datetime | str | None = ...,
            request_payload: Any = ...,
            response_payload: Any = ...,
            sent_by: str = ...,
            trigger_type: str = ...,
            workflow_run_id: str = ...,
            workflow_step_run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "event_key": ("event_key", _m.STR),
        "expires_at": ("expires_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "requested_at": ("requested_at", _m.DATETIME),
        "source_type": ("source_type", _m.STR),
        "status": ("status", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
        "environment_id": ("environment_id", _m.STR),
        "error": ("error", _m.STR),
        "job_run_id": ("job_run_id", _m.STR),
        "notify_status": ("notify_status", _m.STR),
        "notify_url": ("notify_url", _m.STR),
        "received_at": ("received_at", _m.Union(_m.DATETIME, _m.NONE)),
        "request_payload": ("request_payload", _m.ANY),
        "response_payload": ("response_payload", _m.ANY),
        "sent_by": ("sent_by", _m.STR),
        "trigger_type": ("trigger_type", _m.STR),
        "workflow_run_id": ("workflow_run_id", _m.STR),
        "workflow_step_run_id": ("workflow_step_run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "event_key",
        "expires_at",
        "id",
        "project_id",
        "requested_at",
        "source_type",
        "status",
        "timeout_secs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["EventTrigger"]
