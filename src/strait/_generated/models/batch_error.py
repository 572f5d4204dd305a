from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class BatchError(_m.StraitObject):
    """BatchError: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    index: int
    message: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            index: int = ...,
            message: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "index": ("index", _m.INT),
        "message": ("message", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "index",
        "message",
    )
    _closed: ClassVar[bool] = True


__all__ = ["BatchError"]
