from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class AdminDLQAckOutputBody(_m.StraitObject):
    """AdminDLQAckOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    ok: bool
    run_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "ok": ("ok", _m.BOOL),
        "run_id": ("run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "ok",
        "run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AdminDLQAckOutputBody"]
