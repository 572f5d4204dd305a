from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class AdminOutboxAckOutputBody(_m.StraitObject):
    """AdminOutboxAckOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    ok: bool
    outbox_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "ok": ("ok", _m.BOOL),
        "outbox_id": ("outbox_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "ok",
        "outbox_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AdminOutboxAckOutputBody"]
