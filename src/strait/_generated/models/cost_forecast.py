from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CostForecast(_m.StraitObject):
    """CostForecast: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    daily_rate: float
    projected_monthly: float
    trend_pct: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            daily_rate: float = ...,
            projected_monthly: float = ...,
            trend_pct: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "daily_rate": ("daily_rate", _m.FLOAT),
        "projected_monthly": ("projected_monthly", _m.FLOAT),
        "trend_pct": ("trend_pct", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "daily_rate",
        "projected_monthly",
        "trend_pct",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CostForecast"]
