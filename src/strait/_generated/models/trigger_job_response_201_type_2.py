from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class TriggerJobResponse201Type2(_m.StraitObject):
    """TriggerJobResponse201Type2: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    buffered: bool

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "buffered": ("buffered", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ("buffered",)
    _closed: ClassVar[bool] = False


__all__ = ["TriggerJobResponse201Type2"]
