from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class SetDebugModeRequest(_m.StraitObject):
    """SetDebugModeRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    debug_mode: bool

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "debug_mode": ("debug_mode", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SetDebugModeRequest"]
