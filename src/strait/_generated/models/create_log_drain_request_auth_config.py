from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class CreateLogDrainRequestAuthConfig(_m.StraitObject):
    """CreateLogDrainRequestAuthConfig: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {}
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = False
    _extra: ClassVar[Decoder | None] = _m.STR


__all__ = ["CreateLogDrainRequestAuthConfig"]
