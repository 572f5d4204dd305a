from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class BatchJobIDsRequest(_m.StraitObject):
    """BatchJobIDsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    ids: list[str]

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "ids": ("ids", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["BatchJobIDsRequest"]
