from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UsageForecastResponse(_m.StraitObject):
    """UsageForecastResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    addon_spend_microusd: int
    confidence_pct: int
    days_until_limit: int
    projected_monthly_runs: int
    projected_monthly_spend_high_usd: float
    projected_monthly_spend_low_usd: float
    projected_monthly_spend_usd: float
    projected_overage_microusd: int
    recommended_plan: str
    scale_breakeven: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            addon_spend_microusd: int = ...,
            confidence_pct: int = ...,
            days_until_limit: int = ...,
            projected_monthly_runs: int = ...,
            projected_monthly_spend_high_usd: float = ...,
            projected_monthly_spend_low_usd: float = ...,
            projected_monthly_spend_usd: float = ...,
            projected_overage_microusd: int = ...,
            recommended_plan: str = ...,
            scale_breakeven: bool = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "addon_spend_microusd": ("addon_spend_microusd", _m.INT),
        "confidence_pct": ("confidence_pct", _m.INT),
        "days_until_limit": ("days_until_limit", _m.INT),
        "projected_monthly_runs": ("projected_monthly_runs", _m.INT),
        "projected_monthly_spend_high_usd": (
            "projected_monthly_spend_high_usd",
            _m.FLOAT,
        ),
        "projected_monthly_spend_low_usd": (
            "projected_monthly_spend_low_usd",
            _m.FLOAT,
        ),
        "projected_monthly_spend_usd": ("projected_monthly_spend_usd", _m.FLOAT),
        "projected_overage_microusd": ("projected_overage_microusd", _m.INT),
        "recommended_plan": ("recommended_plan", _m.STR),
        "scale_breakeven": ("scale_breakeven", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "addon_spend_microusd",
        "confidence_pct",
        "days_until_limit",
        "projected_monthly_runs",
        "projected_monthly_spend_high_usd",
        "projected_monthly_spend_low_usd",
        "projected_monthly_spend_usd",
        "projected_overage_microusd",
        "recommended_plan",
        "scale_breakeven",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageForecastResponse"]
