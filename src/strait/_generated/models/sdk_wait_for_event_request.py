from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SDKWaitForEventRequest(_m.StraitObject):
    """SDKWaitForEventRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    event_key: str
    notify_url: str
    timeout_secs: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "event_key": ("event_key", _m.STR),
        "notify_url": ("notify_url", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("event_key",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKWaitForEventRequest"]
