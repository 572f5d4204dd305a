"""``Client`` and ``AsyncClient``: configuration, the httpx client they own, and sending.

Both inherit one attribute per API area (``client.jobs`` ...) from the generated
``SyncServices`` / ``AsyncServices``; ``runs``, ``event_triggers`` and ``projects`` are the
classes of :mod:`strait._facade` (generated operations plus hand-written behaviour).

One path per call: a service method, ``do_request`` and ``client.generated`` all end in
one :class:`~strait._core.RequestOptions` (built by :func:`~strait._core.request_options`,
the one place ``with_options`` defaults are merged), sent by the client's one driver under
the flow of :mod:`strait._retry` (auth, retries, redirects, middleware, errors). The sync
client's driver is httpx (:mod:`strait._transport`); the async client's is aiohttp
(:mod:`strait._aiohttp`, one pool for calls, streams and ``client.generated``), or an
injected ``httpx.AsyncClient``. Everything that is not I/O lives in :class:`_BaseClient`
and :mod:`strait._core`; the two classes below only send and close.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, NoReturn, Protocol, TypeVar, Unpack, overload

import httpx

from . import _tracing
from ._closing import AsyncClosing, Closing
from ._config import (
    AuthMode,
    AuthType,
    AuthTypeName,
    ClientConfig,
    file_config,
    headers_setting,
    max_retries_setting,
    redact,
    timeout_seconds_setting,
)
from ._core import (
    NOT_GIVEN,
    CallSettings,
    NotGiven,
    Operation,
    Overrides,
    RequestOptions,
    loads_body,
    request_options,
)
from ._errors import ValidationError, error_from_response
from ._faults import raise_transport_error, request_description
from ._generated.services import SERVICES as _SERVICES
from ._generated.services import AsyncServices, SyncServices
from ._pagination import AsyncPage, AsyncPaginator, SyncPage, with_cursor
from ._redact import describe_request, redact_url
from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp import AsyncPool
    from ._auth import RunTokenClaims
    from ._compat import ClientOptions
    from ._facade import AsyncEventTriggers, AsyncProjects, AsyncRuns, EventTriggers, Projects, Runs
    from ._generated.client import AuthenticatedClient
    from ._retry import Middleware, RequestContext, RetryPolicy
    from ._transport import ClientKwargs, PoolSettings, SyncPool

    #: middleware given as a dict: hook name (``on_request``...) -> the hook
    HookTable = Mapping[str, Callable[[RequestContext], object] | None]

    _P_co = TypeVar("_P_co", covariant=True)

    class _Pool(Protocol[_P_co]):
        """What the client reads of its pool (:class:`SyncPool`, :class:`AsyncPool`)."""

        @property
        def http(self) -> _P_co: ...

        @property
        def closed(self) -> bool: ...


__all__ = ["AsyncClient", "Client"]

_Self = TypeVar("_Self", bound="_BaseClient[httpx.Client] | _BaseClient[httpx.AsyncClient]")
T = TypeVar("T")
_H = TypeVar("_H", httpx.Client, httpx.AsyncClient)
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


class _BaseClient(Generic[_H]):
    """Configuration and everything both clients do the same way.

    The constructor below is the one parameter list of both clients (they inherit it,
    so ``help(Client)`` and ``inspect.signature(Client)`` show it); each client only
    adds how it opens its connection pool (:meth:`_open`).
    """

    _conn: _Pool[_H]

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        run_token: str | None = None,
        auth_type: AuthTypeName | AuthType | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        middleware: Sequence[Middleware | HookTable] = (),
        http_client: _H | None = None,
        headers: Mapping[str, str] | None = None,
        project_id: str | None = None,
        strict: bool | None = None,
        config: ClientConfig | None = None,
        bearer_token: str | None = None,
        auth: AuthMode | None = None,
        timeout_ms: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry: RetryPolicy | NotGiven | None = NOT_GIVEN,
        tracing: bool = True,
    ) -> None:
        """Configure the client; each setting may instead come from ``STRAIT_*`` or strait.json.

        Args:
            base_url: server URL (else ``STRAIT_BASE_URL``); a trailing ``/v1`` is removed.
            api_key: API key (else ``STRAIT_API_KEY``); a pasted ``Bearer `` prefix is removed.
            run_token: a run token, inside a job (else ``STRAIT_RUN_TOKEN``).
            auth_type: ``"apiKey"`` (default), ``"bearer"`` or ``"runToken"`` (else ``STRAIT_AUTH_TYPE``).
            timeout: seconds (float) or an ``httpx.Timeout``; None for none (else
                ``STRAIT_TIMEOUT_MS``; default 30 s).
            max_retries: retries of failed safe requests (default 2, 0 disables).
            middleware: :class:`Middleware` hooks around every attempt (or dicts of
                ``on_request`` / ``on_response`` / ``on_error``, as Strait's docs write them).
            http_client: your own ``httpx.Client`` / ``httpx.AsyncClient``; not closed by us.
            headers: extra headers for every request.
            project_id: the default project of operations that take one (else ``STRAIT_PROJECT``).
            strict: validate every response eagerly (else ``STRAIT_STRICT``; default False).
            config: a resolved :class:`ClientConfig` (``strait.config_from_file()``) instead of
                the settings above.
            bearer_token: strait-python 0.1.1's ``api_key`` with ``auth_type="bearer"``.
            auth: strait-python 0.1.1's ``AuthMode(type=AuthType.…, token=…)``; wins over the
                other credential keywords.
            timeout_ms: the timeout in milliseconds (instead of ``timeout``).
            default_headers: strait-python 0.1.1's name for ``headers``.
            retry: a :class:`strait.RetryPolicy` (either field set), or None to disable retries.
            tracing: OpenTelemetry spans and trace headers for every call, when
                ``opentelemetry-api`` is installed (README "Tracing"); False turns them off.

        Raises:
            ValidationError: a missing or malformed setting, naming it and its source.
        """
        # What a client is made of is loaded with the first one, not by `import strait`:
        from ._auth import decode_run_token  # a run token's claims (import time)
        from ._compat import client_settings  # the 0.1.1 keywords' translation (import time)

        config, explicit_timeout, self._policy = client_settings(
            base_url=base_url,
            api_key=api_key,
            run_token=run_token,
            auth_type=auth_type,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            project_id=project_id,
            strict=strict,
            config=config,
            bearer_token=bearer_token,
            auth=auth,
            timeout_ms=timeout_ms,
            default_headers=default_headers,
            retry=retry,
        )
        self.config = config
        self._strict = config.strict
        # A run token is checked (and its claims read) up front; the credential itself is
        # one default header of the driver (see _client_kwargs).
        self._claims: RunTokenClaims | None = (
            decode_run_token(config.token) if config.auth_type == "runToken" else None
        )
        self._middleware = tuple(_middleware(item) for item in middleware)
        self._headers = {
            "User-Agent": f"strait-python/{__version__}",
            "Accept": "application/json",
            **config.headers,
        }
        if not isinstance(explicit_timeout, NotGiven):
            self._timeout: httpx.Timeout | None = explicit_timeout
        elif (
            "timeout_ms" not in config.sources
            and http_client is not None
            and isinstance(getattr(http_client, "timeout", None), httpx.Timeout)
        ):
            self._timeout = http_client.timeout  # an injected client's timeout is the default
        else:
            self._timeout = httpx.Timeout(config.timeout, connect=min(5.0, config.timeout))
        self._user_http: _H | None = http_client
        self._tracing = bool(tracing)
        self._generated: AuthenticatedClient | None = None
        self._overrides: Overrides | None = None
        self._open(http_client)

    def _open(self, http_client: _H | None) -> None:
        raise NotImplementedError

    @property
    def project_id(self) -> str | None:
        return self.config.project_id

    @property
    def _config(self) -> ClientConfig:
        """strait-python 0.1.1 kept its settings here (``client._config.auth.token``)."""
        return self.config

    @property
    def base_url(self) -> str:
        return self.config.base_url

    @property
    def run_token_claims(self) -> RunTokenClaims | None:
        """The decoded claims when this client authenticates with a run token."""
        return self._claims

    def __repr__(self) -> str:
        """The settings this client really uses (``with_options`` and an ``httpx.Timeout``
        included); never the credential."""
        c: ClientConfig = self.config
        over: Overrides | None = self._overrides
        timeout: Any = self._timeout
        if over is not None and not isinstance(over.timeout, NotGiven):
            timeout = over.timeout
        retries = self._policy.max_retries
        if over is not None and not isinstance(over.max_retries, NotGiven):
            retries = over.max_retries
        if isinstance(timeout, httpx.Timeout):
            parts = {
                "connect": timeout.connect,
                "read": timeout.read,
                "write": timeout.write,
                "pool": timeout.pool,
            }
            values = set(parts.values())
            shown = (
                repr(values.pop()) if len(values) == 1 else ", ".join(f"{k}={v!r}" for k, v in parts.items())
            )
            timeout_text = f"Timeout({shown})"
        else:
            timeout_text = repr(timeout)
        headers: list[str] = sorted([*c.headers, *(over.headers if over is not None else ())])
        return (
            f"{type(self).__name__}(base_url={redact_url(c.base_url)!r}, auth_type={c.auth_type!r}, "
            f"token={redact(c.token)}, timeout={timeout_text}, max_retries={retries}, "
            f"project_id={c.project_id!r}, strict={c.strict}"
            + (f", headers={headers!r}" if headers else "")
            + ")"
        )

    def _client_kwargs(self) -> ClientKwargs:
        return {
            "base_url": self.config.base_url,
            # The credential is one default header on every driver (httpx and aiohttp
            # alike): set once here, masked by httpx's Headers repr, never per request.
            "headers": {**self._headers, "Authorization": f"Bearer {self.config.token}"},
            "timeout": self._timeout,
            # Redirects are the request flow's (strait._retry): same origin, never a
            # changed method.
            "follow_redirects": False,
        }

    def _prepare(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> RequestOptions:
        """The :class:`RequestOptions` of one service call."""
        query, timeout, max_retries, extra_headers = call
        if extra_headers:
            headers_setting(extra_headers, "argument")
        return op.build(
            args, query, timeout, max_retries, extra_headers, self._overrides, self.config.project_id
        )

    def _raise_for(self, request: httpx.Request, exc: Exception) -> NoReturn:
        """:meth:`_raise` for a request already built (``client.generated``)."""
        raise_transport_error(
            _request_operation(request),
            exc,
            closed=self._is_closed(),
            secret=self.config.token,
            request=describe_request(request.method, request.url),
        )

    def _raise(self, exc: Exception, closed: bool, options: RequestOptions) -> NoReturn:
        raise_transport_error(
            options.operation,
            exc,
            closed=closed,
            secret=self.config.token,
            request=request_description(self.config.base_url, options.method, options.url, options.params),
        )

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client, over this client's connection pool, auth, headers, retries,
        middleware and typed errors.

        For anything the service methods do not cover::

            from strait._generated.api.runs import get_run
            get_run.sync_detailed("run_1", client=client.generated)        # Client
            await get_run.asyncio_detailed("run_1", client=aclient.generated)  # AsyncClient

        A non-2xx answer raises its :class:`ApiError` subclass and a failed send a
        :class:`TransportError` (never ``None`` or an ``ErrorResponse``). A ``Client``'s
        serves the generated ``sync*`` functions only and an ``AsyncClient``'s the
        ``asyncio*`` ones: the other half raises :class:`ValidationError` saying so.
        """
        if self._generated is None:
            self._generated = _generated_client(self)
        return self._generated

    @classmethod
    def from_env(cls: type[_Self], **overrides: Unpack[ClientOptions]) -> _Self:
        """A client from ``STRAIT_BASE_URL``, ``STRAIT_API_KEY`` (or ``STRAIT_RUN_TOKEN``),
        ``STRAIT_AUTH_TYPE``, ``STRAIT_TIMEOUT_MS``, ``STRAIT_PROJECT`` and
        ``STRAIT_STRICT``; keyword arguments (any of the constructor's) win."""
        return cls(**overrides)

    @classmethod
    def from_file(
        cls: type[_Self],
        path: str | os.PathLike[str] | None = None,
        search_dir: str | os.PathLike[str] | None = None,
        **overrides: Unpack[ClientOptions],
    ) -> _Self:
        """A client from ``strait.json`` (``path``, else in ``search_dir`` or the working
        directory; no upward search). Environment variables override the file, keyword
        arguments override both; the API key always comes from the environment (or
        ``api_key=``).

        Raises:
            ConfigFileNotFoundError: no such file (also a ``FileNotFoundError``).
        """
        return cls(**overrides, config=file_config(path, search_dir))

    def _raw_request(
        self,
        method: str,
        path: str,
        query: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        body: object,
    ) -> RequestOptions:
        """The :class:`RequestOptions` of :meth:`Client.do_request` (auth, retries,
        middleware and ``with_options`` defaults come from the client, as for every call)."""
        if not isinstance(path, str) or not path.startswith("/"):
            raise ValidationError(f"path must start with '/', got {path!r}", field="path", source="argument")
        if not isinstance(method, str) or not method.isalpha():
            raise ValidationError(f"method must be an HTTP method, got {method!r}", field="method")
        method = method.upper()
        params: Mapping[str, object] | None = (
            {k: v for k, v in query.items() if v is not None} if query else None
        )
        path, _, written = path.partition("?")
        if written:  # a query written in the path is kept; query= merged into it wins
            params = httpx.QueryParams(written).merge(params)  # type: ignore[arg-type]
        return request_options(
            f"{method} {path}",
            method,
            path,
            params=params,
            headers=headers_setting(headers, "argument", "headers") if headers else None,
            json_body=body,
            overrides=self._overrides,
        )

    def do_request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        body: object = None,
    ) -> Any:
        """Send ``method path`` (e.g. ``"GET", "/v1/jobs"``) with this client's auth,
        retries and middleware; return the answer's JSON (``{}`` for an empty body), to be
        awaited on :class:`AsyncClient`.

        For routes the service methods do not cover. As everywhere, a POST or PATCH is
        retried only with an ``Idempotency-Key`` header.

        Raises:
            ApiError: a non-2xx answer (its typed subclass).
            DecodeError: a 2xx answer that is not JSON.
            TransportError: no answer.
        """
        return self._raw_call(self._raw_request(method, path, query, headers, body))

    def _raw_call(self, options: RequestOptions) -> object:
        raise NotImplementedError

    def with_options(
        self: _Self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> _Self:
        """A copy with other defaults, sharing this client's connection pool."""
        return _copy_with(self, timeout, max_retries, headers)

    @staticmethod
    def _raw_result(operation: str, response: httpx.Response) -> object:
        """The JSON of a 2xx answer (``{}`` when empty); the typed error otherwise."""
        if not 200 <= response.status_code < 300:
            raise error_from_response(response, operation=operation)
        if not response.content:
            return {}
        return loads_body(response, response.content, operation)

    @property
    def _http(self) -> _H:
        """The httpx client: every sync call; streams and ``client.generated`` of both
        clients; every async call with ``http_client=``."""
        return self._conn.http

    def _is_closed(self) -> bool:
        return self._conn.closed

    def _pool_settings(self) -> PoolSettings:
        """What either client's pool is built from."""
        return {
            "client_kwargs": self._client_kwargs(),
            "policy": self._policy,
            "middleware": self._middleware,
            "limits": _LIMITS,
        }

    def _check_open(self) -> None:
        if self._is_closed():
            raise ValidationError(
                "this client is closed; create a new one", field="client", source="argument"
            )


def _request_operation(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


class _GeneratedTransport(httpx.BaseTransport):
    """``client.generated``'s transport: the client's own (pool, retries, middleware), with a
    failed send or a non-2xx answer raised as the facade's typed error. Closing it leaves
    the pool open: the pool is the client's."""

    def __init__(self, inner: httpx.BaseTransport, owner: AnyClient) -> None:
        self._inner = inner
        self._owner = owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self._inner.handle_request(request)
        except Exception as exc:
            self._owner._raise_for(request, exc)
        if response.status_code >= 400:
            response.read()
            response.request = request
            raise error_from_response(response, operation=_request_operation(request))
        return response


class _AsyncGeneratedTransport(httpx.AsyncBaseTransport):
    """The async :class:`_GeneratedTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, owner: AnyClient) -> None:
        self._inner = inner
        self._owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except Exception as exc:
            self._owner._raise_for(request, exc)
        if response.status_code >= 400:
            await response.aread()
            response.request = request
            raise error_from_response(response, operation=_request_operation(request))
        return response


def _generated_client(client: AnyClient) -> AuthenticatedClient:
    """``client.generated``: the generated client over ``client``'s transport (see there)."""
    from ._generated.client import AuthenticatedClient  # on first use of client.generated (import time)
    from ._transport import AsyncHttp, SyncHttp  # loaded by the client's pool already (import time)

    is_async = isinstance(client, AsyncClient)
    mine, other = ("AsyncClient", "Client") if is_async else ("Client", "AsyncClient")
    half, other_half = ("asyncio", "sync") if is_async else ("sync", "asyncio")
    refusal = (
        f"client.generated of a strait.{mine} serves the generated {half}*() functions only; "
        f"for the {other_half}*() ones use a strait.{other}(...).generated"
    )

    class _Generated(AuthenticatedClient):
        """The generated client bound to one strait client (the credential stays there)."""

        def get_httpx_client(self) -> httpx.Client:
            if self._client is None:
                raise ValidationError(refusal, field="client", source="argument")
            return self._client

        def get_async_httpx_client(self) -> httpx.AsyncClient:
            if self._async_client is None:
                raise ValidationError(refusal, field="client", source="argument")
            return self._async_client

    kwargs = client._client_kwargs()
    if client._overrides is not None:  # with_options defaults, merged as for every call
        timeout, _, headers = client._overrides.merged(NOT_GIVEN, NOT_GIVEN, None)
        kwargs["headers"] = {**kwargs["headers"], **(headers or {})}
        if not isinstance(timeout, NotGiven):
            kwargs["timeout"] = timeout
    # The token field is a placeholder never sent: auth is done by the httpx client below.
    gen = _Generated(base_url=client.config.base_url, token="<managed by strait>")
    if isinstance(client, AsyncClient):
        inner = client._conn.transport
        gen.set_async_httpx_client(AsyncHttp(transport=_AsyncGeneratedTransport(inner, client), **kwargs))
    elif isinstance(client, Client):
        inner_sync = client._conn.transport
        gen.set_httpx_client(SyncHttp(transport=_GeneratedTransport(inner_sync, client), **kwargs))
    return gen


_A = TypeVar("_A")


class _Facade(Generic[_A]):
    """A client attribute holding one API area of :mod:`strait._facade` (the generated
    class with its hand-written behaviour), made on first read and kept, like the
    generated ``cached_property`` of every other area."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    @overload
    def __get__(self, obj: None, owner: type) -> _Facade[_A]: ...

    @overload
    def __get__(self, obj: AnyClient, owner: type) -> _A: ...

    def __get__(self, obj: AnyClient | None, owner: type) -> _Facade[_A] | _A:
        if obj is None:
            return self
        from . import _facade  # on first read, as every service module (import time)

        area: _A = getattr(_facade, self._name)(obj)
        obj.__dict__[self._attr] = area
        return area


def _check_http_client(owner: str, given: object, kind: type, hint: str = "") -> None:
    """``http_client=`` must be the client's own kind of httpx client (or None)."""
    if given is not None and not isinstance(given, kind):
        raise ValidationError(
            f"{owner} needs an httpx.{kind.__name__}{hint}", field="http_client", source="argument"
        )


_HOOKS = ("on_request", "on_response", "on_error")


def _middleware(item: Middleware | HookTable) -> Middleware:
    from ._retry import Middleware  # the request flow, loaded with the first client (import time)

    if isinstance(item, Middleware):
        return item
    if (
        isinstance(item, Mapping)
        and set(item) <= set(_HOOKS)
        and all(value is None or callable(value) for value in item.values())
    ):
        return Middleware(**item)
    raise ValidationError(
        "middleware items must be strait.Middleware or a dict of callables under "
        f"{', '.join(_HOOKS)}; got {type(item).__name__}",
        field="middleware",
        source="argument",
    )


#: either client, as code shared by both sees it
AnyClient = _BaseClient[httpx.Client] | _BaseClient[httpx.AsyncClient]


class Client(Closing, _BaseClient[httpx.Client], SyncServices):
    """Synchronous Strait client.

    ::

        from strait import Client

        with Client.from_env() as client:
            run = client.jobs.trigger(job_id, {"payload": {"sku": "ABC-123"}})
            print(client.runs.get(run["id"])["status"])

    The constructor's keywords (shared with :class:`AsyncClient`) are documented on
    ``Client.__init__``; every setting is checked at construction and a bad one raises
    :class:`ValidationError` naming it and where it came from.
    """

    # The three API areas with hand-written behaviour, composed over their generated classes.
    runs: _Facade[Runs] = _Facade("Runs")
    event_triggers: _Facade[EventTriggers] = _Facade("EventTriggers")
    projects: _Facade[Projects] = _Facade("Projects")

    def _open(self, http_client: httpx.Client | None) -> None:
        _check_http_client("Client", http_client, httpx.Client, " (use AsyncClient for httpx.AsyncClient)")
        from ._transport import SyncPool  # the sync driver, with the first Client (import time)

        self._conn: SyncPool = SyncPool(http_client, self._pool_settings())

    def _set_retry_sleep(self, sleep: Callable[[float], object]) -> None:
        """Replace the wait between retries (tests)."""
        self._conn.set_sleep(sleep)

    def _request(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> T:
        return op.parse(self._send(self._prepare(op, args, call)), strict=self._strict)

    def _send(self, options: RequestOptions) -> httpx.Response:
        """Send one request through the client's httpx client (and its retry flow), in
        the call's span when tracing (strait._tracing)."""
        conn = self._conn
        with _tracing.client_span(self._tracing, options, self.config.base_url) as span:
            try:
                return span.done(conn.send(span.prepared(options)))
            except Exception as exc:
                self._raise(exc, conn.closed, options)

    def _paginate(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> SyncPage[T]:
        def fetch(cursor: str | None) -> SyncPage[T]:
            page = op.parse_page(
                self._send(self._prepare(op, with_cursor(args, cursor), call)), strict=self._strict
            )
            return SyncPage(page, fetch, op.operation_id)

        return fetch(None)

    def _raw_call(self, options: RequestOptions) -> object:
        return self._raw_result(options.operation, self._send(options))

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` stays open)."""
        self._conn.close()


class AsyncClient(AsyncClosing, _BaseClient[httpx.AsyncClient], AsyncServices):
    """Asynchronous Strait client; the same configuration and methods as :class:`Client`.

    ::

        async with AsyncClient.from_env() as client:
            async for run in client.runs.list(limit=100):
                print(run["id"])

    By default calls go over aiohttp, driven directly (:mod:`strait._aiohttp`), which
    sustains many times the request rate of httpx's own async pool; live streams and
    ``client.generated`` use an httpx client made on first use. With
    ``http_client=httpx.AsyncClient(...)`` everything goes through that client.
    """

    runs: _Facade[AsyncRuns] = _Facade("AsyncRuns")
    event_triggers: _Facade[AsyncEventTriggers] = _Facade("AsyncEventTriggers")
    projects: _Facade[AsyncProjects] = _Facade("AsyncProjects")

    def _open(self, http_client: httpx.AsyncClient | None) -> None:
        _check_http_client("AsyncClient", http_client, httpx.AsyncClient)
        from ._aiohttp import AsyncPool  # loads asyncio and aiohttp with the first AsyncClient (import time)

        self._conn: AsyncPool = AsyncPool(http_client, self._pool_settings())

    def _set_retry_sleep(self, sleep: Callable[[float], Awaitable[object]]) -> None:
        """Replace the wait between retries (tests)."""
        self._conn.set_sleep(sleep)

    async def _request(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> T:
        return op.parse(await self._send(self._prepare(op, args, call)), strict=self._strict)

    async def _send(self, options: RequestOptions) -> httpx.Response:
        """Send one request through the client's pool (and its retry flow)."""
        conn = self._conn
        with _tracing.client_span(self._tracing, options, self.config.base_url) as span:
            try:
                return span.done(await conn.send(span.prepared(options)))
            except Exception as exc:
                self._raise(exc, conn.closed, options)

    def _paginate(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> AsyncPaginator[T]:
        async def fetch(cursor: str | None) -> AsyncPage[T]:
            options = self._prepare(op, with_cursor(args, cursor), call)
            return AsyncPage(
                op.parse_page(await self._send(options), strict=self._strict), fetch, op.operation_id
            )

        first: Callable[[], Awaitable[AsyncPage[T]]] = lambda: fetch(None)  # noqa: E731
        return AsyncPaginator(first)

    async def _raw_call(self, options: RequestOptions) -> object:
        return self._raw_result(options.operation, await self._send(options))

    async def aclose(self) -> None:
        """Close the connection pool (an injected ``http_client`` stays open)."""
        await self._conn.aclose()


def _copy_with(
    client: _Self,
    timeout: float | httpx.Timeout | NotGiven | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
) -> _Self:
    """Shallow copy sharing the pool and auth; its defaults apply to each request.

    The values are checked by the same rules as the constructor's.
    """
    source = "argument (with_options)"
    if timeout is not None and not isinstance(timeout, NotGiven | httpx.Timeout):
        timeout = timeout_seconds_setting(timeout, source) / 1000.0
    if max_retries is not None:
        max_retries = max_retries_setting(max_retries, source)
    if headers is not None:
        headers = headers_setting(headers, source)
    clone = copy.copy(client)
    for name in _SERVICES:  # cached service objects are bound to the original client
        clone.__dict__.pop(name, None)
    clone._generated = None
    base = client._overrides
    clone._overrides = Overrides(
        timeout=timeout if not isinstance(timeout, NotGiven) else (base.timeout if base else NOT_GIVEN),
        max_retries=max_retries if max_retries is not None else (base.max_retries if base else NOT_GIVEN),
        headers={**(base.headers if base else {}), **(headers or {})},
    )
    return clone
