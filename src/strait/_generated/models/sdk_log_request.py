from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKLogRequest(_m.StraitObject):
    """SDKLogRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    message: str
    data: Any
    level: str
    type_: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            message: str = ...,
            data: Any = ...,
            level: str = ...,
            type_: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "message": ("message", _m.STR),
        "data": ("data", _m.ANY),
        "level": ("level", _m.STR),
        "type_": ("type", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("message",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKLogRequest"]
