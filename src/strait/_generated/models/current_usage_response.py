from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .addon_summary import AddonSummary
    from .period_info import PeriodInfo
    from .usage_alert import UsageAlert
    from .usage_dimensions import UsageDimensions


class CurrentUsageResponse(_m.StraitObject):
    """CurrentUsageResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    org_id: str
    overage_microusd: int
    period: PeriodInfo
    period_spend_microusd: int
    plan: str
    usage: UsageDimensions
    active_addons: list[AddonSummary]
    alerts: list[UsageAlert]
    contract_end_date: str
    enterprise_tier: str
    grace_period_end: str | None
    overage_discount_pct: int
    payment_status: str
    sla_uptime_pct: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            org_id: str = ...,
            overage_microusd: int = ...,
            period: PeriodInfo | Mapping[str, Any] = ...,
            period_spend_microusd: int = ...,
            plan: str = ...,
            usage: UsageDimensions | Mapping[str, Any] = ...,
            active_addons: Sequence[AddonSummary | Mapping[str, Any]] = ...,
            alerts: Sequence[UsageAlert | Mapping[str, Any]] = ...,
            contract_end_date: str = ...,
            enterprise_tier: str = ...,
            grace_period_end: str | None = ...,
            overage_discount_pct: int = ...,
            payment_status: str = ...,
            sla_uptime_pct: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "org_id": ("org_id", _m.STR),
        "overage_microusd": ("overage_microusd", _m.INT),
        "period": ("period", _m.Model("period_info", "PeriodInfo")),
        "period_spend_microusd": ("period_spend_microusd", _m.INT),
        "plan": ("plan", _m.STR),
        "usage": ("usage", _m.Model("usage_dimensions", "UsageDimensions")),
        "active_addons": (
            "active_addons",
            _m.ListOf(_m.Model("addon_summary", "AddonSummary")),
        ),
        "alerts": ("alerts", _m.ListOf(_m.Model("usage_alert", "UsageAlert"))),
        "contract_end_date": ("contract_end_date", _m.STR),
        "enterprise_tier": ("enterprise_tier", _m.STR),
        "grace_period_end": ("grace_period_end", _m.Union(_m.STR, _m.NONE)),
        "overage_discount_pct": ("overage_discount_pct", _m.INT),
        "payment_status": ("payment_status", _m.STR),
        "sla_uptime_pct": ("sla_uptime_pct", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "org_id",
        "overage_microusd",
        "period",
        "period_spend_microusd",
        "plan",
        "usage",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CurrentUsageResponse"]
