"""The emulator: state, the route table of every operation, auth, and live channels."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import logging
import secrets
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

from ._clock import Clock, format_time
from ._http import ApiFailure, Call, Handler, error_response, json_response, new_request_id
from ._tokens import TokenError, decode_run_token, decode_sse_token

__all__ = ["OPERATIONS", "Emulator", "Route", "operation", "routes"]

_log = logging.getLogger("strait.local")

#: Routes that also take a create-sse-token ``?token=`` (api/routes.go:205-206,231-232).
SSE_TOKEN_PATHS = frozenset({"/v1/events/{eventKey}/stream", "/v1/projects/{projectID}/activity/stream"})
#: operationId -> handler, filled by the ``@operation`` decorators of the area modules.
OPERATIONS: dict[str, Handler] = {}


def operation(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            OPERATIONS[operation_id] = handler
        return handler

    return register


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    path: str


def routes() -> list[Route]:
    """Every operation of the committed spec (the generated route index), static
    segments first, so ``/v1/events/stats`` wins over ``/v1/events/{eventKey}``."""
    from strait._generated.services._index import ROUTES

    found = [Route(op, method, path) for op, (method, path) in ROUTES.items()]
    return sorted(found, key=lambda r: (r.path.replace("{", "~"), r.method))


@dataclass
class ApiKey:
    id: str
    project_id: str
    name: str
    raw: str
    scopes: list[str]
    created_at: datetime
    revoked_at: datetime | None = None
    expires_at: datetime | None = None

    def wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "project_id": self.project_id,
            "name": self.name,
            "key_prefix": self.raw[:12],
            "scopes": self.scopes,
            "created_at": format_time(self.created_at),
        }
        if self.revoked_at is not None:
            out["revoked_at"] = format_time(self.revoked_at)
        if self.expires_at is not None:
            out["expires_at"] = format_time(self.expires_at)
        return out


@dataclass
class State:
    """Everything the emulator knows; ``Emulator.reset`` replaces it."""

    projects: dict[str, dict[str, Any]] = field(default_factory=dict)
    keys: dict[str, ApiKey] = field(default_factory=dict)  # by key hash
    jobs: dict[str, Any] = field(default_factory=dict)
    runs: dict[str, Any] = field(default_factory=dict)
    triggers: dict[tuple[str, str], Any] = field(default_factory=dict)
    workflows: dict[str, Any] = field(default_factory=dict)
    workflow_runs: dict[str, Any] = field(default_factory=dict)
    memory: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    idempotency: dict[tuple[str, str], Any] = field(default_factory=dict)  # (job id, key) -> run
    activity: list[dict[str, Any]] = field(default_factory=list)
    #: The ``_ops_*`` areas' tables (area -> id -> wire dict), plain JSON so ``--db`` keeps them.
    extras: dict[str, dict[str, Any]] = field(default_factory=dict)


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class Emulator:
    """One local Strait. Create it on the loop that will serve it."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        project_id: str = "proj_local",
        org_id: str = "org_local",
        validator: Any = None,
    ) -> None:
        self.clock = Clock()
        self.bootstrap_key = api_key or "strait_local" + secrets.token_hex(12)
        self.project_id = project_id
        self.org_id = org_id
        self.signing_key = secrets.token_bytes(32)
        self.validator = validator
        self.base_url = ""
        self._ids = itertools.count(1)
        self._channels: dict[str, set[asyncio.Queue[bytes | None]]] = defaultdict(set)
        self.tasks: set[asyncio.Task[Any]] = set()
        self.http: Any = None  # aiohttp.ClientSession for HTTP dispatch, made on start
        self.workers: Any = None  # the gRPC worker hub, when running
        self.restore_pending = False  # state loaded from --db: re-arm its timers on start
        self.state = State()
        self._bootstrap()

    # -- state -----------------------------------------------------------------------

    def _bootstrap(self) -> None:
        now = self.clock.stamp()
        stamp = format_time(now)
        self.state.projects[self.project_id] = {
            "id": self.project_id,
            "org_id": self.org_id,
            "name": "Local project",
            "created_at": stamp,
            "updated_at": stamp,
        }
        key = ApiKey("key_bootstrap", self.project_id, "bootstrap", self.bootstrap_key, ["*"], now)
        self.state.keys[hash_key(self.bootstrap_key)] = key

    def reset(self) -> None:
        """A fresh, empty state (bootstrap project and key kept); running work is dropped."""
        for task in list(self.tasks):
            task.cancel()
        self.tasks.clear()
        if self.workers is not None:
            self.workers.reset()
        self.clock.clear()
        # The old state is freed after the caller has its answer, not while it waits.
        old, self.state = self.state, State()
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_soon(old.__dict__.clear)
        self._ids = itertools.count(1)
        self._bootstrap()

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}{secrets.token_hex(4)}"

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    # -- live channels (the server's pub/sub) -----------------------------------------------

    def publish(self, channel: str, message: dict[str, Any]) -> None:
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

    def activity(self, project_id: str, table: str, action: str, record: dict[str, Any]) -> None:
        """A change event on the project's activity stream (the server's CDC envelope)."""
        event = {
            "table": table,
            "action": action,
            "record": record,
            "timestamp": format_time(self.clock.now()),
            "source": "cdc",
        }
        self.publish(f"activity:{project_id}", event)

    # -- the app -------------------------------------------------------------------------

    def app(self) -> web.Application:
        from . import _api, _events, _ops, _sdk, _streams, _workflows  # noqa: F401  (register operations)

        app = web.Application(client_max_size=8 * 1024 * 1024)
        for route in routes():
            app.router.add_route(route.method, route.path, self._endpoint(route))
        return app

    def _endpoint(self, route: Route) -> Callable[[web.Request], Any]:
        handler = OPERATIONS.get(route.operation_id)
        auth = self._auth_for(route.path)

        async def endpoint(request: web.Request) -> web.StreamResponse:
            request_id = new_request_id()
            call = Call(self, request, route.operation_id, request.match_info, request_id)
            validator = self.validator
            violations: list[str] = []
            try:
                if request.can_read_body:
                    raw = await request.read()
                    if raw:
                        try:
                            call.body = json.loads(raw)
                        except ValueError:
                            raise ApiFailure(400, "invalid JSON body") from None
                if validator is not None:
                    violations = validator.check_request(route, request, call.body)
                auth(call)
                if handler is None:
                    raise ApiFailure(
                        501, f"operation {route.operation_id} is not implemented by strait.local"
                    )
                response = handler(call)
                if asyncio.iscoroutine(response):
                    response = await response
            except ApiFailure as failure:
                response = error_response(failure.status, failure.message, request_id, failure.details)
            except Exception:  # a bug here: answer as the server does, and say where to look
                _log.exception("strait.local: %s failed", route.operation_id)
                response = error_response(500, "internal server error", request_id)
            response.headers["X-Request-Id"] = request_id
            if validator is not None:
                if isinstance(response, web.Response):
                    validator.check_response(route, response, violations)
                else:
                    validator.check_stream(route, response.status, response.content_type)
            return response  # type: ignore[no-any-return]

        return endpoint

    def _auth_for(self, path: str) -> Callable[[Call], None]:
        if path.startswith("/health"):
            return lambda call: None
        if path.startswith("/sdk/"):
            return self._run_token_auth
        if path in SSE_TOKEN_PATHS:
            return self._sse_token_or_api_key_auth
        return self._api_key_auth

    def _sse_token_or_api_key_auth(self, call: Call) -> None:
        """A ``?token=`` from create-sse-token when there is no Authorization header
        (api/middleware.go:251-282); otherwise, or when it does not verify, the API key."""
        token = call.request.query.get("token", "")
        if token and not call.request.headers.get("Authorization"):
            with contextlib.suppress(TokenError):
                claims = decode_sse_token(self.signing_key, token, int(self.clock.now().timestamp()))
                call.project_id = str(claims.get("pid") or "")
                return
        self._api_key_auth(call)

    def _api_key_auth(self, call: Call) -> None:
        header = call.request.headers.get("Authorization", "")
        if not header.startswith("Bearer strait_"):
            raise ApiFailure(401, "invalid or missing api key")
        key = self.state.keys.get(hash_key(header[len("Bearer ") :]))
        if key is None:
            raise ApiFailure(401, "invalid api key")
        if key.revoked_at is not None:
            raise ApiFailure(401, "api key has been revoked")
        if key.expires_at is not None and key.expires_at < self.clock.now():
            raise ApiFailure(401, "api key has expired")
        call.project_id = key.project_id
        call.key_id = key.id

    def _run_token_auth(self, call: Call) -> None:
        header = call.request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            raise ApiFailure(401, "missing or invalid authorization header")
        try:
            claims = decode_run_token(
                self.signing_key, header[len("Bearer ") :], int(self.clock.now().timestamp())
            )
        except TokenError:
            raise ApiFailure(401, "invalid run token") from None
        subject = claims.get("sub") or ""
        attempt = claims.get("attempt") or 0
        if not subject:
            raise ApiFailure(401, "missing run ID in token")
        if not isinstance(attempt, int) or attempt <= 0:
            raise ApiFailure(401, "missing run attempt in token")
        url_run = call.params.get("runID", "")
        if url_run and url_run != subject:
            raise ApiFailure(403, "token does not match run ID")
        run = self.state.runs.get(subject)
        if run is None:
            raise ApiFailure(404, "run not found")
        if run.terminal:
            raise ApiFailure(410, "run has reached a terminal state")
        if run.attempt != attempt:
            raise ApiFailure(401, "run token attempt is stale")
        assignment = claims.get("assignment_id")
        if assignment and (self.workers is None or not self.workers.owns(subject, assignment)):
            raise ApiFailure(401, "run token assignment is no longer active")
        call.run_id = subject
        call.attempt = attempt
        call.project_id = run.project_id

    # -- common lookups -----------------------------------------------------------------

    def project_match(self, call: Call, project_id: Any) -> None:
        if project_id and project_id != call.project_id:
            raise ApiFailure(403, "project_id does not match authenticated project")


def json_ok(data: Any, status: int = 200) -> web.Response:
    return json_response(status, data)
