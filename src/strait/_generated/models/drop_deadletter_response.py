from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class DropDeadletterResponse(_m.StraitObject):
    """DropDeadletterResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    deadletter_id: str
    dropped: bool

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "deadletter_id": ("deadletter_id", _m.STR),
        "dropped": ("dropped", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "deadletter_id",
        "dropped",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DropDeadletterResponse"]
