"""The Strait server's limits, one constant each, shared by the client, the worker and the
local Strait.

Each value is what the server enforces, with the file (and line, at the server commit in
:data:`SERVER_COMMIT`) that enforces it, relative to ``apps/strait/internal/``. Where the
server counts bytes (Go's ``len`` of a string), the name says ``_BYTES``; where a limit is
a number of items, it says ``MAX_``. Change a value here only when the server changes it.
"""

from __future__ import annotations

from typing import Final

#: The strait-dev/strait commit these limits (and the emulator's rules) follow.
SERVER_COMMIT: Final = "ac094a3c8c32e7e25a34ba35620573706f09fd7f"

_MIB: Final = 1024 * 1024

# -- HTTP API ---------------------------------------------------------------------------

#: Largest request body the API reads (``MAX_REQUEST_BODY_SIZE``; config/config.go:111,
#: api/server.go:870-873); a larger one is answered 400.
MAX_REQUEST_BODY_BYTES: Final = _MIB
#: Largest trigger payload (api/validation.go:12,41-42).
MAX_PAYLOAD_BYTES: Final = 5 * _MIB
#: Longest idempotency key (api/trigger.go:11, api/trigger_idempotency.go:20-22).
MAX_IDEMPOTENCY_KEY_LENGTH: Final = 256
#: How long an idempotency key replays its first answer (api/idempotency_middleware.go:23).
IDEMPOTENCY_WINDOW_SECS: Final = 24 * 60 * 60
#: Largest ``ttl_secs`` on a trigger (api/trigger.go:19,27).
MAX_TRIGGER_TTL_SECS: Final = 30 * 24 * 60 * 60
#: Longest ``concurrency_key``, ``debounce_key`` and ``batch_key`` (api/trigger.go:20-22).
MAX_TRIGGER_KEY_LENGTH: Final = 256
#: Furthest ahead a trigger's ``scheduled_at`` may be (api/trigger_intake.go:104-115).
MAX_SCHEDULE_AHEAD_SECS: Final = 30 * 24 * 60 * 60
#: Most tags on a job or a run (api/job_validation.go:74-75).
MAX_TAGS: Final = 20
#: Most items in one bulk trigger (``MAX_BULK_TRIGGER_ITEMS``; config/config.go:112,
#: api/bulk_trigger_intake.go:30-31).
MAX_BULK_TRIGGER_ITEMS: Final = 500
#: Longest job name and slug (api/validation.go:10-11).
MAX_JOB_NAME_LENGTH: Final = 255
MAX_JOB_SLUG_LENGTH: Final = 128
#: Longest job group name and slug, and its description, in characters (validator tags
#: ``max=255`` and ``max=2000``; api/job_groups.go:14-19).
MAX_JOB_GROUP_NAME_LENGTH: Final = 255
MAX_JOB_GROUP_SLUG_LENGTH: Final = 255
MAX_JOB_GROUP_DESCRIPTION_LENGTH: Final = 2000
#: Longest workflow slug (api/workflows.go:56, ``validate:"required,max=255"``).
MAX_WORKFLOW_SLUG_LENGTH: Final = 255
#: How many of a workflow's newest runs a version-impact answer samples
#: (api/workflow_versions.go:172).
VERSION_IMPACT_SAMPLE_RUNS: Final = 500
#: What a run's debug bundle holds at most: events, checkpoints, outputs and resource
#: snapshots (store/runs.go:2440,2445,2450,2455).
DEBUG_BUNDLE_MAX_EVENTS: Final = 10000
DEBUG_BUNDLE_MAX_CHECKPOINTS: Final = 1000
DEBUG_BUNDLE_MAX_OUTPUTS: Final = 10000
DEBUG_BUNDLE_MAX_RESOURCE_SNAPSHOTS: Final = 1000
#: ``older_than_days`` of an event-trigger purge: 1 to 36,500; one purge deletes at most
#: 10,000 (api/event_triggers.go:21,697-702,721).
MAX_EVENT_TRIGGER_PURGE_DAYS: Final = 36500
EVENT_TRIGGER_PURGE_BATCH: Final = 10000
#: Longest endpoint URL (api/validation.go:13).
MAX_ENDPOINT_URL_LENGTH: Final = 2048
#: A job's ``endpoint_signing_secret``: 16 to 4096 characters (api/job_create.go:26,
#: api/job_update.go:25).
MIN_SIGNING_SECRET_LENGTH: Final = 16
MAX_SIGNING_SECRET_LENGTH: Final = 4096
#: Longest event key, for event triggers and wait-for-event steps
#: (api/event_triggers.go:32-33, api/workflow_validation.go:325-326).
MAX_EVENT_KEY_LENGTH: Final = 512
#: Run state: longest key and largest value (api/sdk_state.go:27-32).
MAX_STATE_KEY_LENGTH: Final = 256
MAX_STATE_VALUE_BYTES: Final = 65536
#: Most annotations in one call (api/sdk.go:503-504).
MAX_ANNOTATIONS: Final = 50
#: Deepest chain of ``continue`` successors (api/sdk_terminal.go:354-356).
MAX_LINEAGE_DEPTH: Final = 10
#: Trace headers kept in run metadata (api/sentry_run_metadata.go:34-60).
MAX_TRACEPARENT_BYTES: Final = 256
MAX_TRACE_HEADER_BYTES: Final = 8192

#: Tag keys and values (api/job_validation.go:81-86).
MAX_TAG_KEY_LENGTH: Final = 64
MAX_TAG_VALUE_LENGTH: Final = 256
#: A job's defaults when ``max_attempts``/``timeout_secs`` are 0 or absent, and the
#: longest timeout (api/job_create.go:253-261,309-320).
DEFAULT_JOB_MAX_ATTEMPTS: Final = 3
DEFAULT_JOB_TIMEOUT_SECS: Final = 300
MAX_JOB_TIMEOUT_SECS: Final = 86400
#: ``retry_priority_boost`` when 0 or absent (api/job_create.go:262-264).
DEFAULT_RETRY_PRIORITY_BOOST: Final = 1
#: Highest run priority; a retry's boosted priority stops there
#: (api/trigger.go:17, worker/executor_transitions.go:50-57).
MAX_RUN_PRIORITY: Final = 10
#: The queue a job without ``queue_name`` uses, and the names allowed
#: (api/job_validation.go:12,52,66-71).
DEFAULT_QUEUE_NAME: Final = "default"
QUEUE_NAME_PATTERN: Final = r"^[A-Za-z0-9_-]{1,63}$"
#: Deepest ``payload_schema``/``result_schema`` nesting checked (api/payload_schema.go:13).
MAX_SCHEMA_DEPTH: Final = 32
#: ``Retry-After`` of a job rate-limit 429 (api/trigger_admission.go:349,386-399).
JOB_RATE_LIMIT_RETRY_AFTER_SECS: Final = 5
#: How many generations of spawned children a cancel reaches (api/run_child_cancellation.go:10).
MAX_CANCEL_DEPTH: Final = 20

# -- the server's per-IP route rate limits (httprate; api/routes.go:86-93,101-116) --------

#: Triggers per IP per window (``TRIGGER_RATE_LIMIT_REQUESTS``/``_WINDOW``; routes.go:86-93).
TRIGGER_RATE_LIMIT_REQUESTS: Final = 10
TRIGGER_RATE_LIMIT_WINDOW_SECS: Final = 60
#: ``(method, path) -> requests per minute`` for the other limited routes (routes.go:261,
#: 301,303,304,312,323,400,437,440,441).
ROUTE_RATE_LIMITS_PER_MINUTE: Final = {
    ("POST", "/v1/secrets"): 20,
    ("POST", "/v1/jobs"): 30,
    ("POST", "/v1/jobs/batch"): 10,
    ("POST", "/v1/jobs/batch-enable"): 10,
    ("POST", "/v1/jobs/{jobID}/trigger/bulk"): 5,
    ("POST", "/v1/jobs/{jobID}/endpoint/verify"): 10,
    ("POST", "/v1/webhooks/test"): 5,
    ("POST", "/v1/api-keys"): 10,
    ("POST", "/v1/api-keys/{keyID}/rotate"): 10,
    ("DELETE", "/v1/api-keys/{keyID}"): 10,
}
#: Routes limited by the trigger limit (routes.go:311,625,632,637).
TRIGGER_RATE_LIMITED_ROUTES: Final = frozenset(
    {
        ("POST", "/v1/jobs/{jobID}/trigger"),
        ("POST", "/v1/events/dispatch"),
        ("POST", "/v1/events/prefix/{prefix}/send"),
        ("POST", "/v1/events/{eventKey}/send"),
    }
)
#: Routes behind the idempotency middleware (routes.go:261,286,301,303,311,313,318,328,342,
#: 400,416,428,509,517,518,556,562,573,583,584,598,601,612,618,632,637).
IDEMPOTENT_ROUTES: Final = frozenset(
    ("POST", path)
    for path in (
        "/v1/secrets",
        "/v1/projects",
        "/v1/jobs",
        "/v1/jobs/batch",
        "/v1/jobs/{jobID}/trigger",
        "/v1/jobs/{jobID}/dependencies",
        "/v1/jobs/{jobID}/clone",
        "/v1/job-groups",
        "/v1/environments",
        "/v1/webhooks/test",
        "/v1/notification-channels",
        "/v1/log-drains",
        "/v1/roles",
        "/v1/members",
        "/v1/members/bulk",
        "/v1/resource-policies",
        "/v1/tag-policies",
        "/v1/workflows",
        "/v1/workflows/{workflowID}/trigger",
        "/v1/workflows/{workflowID}/clone",
        "/v1/canary-deployments",
        "/v1/deployments",
        "/v1/event-sources",
        "/v1/event-sources/{sourceID}/subscribe",
        "/v1/events/prefix/{prefix}/send",
        "/v1/events/{eventKey}/send",
    )
)

# -- retries of a run (the executor) ----------------------------------------------------

#: Every retry backs off exponentially from 1 s, doubling, capped at an hour, +-20 %
#: jitter, whatever the job's ``retry_strategy`` says (worker/executor_dispatch_policy.go:11-19,
#: worker/backoff.go:143-190).
RETRY_INITIAL_SECS: Final = 1.0
RETRY_MAX_SECS: Final = 3600.0
RETRY_JITTER: Final = 0.2

#: Largest ``result`` a run-token ``complete`` takes (``MAX_RESULT_SIZE``; config/config.go:272,
#: api/sdk_terminal.go:36); a larger one is answered 413.
MAX_RESULT_BYTES: Final = _MIB

# -- The client's own ceilings (not server limits; derived from the ones above) ---------

#: Largest response body (decoded) the client reads: a run carries at most a 5 MiB
#: payload and a 1 MiB result, so a page of runs stays well below it; anything larger
#: (a gzip bomb, a proxy's answer) is refused before it is held in memory.
MAX_RESPONSE_BYTES: Final = 32 * _MIB
#: Longest line of a live stream (SSE) the client buffers: the largest frame carries a
#: stream chunk that arrived in one request body (at most MAX_REQUEST_BODY_BYTES,
#: api/sdk_stream.go:22), which JSON escaping can grow up to six times.
MAX_SSE_LINE_BYTES: Final = 8 * _MIB

# -- HTTP dispatch (the server calling a job's endpoint) --------------------------------

#: How much of an endpoint's answer the executor reads (worker/executor_dispatch_http.go:56);
#: a longer answer is cut there and is then no longer valid JSON.
MAX_DISPATCH_RESPONSE_BYTES: Final = _MIB - 2

# -- gRPC worker protocol ---------------------------------------------------------------

#: Largest message the server receives and sends (api/grpc/server.go:184-191).
GRPC_MAX_RECEIVE_BYTES: Final = _MIB
GRPC_MAX_SEND_BYTES: Final = 4 * _MIB
#: Field caps the stream applies (api/grpc/stream.go:28-57): an error message is cut to
#: this many bytes, a log line too; a longer hostname refuses the registration.
MAX_ERROR_MESSAGE_BYTES: Final = 8192
MAX_LOG_MESSAGE_BYTES: Final = 4096
MAX_LOG_LEVEL_BYTES: Final = 32
MAX_HOSTNAME_BYTES: Final = 255
MAX_WORKER_ID_LENGTH: Final = 128
MAX_IN_FLIGHT_TASKS: Final = 256
MAX_SLOTS_PER_WORKER: Final = 1024
MAX_JOB_SLUGS_PER_WORKER: Final = 256
MAX_QUEUES_PER_WORKER: Final = 64
#: A worker's connection lease, renewed by heartbeats (api/grpc/stream.go:574-575, 923-966):
#: the server does not drop a worker for a missed heartbeat; keepalive finds dead links.
WORKER_LEASE_SECS: Final = 90.0
#: The keepalive the server enforces: pings more often than this are refused
#: (api/grpc/server.go:179-182).
GRPC_KEEPALIVE_MIN_TIME_SECS: Final = 10.0
#: How long a force-disconnect waits for the worker's stream to end before answering 503
#: ``worker_disconnect_pending`` (api/workers.go:96,106-117,185-221).
WORKER_DISCONNECT_ACK_TIMEOUT_SECS: Final = 5.0


# -- webhook deliveries (the server's delivery worker, webhook/event_notify.go) ----------

#: Attempts of a run's deliveries, to its job's ``webhook_url`` and to the project's
#: subscriptions (``WEBHOOK_MAX_ATTEMPTS``; config/config.go:210,
#: worker/executor_config.go:148-151, worker/executor_completion.go:43,76).
WEBHOOK_RUN_MAX_ATTEMPTS: Final = 3
#: Attempts of a workflow run's deliveries made by the workflow engine
#: (webhook/event_notify.go:1606) and by an API action such as cancel (api/workflow_hooks.go:100).
WEBHOOK_WORKFLOW_MAX_ATTEMPTS: Final = 3
WEBHOOK_API_WORKFLOW_MAX_ATTEMPTS: Final = 5
#: The ``exponential`` retry policy: ``5**attempts`` seconds after the failed attempt, at
#: most 30 minutes, then +-20 % jitter (webhook/event_notify.go:1510-1581).
WEBHOOK_BACKOFF_FACTOR: Final = 5.0
WEBHOOK_BACKOFF_MAX_SECS: Final = 1800.0
WEBHOOK_BACKOFF_JITTER: Final = 0.2
#: An attempt's time limit: 5 s for the first, 15 s after (webhook/event_notify.go:1008-1013),
#: within the HTTP client's ``WEBHOOK_TIMEOUT`` of 10 s (config/config.go:195,
#: webhook/event_notify.go:191-199,278-282).
WEBHOOK_FIRST_ATTEMPT_TIMEOUT_SECS: Final = 5.0
WEBHOOK_LATER_ATTEMPT_TIMEOUT_SECS: Final = 15.0
WEBHOOK_CLIENT_TIMEOUT_SECS: Final = 10.0
#: Largest delivery body (``WEBHOOK_MAX_PAYLOAD_BYTES``; config/config.go:202,
#: webhook/event_notify.go:1184-1203): a larger one is dead at once.
MAX_WEBHOOK_PAYLOAD_BYTES: Final = _MIB
#: How much of a subscriber's answer is read (webhook/event_notify.go:70,1205-1208).
MAX_WEBHOOK_RESPONSE_DRAIN_BYTES: Final = _MIB
#: A claimed delivery's lease (webhook/event_notify.go:69, store/webhook_deliveries.go:200-258).
WEBHOOK_CLAIM_LEASE_SECS: Final = 120.0
#: The circuit breaker per tenant and URL: this many failures within the window open it
#: for ``WEBHOOK_BREAKER_OPEN_SECS`` (webhook/circuit_breaker.go:15-18,80-145).
WEBHOOK_BREAKER_FAILURES: Final = 5
WEBHOOK_BREAKER_WINDOW_SECS: Final = 60.0
WEBHOOK_BREAKER_OPEN_SECS: Final = 60.0


# -- analytics (Strait Cloud) -------------------------------------------------------------

#: The widest ``from``/``to`` window an analytics query takes (api/cost_analytics.go:96,
#: api/analytics.go:51-70).
ANALYTICS_MAX_WINDOW_DAYS: Final = 90
#: ``limit`` of a top-failing-webhooks query: 10 by default, 1 to 100 (api/webhook_analytics.go:76-82).
ANALYTICS_DEFAULT_TOP_LIMIT: Final = 10
ANALYTICS_MAX_TOP_LIMIT: Final = 100


def cut_utf8(text: str, max_bytes: int) -> str:
    """``text`` cut to at most ``max_bytes`` of UTF-8, never inside a character (the
    server cuts by bytes, which can split one and leave text Postgres refuses)."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= max_bytes:
        return text
    return data[:max_bytes].decode("utf-8", "ignore")


# -- Exports ----------------------------------------------------------------------------

#: Widest ``from``..``to`` window of a runs export (``maxExportWindowDays``;
#: api/export.go:19,113-115).
MAX_EXPORT_WINDOW_DAYS: Final = 90

# -- API keys and projects ---------------------------------------------------------------

#: Longest API key lifetime, in days (``MaxAPIKeyDurationDays``; domain/api_key_lifetime.go:8-10).
MAX_API_KEY_DURATION_DAYS: Final = 36500
#: A rotated key's grace period when none (or <= 0) is asked for, in minutes, and the
#: longest one (api/api_keys.go:376-381).
DEFAULT_KEY_ROTATION_GRACE_MINUTES: Final = 60
MAX_KEY_ROTATION_GRACE_MINUTES: Final = 7 * 24 * 60
#: ``within_days`` of list-expiring-keys: the default and the cap (api/api_keys.go:273-279).
DEFAULT_EXPIRING_KEYS_WITHIN_DAYS: Final = 30
MAX_EXPIRING_KEYS_WITHIN_DAYS: Final = 365
#: Most keys list-expiring-keys answers (store/api_keys.go:396-408).
MAX_EXPIRING_KEYS: Final = 100

#: The scopes an API key may hold (domain/scopes.go:7-37,39-66); anything else is 400
#: ``unknown scope: "<name>"`` (domain/scopes.go:90-97).
API_KEY_SCOPES: Final = frozenset(
    {
        "*",
        "jobs:read",
        "jobs:write",
        "jobs:trigger",
        "runs:read",
        "runs:write",
        "workflows:read",
        "workflows:write",
        "workflows:trigger",
        "secrets:read",
        "secrets:write",
        "webhooks:read",
        "webhooks:write",
        "api-keys:manage",
        "rbac:manage",
        "stats:read",
        "projects:read",
        "projects:write",
        "projects:manage",
        "workers:connect",
        "dlq:read",
        "dlq:replay",
        "dlq:purge",
        "outbox:read",
        "outbox:retry",
        "outbox:purge",
    }
)

#: A notification channel's name: ``validate:"max=255"`` on create only
#: (api/notification_channels.go:44; update has no tag, :48-53).
MAX_NOTIFICATION_CHANNEL_NAME_LENGTH: Final = 255

#: A canary deployment version's ``canary_percent`` range, inclusive (400 outside it;
#: api/deployment_versions.go:75-77,105-107).
MIN_DEPLOYMENT_CANARY_PERCENT: Final = 1
MAX_DEPLOYMENT_CANARY_PERCENT: Final = 99
