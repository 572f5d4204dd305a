from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RunTimelineBucket(_m.StraitObject):
    """RunTimelineBucket: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    completed: int
    failed: int
    period: str
    timed_out: int
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            completed: int = ...,
            failed: int = ...,
            period: str = ...,
            timed_out: int = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "completed": ("completed", _m.INT),
        "failed": ("failed", _m.INT),
        "period": ("period", _m.STR),
        "timed_out": ("timed_out", _m.INT),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "completed",
        "failed",
        "period",
        "timed_out",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunTimelineBucket"]
