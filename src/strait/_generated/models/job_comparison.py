from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class JobComparison(_m.StraitObject):
    """JobComparison: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_duration_ms: float
    cost: int
    job_id: str
    slug: str
    success_rate: float
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_duration_ms: float = ...,
            cost: int = ...,
            job_id: str = ...,
            slug: str = ...,
            success_rate: float = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_duration_ms": ("avg_duration_ms", _m.FLOAT),
        "cost": ("cost", _m.INT),
        "job_id": ("job_id", _m.STR),
        "slug": ("slug", _m.STR),
        "success_rate": ("success_rate", _m.FLOAT),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_duration_ms",
        "cost",
        "job_id",
        "slug",
        "success_rate",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobComparison"]
