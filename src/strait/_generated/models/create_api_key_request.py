from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class CreateAPIKeyRequest(_m.StraitObject):
    """CreateAPIKeyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    environment_id: str
    expires_in_days: int | None
    org_id: str
    rotation_interval_days: int | None
    rotation_webhook_url: str
    scopes: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            environment_id: str = ...,
            expires_in_days: int | None = ...,
            org_id: str = ...,
            rotation_interval_days: int | None = ...,
            rotation_webhook_url: str = ...,
            scopes: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "environment_id": ("environment_id", _m.STR),
        "expires_in_days": ("expires_in_days", _m.Union(_m.INT, _m.NONE)),
        "org_id": ("org_id", _m.STR),
        "rotation_interval_days": ("rotation_interval_days", _m.Union(_m.INT, _m.NONE)),
        "rotation_webhook_url": ("rotation_webhook_url", _m.STR),
        "scopes": ("scopes", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateAPIKeyRequest"]
