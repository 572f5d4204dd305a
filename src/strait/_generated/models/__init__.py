"""Contains all the data models used in inputs/outputs.

strait template: models load on first use (PEP 562), so importing one model
does not import all of them.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_version import ActiveVersion
    from .active_versions_response_body import ActiveVersionsResponseBody
    from .addon_summary import AddonSummary
    from .admin_dlq_ack_output_body import AdminDLQAckOutputBody
    from .admin_outbox_ack_output_body import AdminOutboxAckOutputBody
    from .admin_outbox_row import AdminOutboxRow
    from .admin_retry_outbox_output_body import AdminRetryOutboxOutputBody
    from .anomaly_alert import AnomalyAlert
    from .anomaly_config_response import AnomalyConfigResponse
    from .api_error import APIError
    from .api_error_code import APIErrorCode
    from .api_error_removed import APIErrorRemoved
    from .api_key import APIKey
    from .api_replay_result import ApiReplayResult
    from .approval_stats import ApprovalStats
    from .approve_device_code_request import ApproveDeviceCodeRequest
    from .approve_device_code_response_200 import ApproveDeviceCodeResponse200
    from .approve_workflow_step_request import ApproveWorkflowStepRequest
    from .approve_workflow_step_response_200 import ApproveWorkflowStepResponse200
    from .assign_member_request import AssignMemberRequest
    from .audit_chain_verification import AuditChainVerification
    from .audit_event import AuditEvent
    from .auto_promote_config import AutoPromoteConfig
    from .batch_create_jobs_request import BatchCreateJobsRequest
    from .batch_create_jobs_response import BatchCreateJobsResponse
    from .batch_error import BatchError
    from .batch_job_i_ds_request import BatchJobIDsRequest
    from .batch_operation import BatchOperation
    from .batch_update_result import BatchUpdateResult
    from .bulk_assign_member_result import BulkAssignMemberResult
    from .bulk_assign_members_request import BulkAssignMembersRequest
    from .bulk_assign_members_response_200 import BulkAssignMembersResponse200
    from .bulk_cancel_all_request import BulkCancelAllRequest
    from .bulk_cancel_all_runs_response_200 import BulkCancelAllRunsResponse200
    from .bulk_cancel_request import BulkCancelRequest
    from .bulk_cancel_response import BulkCancelResponse
    from .bulk_cancel_result import BulkCancelResult
    from .bulk_cancel_workflow_runs_request import BulkCancelWorkflowRunsRequest
    from .bulk_cancel_workflow_runs_response_200 import (
        BulkCancelWorkflowRunsResponse200,
    )
    from .bulk_replay_dead_letter_runs_request import BulkReplayDeadLetterRunsRequest
    from .bulk_replay_dead_letter_runs_response_200 import (
        BulkReplayDeadLetterRunsResponse200,
    )
    from .bulk_replay_runs_request import BulkReplayRunsRequest
    from .bulk_replay_runs_response_200 import BulkReplayRunsResponse200
    from .bulk_replay_workflow_runs_request import BulkReplayWorkflowRunsRequest
    from .bulk_replay_workflow_runs_response_200 import (
        BulkReplayWorkflowRunsResponse200,
    )
    from .bulk_trigger_item import BulkTriggerItem
    from .bulk_trigger_item_tags import BulkTriggerItemTags
    from .bulk_trigger_request import BulkTriggerRequest
    from .bulk_trigger_response import BulkTriggerResponse
    from .bulk_trigger_result import BulkTriggerResult
    from .canary_deployment import CanaryDeployment
    from .cheaper_alternative import CheaperAlternative
    from .check_org_limit_response_200 import CheckOrgLimitResponse200
    from .clone_job_request import CloneJobRequest
    from .clone_workflow_request import CloneWorkflowRequest
    from .cloud_edition_required import CloudEditionRequired
    from .code_deployment import CodeDeployment
    from .compensation_plan import CompensationPlan
    from .compensation_step import CompensationStep
    from .compute_cost_analytics import ComputeCostAnalytics
    from .confirm_code_deployment_input_body import ConfirmCodeDeploymentInputBody
    from .cost_analytics import CostAnalytics
    from .cost_by_job import CostByJob
    from .cost_by_machine import CostByMachine
    from .cost_by_preset import CostByPreset
    from .cost_by_trigger import CostByTrigger
    from .cost_estimate import CostEstimate
    from .cost_forecast import CostForecast
    from .cost_outlier import CostOutlier
    from .cost_trend_point import CostTrendPoint
    from .create_api_key_request import CreateAPIKeyRequest
    from .create_api_key_response import CreateAPIKeyResponse
    from .create_canary_deployment_request import CreateCanaryDeploymentRequest
    from .create_code_deployment_output_body import CreateCodeDeploymentOutputBody
    from .create_code_deployment_request import CreateCodeDeploymentRequest
    from .create_code_deployment_request_runtime import (
        CreateCodeDeploymentRequestRuntime,
    )
    from .create_deployment_version_request import CreateDeploymentVersionRequest
    from .create_environment_request import CreateEnvironmentRequest
    from .create_environment_request_variables import CreateEnvironmentRequestVariables
    from .create_event_source_request import CreateEventSourceRequest
    from .create_event_source_request_signature_algorithm import (
        CreateEventSourceRequestSignatureAlgorithm,
    )
    from .create_job_dependency_request import CreateJobDependencyRequest
    from .create_job_group_request import CreateJobGroupRequest
    from .create_job_request import CreateJobRequest
    from .create_job_request_cron_overlap_policy import (
        CreateJobRequestCronOverlapPolicy,
    )
    from .create_job_request_default_run_metadata import (
        CreateJobRequestDefaultRunMetadata,
    )
    from .create_job_request_execution_mode import CreateJobRequestExecutionMode
    from .create_job_request_retry_strategy import CreateJobRequestRetryStrategy
    from .create_job_request_tags import CreateJobRequestTags
    from .create_job_request_version_policy import CreateJobRequestVersionPolicy
    from .create_log_drain_request import CreateLogDrainRequest
    from .create_log_drain_request_auth_config import CreateLogDrainRequestAuthConfig
    from .create_notification_channel_request import CreateNotificationChannelRequest
    from .create_notification_channel_request_channel_type import (
        CreateNotificationChannelRequestChannelType,
    )
    from .create_project_request import CreateProjectRequest
    from .create_resource_policy_request import CreateResourcePolicyRequest
    from .create_role_request import CreateRoleRequest
    from .create_secret_request import CreateSecretRequest
    from .create_sse_token_output_body import CreateSSETokenOutputBody
    from .create_tag_policy_request import CreateTagPolicyRequest
    from .create_webhook_subscription_request import CreateWebhookSubscriptionRequest
    from .create_webhook_subscription_response import CreateWebhookSubscriptionResponse
    from .create_workflow_request import CreateWorkflowRequest
    from .create_workflow_request_tags import CreateWorkflowRequestTags
    from .create_workflow_request_version_policy import (
        CreateWorkflowRequestVersionPolicy,
    )
    from .current_usage_response import CurrentUsageResponse
    from .data_flow_edge import DataFlowEdge
    from .deadletter_entry import DeadletterEntry
    from .debug_bundle import DebugBundle
    from .debug_step import DebugStep
    from .debug_view import DebugView
    from .deployment_version import DeploymentVersion
    from .deployment_version_mutation_request import DeploymentVersionMutationRequest
    from .device_code_response import DeviceCodeResponse
    from .device_token_request import DeviceTokenRequest
    from .device_token_response import DeviceTokenResponse
    from .diff_workflow_versions_response_200 import DiffWorkflowVersionsResponse200
    from .dispatch_event_request import DispatchEventRequest
    from .dispatch_event_response_200 import DispatchEventResponse200
    from .downgrade_impact import DowngradeImpact
    from .drop_deadletter_response import DropDeadletterResponse
    from .dry_run_workflow_request import DryRunWorkflowRequest
    from .dry_run_workflow_response_200 import DryRunWorkflowResponse200
    from .email_preferences_response import EmailPreferencesResponse
    from .environment_response import EnvironmentResponse
    from .error_response import ErrorResponse
    from .error_response_removed import ErrorResponseRemoved
    from .event_latency_stats import EventLatencyStats
    from .event_source import EventSource
    from .event_subscription import EventSubscription
    from .event_trigger import EventTrigger
    from .event_trigger_stats import EventTriggerStats
    from .event_volume_bucket import EventVolumeBucket
    from .execution_trace import ExecutionTrace
    from .expiring_key_info import ExpiringKeyInfo
    from .export_audit_events_format import ExportAuditEventsFormat
    from .export_jobs_format import ExportJobsFormat
    from .export_runs_format import ExportRunsFormat
    from .export_usage_format import ExportUsageFormat
    from .export_workflows_format import ExportWorkflowsFormat
    from .force_complete_step_request import ForceCompleteStepRequest
    from .force_complete_workflow_step_response_200 import (
        ForceCompleteWorkflowStepResponse200,
    )
    from .force_disconnect_worker_response_200 import ForceDisconnectWorkerResponse200
    from .get_audit_retention_response import GetAuditRetentionResponse
    from .get_cost_insights_response_200 import GetCostInsightsResponse200
    from .get_plans_output_body import GetPlansOutputBody
    from .get_regions_output_body import GetRegionsOutputBody
    from .get_resolved_variables_response_200 import GetResolvedVariablesResponse200
    from .get_resolved_variables_response_200_additional_property import (
        GetResolvedVariablesResponse200AdditionalProperty,
    )
    from .get_role_response_200_type_1 import GetRoleResponse200Type1
    from .get_run_dependency_status_response_200 import (
        GetRunDependencyStatusResponse200,
    )
    from .get_workflow_run_graph_response_200 import GetWorkflowRunGraphResponse200
    from .get_workflow_run_graph_response_200_edges_item import (
        GetWorkflowRunGraphResponse200EdgesItem,
    )
    from .get_workflow_run_labels_response_200 import GetWorkflowRunLabelsResponse200
    from .get_workflow_run_labels_response_200_labels import (
        GetWorkflowRunLabelsResponse200Labels,
    )
    from .get_workflow_version_impact_response_200 import (
        GetWorkflowVersionImpactResponse200,
    )
    from .health_check_output_body import HealthCheckOutputBody
    from .health_summary import HealthSummary
    from .job import Job
    from .job_comparison import JobComparison
    from .job_cost_ranking import JobCostRanking
    from .job_default_run_metadata import JobDefaultRunMetadata
    from .job_dependency import JobDependency
    from .job_group import JobGroup
    from .job_group_stats import JobGroupStats
    from .job_group_stats_run_counts_type_0 import JobGroupStatsRunCountsType0
    from .job_health_response import JobHealthResponse
    from .job_history_bucket import JobHistoryBucket
    from .job_memory import JobMemory
    from .job_performance import JobPerformance
    from .job_reliability import JobReliability
    from .job_run import JobRun
    from .job_run_metadata import JobRunMetadata
    from .job_run_tags import JobRunTags
    from .job_secret import JobSecret
    from .job_tags import JobTags
    from .job_version import JobVersion
    from .job_version_tags import JobVersionTags
    from .list_deadletter_response import ListDeadletterResponse
    from .list_worker_tasks_output_body import ListWorkerTasksOutputBody
    from .list_workers_output_body import ListWorkersOutputBody
    from .log_drain import LogDrain
    from .log_drain_auth_config import LogDrainAuthConfig
    from .notification_channel import NotificationChannel
    from .notification_delivery import NotificationDelivery
    from .paginated_admin_outbox_row import PaginatedAdminOutboxRow
    from .paginated_api_key import PaginatedAPIKey
    from .paginated_audit_event import PaginatedAuditEvent
    from .paginated_batch_operation import PaginatedBatchOperation
    from .paginated_code_deployment import PaginatedCodeDeployment
    from .paginated_deployment_version import PaginatedDeploymentVersion
    from .paginated_environment_response import PaginatedEnvironmentResponse
    from .paginated_event_trigger import PaginatedEventTrigger
    from .paginated_job import PaginatedJob
    from .paginated_job_dependency import PaginatedJobDependency
    from .paginated_job_group import PaginatedJobGroup
    from .paginated_job_run import PaginatedJobRun
    from .paginated_job_secret import PaginatedJobSecret
    from .paginated_job_version import PaginatedJobVersion
    from .paginated_project_member_role import PaginatedProjectMemberRole
    from .paginated_project_role import PaginatedProjectRole
    from .paginated_resource_policy import PaginatedResourcePolicy
    from .paginated_run_checkpoint import PaginatedRunCheckpoint
    from .paginated_run_event import PaginatedRunEvent
    from .paginated_run_output import PaginatedRunOutput
    from .paginated_run_tool_call import PaginatedRunToolCall
    from .paginated_run_usage import PaginatedRunUsage
    from .paginated_tag_policy import PaginatedTagPolicy
    from .paginated_webhook_delivery import PaginatedWebhookDelivery
    from .paginated_workflow import PaginatedWorkflow
    from .paginated_workflow_run import PaginatedWorkflowRun
    from .paginated_workflow_step_decision import PaginatedWorkflowStepDecision
    from .paginated_workflow_step_run import PaginatedWorkflowStepRun
    from .pause_all_jobs_by_group_response_200 import PauseAllJobsByGroupResponse200
    from .pause_job_request import PauseJobRequest
    from .performance_analytics import PerformanceAnalytics
    from .period_info import PeriodInfo
    from .plan_response import PlanResponse
    from .plan_workflow_response_200 import PlanWorkflowResponse200
    from .project import Project
    from .project_budget_response import ProjectBudgetResponse
    from .project_cost_entry import ProjectCostEntry
    from .project_member_role import ProjectMemberRole
    from .project_role import ProjectRole
    from .project_settings_response import ProjectSettingsResponse
    from .purge_event_triggers_request import PurgeEventTriggersRequest
    from .purge_event_triggers_response_200 import PurgeEventTriggersResponse200
    from .queue_stats import QueueStats
    from .rate_limit_key import RateLimitKey
    from .region_response import RegionResponse
    from .region_response_availability import RegionResponseAvailability
    from .replay_deadletter_response import ReplayDeadletterResponse
    from .replay_result import ReplayResult
    from .replay_workflow_subtree_response_200 import ReplayWorkflowSubtreeResponse200
    from .reschedule_run_request import RescheduleRunRequest
    from .reset_idempotency_key_response_200 import ResetIdempotencyKeyResponse200
    from .resource_impact import ResourceImpact
    from .resource_policy import ResourcePolicy
    from .restart_run_request import RestartRunRequest
    from .resume_all_jobs_by_group_response_200 import ResumeAllJobsByGroupResponse200
    from .retry_workflow_step_response_200 import RetryWorkflowStepResponse200
    from .revoke_api_key_response_200 import RevokeApiKeyResponse200
    from .rollback_canary_deployment_response_200 import (
        RollbackCanaryDeploymentResponse200,
    )
    from .rotate_api_key_request import RotateAPIKeyRequest
    from .rotate_api_key_response_201 import RotateApiKeyResponse201
    from .rotate_audit_signing_key_body import RotateAuditSigningKeyBody
    from .rotate_audit_signing_key_response import RotateAuditSigningKeyResponse
    from .rotate_webhook_secret_request import RotateWebhookSecretRequest
    from .rotate_webhook_secret_response import RotateWebhookSecretResponse
    from .run_checkpoint import RunCheckpoint
    from .run_comparison import RunComparison
    from .run_duration_bucket import RunDurationBucket
    from .run_event import RunEvent
    from .run_failure_reason import RunFailureReason
    from .run_iteration import RunIteration
    from .run_output import RunOutput
    from .run_resource_snapshot import RunResourceSnapshot
    from .run_state import RunState
    from .run_summary import RunSummary
    from .run_timeline_bucket import RunTimelineBucket
    from .run_tool_call import RunToolCall
    from .run_usage import RunUsage
    from .runs_by_trigger import RunsByTrigger
    from .runs_by_version import RunsByVersion
    from .sdk_annotate_request import SDKAnnotateRequest
    from .sdk_annotate_request_annotations import SDKAnnotateRequestAnnotations
    from .sdk_checkpoint_request import SDKCheckpointRequest
    from .sdk_complete_request import SDKCompleteRequest
    from .sdk_continue_request import SDKContinueRequest
    from .sdk_fail_request import SDKFailRequest
    from .sdk_heartbeat_response_200 import SdkHeartbeatResponse200
    from .sdk_iteration_request import SdkIterationRequest
    from .sdk_log_request import SDKLogRequest
    from .sdk_output_request import SDKOutputRequest
    from .sdk_progress_request import SDKProgressRequest
    from .sdk_resource_snapshot_request import SDKResourceSnapshotRequest
    from .sdk_resources_request import SDKResourcesRequest
    from .sdk_resources_response_201 import SdkResourcesResponse201
    from .sdk_set_memory_request import SDKSetMemoryRequest
    from .sdk_set_state_request import SDKSetStateRequest
    from .sdk_spawn_request import SDKSpawnRequest
    from .sdk_spawn_response_201 import SdkSpawnResponse201
    from .sdk_stream_chunk_request import SDKStreamChunkRequest
    from .sdk_stream_chunk_response_200 import SdkStreamChunkResponse200
    from .sdk_tool_call_request import SDKToolCallRequest
    from .sdk_usage_request import SDKUsageRequest
    from .sdk_wait_for_event_request import SDKWaitForEventRequest
    from .sdk_wait_for_event_response_200 import SdkWaitForEventResponse200
    from .send_event_by_prefix_response_200 import SendEventByPrefixResponse200
    from .send_event_request import SendEventRequest
    from .set_debug_mode_request import SetDebugModeRequest
    from .set_debug_mode_response_200 import SetDebugModeResponse200
    from .set_job_endpoint_request import SetJobEndpointRequest
    from .set_job_endpoint_response import SetJobEndpointResponse
    from .simulate_workflow_response_200 import SimulateWorkflowResponse200
    from .skip_step_request import SkipStepRequest
    from .skip_workflow_step_response_200 import SkipWorkflowStepResponse200
    from .spending_limit_response import SpendingLimitResponse
    from .step_comparison import StepComparison
    from .step_duration import StepDuration
    from .step_override import StepOverride
    from .string_diff import StringDiff
    from .subscribe_to_event_source_request import SubscribeToEventSourceRequest
    from .subscribe_to_event_source_request_target_type import (
        SubscribeToEventSourceRequestTargetType,
    )
    from .tag_cost import TagCost
    from .tag_policy import TagPolicy
    from .tag_summary import TagSummary
    from .test_webhook_request import TestWebhookRequest
    from .test_webhook_response_200 import TestWebhookResponse200
    from .throughput_stats import ThroughputStats
    from .timeline_response import TimelineResponse
    from .timeline_step import TimelineStep
    from .top_cost_item import TopCostItem
    from .top_failing_endpoint import TopFailingEndpoint
    from .top_failing_job import TopFailingJob
    from .top_failing_tag import TopFailingTag
    from .trigger_job_response_201_type_1 import TriggerJobResponse201Type1
    from .trigger_job_response_201_type_2 import TriggerJobResponse201Type2
    from .trigger_job_response_201_type_3 import TriggerJobResponse201Type3
    from .trigger_request import TriggerRequest
    from .trigger_request_tags import TriggerRequestTags
    from .trigger_run_response import TriggerRunResponse
    from .trigger_workflow_request import TriggerWorkflowRequest
    from .trigger_workflow_request_labels import TriggerWorkflowRequestLabels
    from .trigger_workflow_request_tags import TriggerWorkflowRequestTags
    from .update_anomaly_config_request import UpdateAnomalyConfigRequest
    from .update_anomaly_config_response_200 import UpdateAnomalyConfigResponse200
    from .update_audit_export_cap_input_body import UpdateAuditExportCapInputBody
    from .update_audit_export_cap_response import UpdateAuditExportCapResponse
    from .update_audit_retention_input_body import UpdateAuditRetentionInputBody
    from .update_audit_retention_response import UpdateAuditRetentionResponse
    from .update_canary_request import UpdateCanaryRequest
    from .update_email_preferences_request import UpdateEmailPreferencesRequest
    from .update_email_preferences_response_200 import UpdateEmailPreferencesResponse200
    from .update_environment_request import UpdateEnvironmentRequest
    from .update_environment_request_variables_type_0 import (
        UpdateEnvironmentRequestVariablesType0,
    )
    from .update_event_source_request import UpdateEventSourceRequest
    from .update_event_source_request_signature_algorithm_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType1,
    )
    from .update_event_source_request_signature_algorithm_type_2_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType2Type1,
    )
    from .update_event_source_request_signature_algorithm_type_3_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType3Type1,
    )
    from .update_job_group_request import UpdateJobGroupRequest
    from .update_job_request import UpdateJobRequest
    from .update_job_request_cron_overlap_policy_type_1 import (
        UpdateJobRequestCronOverlapPolicyType1,
    )
    from .update_job_request_cron_overlap_policy_type_2_type_1 import (
        UpdateJobRequestCronOverlapPolicyType2Type1,
    )
    from .update_job_request_cron_overlap_policy_type_3_type_1 import (
        UpdateJobRequestCronOverlapPolicyType3Type1,
    )
    from .update_job_request_default_run_metadata_type_0 import (
        UpdateJobRequestDefaultRunMetadataType0,
    )
    from .update_job_request_execution_mode_type_1 import (
        UpdateJobRequestExecutionModeType1,
    )
    from .update_job_request_execution_mode_type_2_type_1 import (
        UpdateJobRequestExecutionModeType2Type1,
    )
    from .update_job_request_execution_mode_type_3_type_1 import (
        UpdateJobRequestExecutionModeType3Type1,
    )
    from .update_job_request_retry_strategy_type_1 import (
        UpdateJobRequestRetryStrategyType1,
    )
    from .update_job_request_retry_strategy_type_2_type_1 import (
        UpdateJobRequestRetryStrategyType2Type1,
    )
    from .update_job_request_retry_strategy_type_3_type_1 import (
        UpdateJobRequestRetryStrategyType3Type1,
    )
    from .update_job_request_tags_type_0 import UpdateJobRequestTagsType0
    from .update_job_request_version_policy_type_1 import (
        UpdateJobRequestVersionPolicyType1,
    )
    from .update_job_request_version_policy_type_2_type_1 import (
        UpdateJobRequestVersionPolicyType2Type1,
    )
    from .update_job_request_version_policy_type_3_type_1 import (
        UpdateJobRequestVersionPolicyType3Type1,
    )
    from .update_log_drain_request import UpdateLogDrainRequest
    from .update_log_drain_request_auth_config import UpdateLogDrainRequestAuthConfig
    from .update_notification_channel_request import UpdateNotificationChannelRequest
    from .update_project_budget_request import UpdateProjectBudgetRequest
    from .update_project_budget_response_200 import UpdateProjectBudgetResponse200
    from .update_project_settings_request import UpdateProjectSettingsRequest
    from .update_role_request import UpdateRoleRequest
    from .update_spending_limit_request import UpdateSpendingLimitRequest
    from .update_spending_limit_response_200 import UpdateSpendingLimitResponse200
    from .update_workflow_request import UpdateWorkflowRequest
    from .update_workflow_request_tags_type_0 import UpdateWorkflowRequestTagsType0
    from .update_workflow_request_version_policy_type_1 import (
        UpdateWorkflowRequestVersionPolicyType1,
    )
    from .update_workflow_request_version_policy_type_2_type_1 import (
        UpdateWorkflowRequestVersionPolicyType2Type1,
    )
    from .update_workflow_request_version_policy_type_3_type_1 import (
        UpdateWorkflowRequestVersionPolicyType3Type1,
    )
    from .update_workflow_response_body import UpdateWorkflowResponseBody
    from .update_workflow_response_body_tags import UpdateWorkflowResponseBodyTags
    from .upsert_workflow_policy_request import UpsertWorkflowPolicyRequest
    from .usage_alert import UsageAlert
    from .usage_dimension import UsageDimension
    from .usage_dimensions import UsageDimensions
    from .usage_forecast_response import UsageForecastResponse
    from .usage_history_entry import UsageHistoryEntry
    from .verify_job_endpoint_result import VerifyJobEndpointResult
    from .webhook_delivery import WebhookDelivery
    from .webhook_endpoint_stats import WebhookEndpointStats
    from .webhook_health_bucket import WebhookHealthBucket
    from .webhook_subscription import WebhookSubscription
    from .worker import Worker
    from .worker_task import WorkerTask
    from .worker_task_result import WorkerTaskResult
    from .workflow import Workflow
    from .workflow_completion_bucket import WorkflowCompletionBucket
    from .workflow_graph_response import WorkflowGraphResponse
    from .workflow_graph_response_adjacency import WorkflowGraphResponseAdjacency
    from .workflow_plan_request import WorkflowPlanRequest
    from .workflow_policy import WorkflowPolicy
    from .workflow_response import WorkflowResponse
    from .workflow_response_tags import WorkflowResponseTags
    from .workflow_run import WorkflowRun
    from .workflow_run_graph_node import WorkflowRunGraphNode
    from .workflow_run_tags import WorkflowRunTags
    from .workflow_run_trace_context import WorkflowRunTraceContext
    from .workflow_step import WorkflowStep
    from .workflow_step_approval import WorkflowStepApproval
    from .workflow_step_decision import WorkflowStepDecision
    from .workflow_step_request import WorkflowStepRequest
    from .workflow_step_run import WorkflowStepRun
    from .workflow_summary import WorkflowSummary
    from .workflow_tags import WorkflowTags
    from .workflow_version import WorkflowVersion

_MODULES: dict[str, str] = {
    "ActiveVersion": ".active_version",
    "ActiveVersionsResponseBody": ".active_versions_response_body",
    "AddonSummary": ".addon_summary",
    "AdminDLQAckOutputBody": ".admin_dlq_ack_output_body",
    "AdminOutboxAckOutputBody": ".admin_outbox_ack_output_body",
    "AdminOutboxRow": ".admin_outbox_row",
    "AdminRetryOutboxOutputBody": ".admin_retry_outbox_output_body",
    "AnomalyAlert": ".anomaly_alert",
    "AnomalyConfigResponse": ".anomaly_config_response",
    "APIError": ".api_error",
    "APIErrorCode": ".api_error_code",
    "APIErrorRemoved": ".api_error_removed",
    "APIKey": ".api_key",
    "ApiReplayResult": ".api_replay_result",
    "ApprovalStats": ".approval_stats",
    "ApproveDeviceCodeRequest": ".approve_device_code_request",
    "ApproveDeviceCodeResponse200": ".approve_device_code_response_200",
    "ApproveWorkflowStepRequest": ".approve_workflow_step_request",
    "ApproveWorkflowStepResponse200": ".approve_workflow_step_response_200",
    "AssignMemberRequest": ".assign_member_request",
    "AuditChainVerification": ".audit_chain_verification",
    "AuditEvent": ".audit_event",
    "AutoPromoteConfig": ".auto_promote_config",
    "BatchCreateJobsRequest": ".batch_create_jobs_request",
    "BatchCreateJobsResponse": ".batch_create_jobs_response",
    "BatchError": ".batch_error",
    "BatchJobIDsRequest": ".batch_job_i_ds_request",
    "BatchOperation": ".batch_operation",
    "BatchUpdateResult": ".batch_update_result",
    "BulkAssignMemberResult": ".bulk_assign_member_result",
    "BulkAssignMembersRequest": ".bulk_assign_members_request",
    "BulkAssignMembersResponse200": ".bulk_assign_members_response_200",
    "BulkCancelAllRequest": ".bulk_cancel_all_request",
    "BulkCancelAllRunsResponse200": ".bulk_cancel_all_runs_response_200",
    "BulkCancelRequest": ".bulk_cancel_request",
    "BulkCancelResponse": ".bulk_cancel_response",
    "BulkCancelResult": ".bulk_cancel_result",
    "BulkCancelWorkflowRunsRequest": ".bulk_cancel_workflow_runs_request",
    "BulkCancelWorkflowRunsResponse200": ".bulk_cancel_workflow_runs_response_200",
    "BulkReplayDeadLetterRunsRequest": ".bulk_replay_dead_letter_runs_request",
    "BulkReplayDeadLetterRunsResponse200": ".bulk_replay_dead_letter_runs_response_200",
    "BulkReplayRunsRequest": ".bulk_replay_runs_request",
    "BulkReplayRunsResponse200": ".bulk_replay_runs_response_200",
    "BulkReplayWorkflowRunsRequest": ".bulk_replay_workflow_runs_request",
    "BulkReplayWorkflowRunsResponse200": ".bulk_replay_workflow_runs_response_200",
    "BulkTriggerItem": ".bulk_trigger_item",
    "BulkTriggerItemTags": ".bulk_trigger_item_tags",
    "BulkTriggerRequest": ".bulk_trigger_request",
    "BulkTriggerResponse": ".bulk_trigger_response",
    "BulkTriggerResult": ".bulk_trigger_result",
    "CanaryDeployment": ".canary_deployment",
    "CheaperAlternative": ".cheaper_alternative",
    "CheckOrgLimitResponse200": ".check_org_limit_response_200",
    "CloneJobRequest": ".clone_job_request",
    "CloneWorkflowRequest": ".clone_workflow_request",
    "CloudEditionRequired": ".cloud_edition_required",
    "CodeDeployment": ".code_deployment",
    "CompensationPlan": ".compensation_plan",
    "CompensationStep": ".compensation_step",
    "ComputeCostAnalytics": ".compute_cost_analytics",
    "ConfirmCodeDeploymentInputBody": ".confirm_code_deployment_input_body",
    "CostAnalytics": ".cost_analytics",
    "CostByJob": ".cost_by_job",
    "CostByMachine": ".cost_by_machine",
    "CostByPreset": ".cost_by_preset",
    "CostByTrigger": ".cost_by_trigger",
    "CostEstimate": ".cost_estimate",
    "CostForecast": ".cost_forecast",
    "CostOutlier": ".cost_outlier",
    "CostTrendPoint": ".cost_trend_point",
    "CreateAPIKeyRequest": ".create_api_key_request",
    "CreateAPIKeyResponse": ".create_api_key_response",
    "CreateCanaryDeploymentRequest": ".create_canary_deployment_request",
    "CreateCodeDeploymentOutputBody": ".create_code_deployment_output_body",
    "CreateCodeDeploymentRequest": ".create_code_deployment_request",
    "CreateCodeDeploymentRequestRuntime": ".create_code_deployment_request_runtime",
    "CreateDeploymentVersionRequest": ".create_deployment_version_request",
    "CreateEnvironmentRequest": ".create_environment_request",
    "CreateEnvironmentRequestVariables": ".create_environment_request_variables",
    "CreateEventSourceRequest": ".create_event_source_request",
    "CreateEventSourceRequestSignatureAlgorithm": ".create_event_source_request_signature_algorithm",
    "CreateJobDependencyRequest": ".create_job_dependency_request",
    "CreateJobGroupRequest": ".create_job_group_request",
    "CreateJobRequest": ".create_job_request",
    "CreateJobRequestCronOverlapPolicy": ".create_job_request_cron_overlap_policy",
    "CreateJobRequestDefaultRunMetadata": ".create_job_request_default_run_metadata",
    "CreateJobRequestExecutionMode": ".create_job_request_execution_mode",
    "CreateJobRequestRetryStrategy": ".create_job_request_retry_strategy",
    "CreateJobRequestTags": ".create_job_request_tags",
    "CreateJobRequestVersionPolicy": ".create_job_request_version_policy",
    "CreateLogDrainRequest": ".create_log_drain_request",
    "CreateLogDrainRequestAuthConfig": ".create_log_drain_request_auth_config",
    "CreateNotificationChannelRequest": ".create_notification_channel_request",
    "CreateNotificationChannelRequestChannelType": ".create_notification_channel_request_channel_type",
    "CreateProjectRequest": ".create_project_request",
    "CreateResourcePolicyRequest": ".create_resource_policy_request",
    "CreateRoleRequest": ".create_role_request",
    "CreateSecretRequest": ".create_secret_request",
    "CreateSSETokenOutputBody": ".create_sse_token_output_body",
    "CreateTagPolicyRequest": ".create_tag_policy_request",
    "CreateWebhookSubscriptionRequest": ".create_webhook_subscription_request",
    "CreateWebhookSubscriptionResponse": ".create_webhook_subscription_response",
    "CreateWorkflowRequest": ".create_workflow_request",
    "CreateWorkflowRequestTags": ".create_workflow_request_tags",
    "CreateWorkflowRequestVersionPolicy": ".create_workflow_request_version_policy",
    "CurrentUsageResponse": ".current_usage_response",
    "DataFlowEdge": ".data_flow_edge",
    "DeadletterEntry": ".deadletter_entry",
    "DebugBundle": ".debug_bundle",
    "DebugStep": ".debug_step",
    "DebugView": ".debug_view",
    "DeploymentVersion": ".deployment_version",
    "DeploymentVersionMutationRequest": ".deployment_version_mutation_request",
    "DeviceCodeResponse": ".device_code_response",
    "DeviceTokenRequest": ".device_token_request",
    "DeviceTokenResponse": ".device_token_response",
    "DiffWorkflowVersionsResponse200": ".diff_workflow_versions_response_200",
    "DispatchEventRequest": ".dispatch_event_request",
    "DispatchEventResponse200": ".dispatch_event_response_200",
    "DowngradeImpact": ".downgrade_impact",
    "DropDeadletterResponse": ".drop_deadletter_response",
    "DryRunWorkflowRequest": ".dry_run_workflow_request",
    "DryRunWorkflowResponse200": ".dry_run_workflow_response_200",
    "EmailPreferencesResponse": ".email_preferences_response",
    "EnvironmentResponse": ".environment_response",
    "ErrorResponse": ".error_response",
    "ErrorResponseRemoved": ".error_response_removed",
    "EventLatencyStats": ".event_latency_stats",
    "EventSource": ".event_source",
    "EventSubscription": ".event_subscription",
    "EventTrigger": ".event_trigger",
    "EventTriggerStats": ".event_trigger_stats",
    "EventVolumeBucket": ".event_volume_bucket",
    "ExecutionTrace": ".execution_trace",
    "ExpiringKeyInfo": ".expiring_key_info",
    "ExportAuditEventsFormat": ".export_audit_events_format",
    "ExportJobsFormat": ".export_jobs_format",
    "ExportRunsFormat": ".export_runs_format",
    "ExportUsageFormat": ".export_usage_format",
    "ExportWorkflowsFormat": ".export_workflows_format",
    "ForceCompleteStepRequest": ".force_complete_step_request",
    "ForceCompleteWorkflowStepResponse200": ".force_complete_workflow_step_response_200",
    "ForceDisconnectWorkerResponse200": ".force_disconnect_worker_response_200",
    "GetAuditRetentionResponse": ".get_audit_retention_response",
    "GetCostInsightsResponse200": ".get_cost_insights_response_200",
    "GetPlansOutputBody": ".get_plans_output_body",
    "GetRegionsOutputBody": ".get_regions_output_body",
    "GetResolvedVariablesResponse200": ".get_resolved_variables_response_200",
    "GetResolvedVariablesResponse200AdditionalProperty": ".get_resolved_variables_response_200_additional_property",
    "GetRoleResponse200Type1": ".get_role_response_200_type_1",
    "GetRunDependencyStatusResponse200": ".get_run_dependency_status_response_200",
    "GetWorkflowRunGraphResponse200": ".get_workflow_run_graph_response_200",
    "GetWorkflowRunGraphResponse200EdgesItem": ".get_workflow_run_graph_response_200_edges_item",
    "GetWorkflowRunLabelsResponse200": ".get_workflow_run_labels_response_200",
    "GetWorkflowRunLabelsResponse200Labels": ".get_workflow_run_labels_response_200_labels",
    "GetWorkflowVersionImpactResponse200": ".get_workflow_version_impact_response_200",
    "HealthCheckOutputBody": ".health_check_output_body",
    "HealthSummary": ".health_summary",
    "Job": ".job",
    "JobComparison": ".job_comparison",
    "JobCostRanking": ".job_cost_ranking",
    "JobDefaultRunMetadata": ".job_default_run_metadata",
    "JobDependency": ".job_dependency",
    "JobGroup": ".job_group",
    "JobGroupStats": ".job_group_stats",
    "JobGroupStatsRunCountsType0": ".job_group_stats_run_counts_type_0",
    "JobHealthResponse": ".job_health_response",
    "JobHistoryBucket": ".job_history_bucket",
    "JobMemory": ".job_memory",
    "JobPerformance": ".job_performance",
    "JobReliability": ".job_reliability",
    "JobRun": ".job_run",
    "JobRunMetadata": ".job_run_metadata",
    "JobRunTags": ".job_run_tags",
    "JobSecret": ".job_secret",
    "JobTags": ".job_tags",
    "JobVersion": ".job_version",
    "JobVersionTags": ".job_version_tags",
    "ListDeadletterResponse": ".list_deadletter_response",
    "ListWorkerTasksOutputBody": ".list_worker_tasks_output_body",
    "ListWorkersOutputBody": ".list_workers_output_body",
    "LogDrain": ".log_drain",
    "LogDrainAuthConfig": ".log_drain_auth_config",
    "NotificationChannel": ".notification_channel",
    "NotificationDelivery": ".notification_delivery",
    "PaginatedAdminOutboxRow": ".paginated_admin_outbox_row",
    "PaginatedAPIKey": ".paginated_api_key",
    "PaginatedAuditEvent": ".paginated_audit_event",
    "PaginatedBatchOperation": ".paginated_batch_operation",
    "PaginatedCodeDeployment": ".paginated_code_deployment",
    "PaginatedDeploymentVersion": ".paginated_deployment_version",
    "PaginatedEnvironmentResponse": ".paginated_environment_response",
    "PaginatedEventTrigger": ".paginated_event_trigger",
    "PaginatedJob": ".paginated_job",
    "PaginatedJobDependency": ".paginated_job_dependency",
    "PaginatedJobGroup": ".paginated_job_group",
    "PaginatedJobRun": ".paginated_job_run",
    "PaginatedJobSecret": ".paginated_job_secret",
    "PaginatedJobVersion": ".paginated_job_version",
    "PaginatedProjectMemberRole": ".paginated_project_member_role",
    "PaginatedProjectRole": ".paginated_project_role",
    "PaginatedResourcePolicy": ".paginated_resource_policy",
    "PaginatedRunCheckpoint": ".paginated_run_checkpoint",
    "PaginatedRunEvent": ".paginated_run_event",
    "PaginatedRunOutput": ".paginated_run_output",
    "PaginatedRunToolCall": ".paginated_run_tool_call",
    "PaginatedRunUsage": ".paginated_run_usage",
    "PaginatedTagPolicy": ".paginated_tag_policy",
    "PaginatedWebhookDelivery": ".paginated_webhook_delivery",
    "PaginatedWorkflow": ".paginated_workflow",
    "PaginatedWorkflowRun": ".paginated_workflow_run",
    "PaginatedWorkflowStepDecision": ".paginated_workflow_step_decision",
    "PaginatedWorkflowStepRun": ".paginated_workflow_step_run",
    "PauseAllJobsByGroupResponse200": ".pause_all_jobs_by_group_response_200",
    "PauseJobRequest": ".pause_job_request",
    "PerformanceAnalytics": ".performance_analytics",
    "PeriodInfo": ".period_info",
    "PlanResponse": ".plan_response",
    "PlanWorkflowResponse200": ".plan_workflow_response_200",
    "Project": ".project",
    "ProjectBudgetResponse": ".project_budget_response",
    "ProjectCostEntry": ".project_cost_entry",
    "ProjectMemberRole": ".project_member_role",
    "ProjectRole": ".project_role",
    "ProjectSettingsResponse": ".project_settings_response",
    "PurgeEventTriggersRequest": ".purge_event_triggers_request",
    "PurgeEventTriggersResponse200": ".purge_event_triggers_response_200",
    "QueueStats": ".queue_stats",
    "RateLimitKey": ".rate_limit_key",
    "RegionResponse": ".region_response",
    "RegionResponseAvailability": ".region_response_availability",
    "ReplayDeadletterResponse": ".replay_deadletter_response",
    "ReplayResult": ".replay_result",
    "ReplayWorkflowSubtreeResponse200": ".replay_workflow_subtree_response_200",
    "RescheduleRunRequest": ".reschedule_run_request",
    "ResetIdempotencyKeyResponse200": ".reset_idempotency_key_response_200",
    "ResourceImpact": ".resource_impact",
    "ResourcePolicy": ".resource_policy",
    "RestartRunRequest": ".restart_run_request",
    "ResumeAllJobsByGroupResponse200": ".resume_all_jobs_by_group_response_200",
    "RetryWorkflowStepResponse200": ".retry_workflow_step_response_200",
    "RevokeApiKeyResponse200": ".revoke_api_key_response_200",
    "RollbackCanaryDeploymentResponse200": ".rollback_canary_deployment_response_200",
    "RotateAPIKeyRequest": ".rotate_api_key_request",
    "RotateApiKeyResponse201": ".rotate_api_key_response_201",
    "RotateAuditSigningKeyBody": ".rotate_audit_signing_key_body",
    "RotateAuditSigningKeyResponse": ".rotate_audit_signing_key_response",
    "RotateWebhookSecretRequest": ".rotate_webhook_secret_request",
    "RotateWebhookSecretResponse": ".rotate_webhook_secret_response",
    "RunCheckpoint": ".run_checkpoint",
    "RunComparison": ".run_comparison",
    "RunDurationBucket": ".run_duration_bucket",
    "RunEvent": ".run_event",
    "RunFailureReason": ".run_failure_reason",
    "RunIteration": ".run_iteration",
    "RunOutput": ".run_output",
    "RunResourceSnapshot": ".run_resource_snapshot",
    "RunState": ".run_state",
    "RunSummary": ".run_summary",
    "RunTimelineBucket": ".run_timeline_bucket",
    "RunToolCall": ".run_tool_call",
    "RunUsage": ".run_usage",
    "RunsByTrigger": ".runs_by_trigger",
    "RunsByVersion": ".runs_by_version",
    "SDKAnnotateRequest": ".sdk_annotate_request",
    "SDKAnnotateRequestAnnotations": ".sdk_annotate_request_annotations",
    "SDKCheckpointRequest": ".sdk_checkpoint_request",
    "SDKCompleteRequest": ".sdk_complete_request",
    "SDKContinueRequest": ".sdk_continue_request",
    "SDKFailRequest": ".sdk_fail_request",
    "SdkHeartbeatResponse200": ".sdk_heartbeat_response_200",
    "SdkIterationRequest": ".sdk_iteration_request",
    "SDKLogRequest": ".sdk_log_request",
    "SDKOutputRequest": ".sdk_output_request",
    "SDKProgressRequest": ".sdk_progress_request",
    "SDKResourceSnapshotRequest": ".sdk_resource_snapshot_request",
    "SDKResourcesRequest": ".sdk_resources_request",
    "SdkResourcesResponse201": ".sdk_resources_response_201",
    "SDKSetMemoryRequest": ".sdk_set_memory_request",
    "SDKSetStateRequest": ".sdk_set_state_request",
    "SDKSpawnRequest": ".sdk_spawn_request",
    "SdkSpawnResponse201": ".sdk_spawn_response_201",
    "SDKStreamChunkRequest": ".sdk_stream_chunk_request",
    "SdkStreamChunkResponse200": ".sdk_stream_chunk_response_200",
    "SDKToolCallRequest": ".sdk_tool_call_request",
    "SDKUsageRequest": ".sdk_usage_request",
    "SDKWaitForEventRequest": ".sdk_wait_for_event_request",
    "SdkWaitForEventResponse200": ".sdk_wait_for_event_response_200",
    "SendEventByPrefixResponse200": ".send_event_by_prefix_response_200",
    "SendEventRequest": ".send_event_request",
    "SetDebugModeRequest": ".set_debug_mode_request",
    "SetDebugModeResponse200": ".set_debug_mode_response_200",
    "SetJobEndpointRequest": ".set_job_endpoint_request",
    "SetJobEndpointResponse": ".set_job_endpoint_response",
    "SimulateWorkflowResponse200": ".simulate_workflow_response_200",
    "SkipStepRequest": ".skip_step_request",
    "SkipWorkflowStepResponse200": ".skip_workflow_step_response_200",
    "SpendingLimitResponse": ".spending_limit_response",
    "StepComparison": ".step_comparison",
    "StepDuration": ".step_duration",
    "StepOverride": ".step_override",
    "StringDiff": ".string_diff",
    "SubscribeToEventSourceRequest": ".subscribe_to_event_source_request",
    "SubscribeToEventSourceRequestTargetType": ".subscribe_to_event_source_request_target_type",
    "TagCost": ".tag_cost",
    "TagPolicy": ".tag_policy",
    "TagSummary": ".tag_summary",
    "TestWebhookRequest": ".test_webhook_request",
    "TestWebhookResponse200": ".test_webhook_response_200",
    "ThroughputStats": ".throughput_stats",
    "TimelineResponse": ".timeline_response",
    "TimelineStep": ".timeline_step",
    "TopCostItem": ".top_cost_item",
    "TopFailingEndpoint": ".top_failing_endpoint",
    "TopFailingJob": ".top_failing_job",
    "TopFailingTag": ".top_failing_tag",
    "TriggerJobResponse201Type1": ".trigger_job_response_201_type_1",
    "TriggerJobResponse201Type2": ".trigger_job_response_201_type_2",
    "TriggerJobResponse201Type3": ".trigger_job_response_201_type_3",
    "TriggerRequest": ".trigger_request",
    "TriggerRequestTags": ".trigger_request_tags",
    "TriggerRunResponse": ".trigger_run_response",
    "TriggerWorkflowRequest": ".trigger_workflow_request",
    "TriggerWorkflowRequestLabels": ".trigger_workflow_request_labels",
    "TriggerWorkflowRequestTags": ".trigger_workflow_request_tags",
    "UpdateAnomalyConfigRequest": ".update_anomaly_config_request",
    "UpdateAnomalyConfigResponse200": ".update_anomaly_config_response_200",
    "UpdateAuditExportCapInputBody": ".update_audit_export_cap_input_body",
    "UpdateAuditExportCapResponse": ".update_audit_export_cap_response",
    "UpdateAuditRetentionInputBody": ".update_audit_retention_input_body",
    "UpdateAuditRetentionResponse": ".update_audit_retention_response",
    "UpdateCanaryRequest": ".update_canary_request",
    "UpdateEmailPreferencesRequest": ".update_email_preferences_request",
    "UpdateEmailPreferencesResponse200": ".update_email_preferences_response_200",
    "UpdateEnvironmentRequest": ".update_environment_request",
    "UpdateEnvironmentRequestVariablesType0": ".update_environment_request_variables_type_0",
    "UpdateEventSourceRequest": ".update_event_source_request",
    "UpdateEventSourceRequestSignatureAlgorithmType1": ".update_event_source_request_signature_algorithm_type_1",
    "UpdateEventSourceRequestSignatureAlgorithmType2Type1": ".update_event_source_request_signature_algorithm_type_2_type_1",
    "UpdateEventSourceRequestSignatureAlgorithmType3Type1": ".update_event_source_request_signature_algorithm_type_3_type_1",
    "UpdateJobGroupRequest": ".update_job_group_request",
    "UpdateJobRequest": ".update_job_request",
    "UpdateJobRequestCronOverlapPolicyType1": ".update_job_request_cron_overlap_policy_type_1",
    "UpdateJobRequestCronOverlapPolicyType2Type1": ".update_job_request_cron_overlap_policy_type_2_type_1",
    "UpdateJobRequestCronOverlapPolicyType3Type1": ".update_job_request_cron_overlap_policy_type_3_type_1",
    "UpdateJobRequestDefaultRunMetadataType0": ".update_job_request_default_run_metadata_type_0",
    "UpdateJobRequestExecutionModeType1": ".update_job_request_execution_mode_type_1",
    "UpdateJobRequestExecutionModeType2Type1": ".update_job_request_execution_mode_type_2_type_1",
    "UpdateJobRequestExecutionModeType3Type1": ".update_job_request_execution_mode_type_3_type_1",
    "UpdateJobRequestRetryStrategyType1": ".update_job_request_retry_strategy_type_1",
    "UpdateJobRequestRetryStrategyType2Type1": ".update_job_request_retry_strategy_type_2_type_1",
    "UpdateJobRequestRetryStrategyType3Type1": ".update_job_request_retry_strategy_type_3_type_1",
    "UpdateJobRequestTagsType0": ".update_job_request_tags_type_0",
    "UpdateJobRequestVersionPolicyType1": ".update_job_request_version_policy_type_1",
    "UpdateJobRequestVersionPolicyType2Type1": ".update_job_request_version_policy_type_2_type_1",
    "UpdateJobRequestVersionPolicyType3Type1": ".update_job_request_version_policy_type_3_type_1",
    "UpdateLogDrainRequest": ".update_log_drain_request",
    "UpdateLogDrainRequestAuthConfig": ".update_log_drain_request_auth_config",
    "UpdateNotificationChannelRequest": ".update_notification_channel_request",
    "UpdateProjectBudgetRequest": ".update_project_budget_request",
    "UpdateProjectBudgetResponse200": ".update_project_budget_response_200",
    "UpdateProjectSettingsRequest": ".update_project_settings_request",
    "UpdateRoleRequest": ".update_role_request",
    "UpdateSpendingLimitRequest": ".update_spending_limit_request",
    "UpdateSpendingLimitResponse200": ".update_spending_limit_response_200",
    "UpdateWorkflowRequest": ".update_workflow_request",
    "UpdateWorkflowRequestTagsType0": ".update_workflow_request_tags_type_0",
    "UpdateWorkflowRequestVersionPolicyType1": ".update_workflow_request_version_policy_type_1",
    "UpdateWorkflowRequestVersionPolicyType2Type1": ".update_workflow_request_version_policy_type_2_type_1",
    "UpdateWorkflowRequestVersionPolicyType3Type1": ".update_workflow_request_version_policy_type_3_type_1",
    "UpdateWorkflowResponseBody": ".update_workflow_response_body",
    "UpdateWorkflowResponseBodyTags": ".update_workflow_response_body_tags",
    "UpsertWorkflowPolicyRequest": ".upsert_workflow_policy_request",
    "UsageAlert": ".usage_alert",
    "UsageDimension": ".usage_dimension",
    "UsageDimensions": ".usage_dimensions",
    "UsageForecastResponse": ".usage_forecast_response",
    "UsageHistoryEntry": ".usage_history_entry",
    "VerifyJobEndpointResult": ".verify_job_endpoint_result",
    "WebhookDelivery": ".webhook_delivery",
    "WebhookEndpointStats": ".webhook_endpoint_stats",
    "WebhookHealthBucket": ".webhook_health_bucket",
    "WebhookSubscription": ".webhook_subscription",
    "Worker": ".worker",
    "WorkerTask": ".worker_task",
    "WorkerTaskResult": ".worker_task_result",
    "Workflow": ".workflow",
    "WorkflowCompletionBucket": ".workflow_completion_bucket",
    "WorkflowGraphResponse": ".workflow_graph_response",
    "WorkflowGraphResponseAdjacency": ".workflow_graph_response_adjacency",
    "WorkflowPlanRequest": ".workflow_plan_request",
    "WorkflowPolicy": ".workflow_policy",
    "WorkflowResponse": ".workflow_response",
    "WorkflowResponseTags": ".workflow_response_tags",
    "WorkflowRun": ".workflow_run",
    "WorkflowRunGraphNode": ".workflow_run_graph_node",
    "WorkflowRunTags": ".workflow_run_tags",
    "WorkflowRunTraceContext": ".workflow_run_trace_context",
    "WorkflowStep": ".workflow_step",
    "WorkflowStepApproval": ".workflow_step_approval",
    "WorkflowStepDecision": ".workflow_step_decision",
    "WorkflowStepRequest": ".workflow_step_request",
    "WorkflowStepRun": ".workflow_step_run",
    "WorkflowSummary": ".workflow_summary",
    "WorkflowTags": ".workflow_tags",
    "WorkflowVersion": ".workflow_version",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "APIError",
    "APIErrorCode",
    "APIErrorRemoved",
    "APIKey",
    "ActiveVersion",
    "ActiveVersionsResponseBody",
    "AddonSummary",
    "AdminDLQAckOutputBody",
    "AdminOutboxAckOutputBody",
    "AdminOutboxRow",
    "AdminRetryOutboxOutputBody",
    "AnomalyAlert",
    "AnomalyConfigResponse",
    "ApiReplayResult",
    "ApprovalStats",
    "ApproveDeviceCodeRequest",
    "ApproveDeviceCodeResponse200",
    "ApproveWorkflowStepRequest",
    "ApproveWorkflowStepResponse200",
    "AssignMemberRequest",
    "AuditChainVerification",
    "AuditEvent",
    "AutoPromoteConfig",
    "BatchCreateJobsRequest",
    "BatchCreateJobsResponse",
    "BatchError",
    "BatchJobIDsRequest",
    "BatchOperation",
    "BatchUpdateResult",
    "BulkAssignMemberResult",
    "BulkAssignMembersRequest",
    "BulkAssignMembersResponse200",
    "BulkCancelAllRequest",
    "BulkCancelAllRunsResponse200",
    "BulkCancelRequest",
    "BulkCancelResponse",
    "BulkCancelResult",
    "BulkCancelWorkflowRunsRequest",
    "BulkCancelWorkflowRunsResponse200",
    "BulkReplayDeadLetterRunsRequest",
    "BulkReplayDeadLetterRunsResponse200",
    "BulkReplayRunsRequest",
    "BulkReplayRunsResponse200",
    "BulkReplayWorkflowRunsRequest",
    "BulkReplayWorkflowRunsResponse200",
    "BulkTriggerItem",
    "BulkTriggerItemTags",
    "BulkTriggerRequest",
    "BulkTriggerResponse",
    "BulkTriggerResult",
    "CanaryDeployment",
    "CheaperAlternative",
    "CheckOrgLimitResponse200",
    "CloneJobRequest",
    "CloneWorkflowRequest",
    "CloudEditionRequired",
    "CodeDeployment",
    "CompensationPlan",
    "CompensationStep",
    "ComputeCostAnalytics",
    "ConfirmCodeDeploymentInputBody",
    "CostAnalytics",
    "CostByJob",
    "CostByMachine",
    "CostByPreset",
    "CostByTrigger",
    "CostEstimate",
    "CostForecast",
    "CostOutlier",
    "CostTrendPoint",
    "CreateAPIKeyRequest",
    "CreateAPIKeyResponse",
    "CreateCanaryDeploymentRequest",
    "CreateCodeDeploymentOutputBody",
    "CreateCodeDeploymentRequest",
    "CreateCodeDeploymentRequestRuntime",
    "CreateDeploymentVersionRequest",
    "CreateEnvironmentRequest",
    "CreateEnvironmentRequestVariables",
    "CreateEventSourceRequest",
    "CreateEventSourceRequestSignatureAlgorithm",
    "CreateJobDependencyRequest",
    "CreateJobGroupRequest",
    "CreateJobRequest",
    "CreateJobRequestCronOverlapPolicy",
    "CreateJobRequestDefaultRunMetadata",
    "CreateJobRequestExecutionMode",
    "CreateJobRequestRetryStrategy",
    "CreateJobRequestTags",
    "CreateJobRequestVersionPolicy",
    "CreateLogDrainRequest",
    "CreateLogDrainRequestAuthConfig",
    "CreateNotificationChannelRequest",
    "CreateNotificationChannelRequestChannelType",
    "CreateProjectRequest",
    "CreateResourcePolicyRequest",
    "CreateRoleRequest",
    "CreateSSETokenOutputBody",
    "CreateSecretRequest",
    "CreateTagPolicyRequest",
    "CreateWebhookSubscriptionRequest",
    "CreateWebhookSubscriptionResponse",
    "CreateWorkflowRequest",
    "CreateWorkflowRequestTags",
    "CreateWorkflowRequestVersionPolicy",
    "CurrentUsageResponse",
    "DataFlowEdge",
    "DeadletterEntry",
    "DebugBundle",
    "DebugStep",
    "DebugView",
    "DeploymentVersion",
    "DeploymentVersionMutationRequest",
    "DeviceCodeResponse",
    "DeviceTokenRequest",
    "DeviceTokenResponse",
    "DiffWorkflowVersionsResponse200",
    "DispatchEventRequest",
    "DispatchEventResponse200",
    "DowngradeImpact",
    "DropDeadletterResponse",
    "DryRunWorkflowRequest",
    "DryRunWorkflowResponse200",
    "EmailPreferencesResponse",
    "EnvironmentResponse",
    "ErrorResponse",
    "ErrorResponseRemoved",
    "EventLatencyStats",
    "EventSource",
    "EventSubscription",
    "EventTrigger",
    "EventTriggerStats",
    "EventVolumeBucket",
    "ExecutionTrace",
    "ExpiringKeyInfo",
    "ExportAuditEventsFormat",
    "ExportJobsFormat",
    "ExportRunsFormat",
    "ExportUsageFormat",
    "ExportWorkflowsFormat",
    "ForceCompleteStepRequest",
    "ForceCompleteWorkflowStepResponse200",
    "ForceDisconnectWorkerResponse200",
    "GetAuditRetentionResponse",
    "GetCostInsightsResponse200",
    "GetPlansOutputBody",
    "GetRegionsOutputBody",
    "GetResolvedVariablesResponse200",
    "GetResolvedVariablesResponse200AdditionalProperty",
    "GetRoleResponse200Type1",
    "GetRunDependencyStatusResponse200",
    "GetWorkflowRunGraphResponse200",
    "GetWorkflowRunGraphResponse200EdgesItem",
    "GetWorkflowRunLabelsResponse200",
    "GetWorkflowRunLabelsResponse200Labels",
    "GetWorkflowVersionImpactResponse200",
    "HealthCheckOutputBody",
    "HealthSummary",
    "Job",
    "JobComparison",
    "JobCostRanking",
    "JobDefaultRunMetadata",
    "JobDependency",
    "JobGroup",
    "JobGroupStats",
    "JobGroupStatsRunCountsType0",
    "JobHealthResponse",
    "JobHistoryBucket",
    "JobMemory",
    "JobPerformance",
    "JobReliability",
    "JobRun",
    "JobRunMetadata",
    "JobRunTags",
    "JobSecret",
    "JobTags",
    "JobVersion",
    "JobVersionTags",
    "ListDeadletterResponse",
    "ListWorkerTasksOutputBody",
    "ListWorkersOutputBody",
    "LogDrain",
    "LogDrainAuthConfig",
    "NotificationChannel",
    "NotificationDelivery",
    "PaginatedAPIKey",
    "PaginatedAdminOutboxRow",
    "PaginatedAuditEvent",
    "PaginatedBatchOperation",
    "PaginatedCodeDeployment",
    "PaginatedDeploymentVersion",
    "PaginatedEnvironmentResponse",
    "PaginatedEventTrigger",
    "PaginatedJob",
    "PaginatedJobDependency",
    "PaginatedJobGroup",
    "PaginatedJobRun",
    "PaginatedJobSecret",
    "PaginatedJobVersion",
    "PaginatedProjectMemberRole",
    "PaginatedProjectRole",
    "PaginatedResourcePolicy",
    "PaginatedRunCheckpoint",
    "PaginatedRunEvent",
    "PaginatedRunOutput",
    "PaginatedRunToolCall",
    "PaginatedRunUsage",
    "PaginatedTagPolicy",
    "PaginatedWebhookDelivery",
    "PaginatedWorkflow",
    "PaginatedWorkflowRun",
    "PaginatedWorkflowStepDecision",
    "PaginatedWorkflowStepRun",
    "PauseAllJobsByGroupResponse200",
    "PauseJobRequest",
    "PerformanceAnalytics",
    "PeriodInfo",
    "PlanResponse",
    "PlanWorkflowResponse200",
    "Project",
    "ProjectBudgetResponse",
    "ProjectCostEntry",
    "ProjectMemberRole",
    "ProjectRole",
    "ProjectSettingsResponse",
    "PurgeEventTriggersRequest",
    "PurgeEventTriggersResponse200",
    "QueueStats",
    "RateLimitKey",
    "RegionResponse",
    "RegionResponseAvailability",
    "ReplayDeadletterResponse",
    "ReplayResult",
    "ReplayWorkflowSubtreeResponse200",
    "RescheduleRunRequest",
    "ResetIdempotencyKeyResponse200",
    "ResourceImpact",
    "ResourcePolicy",
    "RestartRunRequest",
    "ResumeAllJobsByGroupResponse200",
    "RetryWorkflowStepResponse200",
    "RevokeApiKeyResponse200",
    "RollbackCanaryDeploymentResponse200",
    "RotateAPIKeyRequest",
    "RotateApiKeyResponse201",
    "RotateAuditSigningKeyBody",
    "RotateAuditSigningKeyResponse",
    "RotateWebhookSecretRequest",
    "RotateWebhookSecretResponse",
    "RunCheckpoint",
    "RunComparison",
    "RunDurationBucket",
    "RunEvent",
    "RunFailureReason",
    "RunIteration",
    "RunOutput",
    "RunResourceSnapshot",
    "RunState",
    "RunSummary",
    "RunTimelineBucket",
    "RunToolCall",
    "RunUsage",
    "RunsByTrigger",
    "RunsByVersion",
    "SDKAnnotateRequest",
    "SDKAnnotateRequestAnnotations",
    "SDKCheckpointRequest",
    "SDKCompleteRequest",
    "SDKContinueRequest",
    "SDKFailRequest",
    "SDKLogRequest",
    "SDKOutputRequest",
    "SDKProgressRequest",
    "SDKResourceSnapshotRequest",
    "SDKResourcesRequest",
    "SDKSetMemoryRequest",
    "SDKSetStateRequest",
    "SDKSpawnRequest",
    "SDKStreamChunkRequest",
    "SDKToolCallRequest",
    "SDKUsageRequest",
    "SDKWaitForEventRequest",
    "SdkHeartbeatResponse200",
    "SdkIterationRequest",
    "SdkResourcesResponse201",
    "SdkSpawnResponse201",
    "SdkStreamChunkResponse200",
    "SdkWaitForEventResponse200",
    "SendEventByPrefixResponse200",
    "SendEventRequest",
    "SetDebugModeRequest",
    "SetDebugModeResponse200",
    "SetJobEndpointRequest",
    "SetJobEndpointResponse",
    "SimulateWorkflowResponse200",
    "SkipStepRequest",
    "SkipWorkflowStepResponse200",
    "SpendingLimitResponse",
    "StepComparison",
    "StepDuration",
    "StepOverride",
    "StringDiff",
    "SubscribeToEventSourceRequest",
    "SubscribeToEventSourceRequestTargetType",
    "TagCost",
    "TagPolicy",
    "TagSummary",
    "TestWebhookRequest",
    "TestWebhookResponse200",
    "ThroughputStats",
    "TimelineResponse",
    "TimelineStep",
    "TopCostItem",
    "TopFailingEndpoint",
    "TopFailingJob",
    "TopFailingTag",
    "TriggerJobResponse201Type1",
    "TriggerJobResponse201Type2",
    "TriggerJobResponse201Type3",
    "TriggerRequest",
    "TriggerRequestTags",
    "TriggerRunResponse",
    "TriggerWorkflowRequest",
    "TriggerWorkflowRequestLabels",
    "TriggerWorkflowRequestTags",
    "UpdateAnomalyConfigRequest",
    "UpdateAnomalyConfigResponse200",
    "UpdateAuditExportCapInputBody",
    "UpdateAuditExportCapResponse",
    "UpdateAuditRetentionInputBody",
    "UpdateAuditRetentionResponse",
    "UpdateCanaryRequest",
    "UpdateEmailPreferencesRequest",
    "UpdateEmailPreferencesResponse200",
    "UpdateEnvironmentRequest",
    "UpdateEnvironmentRequestVariablesType0",
    "UpdateEventSourceRequest",
    "UpdateEventSourceRequestSignatureAlgorithmType1",
    "UpdateEventSourceRequestSignatureAlgorithmType2Type1",
    "UpdateEventSourceRequestSignatureAlgorithmType3Type1",
    "UpdateJobGroupRequest",
    "UpdateJobRequest",
    "UpdateJobRequestCronOverlapPolicyType1",
    "UpdateJobRequestCronOverlapPolicyType2Type1",
    "UpdateJobRequestCronOverlapPolicyType3Type1",
    "UpdateJobRequestDefaultRunMetadataType0",
    "UpdateJobRequestExecutionModeType1",
    "UpdateJobRequestExecutionModeType2Type1",
    "UpdateJobRequestExecutionModeType3Type1",
    "UpdateJobRequestRetryStrategyType1",
    "UpdateJobRequestRetryStrategyType2Type1",
    "UpdateJobRequestRetryStrategyType3Type1",
    "UpdateJobRequestTagsType0",
    "UpdateJobRequestVersionPolicyType1",
    "UpdateJobRequestVersionPolicyType2Type1",
    "UpdateJobRequestVersionPolicyType3Type1",
    "UpdateLogDrainRequest",
    "UpdateLogDrainRequestAuthConfig",
    "UpdateNotificationChannelRequest",
    "UpdateProjectBudgetRequest",
    "UpdateProjectBudgetResponse200",
    "UpdateProjectSettingsRequest",
    "UpdateRoleRequest",
    "UpdateSpendingLimitRequest",
    "UpdateSpendingLimitResponse200",
    "UpdateWorkflowRequest",
    "UpdateWorkflowRequestTagsType0",
    "UpdateWorkflowRequestVersionPolicyType1",
    "UpdateWorkflowRequestVersionPolicyType2Type1",
    "UpdateWorkflowRequestVersionPolicyType3Type1",
    "UpdateWorkflowResponseBody",
    "UpdateWorkflowResponseBodyTags",
    "UpsertWorkflowPolicyRequest",
    "UsageAlert",
    "UsageDimension",
    "UsageDimensions",
    "UsageForecastResponse",
    "UsageHistoryEntry",
    "VerifyJobEndpointResult",
    "WebhookDelivery",
    "WebhookEndpointStats",
    "WebhookHealthBucket",
    "WebhookSubscription",
    "Worker",
    "WorkerTask",
    "WorkerTaskResult",
    "Workflow",
    "WorkflowCompletionBucket",
    "WorkflowGraphResponse",
    "WorkflowGraphResponseAdjacency",
    "WorkflowPlanRequest",
    "WorkflowPolicy",
    "WorkflowResponse",
    "WorkflowResponseTags",
    "WorkflowRun",
    "WorkflowRunGraphNode",
    "WorkflowRunTags",
    "WorkflowRunTraceContext",
    "WorkflowStep",
    "WorkflowStepApproval",
    "WorkflowStepDecision",
    "WorkflowStepRequest",
    "WorkflowStepRun",
    "WorkflowSummary",
    "WorkflowTags",
    "WorkflowVersion",
)
