from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime

    from ..._model import Decoder


class RunEvent(_m.StraitObject):
    """RunEvent: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    message: str
    run_id: str
    type_: str
    data: Any
    level: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "message": ("message", _m.STR),
        "run_id": ("run_id", _m.STR),
        "type_": ("type", _m.STR),
        "data": ("data", _m.ANY),
        "level": ("level", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "message",
        "run_id",
        "type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunEvent"]
