from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RunDurationBucket(_m.StraitObject):
    """RunDurationBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    count: int
    pct: float
    range_: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            count: int = ...,
            pct: float = ...,
            range_: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "count": ("count", _m.INT),
        "pct": ("pct", _m.FLOAT),
        "range_": ("range", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "count",
        "pct",
        "range",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunDurationBucket"]
