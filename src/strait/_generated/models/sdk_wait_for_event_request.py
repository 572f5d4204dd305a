from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKWaitForEventRequest(_m.StraitObject):
    """SDKWaitForEventRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    event_key: str
    notify_url: str
    timeout_secs: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            event_key: str = ...,
            notify_url: str = ...,
            timeout_secs: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "event_key": ("event_key", _m.STR),
        "notify_url": ("notify_url", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("event_key",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKWaitForEventRequest"]
