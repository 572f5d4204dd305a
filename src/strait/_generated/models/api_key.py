from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class APIKey(_m.StraitObject):
    """APIKey: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    key_prefix: str
    name: str
    project_id: str
    scopes: list[str] | None
    environment_id: str
    expires_at: datetime.datetime | None
    grace_expires_at: datetime.datetime | None
    last_used_at: datetime.datetime | None
    next_rotation_at: datetime.datetime | None
    org_id: str
    rate_limit_requests: int
    rate_limit_window_secs: int
    replaced_by_key_id: str
    revoked_at: datetime.datetime | None
    rotation_interval_days: int | None
    rotation_webhook_url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            key_prefix: str = ...,
            name: str = ...,
            project_id: str = ...,
            scopes: Sequence[str] | None = ...,
            environment_id: str = ...,
            expires_at: datetime.datetime | str | None = ...,
            grace_expires_at: datetime.datetime | str | None = ...,
            last_used_at: datetime.datetime | str | None = ...,
            next_rotation_at: datetime.datetime | str | None = ...,
            org_id: str = ...,
            rate_limit_requests: int = ...,
            rate_limit_window_secs: int = ...,
            replaced_by_key_id: str = ...,
            revoked_at: datetime.datetime | str | None = ...,
            rotation_interval_days: int | None = ...,
            rotation_webhook_url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "key_prefix": ("key_prefix", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "scopes": ("scopes", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "environment_id": ("environment_id", _m.STR),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
        "grace_expires_at": ("grace_expires_at", _m.Union(_m.DATETIME, _m.NONE)),
        "last_used_at": ("last_used_at", _m.Union(_m.DATETIME, _m.NONE)),
        "next_rotation_at": ("next_rotation_at", _m.Union(_m.DATETIME, _m.NONE)),
        "org_id": ("org_id", _m.STR),
        "rate_limit_requests": ("rate_limit_requests", _m.INT),
        "rate_limit_window_secs": ("rate_limit_window_secs", _m.INT),
        "replaced_by_key_id": ("replaced_by_key_id", _m.STR),
        "revoked_at": ("revoked_at", _m.Union(_m.DATETIME, _m.NONE)),
        "rotation_interval_days": ("rotation_interval_days", _m.Union(_m.INT, _m.NONE)),
        "rotation_webhook_url": ("rotation_webhook_url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "key_prefix",
        "name",
        "project_id",
        "scopes",
    )
    _closed: ClassVar[bool] = True


__all__ = ["APIKey"]
