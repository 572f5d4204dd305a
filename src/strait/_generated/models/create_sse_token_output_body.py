from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime

    from ..._model import Decoder


class CreateSSETokenOutputBody(_m.StraitObject):
    """CreateSSETokenOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    expires_at: datetime.datetime
    token: str

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
