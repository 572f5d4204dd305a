from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.addon_summary import AddonSummary
    from ..models.period_info import PeriodInfo
    from ..models.usage_alert import UsageAlert
    from ..models.usage_dimensions import UsageDimensions

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, AddonSummary, PeriodInfo, UsageAlert, UsageDimensions
    from ..models.addon_summary import AddonSummary
    from ..models.period_info import PeriodInfo
    from ..models.usage_alert import UsageAlert
    from ..models.usage_dimensions import UsageDimensions

    _lazy_pending = False


T = TypeVar("T", bound="CurrentUsageResponse")


@_attrs_define
class CurrentUsageResponse(WireMapping):
    """
    Attributes:
        org_id (str):
        overage_microusd (int):
        period (PeriodInfo):
        period_spend_microusd (int):
        plan (str):
        usage (UsageDimensions):
        active_addons (list[AddonSummary] | Unset):
        alerts (list[UsageAlert] | Unset):
        contract_end_date (str | Unset):
        enterprise_tier (str | Unset):
        grace_period_end (None | str | Unset):
        overage_discount_pct (int | Unset):
        payment_status (str | Unset):
        sla_uptime_pct (float | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "org_id": "org_id",
        "overage_microusd": "overage_microusd",
        "period": "period",
        "period_spend_microusd": "period_spend_microusd",
        "plan": "plan",
        "usage": "usage",
        "active_addons": "active_addons",
        "alerts": "alerts",
        "contract_end_date": "contract_end_date",
        "enterprise_tier": "enterprise_tier",
        "grace_period_end": "grace_period_end",
        "overage_discount_pct": "overage_discount_pct",
        "payment_status": "payment_status",
        "sla_uptime_pct": "sla_uptime_pct",
    }

    org_id: str
    overage_microusd: int
    period: PeriodInfo
    period_spend_microusd: int
    plan: str
    usage: UsageDimensions
    active_addons: list[AddonSummary] | Unset = UNSET
    alerts: list[UsageAlert] | Unset = UNSET
    contract_end_date: str | Unset = UNSET
    enterprise_tier: str | Unset = UNSET
    grace_period_end: None | str | Unset = UNSET
    overage_discount_pct: int | Unset = UNSET
    payment_status: str | Unset = UNSET
    sla_uptime_pct: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        overage_microusd = self.overage_microusd

        period = self.period.to_dict()

        period_spend_microusd = self.period_spend_microusd

        plan = self.plan

        usage = self.usage.to_dict()

        active_addons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.active_addons, Unset):
            active_addons = []
            for active_addons_item_data in self.active_addons:
                active_addons_item = active_addons_item_data.to_dict()
                active_addons.append(active_addons_item)

        alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alerts, Unset):
            alerts = []
            for alerts_item_data in self.alerts:
                alerts_item = alerts_item_data.to_dict()
                alerts.append(alerts_item)

        contract_end_date = self.contract_end_date

        enterprise_tier = self.enterprise_tier

        grace_period_end: None | str | Unset
        if isinstance(self.grace_period_end, Unset):
            grace_period_end = UNSET
        else:
            grace_period_end = self.grace_period_end

        overage_discount_pct = self.overage_discount_pct

        payment_status = self.payment_status

        sla_uptime_pct = self.sla_uptime_pct

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "org_id": org_id,
                "overage_microusd": overage_microusd,
                "period": period,
                "period_spend_microusd": period_spend_microusd,
                "plan": plan,
                "usage": usage,
            }
        )
        if active_addons is not UNSET:
            field_dict["active_addons"] = active_addons
        if alerts is not UNSET:
            field_dict["alerts"] = alerts
        if contract_end_date is not UNSET:
            field_dict["contract_end_date"] = contract_end_date
        if enterprise_tier is not UNSET:
            field_dict["enterprise_tier"] = enterprise_tier
        if grace_period_end is not UNSET:
            field_dict["grace_period_end"] = grace_period_end
        if overage_discount_pct is not UNSET:
            field_dict["overage_discount_pct"] = overage_discount_pct
        if payment_status is not UNSET:
            field_dict["payment_status"] = payment_status
        if sla_uptime_pct is not UNSET:
            field_dict["sla_uptime_pct"] = sla_uptime_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        org_id = d["org_id"]

        overage_microusd = d["overage_microusd"]

        period = PeriodInfo.from_dict(d["period"])

        period_spend_microusd = d["period_spend_microusd"]

        plan = d["plan"]

        usage = UsageDimensions.from_dict(d["usage"])

        _active_addons = d.get("active_addons", UNSET)
        active_addons: list[AddonSummary] | Unset = UNSET
        if _active_addons is not UNSET:
            active_addons = []
            for active_addons_item_data in _active_addons or []:
                active_addons_item = AddonSummary.from_dict(active_addons_item_data)

                active_addons.append(active_addons_item)

        _alerts = d.get("alerts", UNSET)
        alerts: list[UsageAlert] | Unset = UNSET
        if _alerts is not UNSET:
            alerts = []
            for alerts_item_data in _alerts or []:
                alerts_item = UsageAlert.from_dict(alerts_item_data)

                alerts.append(alerts_item)

        contract_end_date = d.get("contract_end_date", UNSET)

        enterprise_tier = d.get("enterprise_tier", UNSET)

        def _parse_grace_period_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grace_period_end = _parse_grace_period_end(d.get("grace_period_end", UNSET))

        overage_discount_pct = d.get("overage_discount_pct", UNSET)

        payment_status = d.get("payment_status", UNSET)

        sla_uptime_pct = d.get("sla_uptime_pct", UNSET)

        current_usage_response = cls(
            org_id=org_id,
            overage_microusd=overage_microusd,
            period=period,
            period_spend_microusd=period_spend_microusd,
            plan=plan,
            usage=usage,
            active_addons=active_addons,
            alerts=alerts,
            contract_end_date=contract_end_date,
            enterprise_tier=enterprise_tier,
            grace_period_end=grace_period_end,
            overage_discount_pct=overage_discount_pct,
            payment_status=payment_status,
            sla_uptime_pct=sla_uptime_pct,
        )

        return current_usage_response
