from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class DeviceTokenRequest(_m.StraitObject):
    """DeviceTokenRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    device_code: str
    grant_type: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "device_code": ("device_code", _m.STR),
        "grant_type": ("grant_type", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["DeviceTokenRequest"]
