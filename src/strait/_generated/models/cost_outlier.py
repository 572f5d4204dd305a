from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CostOutlier(_m.StraitObject):
    """CostOutlier: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_cost_microusd: float
    cost_microusd: int
    deviations_above_avg: float
    job_id: str
    run_id: str
    stddev_cost_microusd: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_cost_microusd: float = ...,
            cost_microusd: int = ...,
            deviations_above_avg: float = ...,
            job_id: str = ...,
            run_id: str = ...,
            stddev_cost_microusd: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_cost_microusd": ("avg_cost_microusd", _m.FLOAT),
        "cost_microusd": ("cost_microusd", _m.INT),
        "deviations_above_avg": ("deviations_above_avg", _m.FLOAT),
        "job_id": ("job_id", _m.STR),
        "run_id": ("run_id", _m.STR),
        "stddev_cost_microusd": ("stddev_cost_microusd", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_cost_microusd",
        "cost_microusd",
        "deviations_above_avg",
        "job_id",
        "run_id",
        "stddev_cost_microusd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostOutlier"]
