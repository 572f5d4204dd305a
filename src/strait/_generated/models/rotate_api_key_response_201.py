from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class RotateApiKeyResponse201(_m.StraitObject):
    """RotateApiKeyResponse201: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    expires_at: datetime.datetime
    grace_expires_at: datetime.datetime
    key: str
    key_prefix: str
    name: str
    new_key_id: str
    old_key_id: str
    project_id: str
    scopes: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            expires_at: datetime.datetime | str = ...,
            grace_expires_at: datetime.datetime | str = ...,
            key: str = ...,
            key_prefix: str = ...,
            name: str = ...,
            new_key_id: str = ...,
            old_key_id: str = ...,
            project_id: str = ...,
            scopes: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "expires_at": ("expires_at", _m.DATETIME),
        "grace_expires_at": ("grace_expires_at", _m.DATETIME),
        "key": ("key", _m.STR),
        "key_prefix": ("key_prefix", _m.STR),
        "name": ("name", _m.STR),
        "new_key_id": ("new_key_id", _m.STR),
        "old_key_id": ("old_key_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "scopes": ("scopes", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "expires_at",
        "grace_expires_at",
        "key",
        "key_prefix",
        "name",
        "new_key_id",
        "old_key_id",
        "project_id",
        "scopes",
    )
    _closed: ClassVar[bool] = False


__all__ = ["RotateApiKeyResponse201"]
