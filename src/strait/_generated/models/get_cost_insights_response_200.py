from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .cost_outlier import CostOutlier


class GetCostInsightsResponse200(_m.StraitObject):
    """GetCostInsightsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    outliers: list[CostOutlier]
    threshold: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            outliers: Sequence[CostOutlier | Mapping[str, Any]] = ...,
            threshold: float = ...,
        ) -> None: ...

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
