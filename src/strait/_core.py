"""The I/O-free core of a call: arguments -> httpx request, and httpx response -> result.

Generated service methods (``strait._generated.services``) describe each operation
with an :class:`Operation` and hand it, with the call's arguments, to their client's
``_request``. ``Operation.build`` validates and turns those arguments into the
keyword arguments of ``httpx.Client.request``; ``Operation.parse`` turns the answer
into the generated model or a typed error. Sync and async clients share both.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType, SimpleNamespace
from typing import Any, Final

import httpx

from ._errors import DecodeError, ValidationError, error_from_response
from ._transport import MAX_RETRIES_EXT

__all__ = ["NOT_GIVEN", "NotGiven", "Operation", "Overrides", "TimeoutTypes"]


class NotGiven:
    """Marks an argument that was left out (as opposed to passed as ``None``)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
TimeoutTypes = float | httpx.Timeout | None

# `_parse_response` of a generated module only reads this flag from its client.
_PARSE_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)


@dataclass(frozen=True)
class Overrides:
    """Per-client defaults set by ``with_options``; a call's own arguments still win."""

    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    headers: Mapping[str, str] = field(default_factory=dict)


class _JsonBody:
    """A plain-dict request body, sent exactly as given (nothing dropped)."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


class _AsStatus:
    """A response seen with the documented success status, for a 2xx variant the spec
    does not list (e.g. 200 where it says 201), so the generated parser still reads it."""

    __slots__ = ("_response", "status_code")

    def __init__(self, response: httpx.Response, status: int) -> None:
        self._response = response
        self.status_code = status

    def __getattr__(self, name: str) -> Any:
        return getattr(self._response, name)


class Operation:
    """One API operation, as the generated service modules describe it."""

    __slots__ = (
        "accept",
        "body_model",
        "deprecated",
        "http_method",
        "idempotency_key",
        "module",
        "operation_id",
        "paginated",
        "path",
        "path_params",
        "query",
        "raw_body",
        "status",
    )

    def __init__(
        self,
        operation_id: str,
        module: ModuleType,
        http_method: str,
        path: str,
        status: int,
        *,
        path_params: tuple[str, ...] = (),
        query: Mapping[str, str] | None = None,
        body_model: Any = None,
        idempotency_key: bool = False,
        paginated: bool = False,
        deprecated: bool = False,
        accept: str | None = None,
        raw_body: bool = False,
    ) -> None:
        self.operation_id = operation_id
        self.module = module
        self.http_method = http_method
        self.path = path
        self.status = status
        self.path_params = path_params
        self.query = dict(query or {})
        self.body_model = body_model
        self.idempotency_key = idempotency_key
        self.paginated = paginated
        self.deprecated = deprecated
        self.accept = accept
        self.raw_body = raw_body

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.http_method} {self.path}>"

    def build(
        self,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
        overrides: Overrides | None = None,
    ) -> dict[str, Any]:
        """Validate the call's arguments; return keyword arguments for ``httpx.Client.request``."""
        if overrides is not None:
            if isinstance(timeout, NotGiven):
                timeout = overrides.timeout
            if isinstance(max_retries, NotGiven):
                max_retries = overrides.max_retries
            if overrides.headers:
                extra_headers = {**overrides.headers, **(extra_headers or {})}
        for name in self.path_params:
            value = args[name]
            if isinstance(value, int) and not isinstance(value, bool):
                value = args[name] = str(value)
            if not isinstance(value, str) or not value or value in (".", ".."):
                raise ValidationError(
                    f"{self.operation_id}: path parameter {name} must be a non-empty id, got {value!r}",
                    field=name,
                    source="argument",
                )
        if query:
            self._merge_query(args, query)
        body = args.get("body")
        if isinstance(body, Mapping):
            args["body"] = self._check_body(body)
        if self.idempotency_key and _unset(args.get("idempotency_key")):
            # Created once per call, before any retry, so every attempt carries the same key.
            args["idempotency_key"] = os.urandom(16).hex()
        try:
            kwargs: dict[str, Any] = self.module._get_kwargs(**args)
        except (AttributeError, TypeError, ValueError) as exc:
            # e.g. a str where the spec wants a date: the generated code calls .isoformat()
            raise ValidationError(
                f"{self.operation_id}: an argument has the wrong type ({type(exc).__name__}: {exc})",
                source="argument",
            ) from None
        if self.accept is not None:
            kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": self.accept}
        if extra_headers:
            kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
        if not isinstance(timeout, NotGiven):
            kwargs["timeout"] = timeout
        if not isinstance(max_retries, NotGiven):
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValidationError(
                    f"max_retries must be an int >= 0, got {max_retries!r}",
                    field="max_retries",
                    source="argument",
                )
            kwargs["extensions"] = {MAX_RETRIES_EXT: max_retries}
        return kwargs

    def _merge_query(self, args: dict[str, Any], query: Mapping[str, Any]) -> None:
        names = set(self.query.values())
        for key, value in query.items():
            name = self.query.get(key, key if key in names else None)
            if name is None:
                allowed = ", ".join(sorted(self.query)) or "none"
                raise ValidationError(
                    f"{self.operation_id}: unknown query parameter {key!r} (allowed: {allowed})",
                    field=f"query.{key}",
                    source="argument",
                )
            if _unset(args.get(name)) and value is not None:
                args[name] = value

    def _check_body(self, body: Mapping[str, Any]) -> _JsonBody:
        model = self.body_model
        if model is not None:
            try:
                model.from_dict(body)
            except KeyError as exc:
                raise ValidationError(
                    f"{self.operation_id}: request body is missing required field {exc.args[0]!r}",
                    field=f"body.{exc.args[0]}",
                    source="argument",
                ) from None
            except (TypeError, ValueError, AttributeError) as exc:
                raise ValidationError(
                    f"{self.operation_id}: request body does not match {model.__name__}: {exc}",
                    field="body",
                    source="argument",
                ) from None
        return _JsonBody(body)

    def parse(self, response: httpx.Response) -> Any:
        """The generated model for a 2xx answer; the typed :class:`ApiError` otherwise."""
        status = response.status_code
        if not 200 <= status < 300:
            raise error_from_response(response, operation=self.operation_id, deprecated=self.deprecated)
        if self.status == 204 or status == 204:
            _release(response)
            return None
        if self.raw_body:
            return _raw_body(response)
        target: Any = response if status == self.status else _AsStatus(response, self.status)
        try:
            result = self.module._parse_response(client=_PARSE_CLIENT, response=target)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DecodeError(
                f"{self.operation_id}: the {status} response is not the documented shape "
                f"({type(exc).__name__}: {exc})",
                response=response,
            ) from exc
        _release(response)
        return result


def _raw_body(response: httpx.Response) -> Any:
    """An answer in the media type the caller asked for: JSON parsed, text as str, else bytes."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            return response.json()
        except ValueError as exc:
            raise DecodeError(
                f"the {response.status_code} response is not JSON: {exc}", response=response
            ) from exc
    if kind.startswith("text/") or kind in ("application/x-ndjson", "application/ndjson"):
        return response.text
    return response.content


_SPENT = httpx.ByteStream(b"")


def _release(response: httpx.Response) -> None:
    """Break the response <-> stream reference cycle httpx creates, once the body is read.

    Without this every response (and its body) waits for the cyclic garbage collector;
    paging through a long list then holds many pages' bytes at once.
    """
    if response.is_closed:
        response.stream = _SPENT


def _unset(value: Any) -> bool:
    # By name: importing the generated `Unset` would load attrs on `import strait`.
    return value is None or type(value).__name__ == "Unset"
