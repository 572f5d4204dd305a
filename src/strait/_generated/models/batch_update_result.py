from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class BatchUpdateResult(_m.StraitObject):
    """BatchUpdateResult: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    updated: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            updated: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "updated": ("updated", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("updated",)
    _closed: ClassVar[bool] = True


__all__ = ["BatchUpdateResult"]
