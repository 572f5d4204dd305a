from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class JobCostRanking(_m.StraitObject):
    """JobCostRanking: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_cost_per_run: float
    job_id: str
    run_count: int
    slug: str
    total_cost: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_cost_per_run: float = ...,
            job_id: str = ...,
            run_count: int = ...,
            slug: str = ...,
            total_cost: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_cost_per_run": ("avg_cost_per_run", _m.FLOAT),
        "job_id": ("job_id", _m.STR),
        "run_count": ("run_count", _m.INT),
        "slug": ("slug", _m.STR),
        "total_cost": ("total_cost", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_cost_per_run",
        "job_id",
        "run_count",
        "slug",
        "total_cost",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobCostRanking"]
