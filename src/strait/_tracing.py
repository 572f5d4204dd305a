"""OpenTelemetry tracing: every seam of the SDK calls this module once, nothing else.

- :func:`client_span` around the one place a client call is sent (``Client._send`` /
  ``AsyncClient._send``): a CLIENT span named ``{method} {route template}`` with the HTTP
  client semantic conventions' attributes, made current while the call is sent, whose
  W3C ``traceparent`` (and ``tracestate`` / ``baggage``) the request carries.
  :func:`resent` (called by the request flow on each resend) counts retries and redirects
  as ``http.request.resend_count``.
- :func:`dispatched` reads the trace headers of a dispatch (an HTTP dispatch's headers,
  a worker assignment's metadata); :func:`handler_span` runs a handler inside a SERVER
  (HTTP) or CONSUMER (worker) span continuing it, current until :meth:`HandlerSpan.end`.

Only the OpenTelemetry **API** is used: the global tracer provider and the global
propagator, so the application decides where spans go (strait never sets a provider or
an exporter). ``opentelemetry`` is imported on the first traced call, never at
``import strait``; when it is not installed (or ``tracing=False``) every function here
returns a shared no-op at the cost of a function call.

No credential reaches a span: names come from the operation's route template (never an
id), ``url.full`` goes through :func:`strait._redact.redact_url`, and errors are
recorded by type only (``error.type``), never by message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import httpx

from ._core import RequestOptions
from ._faults import request_url
from ._version import __version__

if TYPE_CHECKING:
    from contextvars import ContextVar

    from opentelemetry.context import Context
    from opentelemetry.trace import Span, Tracer, TracerProvider

__all__ = [
    "NO_SPAN",
    "NoSpan",
    "ClientSpan",
    "Dispatch",
    "HandlerSpan",
    "client_span",
    "dispatched",
    "handler_span",
    "resent",
]

_R = TypeVar("_R")

#: The trace headers a dispatch may carry (what Strait keeps from a trigger and sends on:
#: W3C trace context, Sentry's trace and baggage); the global propagator reads those it knows.
TRACE_HEADERS: Final = ("traceparent", "tracestate", "sentry-trace", "baggage")
#: The instrumentation scope (tracer name) of every strait span.
SCOPE: Final = "strait"


class _Api:
    """The OpenTelemetry API, once imported."""

    def __init__(self) -> None:
        # Imported on the first traced call, never at `import strait`: opentelemetry is an
        # optional dependency (strait-python[otel]).
        from opentelemetry import context, propagate, trace

        self.context = context
        self.propagate = propagate
        self.trace = trace
        self.kinds = {
            "client": trace.SpanKind.CLIENT,
            "server": trace.SpanKind.SERVER,
            "consumer": trace.SpanKind.CONSUMER,
            "internal": trace.SpanKind.INTERNAL,
        }
        self.error = trace.Status(trace.StatusCode.ERROR)
        self.no_provider = trace.ProxyTracerProvider
        self._provider: TracerProvider | None = None
        self._tracer: Tracer | None = None
        # get_tracer_provider() looks in os.environ on every call (1.3 us: all that a call
        # costs with tracing on and no provider). So the variable is read once, here (the
        # provider OTEL_PYTHON_TRACER_PROVIDER names is set now), and each call reads the
        # global that set_tracer_provider sets: a private name, pinned by
        # tests/test_tracing.py::test_the_global_provider_hook; get_tracer_provider without it.
        trace.get_tracer_provider()
        self.global_provider: Callable[[], TracerProvider | None] = trace.get_tracer_provider
        if hasattr(trace, "_TRACER_PROVIDER"):
            self.global_provider = lambda: trace._TRACER_PROVIDER

    def tracer(self) -> Tracer | None:
        """The strait tracer of the global provider (fetched again when the provider
        changes); None while no provider is configured (the API's no-op)."""
        provider = self.global_provider()
        if provider is None or isinstance(provider, self.no_provider):
            return None
        if provider is not self._provider:
            self._tracer = provider.get_tracer(SCOPE, __version__)
            self._provider = provider
        return self._tracer


#: [the API, or None when opentelemetry is not installed], once looked up
_loaded: list[_Api | None] = []


def _otel() -> _Api | None:
    """The OpenTelemetry API, or None when it is not installed (looked up once)."""
    if not _loaded:
        try:
            api: _Api | None = _Api()
        except ImportError:
            api = None
        _loaded.append(api)
    return _loaded[0]


def error_type(exc: BaseException) -> str:
    """``error.type`` of an exception: its class, fully qualified (strait's by the public name)."""
    cls = type(exc)
    module = "strait" if cls.__module__.startswith("strait.") else cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


class NoSpan:
    """What every function returns when tracing is off: does nothing, costs nothing."""

    __slots__ = ()

    def __enter__(self) -> NoSpan:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def done(self, response: _R) -> _R:
        return response

    def prepared(self, options: RequestOptions) -> RequestOptions:
        return options

    def fail(self, error: BaseException | str | None = None) -> None:
        return None

    def end(self) -> None:
        return None


NO_SPAN: Final = NoSpan()

# -- client calls ----------------------------------------------------------------------

#: The client span of the call being sent in this context (for :func:`resent`).
#: Made with the first recorded span (``contextvars`` is not loaded by ``import strait``).
_calls: list[ContextVar[ClientSpan | None]] = []


def _call() -> ContextVar[ClientSpan | None]:
    if not _calls:
        from contextvars import ContextVar  # on the first recorded span (import time)

        _calls.append(ContextVar("strait_trace_call", default=None))
    return _calls[0]


#: operation -> (span name, url.template, strait.operation); filled on first use
_names: dict[str, tuple[str, str | None, str]] = {}
#: base URL -> (server.address, server.port)
_servers: dict[str, tuple[str, int | None]] = {}


def _name(operation: str, method: str) -> tuple[str, str | None, str]:
    """Span name, route template and facade name of an operation id; a raw request
    (``do_request``: "GET /v1/..." with ids in it) is named by its method alone."""
    found = _names.get(operation)
    if found is None:
        # Not at `import strait`: the route table is only needed once tracing records.
        from ._generated.services._index import OPERATIONS, ROUTES

        route = ROUTES.get(operation)
        if route is not None:
            area, name = OPERATIONS.get(operation, ("", operation))
            found = (f"{route[0]} {route[1]}", route[1], f"{area}.{name}" if area else name)
        else:
            found = (method, None, "do_request")
        if route is not None:  # operation ids only: do_request's paths are not kept
            _names[operation] = found
    return found


def _server(base_url: str) -> tuple[str, int | None]:
    found = _servers.get(base_url)
    if found is None:
        url = httpx.URL(base_url)
        port = url.port or {"http": 80, "https": 443}.get(url.scheme)
        found = (url.host, port)
        if len(_servers) < 256:
            _servers[base_url] = found
    return found


def _carrier(api: _Api, ctx: Context, given: Mapping[str, str] | None) -> dict[str, str]:
    """``ctx``'s trace headers (the global propagator's) that the request does not set
    itself: a trace header the caller set explicitly is theirs to send."""
    carrier: dict[str, str] = {}
    api.propagate.inject(carrier, context=ctx)
    if carrier and given:
        own = {key.lower() for key in given}
        carrier = {k: v for k, v in carrier.items() if k.lower() not in own}
    return carrier


class ClientSpan:
    """The CLIENT span of one API call (see :func:`client_span`)."""

    __slots__ = ("_api", "_base_url", "_extra", "_options", "_tokens", "_tracer", "span")

    def __init__(self, api: _Api, options: RequestOptions, base_url: str, tracer: Tracer | None) -> None:
        self._api = api
        self._tracer = tracer
        self._options = options
        self._base_url = base_url
        self._extra: dict[str, str] = {}
        self._tokens: Any = None
        self.span: Any = None

    def __enter__(self) -> ClientSpan:
        api, options, tracer = self._api, self._options, self._tracer
        if tracer is None:
            # No provider: no span would be recorded; the caller's context (if any) is sent.
            current = api.context.get_current()
            if current:
                self._extra = _carrier(api, current, options.headers)
            return self
        method = options.method.upper()
        name, template, facade = _name(options.operation, method)
        span = tracer.start_span(name, kind=api.kinds["client"])
        self.span = span
        ctx = api.trace.set_span_in_context(span)
        self._extra = _carrier(api, ctx, options.headers)
        if span.is_recording():
            host, port = _server(self._base_url)
            attributes: dict[str, Any] = {
                "http.request.method": method,
                "server.address": host,
                "url.full": request_url(self._base_url, options.url, options.params),
                "strait.operation": facade,
            }
            if port is not None:
                attributes["server.port"] = port
            if template is not None:
                attributes["url.template"] = template
            span.set_attributes(attributes)
            self._tokens = (api.context.attach(ctx), _call().set(self))
        return self

    def prepared(self, options: RequestOptions) -> RequestOptions:
        """``options`` with the trace headers of this call added."""
        if not self._extra:
            return options
        return options._replace(headers={**(options.headers or {}), **self._extra})

    def done(self, response: _R) -> _R:
        """Record the answer's status (ERROR from 400 on); return ``response``."""
        span = self.span
        if span is not None and span.is_recording():
            status = response.status_code  # type: ignore[attr-defined]
            span.set_attribute("http.response.status_code", status)
            if status >= 400:
                span.set_attribute("error.type", str(status))
                span.set_status(self._api.error)
        return response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        span = self.span
        if span is None:
            return
        tokens, self._tokens = self._tokens, None
        if tokens is not None:
            _call().reset(tokens[1])
            self._api.context.detach(tokens[0])
        if exc is not None and span.is_recording():
            span.set_attribute("error.type", error_type(exc))
            span.set_status(self._api.error)
        span.end()

    def resent(self, count: int) -> None:
        self.span.set_attribute("http.request.resend_count", count)


def client_span(enabled: bool, options: RequestOptions, base_url: str) -> ClientSpan | NoSpan:
    """The span of one API call, as a context manager around sending it.

    ``options`` is the call's request (``RequestOptions.operation`` names the span).
    Inside, send ``span.prepared(options)`` (it carries the trace headers) and record the
    answer with ``span.done(response)``; an exception leaving the block marks the span
    ERROR with its ``error.type``.
    """
    if not enabled:
        return NO_SPAN
    api = _loaded[0] if _loaded else _otel()
    if api is None:
        return NO_SPAN
    tracer = api.tracer()
    if tracer is None and not api.context.get_current():
        return NO_SPAN  # no provider and no caller's context: nothing to record or send
    return ClientSpan(api, options, base_url, tracer)


def resent(count: int) -> None:
    """The call being sent in this context is sent again (the ``count``-th resend: a retry
    or a redirect): ``http.request.resend_count`` on its span."""
    call = _calls[0].get() if _calls else None
    if call is not None:
        call.resent(count)


# -- handlers ----------------------------------------------------------------------------


class Dispatch:
    """How a run reached this process: the trace headers it came with and the span kind
    of its handler ("server" for an HTTP dispatch, "consumer" for a worker assignment)."""

    __slots__ = ("carrier", "enabled", "job_slug", "kind")

    def __init__(
        self, carrier: dict[str, str], kind: str, job_slug: str | None = None, enabled: bool = True
    ) -> None:
        self.carrier = carrier
        self.kind = kind
        self.job_slug = job_slug
        self.enabled = enabled


def dispatched(
    headers: Mapping[str, str] | Iterable[tuple[str, str]] | None,
    kind: str,
    job_slug: str | None = None,
    *,
    enabled: bool = True,
) -> Dispatch:
    """The :class:`Dispatch` of a request's headers (any mapping or list of pairs, names in
    any case) or of an assignment's metadata. Only the trace headers are kept."""
    carrier: dict[str, str] = {}
    if headers:
        items = headers.items() if isinstance(headers, Mapping) else headers
        for key, value in items:
            lowered = str(key).lower()
            if lowered in TRACE_HEADERS and value:
                carrier[lowered] = str(value)
    return Dispatch(carrier, kind, job_slug, enabled)


class HandlerSpan:
    """The span a handler runs in (see :func:`handler_span`)."""

    __slots__ = ("_api", "_token", "span")

    def __init__(self, api: _Api, span: Span | None, token: object) -> None:
        self._api = api
        self.span = span
        self._token = token

    def fail(self, error: BaseException | str | None = None) -> None:
        """The run failed (the handler raised, or called ``ctx.fail``): status ERROR."""
        span = self.span
        if span is not None and span.is_recording():
            span.set_attribute(
                "error.type", error_type(error) if isinstance(error, BaseException) else "failed"
            )
            span.set_status(self._api.error)

    def end(self) -> None:
        """End the span and make the context current before :func:`handler_span` current again."""
        token, self._token = self._token, None
        if token is not None:
            self._api.context.detach(token)
            if self.span is not None:
                self.span.end()


def handler_span(
    dispatch: Dispatch | None, run_id: str, job_id: str | None, attempt: int | None
) -> HandlerSpan | NoSpan:
    """Start the span of one handler run and make it current (until ``.end()``).

    It continues ``dispatch``'s trace context when it carries one (same trace, the
    ``traceparent``'s span as parent, ``tracestate`` and baggage kept), else it is a child
    of the current span (a new trace when there is none). Attributes: ``strait.run.id``,
    ``strait.job.id``, ``strait.job.slug``, ``strait.run.attempt``.
    """
    if dispatch is not None and not dispatch.enabled:
        return NO_SPAN
    api = _loaded[0] if _loaded else _otel()
    if api is None:
        return NO_SPAN
    parent = None
    if dispatch is not None and dispatch.carrier:
        parent = api.propagate.extract(dispatch.carrier)
    tracer = api.tracer()
    if tracer is None:  # no provider: nothing is recorded, the dispatched context is current
        return NO_SPAN if parent is None else HandlerSpan(api, None, api.context.attach(parent))
    kind = dispatch.kind if dispatch is not None else "internal"
    slug = dispatch.job_slug if dispatch is not None else None
    attributes: dict[str, Any] = {"strait.run.id": run_id}
    if job_id:
        attributes["strait.job.id"] = job_id
    if slug:
        attributes["strait.job.slug"] = slug
    if attempt is not None:
        attributes["strait.run.attempt"] = attempt
    span = tracer.start_span(
        f"strait.run {slug}" if slug else "strait.run",
        context=parent,
        kind=api.kinds[kind],
        attributes=attributes,
    )
    token = api.context.attach(api.trace.set_span_in_context(span, parent))
    return HandlerSpan(api, span, token)
