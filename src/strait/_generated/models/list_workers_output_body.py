from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .worker import Worker


class ListWorkersOutputBody(_m.StraitObject):
    """ListWorkersOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    data: list[Worker] | None
    has_more: bool
    offset: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            data: Sequence[Worker | Mapping[str, Any]] | None = ...,
            has_more: bool = ...,
            offset: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "data": ("data", _m.Union(_m.ListOf(_m.Model("worker", "Worker")), _m.NONE)),
        "has_more": ("has_more", _m.BOOL),
        "offset": ("offset", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "data",
        "has_more",
        "offset",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ListWorkersOutputBody"]
