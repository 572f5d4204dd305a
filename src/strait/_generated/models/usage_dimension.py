from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UsageDimension(_m.StraitObject):
    """UsageDimension: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    limit: int
    percent: float
    used: int
    display: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            limit: int = ...,
            percent: float = ...,
            used: int = ...,
            display: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "limit": ("limit", _m.INT),
        "percent": ("percent", _m.FLOAT),
        "used": ("used", _m.INT),
        "display": ("display", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "limit",
        "percent",
        "used",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageDimension"]
