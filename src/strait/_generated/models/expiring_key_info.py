from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class ExpiringKeyInfo(_m.StraitObject):
    """ExpiringKeyInfo: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    key_prefix: str
    name: str
    no_expiry: bool
    days_left: int | None
    expires_at: datetime.datetime | None

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
            no_expiry: bool = ...,
            days_left: int | None = ...,
            expires_at: datetime.datetime | str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "key_prefix": ("key_prefix", _m.STR),
        "name": ("name", _m.STR),
        "no_expiry": ("no_expiry", _m.BOOL),
        "days_left": ("days_left", _m.Union(_m.INT, _m.NONE)),
        "expires_at": ("expires_at", _m.Union(_m.DATETIME, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "key_prefix",
        "name",
        "no_expiry",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ExpiringKeyInfo"]
