from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .create_log_drain_request_auth_config import CreateLogDrainRequestAuthConfig


class CreateLogDrainRequest(_m.StraitObject):
    """CreateLogDrainRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    auth_type: str
    drain_type: str
    endpoint_url: str
    name: str
    project_id: str
    auth_config: CreateLogDrainRequestAuthConfig
    enabled: bool | None
    level_filter: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            auth_type: str = ...,
            drain_type: str = ...,
            endpoint_url: str = ...,
            name: str = ...,
            project_id: str = ...,
            auth_config: CreateLogDrainRequestAuthConfig | Mapping[str, Any] = ...,
            enabled: bool | None = ...,
            level_filter: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "auth_type": ("auth_type", _m.STR),
        "drain_type": ("drain_type", _m.STR),
        "endpoint_url": ("endpoint_url", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "auth_config": (
            "auth_config",
            _m.Model(
                "create_log_drain_request_auth_config",
                "CreateLogDrainRequestAuthConfig",
            ),
        ),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "level_filter": ("level_filter", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "auth_type",
        "drain_type",
        "endpoint_url",
        "name",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateLogDrainRequest"]
