from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .cost_by_preset import CostByPreset


class ComputeCostAnalytics(_m.StraitObject):
    """ComputeCostAnalytics: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    by_preset: list[CostByPreset] | None
    total_cost_microusd: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            by_preset: Sequence[CostByPreset | Mapping[str, Any]] | None = ...,
            total_cost_microusd: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "by_preset": (
            "by_preset",
            _m.Union(_m.ListOf(_m.Model("cost_by_preset", "CostByPreset")), _m.NONE),
        ),
        "total_cost_microusd": ("total_cost_microusd", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "by_preset",
        "total_cost_microusd",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ComputeCostAnalytics"]
