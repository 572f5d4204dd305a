"""Spec-driven calls for the contract tests: one :class:`OperationCase` per operation.

For each operationId of ``openapi/strait.openapi.json`` this module finds the facade
method (``OPERATIONS``) and the :class:`strait._core.Operation` behind it, builds a
request that the spec accepts (plain ids for path parameters, required query and
header parameters, a body with every required field set to a valid value), and knows
what the call must return (the method's return annotation, resolved to classes).
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from types import ModuleType
from typing import Any

import httpx
from spec_samples import merge_all_of, resolve, spec

from strait._core import Operation
from strait._generated import models
from strait._generated.services import SERVICES
from strait._generated.services._index import OPERATIONS

HTTP_METHODS = ("get", "post", "put", "patch", "delete")

#: The run every ``/sdk/v1/runs/{runID}/...`` call is made for (the run token's subject).
RUN_ID = "run_contract_1"
API_KEY = "strait_contract_test_key"
INTERNAL_SECRET = "contract-internal-secret"
SSE_CONTENT_TYPE = "text/event-stream"


def valid_value(schema: Mapping[str, Any], *, depth: int = 0) -> Any:
    """A minimal value valid for ``schema``: required properties only, every constraint
    the spec uses honoured (enum, const, format, min/max length, minimum, minItems,
    minProperties)."""
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            options = [resolve(o) for o in schema[key]]
            non_null = [o for o in options if o.get("type") != "null"] or options
            return valid_value(non_null[0], depth=depth)
    if "allOf" in schema:
        return merge_all_of(schema["allOf"], lambda part: valid_value(part, depth=depth))
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        props: dict[str, Any] = schema.get("properties", {})
        value = {name: valid_value(props[name], depth=depth + 1) for name in schema.get("required", [])}
        extra = schema.get("additionalProperties")
        for i in range(len(value), int(schema.get("minProperties", 0))):
            if isinstance(extra, dict):
                value[f"key{i}"] = valid_value(extra, depth=depth + 1)
            else:
                name = next(n for n in props if n not in value)
                value[name] = valid_value(props[name], depth=depth + 1)
        return value
    if kind == "array":
        count = int(schema.get("minItems", 0))
        return [valid_value(schema.get("items", {}), depth=depth + 1) for _ in range(count)]
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return _number(schema, 1)
    if kind == "number":
        return float(_number(schema, 1))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "time": "00:00:00Z",
    "uri": "https://example.com/hook",
    "url": "https://example.com/hook",
    "email": "contract@example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "duration": "PT1M",
    "ipv4": "127.0.0.1",
    "hostname": "example.com",
}


def _string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    if isinstance(fmt, str) and fmt in _FORMATS:
        return _FORMATS[fmt]
    length = max(int(schema.get("minLength", 1)), 1)
    if "maxLength" in schema:
        length = min(length, int(schema["maxLength"]))
    return ("contract" * (length // 8 + 1))[:length]


def _number(schema: Mapping[str, Any], default: int) -> int:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    value = (
        int(low) + (1 if "exclusiveMinimum" in schema and "minimum" not in schema else 0) if low else default
    )
    if "maximum" in schema:
        value = min(value, int(schema["maximum"]))
    return value


def python_value(schema: Mapping[str, Any]) -> Any:
    """A valid parameter value as the generated signature types it (dates as ``datetime``)."""
    schema = resolve(schema)
    value = valid_value(schema)
    if schema.get("format") == "date-time":
        return datetime.fromisoformat(value)
    if schema.get("format") == "date":
        return date.fromisoformat(value)
    return value


def make_run_token(run_id: str = RUN_ID) -> str:
    """An unsigned run token for ``run_id``; the SDK checks claims, never signatures."""

    def enc(obj: Mapping[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    claims = {"iss": "strait:run-token", "sub": run_id, "attempt": 1, "exp": int(time.time()) + 3600}
    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(claims)}.c2lnbmF0dXJl"


@dataclass(frozen=True)
class Expected:
    """What a successful call returns, from the method's return annotation."""

    kind: str  # "model" | "list" | "page" | "empty" | "none" | "text" | "any" | "stream"
    classes: tuple[type[Any], ...] = ()

    def describe(self) -> str:
        names = " | ".join(c.__name__ for c in self.classes)
        return {"list": f"list[{names}]", "page": f"SyncPage[{names}]"}.get(self.kind, names or self.kind)


@dataclass(frozen=True)
class OperationCase:
    """One operation: where it lives in the spec and the facade, and a valid call."""

    operation_id: str
    http_method: str
    path: str
    spec_op: dict[str, Any] = field(repr=False)
    service: str
    method: str
    operation: Operation[Any] = field(repr=False)
    expected: Expected = field(repr=False)

    @property
    def run_token_auth(self) -> bool:
        return self.path.startswith("/sdk/")

    @property
    def sse(self) -> bool:
        content = self.spec_op["responses"].get(str(self.operation.status), {}).get("content", {})
        return bool(self.spec_op.get("x-strait-sse")) or SSE_CONTENT_TYPE in content

    @property
    def accept(self) -> str | None:
        """The media type to ask for when the success answer is not JSON (SSE, CSV), else None."""
        content = self.spec_op["responses"].get(str(self.operation.status), {}).get("content", {})
        if not content or "application/json" in content:
            return None
        return str(next(iter(content)))

    @property
    def streamed(self) -> bool:
        return bool(self.spec_op.get("x-strait-streamed-response"))

    @property
    def internal_only(self) -> bool:
        """Authenticated only by the internal secret header (no API key scheme)."""
        return self.spec_op.get("security") == [{"internalSecret": []}]

    @property
    def read_only(self) -> bool:
        return self.http_method == "GET"

    def params(self, location: str) -> list[dict[str, Any]]:
        return [p for p in self.spec_op.get("parameters", []) if p["in"] == location]

    def request_schema(self) -> dict[str, Any] | None:
        body = self.spec_op.get("requestBody")
        if not body:
            return None
        schema: dict[str, Any] = body["content"]["application/json"]["schema"]
        return schema

    def call_args(self) -> tuple[list[Any], dict[str, Any]]:
        """Positional and keyword arguments of a valid facade call."""
        args: list[Any] = []
        path_specs = {p["name"]: p for p in self.params("path")}
        wire_names = re.findall(r"{([^}]+)}", self.path)
        assert len(wire_names) == len(self.operation.path_params), self
        for index, wire in enumerate(wire_names):
            param = path_specs[wire]
            if self.run_token_auth and index == 0:
                args.append(RUN_ID)
                continue
            schema = resolve(param.get("schema", {}))
            constrained = any(k in schema for k in ("enum", "format", "pattern", "const"))
            args.append(valid_value(schema) if constrained else f"{wire.lower()}_1")
        if self.request_schema() is not None:
            args.append(valid_value(self.request_schema() or {}))
        kwargs: dict[str, Any] = {}
        query_names = dict(self.operation.query)
        for param in self.params("query"):
            if param.get("required"):
                kwargs[query_names.get(param["name"], param["name"])] = python_value(param["schema"])
        for param in self.params("header"):
            if param.get("required"):
                kwargs[_snake(param["name"])] = python_value(param["schema"])
        if self.internal_only:
            kwargs["extra_headers"] = {"X-Internal-Secret": INTERNAL_SECRET}
        return args, kwargs

    def bound_method(self, client: Any) -> Callable[..., Any]:
        bound: Callable[..., Any] = getattr(getattr(client, self.service), self.method)
        return bound


def _snake(name: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def _service_module(service: str) -> ModuleType:
    return importlib.import_module(f"strait._generated.services.{service}")


def _client_class(service: str) -> type[Any]:
    """The class of ``Client(...).<service>``: the facade's (strait._facade), else the generated one."""
    name = SERVICES[service][0]
    found = getattr(importlib.import_module("strait._facade"), name, None)
    return found or getattr(importlib.import_module(f"strait._generated.services.{service}"), name)  # type: ignore[no-any-return]


def _sync_class(module: ModuleType, method: str) -> type[Any]:
    classes = [
        value
        for name, value in vars(module).items()
        if isinstance(value, type)
        and value.__module__ == module.__name__
        and not name.startswith("Async")
        and hasattr(value, method)
    ]
    assert len(classes) == 1, (module.__name__, method, classes)
    return classes[0]


def _expected(module: ModuleType, annotation: str) -> Expected:
    annotation = annotation.strip().strip("()").strip()

    def classes(text: str) -> tuple[type[Any], ...]:
        found = []
        for name in (part.strip() for part in text.split("|")):
            # Page item models are not always imported by the service module (see
            # _generated_names_missing); the models package has every one.
            value = vars(module).get(name) or getattr(models, name, None)
            assert isinstance(value, type), f"{module.__name__}: cannot resolve {name!r} in {annotation!r}"
            found.append(value)
        return tuple(found)

    annotation = annotation.replace("builtins.list[", "list[")
    if annotation == "None":
        return Expected("none")
    if annotation == "dict[str, Any]":
        return Expected("empty")
    if annotation in ("EventStream", "AsyncEventStream"):
        return Expected("stream")
    if annotation == "str":
        return Expected("text", (str,))
    if annotation == "Any":
        return Expected("any")
    if match := re.fullmatch(r"SyncPage\[(.+)\]", annotation):
        return Expected("page", classes(match.group(1)))
    if match := re.fullmatch(r"list\[(.+)\]", annotation):
        return Expected("list", classes(match.group(1)))
    return Expected("model", classes(annotation))


@cache
def operation_cases() -> dict[str, OperationCase]:
    """Every operation of the spec, by operationId (fails if the facade misses one)."""
    cases: dict[str, OperationCase] = {}
    for path, item in spec()["paths"].items():
        for http_method, spec_op in item.items():
            if http_method not in HTTP_METHODS:
                continue
            operation_id = spec_op["operationId"]
            service, method = OPERATIONS[operation_id]
            module = _service_module(service)
            operations = [
                v
                for v in vars(module).values()
                if isinstance(v, Operation) and v.operation_id == operation_id
            ]
            if not operations and _is_sse(spec_op):
                # an event stream has no Operation: its method is the follow stream
                operations = [_sse_operation(operation_id, http_method, path, spec_op)]
            assert len(operations) == 1, operation_id
            if _is_sse(spec_op):  # a follow method of the client's facade (strait._facade)
                assert callable(getattr(_client_class(service), method)), operation_id
                annotation = "EventStream"
            else:
                annotation = getattr(_sync_class(module, method), method).__annotations__["return"]
            cases[operation_id] = OperationCase(
                operation_id=operation_id,
                http_method=http_method.upper(),
                path=path,
                spec_op=spec_op,
                service=service,
                method=method,
                operation=operations[0],
                expected=_expected(module, annotation),
            )
    return cases


def _is_sse(spec_op: Mapping[str, Any]) -> bool:
    return any(SSE_CONTENT_TYPE in r.get("content", {}) for r in spec_op["responses"].values())


def _sse_operation(
    operation_id: str, http_method: str, path: str, spec_op: Mapping[str, Any]
) -> Operation[Any]:
    """A stand-in table entry for an event stream (the facade needs none)."""
    wires = re.findall(r"{([^}]+)}", path)
    return Operation(operation_id, http_method.upper(), path, 200, path_params=tuple((w, w) for w in wires))


def prism_violations(response: httpx.Response | None) -> str | None:
    """Prism's request validation report, if this answer is one (else ``None``)."""
    if response is None:
        return None
    header = response.headers.get("sl-violations")
    body: Any = None
    with contextlib.suppress(ValueError):
        body = response.json()
    is_report = isinstance(body, dict) and "validation" in body and "type" in body
    if header is None and not is_report:
        return None
    report = json.dumps(body, indent=2) if is_report else response.text
    return f"HTTP {response.status_code}; sl-violations: {header}\n{report}"


def check_result(case: OperationCase, result: Any) -> None:
    """Assert the call returned what its annotation promises."""
    from strait import SyncPage

    expected = case.expected
    shown = (
        f"{case.operation_id}: expected {expected.describe()}, got {type(result).__name__}: {result!r:.300}"
    )
    if expected.kind == "none":
        assert result is None, shown
    elif expected.kind == "empty":
        assert result == {}, shown
    elif expected.kind == "stream":
        from strait._streams import EventStream

        assert isinstance(result, EventStream), shown
    elif expected.kind == "text":
        assert isinstance(result, str), shown
    elif expected.kind == "any":
        return  # an untyped answer: the caller compares it with the raw body
    elif expected.kind == "page":
        assert isinstance(result, SyncPage), shown  # a dict: the server's body
        assert all(isinstance(item, expected.classes) for item in result.data), shown
    elif expected.kind == "list":
        assert isinstance(result, list), shown
        assert all(isinstance(item, expected.classes) for item in result), shown
    else:
        assert isinstance(result, expected.classes) and isinstance(result, dict), shown


@cache
def _registry() -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource("urn:strait-spec", Resource.from_contents(spec(), DRAFT202012))


def response_violations(case: OperationCase, response: httpx.Response) -> list[str]:
    """Where a JSON answer breaks the response schema the spec documents (empty: it fits)."""
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    content = case.spec_op["responses"].get(str(response.status_code), {}).get("content", {})
    media = content.get("application/json")
    if media is None or not response.content or "json" not in response.headers.get("content-type", ""):
        return []
    text = json.dumps(media.get("schema", {})).replace('"#/components/', '"urn:strait-spec#/components/')
    validator = Draft202012Validator(json.loads(text), registry=_registry())
    return [f"{list(e.absolute_path)}: {e.message[:300]}" for e in validator.iter_errors(response.json())]
