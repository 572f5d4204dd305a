from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime

    from ..._model import Decoder


class RescheduleRunRequest(_m.StraitObject):
    """RescheduleRunRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    scheduled_at: datetime.datetime
    payload: Any

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "scheduled_at": ("scheduled_at", _m.DATETIME),
        "payload": ("payload", _m.ANY),
    }
    _required: ClassVar[tuple[str, ...]] = ("scheduled_at",)
    _closed: ClassVar[bool] = True


__all__ = ["RescheduleRunRequest"]
