from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class PeriodInfo(_m.StraitObject):
    """PeriodInfo: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    end: str
    start: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "end": ("end", _m.STR),
        "start": ("start", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "end",
        "start",
    )
    _closed: ClassVar[bool] = True


__all__ = ["PeriodInfo"]
