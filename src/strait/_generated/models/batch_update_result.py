from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BatchUpdateResult(_m.StraitObject):
    """BatchUpdateResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    updated: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "updated": ("updated", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("updated",)
    _closed: ClassVar[bool] = True


__all__ = ["BatchUpdateResult"]
