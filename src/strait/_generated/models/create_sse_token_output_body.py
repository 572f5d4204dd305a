from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class CreateSSETokenOutputBody(_m.StraitObject):
    """CreateSSETokenOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    expires_at: datetime.datetime
    token: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            expires_at: datetime.datetime | str = ...,
            token: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "expires_at": ("expires_at", _m.DATETIME),
        "token": ("token", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "expires_at",
        "token",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateSSETokenOutputBody"]
