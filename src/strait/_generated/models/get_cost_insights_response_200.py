from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .cost_outlier import CostOutlier


class GetCostInsightsResponse200(_m.StraitObject):
    """GetCostInsightsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    outliers: list[CostOutlier]
    threshold: float

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "outliers": ("outliers", _m.ListOf(_m.Model("cost_outlier", "CostOutlier"))),
        "threshold": ("threshold", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "outliers",
        "threshold",
    )
    _closed: ClassVar[bool] = False


__all__ = ["GetCostInsightsResponse200"]
