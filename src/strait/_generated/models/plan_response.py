from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PlanResponse")


@_attrs_define
class PlanResponse(WireMapping):
    """
    Attributes:
        api_rate_limit (int):
        cron_min_interval_sec (int):
        default_spending_cap_microusd (int):
        display_name (str):
        has_approval_gates (bool):
        has_audit_logs (bool):
        has_canary_deployments (bool):
        has_compensating_txns (bool):
        has_job_chaining (bool):
        has_log_streaming (bool):
        has_rbac (bool):
        has_sla (bool):
        has_sub_workflows (bool):
        max_concurrent_runs (int):
        max_environments (int):
        max_log_drains_per_org (int):
        max_members_per_org (int):
        max_notification_channels (int):
        max_orgs_per_user (int):
        max_projects_per_org (int):
        max_runs_per_month (int):
        max_scheduled_jobs (int):
        max_webhook_endpoints (int):
        max_webhook_subs_per_project (int):
        max_workflow_dag_steps (int):
        overage_default_enabled (bool):
        overage_per_k_runs_microusd (int):
        price_annual_usd (int):
        price_monthly_usd (int):
        requires_credit_card (bool):
        retention_days (int):
        roadmap_features (list[str] | None):
        support_level (str):
        tier (str):
        worker_connections (int):
        rbac_level (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "api_rate_limit": "api_rate_limit",
        "cron_min_interval_sec": "cron_min_interval_sec",
        "default_spending_cap_microusd": "default_spending_cap_microusd",
        "display_name": "display_name",
        "has_approval_gates": "has_approval_gates",
        "has_audit_logs": "has_audit_logs",
        "has_canary_deployments": "has_canary_deployments",
        "has_compensating_txns": "has_compensating_txns",
        "has_job_chaining": "has_job_chaining",
        "has_log_streaming": "has_log_streaming",
        "has_rbac": "has_rbac",
        "has_sla": "has_sla",
        "has_sub_workflows": "has_sub_workflows",
        "max_concurrent_runs": "max_concurrent_runs",
        "max_environments": "max_environments",
        "max_log_drains_per_org": "max_log_drains_per_org",
        "max_members_per_org": "max_members_per_org",
        "max_notification_channels": "max_notification_channels",
        "max_orgs_per_user": "max_orgs_per_user",
        "max_projects_per_org": "max_projects_per_org",
        "max_runs_per_month": "max_runs_per_month",
        "max_scheduled_jobs": "max_scheduled_jobs",
        "max_webhook_endpoints": "max_webhook_endpoints",
        "max_webhook_subs_per_project": "max_webhook_subs_per_project",
        "max_workflow_dag_steps": "max_workflow_dag_steps",
        "overage_default_enabled": "overage_default_enabled",
        "overage_per_k_runs_microusd": "overage_per_k_runs_microusd",
        "price_annual_usd": "price_annual_usd",
        "price_monthly_usd": "price_monthly_usd",
        "requires_credit_card": "requires_credit_card",
        "retention_days": "retention_days",
        "roadmap_features": "roadmap_features",
        "support_level": "support_level",
        "tier": "tier",
        "worker_connections": "worker_connections",
        "rbac_level": "rbac_level",
    }

    api_rate_limit: int
    cron_min_interval_sec: int
    default_spending_cap_microusd: int
    display_name: str
    has_approval_gates: bool
    has_audit_logs: bool
    has_canary_deployments: bool
    has_compensating_txns: bool
    has_job_chaining: bool
    has_log_streaming: bool
    has_rbac: bool
    has_sla: bool
    has_sub_workflows: bool
    max_concurrent_runs: int
    max_environments: int
    max_log_drains_per_org: int
    max_members_per_org: int
    max_notification_channels: int
    max_orgs_per_user: int
    max_projects_per_org: int
    max_runs_per_month: int
    max_scheduled_jobs: int
    max_webhook_endpoints: int
    max_webhook_subs_per_project: int
    max_workflow_dag_steps: int
    overage_default_enabled: bool
    overage_per_k_runs_microusd: int
    price_annual_usd: int
    price_monthly_usd: int
    requires_credit_card: bool
    retention_days: int
    roadmap_features: list[str] | None
    support_level: str
    tier: str
    worker_connections: int
    rbac_level: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_rate_limit = self.api_rate_limit

        cron_min_interval_sec = self.cron_min_interval_sec

        default_spending_cap_microusd = self.default_spending_cap_microusd

        display_name = self.display_name

        has_approval_gates = self.has_approval_gates

        has_audit_logs = self.has_audit_logs

        has_canary_deployments = self.has_canary_deployments

        has_compensating_txns = self.has_compensating_txns

        has_job_chaining = self.has_job_chaining

        has_log_streaming = self.has_log_streaming

        has_rbac = self.has_rbac

        has_sla = self.has_sla

        has_sub_workflows = self.has_sub_workflows

        max_concurrent_runs = self.max_concurrent_runs

        max_environments = self.max_environments

        max_log_drains_per_org = self.max_log_drains_per_org

        max_members_per_org = self.max_members_per_org

        max_notification_channels = self.max_notification_channels

        max_orgs_per_user = self.max_orgs_per_user

        max_projects_per_org = self.max_projects_per_org

        max_runs_per_month = self.max_runs_per_month

        max_scheduled_jobs = self.max_scheduled_jobs

        max_webhook_endpoints = self.max_webhook_endpoints

        max_webhook_subs_per_project = self.max_webhook_subs_per_project

        max_workflow_dag_steps = self.max_workflow_dag_steps

        overage_default_enabled = self.overage_default_enabled

        overage_per_k_runs_microusd = self.overage_per_k_runs_microusd

        price_annual_usd = self.price_annual_usd

        price_monthly_usd = self.price_monthly_usd

        requires_credit_card = self.requires_credit_card

        retention_days = self.retention_days

        roadmap_features: list[str] | None
        if isinstance(self.roadmap_features, list):
            roadmap_features = self.roadmap_features

        else:
            roadmap_features = self.roadmap_features

        support_level = self.support_level

        tier = self.tier

        worker_connections = self.worker_connections

        rbac_level = self.rbac_level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_rate_limit": api_rate_limit,
                "cron_min_interval_sec": cron_min_interval_sec,
                "default_spending_cap_microusd": default_spending_cap_microusd,
                "display_name": display_name,
                "has_approval_gates": has_approval_gates,
                "has_audit_logs": has_audit_logs,
                "has_canary_deployments": has_canary_deployments,
                "has_compensating_txns": has_compensating_txns,
                "has_job_chaining": has_job_chaining,
                "has_log_streaming": has_log_streaming,
                "has_rbac": has_rbac,
                "has_sla": has_sla,
                "has_sub_workflows": has_sub_workflows,
                "max_concurrent_runs": max_concurrent_runs,
                "max_environments": max_environments,
                "max_log_drains_per_org": max_log_drains_per_org,
                "max_members_per_org": max_members_per_org,
                "max_notification_channels": max_notification_channels,
                "max_orgs_per_user": max_orgs_per_user,
                "max_projects_per_org": max_projects_per_org,
                "max_runs_per_month": max_runs_per_month,
                "max_scheduled_jobs": max_scheduled_jobs,
                "max_webhook_endpoints": max_webhook_endpoints,
                "max_webhook_subs_per_project": max_webhook_subs_per_project,
                "max_workflow_dag_steps": max_workflow_dag_steps,
                "overage_default_enabled": overage_default_enabled,
                "overage_per_k_runs_microusd": overage_per_k_runs_microusd,
                "price_annual_usd": price_annual_usd,
                "price_monthly_usd": price_monthly_usd,
                "requires_credit_card": requires_credit_card,
                "retention_days": retention_days,
                "roadmap_features": roadmap_features,
                "support_level": support_level,
                "tier": tier,
                "worker_connections": worker_connections,
            }
        )
        if rbac_level is not UNSET:
            field_dict["rbac_level"] = rbac_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        api_rate_limit = d["api_rate_limit"]

        cron_min_interval_sec = d["cron_min_interval_sec"]

        default_spending_cap_microusd = d["default_spending_cap_microusd"]

        display_name = d["display_name"]

        has_approval_gates = d["has_approval_gates"]

        has_audit_logs = d["has_audit_logs"]

        has_canary_deployments = d["has_canary_deployments"]

        has_compensating_txns = d["has_compensating_txns"]

        has_job_chaining = d["has_job_chaining"]

        has_log_streaming = d["has_log_streaming"]

        has_rbac = d["has_rbac"]

        has_sla = d["has_sla"]

        has_sub_workflows = d["has_sub_workflows"]

        max_concurrent_runs = d["max_concurrent_runs"]

        max_environments = d["max_environments"]

        max_log_drains_per_org = d["max_log_drains_per_org"]

        max_members_per_org = d["max_members_per_org"]

        max_notification_channels = d["max_notification_channels"]

        max_orgs_per_user = d["max_orgs_per_user"]

        max_projects_per_org = d["max_projects_per_org"]

        max_runs_per_month = d["max_runs_per_month"]

        max_scheduled_jobs = d["max_scheduled_jobs"]

        max_webhook_endpoints = d["max_webhook_endpoints"]

        max_webhook_subs_per_project = d["max_webhook_subs_per_project"]

        max_workflow_dag_steps = d["max_workflow_dag_steps"]

        overage_default_enabled = d["overage_default_enabled"]

        overage_per_k_runs_microusd = d["overage_per_k_runs_microusd"]

        price_annual_usd = d["price_annual_usd"]

        price_monthly_usd = d["price_monthly_usd"]

        requires_credit_card = d["requires_credit_card"]

        retention_days = d["retention_days"]

        def _parse_roadmap_features(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roadmap_features_type_0 = cast(list[str], data)

                return roadmap_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        roadmap_features = _parse_roadmap_features(d["roadmap_features"])

        support_level = d["support_level"]

        tier = d["tier"]

        worker_connections = d["worker_connections"]

        rbac_level = d.get("rbac_level", UNSET)

        plan_response = cls(
            api_rate_limit=api_rate_limit,
            cron_min_interval_sec=cron_min_interval_sec,
            default_spending_cap_microusd=default_spending_cap_microusd,
            display_name=display_name,
            has_approval_gates=has_approval_gates,
            has_audit_logs=has_audit_logs,
            has_canary_deployments=has_canary_deployments,
            has_compensating_txns=has_compensating_txns,
            has_job_chaining=has_job_chaining,
            has_log_streaming=has_log_streaming,
            has_rbac=has_rbac,
            has_sla=has_sla,
            has_sub_workflows=has_sub_workflows,
            max_concurrent_runs=max_concurrent_runs,
            max_environments=max_environments,
            max_log_drains_per_org=max_log_drains_per_org,
            max_members_per_org=max_members_per_org,
            max_notification_channels=max_notification_channels,
            max_orgs_per_user=max_orgs_per_user,
            max_projects_per_org=max_projects_per_org,
            max_runs_per_month=max_runs_per_month,
            max_scheduled_jobs=max_scheduled_jobs,
            max_webhook_endpoints=max_webhook_endpoints,
            max_webhook_subs_per_project=max_webhook_subs_per_project,
            max_workflow_dag_steps=max_workflow_dag_steps,
            overage_default_enabled=overage_default_enabled,
            overage_per_k_runs_microusd=overage_per_k_runs_microusd,
            price_annual_usd=price_annual_usd,
            price_monthly_usd=price_monthly_usd,
            requires_credit_card=requires_credit_card,
            retention_days=retention_days,
            roadmap_features=roadmap_features,
            support_level=support_level,
            tier=tier,
            worker_connections=worker_connections,
            rbac_level=rbac_level,
        )

        return plan_response
