"""Check every request the emulator accepts and every answer it sends against the spec.

``Validator(spec_path)`` plugs into :class:`~strait.local.LocalStrait` (``validator=``);
it counts what it checked and keeps every mismatch, so a test run can fail on any and
report the figures. Needs ``jsonschema`` (in the ``dev`` extra).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from aiohttp import web

from strait._types import JSONObject, JSONValue

__all__ = ["KNOWN_UNDOCUMENTED", "Validator"]

#: Statuses the server sends that the spec does not list for the operation (so the
#: emulator sends them too; their bodies have no documented schema to check), and the
#: emulator's own 501 for operations it does not implement.
KNOWN_UNDOCUMENTED = {
    **{
        ("sdk-*", status): f"the run-token middleware answers {status} {when}"
        for status, when in (
            (410, "once the run is terminal"),
            (403, "when the token is for another run"),
            (404, "when the token's run does not exist"),
        )
    },
    **dict.fromkeys(
        [("stream-run", 410), ("get-run-chunk-stream", 410)], "a run's streams answer 410 once it finished"
    ),
    ("trigger-job", 200): "a repeated Idempotency-Key (the run it made) or dry_run (the checks' result)",
    **dict.fromkeys(
        [("create-job", 403), ("create-api-key", 403)],
        "a project_id other than the API key's project is refused with 403",
    ),
    ("*", 415): "a /v1 body sent as anything but application/json (api/middleware.go:115-138)",
    ("*", 501): "operations strait.local does not implement",
    # -- the _ops_* areas (server-vs-spec, each from the handler cited) ---------------------
    ("bulk-replay-dead-letter-runs", 422): "run_ids xor project_id, limits (api/runs.go:457-490)",
    ("bulk-replay-dead-letter-runs", 403): "another project's project_id (api/runs.go:470-474)",
    (
        "create-secret",
        403,
    ): "another project, or an environment other than the job's (api/secrets.go:39-41,99-101)",
    ("create-secret", 404): "an unknown job_id or environment (api/secrets.go:82-97,276)",
    (
        "create-environment",
        403,
    ): "another project, or variables without secrets:write (api/environments.go:58-60)",
    ("create-environment", 404): "an unknown parent_id (api/environments.go:381-391)",
    ("update-environment", 403): "variables without secrets:write (api/environments.go:254-290)",
    ("create-event-source", 403): "another project's project_id (api/event_sources.go:69-71)",
    ("subscribe-to-event-source", 404): "unknown source or target (api/event_sources.go:249-302)",
    ("create-webhook-subscription", 403): "another project's project_id (api/webhook_subscriptions.go:71-73)",
}


def _known(operation_id: str, status: int) -> bool:
    if (operation_id, status) in KNOWN_UNDOCUMENTED:
        return True
    if ("*", status) in KNOWN_UNDOCUMENTED:
        return True
    return operation_id.startswith("sdk-") and ("sdk-*", status) in KNOWN_UNDOCUMENTED


class RouteLike(Protocol):
    """What the validator reads of a route (``_emulator.Route``)."""

    @property
    def operation_id(self) -> str: ...


@dataclass
class Figures:
    requests_validated: int = 0
    responses_validated: int = 0
    streams_checked: int = 0
    mismatches: list[str] = field(default_factory=list)
    undocumented: dict[tuple[str, int], int] = field(default_factory=dict)

    def summary(self) -> str:
        known = sum(self.undocumented.values())
        return (
            f"requests validated: {self.requests_validated}, "
            f"responses validated: {self.responses_validated}, "
            f"SSE answers checked: {self.streams_checked}, mismatches: {len(self.mismatches)}, "
            f"known server-vs-spec statuses: {known}"
        )


class Validator:
    def __init__(self, spec_path: str | Path) -> None:
        from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.spec: dict[str, Any] = json.loads(Path(spec_path).read_text())
        self._registry = Registry().with_resource(
            "urn:strait-spec", Resource.from_contents(self.spec, DRAFT202012)
        )
        self._validator_cls = Draft202012Validator
        self._ops: dict[str, dict[str, Any]] = {}
        for item in self.spec["paths"].values():
            for _method, op in item.items():
                if isinstance(op, dict) and "operationId" in op:
                    self._ops[op["operationId"]] = op
        self._compiled: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.figures = Figures()

    def _errors(self, schema: JSONObject, value: object) -> list[str]:
        text = json.dumps(schema, sort_keys=True)
        validator = self._compiled.get(text)
        if validator is None:
            resolved = json.loads(text.replace('"#/components/', '"urn:strait-spec#/components/'))
            validator = self._validator_cls(resolved, registry=self._registry)
            self._compiled[text] = validator
        return [f"{list(e.absolute_path)}: {e.message[:200]}" for e in validator.iter_errors(value)]

    def check_request(self, route: RouteLike, request: web.Request, body: JSONValue) -> list[str]:
        """Where a request breaks the spec (a mismatch only if the emulator then
        accepts it with a 2xx: give the list to ``check_response``)."""
        op = self._ops.get(route.operation_id)
        problems: list[str] = []
        if op is not None:
            content = op.get("requestBody", {}).get("content", {}).get("application/json")
            if content is not None and body is not None:
                problems += [f"body {p}" for p in self._errors(content.get("schema", {}), body)]
            elif content is not None and op["requestBody"].get("required") and body is None:
                problems.append("body is required")
            for param in op.get("parameters", []):
                if param["in"] != "query" or param["name"] not in request.query:
                    continue
                raw = request.query[param["name"]]
                schema = param.get("schema", {})
                value: Any = raw
                kind = schema.get("type")
                if kind == "integer":
                    try:
                        value = int(raw)
                    except ValueError:
                        value = raw
                elif kind == "array":
                    value = request.query.getall(param["name"])
                problems += [f"query {param['name']} {p}" for p in self._errors(schema, value)]
        with self._lock:
            self.figures.requests_validated += 1
        return problems

    def check_response(
        self, route: RouteLike, response: web.Response, violations: list[str] | None = None
    ) -> None:
        op = self._ops.get(route.operation_id)
        status = int(response.status)
        problems: list[str] = []
        documented = op is not None and str(status) in op["responses"]
        if not documented:
            if _known(route.operation_id, status):
                with self._lock:
                    key = (route.operation_id, status)
                    self.figures.undocumented[key] = self.figures.undocumented.get(key, 0) + 1
            else:
                problems.append(f"status {status} is not documented")
        content_type = response.content_type or ""
        body = response.body if isinstance(response.body, bytes) else b""  # json_response's bytes
        if documented and op is not None and "json" in content_type and body:
            media = op["responses"][str(status)].get("content", {}).get("application/json")
            if media is not None:
                problems += self._errors(media.get("schema", {}), json.loads(body))
        if violations and 200 <= status < 300:
            problems += [f"accepted an invalid request: {v}" for v in violations]
        with self._lock:
            self.figures.responses_validated += 1
            self.figures.mismatches += [f"{route.operation_id} {status}: {p}" for p in problems]

    def check_stream(self, route: RouteLike, status: int, content_type: str) -> None:
        op = self._ops.get(route.operation_id)
        problems = []
        if op is None or str(status) not in op["responses"]:
            problems.append(f"status {status} is not documented")
        elif "text/event-stream" not in op["responses"][str(status)].get("content", {}) and not op.get(
            "x-strait-sse"
        ):
            problems.append("the spec does not document an event stream here")
        if content_type != "text/event-stream":
            problems.append(f"content type {content_type}")
        with self._lock:
            self.figures.streams_checked += 1
            self.figures.mismatches += [f"{route.operation_id} {status}: {p}" for p in problems]
