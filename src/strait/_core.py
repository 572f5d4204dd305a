"""The I/O-free core of a call: arguments -> :class:`RequestOptions`, response -> result.

Each generated service method (``strait._generated.services.<area>``) names its
operation's :class:`Operation` (``Operation[T]``: a table entry rendered from the spec:
method, path, parameters with their wire names, body and response decoders; ``T`` what
the call returns) and hands it, with the call's arguments, to its client's ``_request``
(``strait._client``). There ``Operation.build`` validates the arguments and returns the
call's frozen :class:`RequestOptions` (``do_request`` builds its own with the same
:func:`request_options`); every driver sends that; ``Operation.parse`` turns the answer
into a typed dict (:mod:`strait._model`) or a typed error. Sync and async share all of it.
"""

from __future__ import annotations

import functools
import json
import os
import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, Generic, NamedTuple, TypeVar, cast
from urllib.parse import quote

import httpx

from . import _model
from ._errors import DecodeError, ValidationError, error_from_response

__all__ = [
    "MAX_RETRIES_EXT",
    "NOT_GIVEN",
    "STREAM_EXT",
    "CallSettings",
    "NotGiven",
    "Operation",
    "Overrides",
    "RequestOptions",
    "TimeoutTypes",
    "absolute_url",
    "base_prefix",
    "encode_json",
    "loads_body",
    "request_options",
]


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
#: request.extensions key for a per-call retry limit (read by the retry flow)
MAX_RETRIES_EXT: Final = "strait.max_retries"
#: request.extensions key marking a streamed request (SSE): the driver leaves its body unread
STREAM_EXT: Final = "strait.stream"
TimeoutTypes = float | httpx.Timeout | None
#: A service call's own settings, as every generated method passes them:
#: ``(query, timeout, max_retries, extra_headers)``.
CallSettings = tuple[
    Mapping[str, object] | None, TimeoutTypes | NotGiven, int | NotGiven, Mapping[str, str] | None
]


#: no headers or query parameters (a shared, read-only default)
_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


# The records below are NamedTuples: immutable, and their classes cost a tenth of a
# frozen dataclass's at `import strait`.
class Overrides(NamedTuple):
    """Per-client defaults set by ``with_options``; a call's own arguments still win."""

    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    headers: Mapping[str, str] = _NO_HEADERS

    def merged(
        self, timeout: TimeoutTypes | NotGiven, max_retries: int | NotGiven, headers: Mapping[str, str] | None
    ) -> tuple[TimeoutTypes | NotGiven, int | NotGiven, Mapping[str, str] | None]:
        """A call's timeout, retry limit and headers over these defaults (the call's win)."""
        if isinstance(timeout, NotGiven):
            timeout = self.timeout
        if isinstance(max_retries, NotGiven):
            max_retries = self.max_retries
        if self.headers:
            headers = {**self.headers, **(headers or {})}
        return timeout, max_retries, headers


class RequestOptions(NamedTuple):
    """One request, built once (:func:`request_options`) and read by every driver.

    ``url`` is the path below the client's base URL, already encoded; ``headers`` are the
    call's own (the client's defaults and its credential are the driver's); ``content`` is
    the encoded body. ``timeout`` and ``max_retries`` are NOT_GIVEN for the client's.
    """

    operation: str
    method: str
    url: str
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, str] | None = None
    content: bytes | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    stream: bool = False

    def httpx_request(self, http: httpx.Client | httpx.AsyncClient, prefix: str) -> httpx.Request:
        """This request as ``http`` builds it (its default headers and timeout), at
        :func:`absolute_url` below ``prefix`` (``http``'s base URL, as :func:`base_prefix`)."""
        return http.build_request(
            self.method,
            absolute_url(prefix, self.url, self.params),
            headers=self.headers,
            content=self.content,
            timeout=httpx.USE_CLIENT_DEFAULT if isinstance(self.timeout, NotGiven) else self.timeout,
            extensions=self.extensions,
        )

    @property
    def extensions(self) -> dict[str, object]:
        """The request's ``httpx`` extensions read by the retry flow."""
        if isinstance(self.max_retries, NotGiven):
            return {STREAM_EXT: True} if self.stream else {}
        return {MAX_RETRIES_EXT: self.max_retries, **({STREAM_EXT: True} if self.stream else {})}


#: the characters of a path httpx sends as it is: already encoded, nothing to escape
_PLAIN_PATH = frozenset(string.ascii_letters + string.digits + "/._~%:@!$&'()*+,;=-")


@functools.lru_cache(maxsize=32)
def base_prefix(base_url: str) -> str:
    """``base_url`` as ``httpx.Client(base_url=...)`` holds it: normalised, its path ending
    in ``/``, so a path below it is appended as a string (kept per base URL)."""
    base = httpx.URL(base_url)
    raw_path = base.raw_path if base.raw_path.endswith(b"/") else base.raw_path + b"/"
    return str(base.copy_with(raw_path=raw_path))


def absolute_url(prefix: str, path: str, params: Mapping[str, Any] | None) -> str:
    """The encoded URL of ``path`` (already encoded, no query: ``do_request`` moves one
    written in its path into ``params``) and ``params`` below ``prefix``: byte for byte
    what ``httpx.Client(base_url=...).build_request(path, params=params)`` sends, with one
    URL parse instead of three (``tests/test_core_url.py`` holds the two equal)."""
    url = prefix + path.lstrip("/")
    if "/." in path or not _PLAIN_PATH.issuperset(path):  # dot segments, characters to encode
        return str(httpx.URL(url, params=params) if params else httpx.URL(url))
    if not params:
        return url
    return f"{url}?{httpx.QueryParams(params)}"  # "?" even when it encodes to "", as httpx


def request_options(
    operation: str,
    method: str,
    url: str,
    *,
    params: Mapping[str, object] | None = None,
    headers: Mapping[str, str] | None = None,
    json_body: object = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    overrides: Overrides | None = None,
) -> RequestOptions:
    """The :class:`RequestOptions` of one call: the one place where a client's
    ``with_options`` defaults meet the call's own values (the call's win), and where a
    JSON body is encoded (the same bytes on every driver)."""
    if overrides is not None:
        timeout, max_retries, headers = overrides.merged(timeout, max_retries, headers)
    if not isinstance(max_retries, NotGiven) and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ValidationError(
            f"max_retries must be an int >= 0, got {max_retries!r}", field="max_retries", source="argument"
        )
    content = None
    if json_body is not None:  # None: no body (a JSON null body is never sent)
        content = encode_json(operation, json_body)
        if not any(name.lower() == "content-type" for name in headers or ()):
            headers = {**(headers or {}), "Content-Type": "application/json"}
    return RequestOptions(
        operation, method, url, params or None, headers or None, content, timeout, max_retries
    )


def encode_json(operation: str, value: object) -> bytes:
    """A JSON request body, encoded exactly as httpx encodes ``json=``; a value JSON cannot
    represent is the caller's error."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            f"{operation}: request body is not JSON-serialisable ({type(exc).__name__}: {exc})",
            field="body",
            source="argument",
        ) from None
    except RecursionError:
        raise ValidationError(
            f"{operation}: request body is nested too deeply to encode", field="body", source="argument"
        ) from None


_QUERY_SCALARS = (str, int, float, bool)


T = TypeVar("T")


class Operation(NamedTuple, Generic[T]):
    """One API operation: everything needed to send it and read its answer (a table
    entry, rendered from the spec by the generator).

    ``T`` is what a call returns (the typed model of a 2xx answer); for a paginated
    operation, the type of one item of its pages.
    """

    operation_id: str
    http_method: str
    #: the spec's path template, e.g. ``/v1/runs/{runID}``
    path: str
    #: the documented success status
    status: int
    #: (argument, wire name), in path order
    path_params: tuple[tuple[str, str], ...] = ()
    #: wire name -> argument
    query: Mapping[str, str] = _NO_HEADERS
    #: (argument, header name)
    headers: tuple[tuple[str, str], ...] = ()
    #: decoder of the request body's model (required fields checked)
    body: _model.Decoder | None = None
    body_required: bool = False
    #: decoder of a 2xx JSON answer (None: no body)
    returns: _model.Decoder | None = None
    idempotency_key: bool = False
    paginated: bool = False
    deprecated: bool = False
    accept: str | None = None
    raw_body: bool = False
    #: where the client's ``project_id`` goes when the call gives none: "query", "body" or None
    project: str | None = None

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.http_method} {self.path}>"

    def build(
        self,
        args: dict[str, object],
        query: Mapping[str, object] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
        overrides: Overrides | None = None,
        project_id: str | None = None,
    ) -> RequestOptions:
        """Validate the call's arguments; return its :class:`RequestOptions`.

        ``project_id`` is the client's configured project: sent where the operation takes
        one (query parameter or body field) and the call gave none.
        """
        url = self.path
        for name, wire in self.path_params:
            # a value is percent-encoded whole (no braces left in it), so no later name matches
            url = url.replace("{" + wire + "}", self._path_value(name, args[name]))
        if query:
            self._merge_query(args, query)
        if project_id is not None and self.project == "query" and args.get("project_id") is None:
            args["project_id"] = project_id
        params = None
        if self.query:
            params = {
                wire: self._query_value(name, args[name])
                for wire, name in self.query.items()
                if args.get(name) is not None
            }
        headers: dict[str, str] = {}
        for name, wire in self.headers:
            value = args.get(name)
            if value is not None:
                headers[wire] = self._header_value(name, value)
        if self.idempotency_key and "Idempotency-Key" not in headers:
            # Created once per call, before any retry, so every attempt carries the same key.
            headers["Idempotency-Key"] = os.urandom(16).hex()
        if self.accept is not None:
            headers["Accept"] = self.accept
        if extra_headers:
            headers.update(extra_headers)
        body = args.get("body")
        json_body: object = None
        if body is not None:
            json_body = self._body(body, project_id if self.project == "body" else None)
        elif self.body_required:
            raise ValidationError(
                f"{self.operation_id}: a request body is required", field="body", source="argument"
            )
        return request_options(
            self.operation_id,
            self.http_method,
            url,
            params=params,
            headers=headers,
            json_body=json_body,
            timeout=timeout,
            max_retries=max_retries,
            overrides=overrides,
        )

    def _path_value(self, name: str, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value or value in (".", ".."):
            raise ValidationError(
                f"{self.operation_id}: path parameter {name} must be a non-empty id, got {value!r}",
                field=name,
                source="argument",
            )
        return quote(value, safe="")

    def _query_value(self, name: str, value: object) -> Any:
        if isinstance(value, _QUERY_SCALARS):
            return value
        if isinstance(value, list | tuple) and all(isinstance(v, _QUERY_SCALARS) for v in value):
            return list(value)
        try:
            wire = _model.to_wire(value)
        except TypeError:
            wire = None
        if isinstance(wire, str):  # a date or date-time
            return wire
        raise ValidationError(
            f"{self.operation_id}: query parameter {name} has the wrong type ({type(value).__name__})",
            field=name,
            source="argument",
        )

    def _header_value(self, name: str, value: object) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or any(ord(c) < 32 or ord(c) == 127 for c in value):
            # the value itself stays out of the message: headers may carry secrets
            raise ValidationError(
                f"{self.operation_id}: header parameter {name} must be a string without control characters",
                field=name,
                source="argument",
            )
        return value

    def _merge_query(self, args: dict[str, object], query: Mapping[str, object]) -> None:
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
            if args.get(name) is None and value is not None:
                args[name] = value

    def _body(self, body: object, project_id: str | None = None) -> object:
        """The JSON of a request body (a model, a mapping, or an object with ``to_dict``);
        ``project_id`` fills the body's ``project_id`` when it has none (or None)."""
        try:
            wire = _model.to_wire(body)
        except TypeError as exc:
            raise ValidationError(
                f"{self.operation_id}: request body is not JSON-serialisable: {exc}",
                field="body",
                source="argument",
            ) from None
        if project_id is not None and isinstance(wire, dict) and wire.get("project_id") is None:
            wire = {**wire, "project_id": project_id}
        model = self.body
        if isinstance(model, _model.Model) and isinstance(body, Mapping):
            # a mapping (a model too) is checked; an object with to_dict() is sent as it says
            if not isinstance(wire, dict):
                raise ValidationError(
                    f"{self.operation_id}: request body must be an object ({model.cls.__name__}), "
                    f"got {type(body).__name__}",
                    field="body",
                    source="argument",
                )
            for key in model.cls._required:
                if key not in wire:
                    # the server would refuse it: fail before anything is sent
                    raise ValidationError(
                        f"{self.operation_id}: request body is missing required field {key!r}",
                        field=f"body.{key}",
                        source="argument",
                    )
            if model.cls._closed:
                wire = _legacy_fields(self.operation_id, wire)
                _refuse_unknown_fields(self.operation_id, model.cls, wire)
        return wire

    def parse(self, response: httpx.Response, *, strict: bool = False) -> T:
        """The typed dict for a 2xx answer; the typed :class:`ApiError` otherwise.

        Lenient (default): the body is kept as sent and checked field by field when read.
        ``strict``: the whole body is checked against the spec now (:class:`DecodeError`).
        """
        # The one place where the decoded JSON becomes the operation's declared type.
        return cast(T, self._decode(response, strict))

    def parse_page(self, response: httpx.Response, *, strict: bool = False) -> Any:
        """A paginated operation's page (its ``data`` items are ``T``), as :meth:`parse`."""
        return self._decode(response, strict)

    def _decode(self, response: httpx.Response, strict: bool) -> object:
        status = response.status_code
        if not 200 <= status < 300:
            raise error_from_response(response, operation=self.operation_id, deprecated=self.deprecated)
        if self.raw_body:
            return _raw_body(response, self.operation_id)
        content = response.content
        decoder = self.returns
        if not content or content.isspace():
            return _empty(decoder)
        data = loads_body(response, content, self.operation_id)
        if decoder is None:
            return data
        if strict:
            _model.validate(decoder, data, self.operation_id)
        if type(decoder) is _model.Model:
            # the common case, inlined: one dict copy, nothing parsed until read
            cls = decoder._cls or decoder.cls
            if type(data) is dict:
                return cls._wrap(data)
        try:
            return _model.read(decoder, data, self.operation_id)
        except DecodeError as exc:
            exc.response = response
            raise


def _legacy_fields(operation: str, wire: dict[str, object]) -> dict[str, object]:
    """Two body fields strait-python 0.1.1 code sends that the server's closed schemas do
    not take, translated to what the server reads:

    * ``sdk-complete`` ``{"output": x}``: the run's result is ``result``
      (api/sdk_terminal.go:20-22);
    * ``approve-workflow-step`` ``{"approved": true}``: the route itself approves and reads
      no such field (api/workflow_runs.go:20, 375-380); ``false`` is refused, since
      sending it would approve.
    """
    if operation == "sdk-complete" and "output" in wire and "result" not in wire:
        wire = {("result" if k == "output" else k): v for k, v in wire.items()}
    elif operation == "approve-workflow-step" and "approved" in wire:
        if wire["approved"] is not True:
            raise ValidationError(
                f"{operation}: approve_step approves the step; there is no approved=false "
                "(to not run it, use workflow_runs.skip_step, or cancel the workflow run)",
                field="body.approved",
                source="argument",
            )
        wire = {k: v for k, v in wire.items() if k != "approved"}
    return wire


def _refuse_unknown_fields(
    operation: str, cls: type[_model.StraitObject], wire: Mapping[str, object]
) -> None:
    """A closed request schema (``additionalProperties: false``) takes only its own fields:
    the server drops or refuses the others, so a slip (``{"sku": ...}`` for
    ``{"payload": {"sku": ...}}``) fails here, before anything is sent."""
    known = {name for name, _ in cls._fields.values()}
    unknown = [key for key in wire if key not in known]
    if not unknown:
        return
    key = unknown[0]
    near = [name for name in known if _loose(name) == _loose(key)]
    if near:
        hint = f"did you mean {near[0]!r}?"
    elif "payload" in known and "payload" not in wire:
        inner = ", ".join(f'"{k}": ...' for k in unknown[:3]) + (", ..." if len(unknown) > 3 else "")
        hint = f'did you mean {{"payload": {{{inner}}}}}? (the job\'s input goes under "payload")'
    else:
        hint = f"it takes: {', '.join(sorted(known))}"
    names = ", ".join(repr(k) for k in unknown)
    raise ValidationError(
        f"{operation}: request body has no field {names} ({cls.__name__} allows no other fields); {hint}",
        field=f"body.{key}",
        source="argument",
    )


def _loose(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "").rstrip("s")


def _empty(decoder: _model.Decoder | None) -> object:
    """What an empty 2xx body reads as: the typed empty object (or list), else ``{}``."""
    if isinstance(decoder, _model.Model):
        return decoder.cls()
    if isinstance(decoder, _model.ListOf):
        return []
    return {}


def loads_body(response: httpx.Response, content: bytes, operation: str) -> object:
    """The JSON of a 2xx body, or :class:`DecodeError` (also when nested too deeply)."""
    try:
        return json.loads(content)
    except RecursionError:
        raise DecodeError(
            f"{operation}: the {response.status_code} response is nested too deeply to decode",
            response=response,
        ) from None
    except ValueError as exc:
        raise DecodeError(
            f"{operation}: the {response.status_code} response is not JSON ({exc})", response=response
        ) from None


def _raw_body(response: httpx.Response, operation: str) -> object:
    """An answer in the media type the caller asked for: JSON parsed, text as str, else bytes."""
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return loads_body(response, response.content, operation)
    if kind.startswith("text/") or kind in ("application/x-ndjson", "application/ndjson"):
        return response.text
    return response.content
