from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DeviceTokenRequest(_m.StraitObject):
    """DeviceTokenRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    device_code: str
    grant_type: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            device_code: str = ...,
            grant_type: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "device_code": ("device_code", _m.STR),
        "grant_type": ("grant_type", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["DeviceTokenRequest"]
