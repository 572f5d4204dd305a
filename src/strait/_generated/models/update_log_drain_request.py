from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .update_log_drain_request_auth_config import UpdateLogDrainRequestAuthConfig


class UpdateLogDrainRequest(_m.StraitObject):
    """UpdateLogDrainRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    auth_config: UpdateLogDrainRequestAuthConfig
    auth_type: str | None
    enabled: bool | None
    endpoint_url: str | None
    level_filter: list[str]
    name: str | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            auth_config: UpdateLogDrainRequestAuthConfig | Mapping[str, Any] = ...,
            auth_type: str | None = ...,
            enabled: bool | None = ...,
            endpoint_url: str | None = ...,
            level_filter: Sequence[str] = ...,
            name: str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "auth_config": (
            "auth_config",
            _m.Model(
                "update_log_drain_request_auth_config",
                "UpdateLogDrainRequestAuthConfig",
            ),
        ),
        "auth_type": ("auth_type", _m.Union(_m.STR, _m.NONE)),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "endpoint_url": ("endpoint_url", _m.Union(_m.STR, _m.NONE)),
        "level_filter": ("level_filter", _m.ListOf(_m.STR)),
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateLogDrainRequest"]
