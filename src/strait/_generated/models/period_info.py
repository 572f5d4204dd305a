from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class PeriodInfo(_m.StraitObject):
    """PeriodInfo: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    end: str
    start: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            end: str = ...,
            start: str = ...,
        ) -> None: ...

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
