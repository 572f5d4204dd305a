from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ReplayDeadletterResponse(_m.StraitObject):
    """ReplayDeadletterResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    deadletter_id: str
    new_event_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "deadletter_id": ("deadletter_id", _m.STR),
        "new_event_id": ("new_event_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "deadletter_id",
        "new_event_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ReplayDeadletterResponse"]
