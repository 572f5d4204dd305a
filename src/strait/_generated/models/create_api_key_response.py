from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class CreateAPIKeyResponse(_m.StraitObject):
    """CreateAPIKeyResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    key: str
    key_prefix: str
    name: str
    project_id: str
    scopes: list[str] | None
    expires_at: datetime.datetime | None
    rotation_webhook_secret: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            key: str = ...,
            key_prefix: str = ...,
            name: str = ...,
            project_id: str = ...,
            scopes: Sequence[str] | None = ...,
            expires_at: datetime.datetime | str | None = ...,
            rotation_webhook_secret: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "key": ("key", _m.STR),
        "key_prefix": ("key_prefix", _m.STR),
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "scopes": ("scopes", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
        "rotation_webhook_secret": ("rotation_webhook_secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "key",
        "key_prefix",
        "name",
        "project_id",
        "scopes",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateAPIKeyResponse"]
