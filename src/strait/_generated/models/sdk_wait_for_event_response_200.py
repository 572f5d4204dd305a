from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class SdkWaitForEventResponse200(_m.StraitObject):
    """SdkWaitForEventResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    event_key: str
    expires_at: datetime.datetime
    status: str
    trigger_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            event_key: str = ...,
            expires_at: datetime.datetime | str = ...,
            status: str = ...,
            trigger_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "event_key": ("event_key", _m.STR),
        "expires_at": ("expires_at", _m.DATETIME),
        "status": ("status", _m.STR),
        "trigger_id": ("trigger_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "event_key",
        "expires_at",
        "status",
        "trigger_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["SdkWaitForEventResponse200"]
