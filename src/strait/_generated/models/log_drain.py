from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .log_drain_auth_config import LogDrainAuthConfig


class LogDrain(_m.StraitObject):
    """LogDrain: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    auth_type: str
    created_at: datetime.datetime
    drain_type: str
    enabled: bool
    endpoint_url: str
    id: str
    name: str
    project_id: str
    updated_at: datetime.datetime
    auth_config: LogDrainAuthConfig
    level_filter: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            auth_type: str = ...,
            created_at: datetime.datetime | str = ...,
            drain_type: str = ...,
            enabled: bool = ...,
            endpoint_url: str = ...,
            id: str = ...,
            name: str = ...,
            project_id: str = ...,
            updated_at: datetime.datetime | str = ...,
            auth_config: LogDrainAuthConfig | Mapping[str, Any] = ...,
            level_filter: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "auth_type": ("auth_type", _m.STR),
        "created_at": ("created_at", _m.DATETIME),
        "drain_type": ("drain_type", _m.STR),
        "enabled": ("enabled", _m.BOOL),
        "endpoint_url": ("endpoint_url", _m.STR),
        "id": ("id", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "updated_at": ("updated_at", _m.DATETIME),
        "auth_config": (
            "auth_config",
            _m.Model("log_drain_auth_config", "LogDrainAuthConfig"),
        ),
        "level_filter": ("level_filter", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "auth_type",
        "created_at",
        "drain_type",
        "enabled",
        "endpoint_url",
        "id",
        "name",
        "project_id",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["LogDrain"]
