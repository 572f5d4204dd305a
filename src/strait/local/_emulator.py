"""The emulator: the core (``_core``) with the route table of every operation, the
server's middleware and auth."""

from __future__ import annotations

import contextlib
import inspect
import json
import logging
import posixpath
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from aiohttp import web

from strait._generated.services._index import ROUTES
from strait._limits import (
    IDEMPOTENCY_WINDOW_SECS,
    IDEMPOTENT_ROUTES,
    MAX_IDEMPOTENCY_KEY_LENGTH,
    MAX_REQUEST_BODY_BYTES,
    ROUTE_RATE_LIMITS_PER_MINUTE,
    TRIGGER_RATE_LIMIT_REQUESTS,
    TRIGGER_RATE_LIMIT_WINDOW_SECS,
    TRIGGER_RATE_LIMITED_ROUTES,
)
from strait._types import JSONInput, JSONValue

from ._core import ApiKey, EmulatorCore, Replay, State, hash_key
from ._http import ApiFailure, Call, Handler, error_response, json_response, new_request_id
from ._tokens import TokenError, decode_run_token, decode_sse_token

__all__ = [
    "OPERATIONS",
    "REMOVED_OPERATIONS",
    "ApiKey",
    "Emulator",
    "Replay",
    "State",
    "hash_key",
    "Route",
    "json_ok",
    "operation",
    "routes",
]

#: Any JSON body (a TypeVar, so the argument is typed on its own, not from this context).
_Body = TypeVar("_Body", bound=JSONInput)

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


#: Operations still in the spec (``deprecated``, with the commit that removed each in
#: ``x-strait-removed-in``) whose routes the server no longer mounts: they answer the
#: router's plain 404. api/routes.go mounts none of them (the run-token routes at
#: 359-380, the run routes at 685-715, the jobs routes from 300, analytics at 449-505).
REMOVED_OPERATIONS = frozenset(
    {
        "sdk-usage",
        "sdk-tool-call",
        "sdk-iteration",
        "list-run-usage",
        "list-run-tool-calls",
        "get-compute-cost-analytics",
        "get-cost-by-machine",
        "get-cost-estimate",
        "list-regions",
        "list-code-deployments",
        "create-code-deployment",
        "get-code-deployment",
        "confirm-code-deployment",
        "stream-deployment-logs",
        "rollback-code-deployment",
    }
)


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    path: str


def routes() -> list[Route]:
    """Every operation of the committed spec (the generated route index), static
    segments first, so ``/v1/events/stats`` wins over ``/v1/events/{eventKey}``."""
    found = [Route(op, method, path) for op, (method, path) in ROUTES.items()]
    return sorted(found, key=lambda r: (r.path.replace("{", "~"), r.method))


class Emulator(EmulatorCore):
    """One local Strait with its REST app. Create it on the loop that will serve it."""

    # -- the app -------------------------------------------------------------------------

    def app(self) -> web.Application:
        """The REST app over the operations registered so far (``_areas`` registers them)."""
        # One byte more than the server reads, so a longer body is ours to refuse (400).
        app = web.Application(client_max_size=MAX_REQUEST_BODY_BYTES + 2)
        for route in routes():
            app.router.add_route(route.method, route.path, self._endpoint(route))
        return app

    def _endpoint(self, route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        if route.operation_id in REMOVED_OPERATIONS:
            return _not_mounted
        handler = OPERATIONS.get(route.operation_id)
        auth = self._auth_for(route.path)
        api = route.path.startswith("/v1/")
        mutation = route.method in ("POST", "PUT", "PATCH")
        idempotent = (route.method, route.path) in IDEMPOTENT_ROUTES
        limit = _route_rate_limit(route)

        async def endpoint(request: web.Request) -> web.StreamResponse:
            request_id = new_request_id()
            call = Call(self, request, route.operation_id, request.match_info, request_id)
            validator = self.validator
            violations: list[str] = []
            replay_key: tuple[str, str, str] | None = None
            try:
                auth(call)
                if api and mutation:
                    _require_json_content_type(request)
                if idempotent:
                    replay_key = self._idempotency_key(call)
                    replayed = self._replayed(replay_key)
                    if replayed is not None:
                        replayed.headers["X-Request-Id"] = request_id
                        return replayed
                if limit is not None and self.server_limits:
                    limited = self._rate_limited(route, request, *limit)
                    if limited is not None:
                        return limited
                call.body = await _read_body(request)
                if validator is not None:
                    violations = validator.check_request(route, request, call.body)
                if handler is None:
                    raise ApiFailure(
                        501, f"operation {route.operation_id} is not implemented by strait.local"
                    )
                answer = handler(call)
                response = await answer if inspect.isawaitable(answer) else answer
            except ApiFailure as failure:
                response = failure.response(request_id)
            except Exception:  # a bug here: answer as the server does, and say where to look
                _log.exception("strait.local: %s failed", route.operation_id)
                response = error_response(500, "internal server error", request_id)
            if replay_key is not None and isinstance(response, web.Response) and 200 <= response.status < 300:
                body = response.body if isinstance(response.body, bytes) else b""
                self.state.replays[replay_key] = Replay(
                    response.status, body, response.content_type, self.clock.now()
                )
            response.headers["X-Request-Id"] = request_id
            if validator is not None:
                if isinstance(response, web.Response):
                    validator.check_response(route, response, violations)
                else:
                    validator.check_stream(route, response.status, response.content_type)
            return response

        return endpoint

    # -- the server's middleware ----------------------------------------------------------

    def _idempotency_key(self, call: Call) -> tuple[str, str, str] | None:
        """The idempotency middleware's key: ``Idempotency-Key`` (else
        ``X-Idempotency-Key``) scoped by the calling API key and the path
        (api/idempotency_middleware.go:133-179)."""
        headers = call.request.headers
        key = headers.get("Idempotency-Key", "") or headers.get("X-Idempotency-Key", "")
        if not key or not call.key_id:
            return None
        if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
            raise ApiFailure(400, f"idempotency key must be {MAX_IDEMPOTENCY_KEY_LENGTH} characters or fewer")
        return (call.key_id, posixpath.normpath(call.request.path), key)

    def _replayed(self, replay_key: tuple[str, str, str] | None) -> web.Response | None:
        """The first 2xx answer again, with ``Idempotency-Replayed: true``, within 24 h
        (api/idempotency_middleware.go:23,196-212)."""
        if replay_key is None:
            return None
        replay = self.state.replays.get(replay_key)
        if replay is None:
            return None
        if (self.clock.now() - replay.created_at).total_seconds() >= IDEMPOTENCY_WINDOW_SECS:
            del self.state.replays[replay_key]
            return None
        response = web.Response(status=replay.status, body=replay.body, content_type=replay.content_type)
        response.headers["Idempotency-Replayed"] = "true"
        return response

    def _rate_limited(
        self, route: Route, request: web.Request, requests: int, window: float
    ) -> web.Response | None:
        """The server's per-IP route limit (httprate, api/routes.go:101-116): over it, 429
        ``Too Many Requests`` (plain text) with ``Retry-After``."""
        now = self.clock.now().timestamp()
        hits = self._hits[(route.method, route.path, request.remote or "")]
        hits[:] = [t for t in hits if t > now - window]
        if len(hits) >= requests:
            retry_after = max(1, int(hits[0] + window - now + 0.999))
            response = web.Response(status=429, text="Too Many Requests\n")
            response.headers.update(
                {
                    "Retry-After": str(retry_after),
                    "X-RateLimit-Limit": str(requests),
                    "X-RateLimit-Remaining": "0",
                }
            )
            return response
        hits.append(now)
        return None

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
        if key.grace_expires_at is not None and key.grace_expires_at < self.clock.now():
            raise ApiFailure(401, "api key rotation grace period has ended")  # api/middleware.go:539-544
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


def json_ok(data: _Body, status: int = 200) -> web.Response:
    return json_response(status, data)


async def _not_mounted(request: web.Request) -> web.Response:
    return web.Response(status=404, text="404 page not found\n")


def _route_rate_limit(route: Route) -> tuple[int, float] | None:
    key = (route.method, route.path)
    if key in TRIGGER_RATE_LIMITED_ROUTES:
        return TRIGGER_RATE_LIMIT_REQUESTS, float(TRIGGER_RATE_LIMIT_WINDOW_SECS)
    per_minute = ROUTE_RATE_LIMITS_PER_MINUTE.get(key)
    return (per_minute, 60.0) if per_minute is not None else None


def _require_json_content_type(request: web.Request) -> None:
    """A /v1 POST/PUT/PATCH with a body (or a Content-Type) must say application/json
    (api/middleware.go:115-138)."""
    content_type = request.headers.get("Content-Type", "")
    has_body = (request.content_length or 0) > 0 or bool(content_type)
    if has_body and content_type.split(";", 1)[0].strip() != "application/json":
        raise ApiFailure(415, "Content-Type must be application/json")


async def _read_body(request: web.Request) -> JSONValue:
    """The JSON body; a body over ``MAX_REQUEST_BODY_SIZE`` is cut there by the server and so
    fails to decode, as does one that is not JSON: 400 ``invalid request body: ...``
    (api/server.go:870-873, api/huma_bridge.go:61-66,220)."""
    if not request.can_read_body:
        return None
    try:
        raw = await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise ApiFailure(400, "invalid request body: unexpected EOF") from None
    if len(raw) > MAX_REQUEST_BODY_BYTES:
        raise ApiFailure(400, "invalid request body: unexpected EOF")
    if not raw.strip():
        return None
    try:
        body: JSONValue = json.loads(raw)
    except ValueError as exc:
        raise ApiFailure(400, f"invalid request body: {exc}") from None
    return body
