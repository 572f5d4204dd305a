from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class PlanResponse(_m.StraitObject):
    """PlanResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
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
    rbac_level: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            api_rate_limit: int = ...,
            cron_min_interval_sec: int = ...,
            default_spending_cap_microusd: int = ...,
            display_name: str = ...,
            has_approval_gates: bool = ...,
            has_audit_logs: bool = ...,
            has_canary_deployments: bool = ...,
            has_compensating_txns: bool = ...,
            has_job_chaining: bool = ...,
            has_log_streaming: bool = ...,
            has_rbac: bool = ...,
            has_sla: bool = ...,
            has_sub_workflows: bool = ...,
            max_concurrent_runs: int = ...,
            max_environments: int = ...,
            max_log_drains_per_org: int = ...,
            max_members_per_org: int = ...,
            max_notification_channels: int = ...,
            max_orgs_per_user: int = ...,
            max_projects_per_org: int = ...,
            max_runs_per_month: int = ...,
            max_scheduled_jobs: int = ...,
            max_webhook_endpoints: int = ...,
            max_webhook_subs_per_project: int = ...,
            max_workflow_dag_steps: int = ...,
            overage_default_enabled: bool = ...,
            overage_per_k_runs_microusd: int = ...,
            price_annual_usd: int = ...,
            price_monthly_usd: int = ...,
            requires_credit_card: bool = ...,
            retention_days: int = ...,
            roadmap_features: Sequence[str] | None = ...,
            support_level: str = ...,
            tier: str = ...,
            worker_connections: int = ...,
            rbac_level: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "api_rate_limit": ("api_rate_limit", _m.INT),
        "cron_min_interval_sec": ("cron_min_interval_sec", _m.INT),
        "default_spending_cap_microusd": ("default_spending_cap_microusd", _m.INT),
        "display_name": ("display_name", _m.STR),
        "has_approval_gates": ("has_approval_gates", _m.BOOL),
        "has_audit_logs": ("has_audit_logs", _m.BOOL),
        "has_canary_deployments": ("has_canary_deployments", _m.BOOL),
        "has_compensating_txns": ("has_compensating_txns", _m.BOOL),
        "has_job_chaining": ("has_job_chaining", _m.BOOL),
        "has_log_streaming": ("has_log_streaming", _m.BOOL),
        "has_rbac": ("has_rbac", _m.BOOL),
        "has_sla": ("has_sla", _m.BOOL),
        "has_sub_workflows": ("has_sub_workflows", _m.BOOL),
        "max_concurrent_runs": ("max_concurrent_runs", _m.INT),
        "max_environments": ("max_environments", _m.INT),
        "max_log_drains_per_org": ("max_log_drains_per_org", _m.INT),
        "max_members_per_org": ("max_members_per_org", _m.INT),
        "max_notification_channels": ("max_notification_channels", _m.INT),
        "max_orgs_per_user": ("max_orgs_per_user", _m.INT),
        "max_projects_per_org": ("max_projects_per_org", _m.INT),
        "max_runs_per_month": ("max_runs_per_month", _m.INT),
        "max_scheduled_jobs": ("max_scheduled_jobs", _m.INT),
        "max_webhook_endpoints": ("max_webhook_endpoints", _m.INT),
        "max_webhook_subs_per_project": ("max_webhook_subs_per_project", _m.INT),
        "max_workflow_dag_steps": ("max_workflow_dag_steps", _m.INT),
        "overage_default_enabled": ("overage_default_enabled", _m.BOOL),
        "overage_per_k_runs_microusd": ("overage_per_k_runs_microusd", _m.INT),
        "price_annual_usd": ("price_annual_usd", _m.INT),
        "price_monthly_usd": ("price_monthly_usd", _m.INT),
        "requires_credit_card": ("requires_credit_card", _m.BOOL),
        "retention_days": ("retention_days", _m.INT),
        "roadmap_features": ("roadmap_features", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "support_level": ("support_level", _m.STR),
        "tier": ("tier", _m.STR),
        "worker_connections": ("worker_connections", _m.INT),
        "rbac_level": ("rbac_level", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "api_rate_limit",
        "cron_min_interval_sec",
        "default_spending_cap_microusd",
        "display_name",
        "has_approval_gates",
        "has_audit_logs",
        "has_canary_deployments",
        "has_compensating_txns",
        "has_job_chaining",
        "has_log_streaming",
        "has_rbac",
        "has_sla",
        "has_sub_workflows",
        "max_concurrent_runs",
        "max_environments",
        "max_log_drains_per_org",
        "max_members_per_org",
        "max_notification_channels",
        "max_orgs_per_user",
        "max_projects_per_org",
        "max_runs_per_month",
        "max_scheduled_jobs",
        "max_webhook_endpoints",
        "max_webhook_subs_per_project",
        "max_workflow_dag_steps",
        "overage_default_enabled",
        "overage_per_k_runs_microusd",
        "price_annual_usd",
        "price_monthly_usd",
        "requires_credit_card",
        "retention_days",
        "roadmap_features",
        "support_level",
        "tier",
        "worker_connections",
    )
    _closed: ClassVar[bool] = True


__all__ = ["PlanResponse"]
