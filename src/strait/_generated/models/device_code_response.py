from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DeviceCodeResponse(_m.StraitObject):
    """DeviceCodeResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    device_code: str
    expires_in: int
    interval: int
    user_code: str
    verification_url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            device_code: str = ...,
            expires_in: int = ...,
            interval: int = ...,
            user_code: str = ...,
            verification_url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "device_code": ("device_code", _m.STR),
        "expires_in": ("expires_in", _m.INT),
        "interval": ("interval", _m.INT),
        "user_code": ("user_code", _m.STR),
        "verification_url": ("verification_url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "device_code",
        "expires_in",
        "interval",
        "user_code",
        "verification_url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DeviceCodeResponse"]
