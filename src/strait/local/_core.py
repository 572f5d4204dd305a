"""The emulator's state and the core every handler reaches as ``call.emu``: the tables,
the clock, ids, spawned tasks and the live channels (the server's pub/sub)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import random
import secrets
from collections import defaultdict
from collections.abc import Coroutine, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from strait._types import JSONInput, JSONObject

from ._clock import Clock, format_time
from ._model import (
    BatchItem,
    BatchOperation,
    Debounced,
    DeploymentVersion,
    Environment,
    EventSource,
    EventSubscription,
    Job,
    JobDependency,
    JobGroup,
    NotificationChannel,
    Project,
    Run,
    Secret,
    Trigger,
    WebhookAttempt,
    WebhookCircuit,
    WebhookDelivery,
    WebhookSubscription,
    Workflow,
    WorkflowRun,
    WorkflowVersion,
    plain_wire,
)
from ._validate import Validator

__all__ = ["ApiKey", "EmulatorCore", "Replay", "State", "hash_key", "mint_key", "random_hex"]

#: Ids need to be unique, not secret: one generator seeded once, no system call per id.
_IDS = random.Random(secrets.randbits(64))


def random_hex(nbytes: int) -> str:
    return f"{_IDS.getrandbits(nbytes * 8):0{nbytes * 2}x}"


@dataclass
class ApiKey:
    id: str
    project_id: str
    name: str
    prefix: str  # the key's first characters; the key itself is kept only as its hash
    scopes: list[str]
    created_at: datetime
    revoked_at: datetime | None = None
    expires_at: datetime | None = None
    #: Set by a rotation: the replacement key, and when this key stops working.
    replaced_by_key_id: str = ""
    grace_expires_at: datetime | None = None

    def wire(self) -> JSONObject:
        return plain_wire(self, skip_empty=True, rename={"prefix": "key_prefix"})


@dataclass
class State:
    """Everything the emulator knows; ``Emulator.reset`` replaces it."""

    projects: dict[str, Project] = field(default_factory=dict)
    keys: dict[str, ApiKey] = field(default_factory=dict)  # by key hash
    jobs: dict[str, Job] = field(default_factory=dict)
    runs: dict[str, Run] = field(default_factory=dict)
    triggers: dict[tuple[str, str], Trigger] = field(default_factory=dict)  # (project, event key)
    workflows: dict[str, Workflow] = field(default_factory=dict)
    workflow_runs: dict[str, WorkflowRun] = field(default_factory=dict)
    #: Run memory: (project id, job id) -> key -> entry.
    memory: dict[tuple[str, str], dict[str, JSONObject]] = field(default_factory=dict)
    idempotency: dict[tuple[str, str], Run] = field(default_factory=dict)  # (job id, key) -> run
    activity: list[JSONObject] = field(default_factory=list)
    webhook_subscriptions: dict[str, WebhookSubscription] = field(default_factory=dict)
    webhook_deliveries: dict[str, WebhookDelivery] = field(default_factory=dict)
    #: Each attempt's analytics row (``webhook_delivery_events``), by its own id.
    webhook_attempts: dict[str, WebhookAttempt] = field(default_factory=dict)
    #: The delivery breaker of each tenant and URL.
    webhook_circuits: dict[str, WebhookCircuit] = field(default_factory=dict)
    #: The idempotency middleware's answers: (api key id, path, key) -> Replay.
    replays: dict[tuple[str, str, str], Replay] = field(default_factory=dict)
    #: Debounced triggers waiting to fire: (job id, debounce key) -> pending trigger.
    debounced: dict[tuple[str, str], Debounced] = field(default_factory=dict)
    #: Buffered batch triggers: (job id, batch key) -> items, oldest first.
    batches: dict[tuple[str, str], list[BatchItem]] = field(default_factory=dict)
    secrets: dict[str, Secret] = field(default_factory=dict)
    environments: dict[str, Environment] = field(default_factory=dict)
    job_dependencies: dict[str, JobDependency] = field(default_factory=dict)
    job_groups: dict[str, JobGroup] = field(default_factory=dict)
    notification_channels: dict[str, NotificationChannel] = field(default_factory=dict)
    batch_operations: dict[str, BatchOperation] = field(default_factory=dict)
    workflow_versions: dict[str, WorkflowVersion] = field(default_factory=dict)
    event_sources: dict[str, EventSource] = field(default_factory=dict)
    event_subscriptions: dict[str, EventSubscription] = field(default_factory=dict)
    #: Signatures an event source accepted, until when a repeat is refused (by digest).
    event_source_signatures: dict[str, datetime] = field(default_factory=dict)
    #: Each cron-scheduled job's or workflow's current schedule generation.
    cron: dict[str, int] = field(default_factory=dict)
    deployments: dict[str, DeploymentVersion] = field(default_factory=dict)


class WorkerDispatch(Protocol):
    """What the engine and the auth need of the gRPC worker hub (``_grpc.WorkerHub``)."""

    @property
    def book(self) -> object: ...

    def offer(self, run: Run) -> None: ...

    def owns(self, run_id: str, assignment_id: str) -> bool: ...

    def forget(self, run: Run) -> None: ...

    def abandon(self, run: Run) -> None: ...

    def cancel(self, run: Run, reason: str = ...) -> None: ...

    def reset(self) -> None: ...


@dataclass
class Replay:
    """A 2xx answer the idempotency middleware gives again for the same key (24 h)."""

    status: int
    body: bytes
    content_type: str
    created_at: datetime


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


KEY_PREFIX_LEN = len("strait_") + 5  # domain.APIKeyPrefixLen (domain/api_key_prefix_test.go:13-16)


def mint_key() -> tuple[str, str]:
    """A new raw API key and its shown prefix: ``strait_`` and 32 random bytes in hex, the same
    for create and rotate (api/api_keys.go:50-56,74,404), prefix cut at 12 (api/api_keys.go:120,417)."""
    raw = "strait_" + secrets.token_hex(32)
    return raw, raw[:KEY_PREFIX_LEN]


class EmulatorCore:
    """One local Strait's state, clock, ids and live channels: what a handler sees as
    ``call.emu``. ``Emulator`` adds the REST app on top. Create it on the loop that will
    serve it."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        project_id: str = "proj_local",
        org_id: str = "org_local",
        validator: Validator | None = None,
        server_limits: bool = False,
    ) -> None:
        self.clock = Clock(self)
        #: The server's per-IP route rate limits (off by default: a test suite would hit
        #: 10 triggers a minute at once); ``server_limits=True`` turns them on.
        self.server_limits = server_limits
        self._hits: dict[tuple[str, str, str], list[float]] = defaultdict(list)
        self.bootstrap_key = api_key or "strait_local" + secrets.token_hex(12)
        self.project_id = project_id
        self.org_id = org_id
        self.signing_key = secrets.token_bytes(32)
        self.validator = validator
        self.base_url = ""
        self._ids = itertools.count(1)
        self._channels: dict[str, set[asyncio.Queue[bytes | None]]] = defaultdict(set)
        self.tasks: set[asyncio.Task[object]] = set()
        self.http: Any = None  # aiohttp.ClientSession for HTTP dispatch, made on start
        self.workers: WorkerDispatch | None = None  # the gRPC worker hub, when running
        self.restore_pending = False  # state loaded from --db: re-arm its timers on start
        self.state = State()
        self._bootstrap()

    # -- state -----------------------------------------------------------------------

    def _bootstrap(self) -> None:
        now = self.clock.stamp()
        project = Project(self.project_id, self.org_id, "Local project", now, now)
        self.state.projects[self.project_id] = project
        prefix = self.bootstrap_key[:KEY_PREFIX_LEN]
        key = ApiKey("key_bootstrap", self.project_id, "bootstrap", prefix, ["*"], now)
        self.state.keys[hash_key(self.bootstrap_key)] = key

    def reset(self) -> None:
        """A fresh, empty state (bootstrap project and key kept); running work is dropped."""
        for task in list(self.tasks):
            task.cancel()
        self.tasks.clear()
        self.close_channels()  # streams following the old state end
        if self.workers is not None:
            self.workers.reset()
        self.clock.clear()
        self._hits.clear()
        # The old state is freed after the caller has its answer, not while it waits.
        old, self.state = self.state, State()
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_soon(old.__dict__.clear)
        self._ids = itertools.count(1)
        self._bootstrap()

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}{random_hex(4)}"

    def spawn(self, coro: Coroutine[object, object, object]) -> asyncio.Task[object]:
        task: asyncio.Task[object] = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    # -- live channels (the server's pub/sub) -----------------------------------------------

    def publish(self, channel: str, message: Mapping[str, JSONInput]) -> None:
        subscribers = self._channels.get(channel)
        if not subscribers:
            return
        data = json.dumps(message, separators=(",", ":")).encode()
        for queue in subscribers:
            queue.put_nowait(data)

    def has_subscribers(self, channel: str) -> bool:
        return channel in self._channels

    def subscribe(self, channel: str) -> asyncio.Queue[bytes | None]:
        queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._channels[channel].add(queue)
        return queue

    def unsubscribe(self, channel: str, queue: asyncio.Queue[bytes | None]) -> None:
        self._channels[channel].discard(queue)
        if not self._channels[channel]:
            del self._channels[channel]

    def close_channels(self) -> None:
        for subscribers in self._channels.values():
            for queue in subscribers:
                queue.put_nowait(None)

    def activity(self, project_id: str, table: str, action: str, record: Mapping[str, JSONInput]) -> None:
        """A change event on the project's activity stream (the server's CDC envelope)."""
        event: dict[str, JSONInput] = {
            "table": table,
            "action": action,
            "record": record,
            "timestamp": format_time(self.clock.now()),
            "source": "cdc",
        }
        self.publish(f"activity:{project_id}", event)
