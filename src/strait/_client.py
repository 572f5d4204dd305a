"""``Client`` and ``AsyncClient``: configuration, the httpx client they own, and sending.

Both inherit one attribute per API area (``client.jobs``, ``client.runs`` ...) from
the generated ``SyncServices`` / ``AsyncServices``. Everything that is not I/O lives
in :class:`_BaseClient`, :mod:`strait._core` and :mod:`strait._transport`; the two
classes below only send and close.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import httpx

from ._auth import BearerAuth, RunTokenAuth, RunTokenClaims
from ._config import ClientConfig, find_config_file, read_config_file, resolve_config
from ._core import NOT_GIVEN, NotGiven, Operation, Overrides, TimeoutTypes
from ._errors import TransportError, ValidationError
from ._generated.services import SERVICES as _SERVICES
from ._generated.services import AsyncServices, SyncServices
from ._pagination import AsyncPage, AsyncPaginator, SyncPage, with_cursor
from ._retry import RetryPolicy
from ._transport import AsyncClientTransport, AsyncRetryTransport, ClientTransport, Middleware, RetryTransport
from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp import AiohttpDriver
    from ._generated.client import AuthenticatedClient

__all__ = ["AsyncClient", "Client"]

_Self = TypeVar("_Self", bound="_BaseClient")
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)


class _BaseClient:
    """Configuration and everything both clients do the same way."""

    _http: Any

    def __init__(
        self,
        *,
        base_url: str | None = None,
        api_key: str | None = None,
        run_token: str | None = None,
        auth_type: str | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        middleware: Sequence[Middleware] = (),
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        project_id: str | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        timeout_ms = None
        if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
            timeout_ms = float(timeout) * 1000.0
        if config is None:
            config = resolve_config(
                base_url=base_url,
                api_key=api_key,
                run_token=run_token,
                auth_type=auth_type,
                timeout_ms=timeout_ms,
                max_retries=max_retries,
                project_id=project_id,
            )
        self.config = config
        self.project_id = config.project_id
        self._auth: BearerAuth = (
            RunTokenAuth(config.token) if config.auth_type == "runToken" else BearerAuth(config.token)
        )
        self._middleware = tuple(middleware)
        for mw in self._middleware:
            if not isinstance(mw, Middleware):
                raise ValidationError(
                    f"middleware items must be strait.Middleware, got {type(mw).__name__}",
                    field="middleware",
                    source="argument",
                )
        self._policy = RetryPolicy(max_retries=config.max_retries)
        if headers:
            from ._faults import check_header_values

            check_header_values(headers, "headers")
        self._headers = {
            "User-Agent": f"strait-python/{__version__}",
            "Accept": "application/json",
            **(headers or {}),
        }
        if isinstance(timeout, httpx.Timeout) or timeout is None:
            self._timeout: httpx.Timeout | None = timeout
        elif (
            timeout_ms is None and http_client is not None and isinstance(http_client.timeout, httpx.Timeout)
        ):
            self._timeout = http_client.timeout  # an injected client's timeout is the default
        else:
            self._timeout = httpx.Timeout(config.timeout, connect=min(5.0, config.timeout))
        self._user_http = http_client
        self._generated: AuthenticatedClient | None = None
        self._overrides: Overrides | None = None

    @property
    def base_url(self) -> str:
        return self.config.base_url

    @property
    def run_token_claims(self) -> RunTokenClaims | None:
        """The decoded claims when this client authenticates with a run token."""
        return self._auth.claims if isinstance(self._auth, RunTokenAuth) else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.config!r})"

    def _client_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.config.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "timeout": self._timeout,
            # Redirects are the request flow's (strait._transport): same origin, never a
            # changed method.
            "follow_redirects": False,
        }

    def _prepare(
        self,
        op: Operation,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> dict[str, Any]:
        """The request of one call, as ``httpx.Client.request`` keyword arguments, its
        JSON body already encoded (the same bytes on every driver)."""
        if extra_headers:
            from ._faults import check_header_values

            check_header_values(extra_headers, op.operation_id)
        kwargs = op.build(args, query, timeout, max_retries, extra_headers, self._overrides)
        if "json" in kwargs:
            from ._faults import encode_json_body  # here, not at `import strait`

            kwargs["content"] = encode_json_body(op.operation_id, kwargs.pop("json"))
            kwargs["headers"] = {**kwargs.get("headers", {}), "Content-Type": "application/json"}
        return kwargs

    def _raise(self, op: Operation, exc: Exception, closed: bool) -> NoReturn:
        from ._faults import raise_transport_error

        raise_transport_error(op.operation_id, exc, closed=closed, secret=self.config.token)

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client, sharing this client's connection pool, auth and retries.

        For anything the service methods do not cover::

            from strait._generated.api.runs import get_run
            get_run.sync_detailed("run_1", client=client.generated)
        """
        if self._generated is None:
            from ._generated.client import AuthenticatedClient

            # The token field stays a placeholder: auth is done by this client's httpx
            # client (set below), so the secret is not copied into another object.
            gen = AuthenticatedClient(
                base_url=self.config.base_url, token="<managed by strait>", raise_on_unexpected_status=False
            )
            http = self._http
            if isinstance(http, httpx.AsyncClient):
                gen.set_async_httpx_client(http)
            else:
                gen.set_httpx_client(http)
            self._generated = gen
        return self._generated

    @classmethod
    def from_env(cls: type[_Self], **overrides: Any) -> _Self:
        """A client from ``STRAIT_BASE_URL``, ``STRAIT_API_KEY`` (or ``STRAIT_RUN_TOKEN``),
        ``STRAIT_AUTH_TYPE``, ``STRAIT_TIMEOUT_MS`` and ``STRAIT_PROJECT``."""
        return cls(**overrides)

    @classmethod
    def from_file(
        cls: type[_Self],
        path: str | os.PathLike[str] | None = None,
        search_dir: str | os.PathLike[str] | None = None,
        **overrides: Any,
    ) -> _Self:
        """A client from ``strait.json`` (``path``, else in ``search_dir`` or the working
        directory; no upward search). Environment variables override the file; the API
        key always comes from the environment (or ``api_key=``)."""
        file = find_config_file(path, search_dir)
        settings = read_config_file(file)
        config_args = {k: overrides.pop(k) for k in list(overrides) if k in _CONFIG_ARGS}
        timeout = overrides.get("timeout")
        if isinstance(timeout, (int, float)) and not isinstance(timeout, bool):
            config_args["timeout_ms"] = float(timeout) * 1000.0
        config = resolve_config(file_settings=settings, file_source=str(file), **config_args)
        return cls(config=config, **overrides)

    def _is_closed(self) -> bool:
        return bool(self._http.is_closed)

    def _set_retry_sleep(self, sleep: Callable[[float], Any]) -> None:
        """Replace the wait between retries (tests)."""
        self._http._transport._sleep = sleep

    def _check_open(self) -> None:
        if self._is_closed():
            raise ValidationError(
                "this client is closed; create a new one", field="client", source="argument"
            )


_CONFIG_ARGS = {"base_url", "api_key", "run_token", "auth_type", "max_retries", "project_id"}


class Client(_BaseClient, SyncServices):
    """Synchronous Strait client.

    ::

        from strait import Client

        with Client.from_env() as client:
            run = client.jobs.trigger(job_id, {"payload": {"sku": "ABC-123"}})
            print(client.runs.get(run["id"])["status"])

    Args:
        base_url: server URL (else ``STRAIT_BASE_URL``).
        api_key: API key (else ``STRAIT_API_KEY``); or ``run_token=`` inside a job.
        auth_type: ``"apiKey"`` (default), ``"bearer"`` or ``"runToken"``.
        timeout: seconds (float) or an ``httpx.Timeout``; default 30 s.
        max_retries: retries of failed safe requests (default 2, 0 disables).
        middleware: :class:`Middleware` hooks around every attempt.
        http_client: your own ``httpx.Client`` (pool, proxies, TLS); not closed by us.
        headers: extra headers for every request.

    Raises:
        ValidationError: missing or malformed configuration.
    """

    _http: httpx.Client

    def __init__(self, **kwargs: Any) -> None:
        http_client = kwargs.get("http_client")
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ValidationError(
                "Client needs an httpx.Client (use AsyncClient for httpx.AsyncClient)",
                field="http_client",
                source="argument",
            )
        super().__init__(**kwargs)
        inner: httpx.BaseTransport = (
            ClientTransport(http_client) if http_client is not None else httpx.HTTPTransport(limits=_LIMITS)
        )
        from ._http import SyncHttp

        self._http = SyncHttp(
            transport=RetryTransport(inner, self._policy, self._middleware), **self._client_kwargs()
        )

    def _request(
        self,
        op: Operation,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> Any:
        kwargs = self._prepare(op, args, query, timeout, max_retries, extra_headers)
        try:
            response = self._http.request(**kwargs)
        except Exception as exc:
            self._raise(op, exc, self._http.is_closed)
        return op.parse(response)

    def _paginate(
        self,
        op: Operation,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> SyncPage[Any]:
        def fetch(cursor: str | None) -> SyncPage[Any]:
            model = self._request(op, with_cursor(args, cursor), query, timeout, max_retries, extra_headers)
            return SyncPage(model, fetch)

        return fetch(None)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy with other defaults, sharing this client's connection pool."""
        return _copy_with(self, timeout, max_retries, headers)

    def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` stays open)."""
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_BaseClient, AsyncServices):
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

    def __init__(self, **kwargs: Any) -> None:
        http_client = kwargs.get("http_client")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValidationError(
                "AsyncClient needs an httpx.AsyncClient", field="http_client", source="argument"
            )
        super().__init__(**kwargs)
        driver: AiohttpDriver | None = None
        if http_client is None:
            from ._aiohttp import AiohttpDriver  # aiohttp loads with the first AsyncClient

            driver = AiohttpDriver(
                base_url=self.config.base_url,
                headers={**self._headers, "Authorization": self._auth._header},
                timeout=self._timeout,
                policy=self._policy,
                middleware=self._middleware,
                limits=_LIMITS,
            )
        inner: httpx.AsyncBaseTransport | None = (
            AsyncClientTransport(http_client) if http_client is not None else None
        )
        self._conn = _AsyncConnections(self, inner, driver)

    @property
    def _http(self) -> httpx.AsyncClient:  # type: ignore[override]
        """The httpx client: streams, ``client.generated``, or every call with ``http_client=``."""
        return self._conn.http

    def _is_closed(self) -> bool:
        return self._conn.closed

    def _set_retry_sleep(self, sleep: Callable[[float], Any]) -> None:
        self._conn.set_sleep(sleep)

    async def _request(
        self,
        op: Operation,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> Any:
        kwargs = self._prepare(op, args, query, timeout, max_retries, extra_headers)
        conn = self._conn
        try:
            if conn.driver is not None:
                response = await conn.driver.request(kwargs)
            else:
                response = await conn.http.request(**kwargs)
        except Exception as exc:
            self._raise(op, exc, conn.closed)
        return op.parse(response)

    def _paginate(
        self,
        op: Operation,
        args: dict[str, Any],
        query: Mapping[str, Any] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Mapping[str, str] | None,
    ) -> AsyncPaginator[Any]:
        async def fetch(cursor: str | None) -> AsyncPage[Any]:
            model = await self._request(
                op, with_cursor(args, cursor), query, timeout, max_retries, extra_headers
            )
            return AsyncPage(model, fetch)

        first: Callable[[], Awaitable[AsyncPage[Any]]] = lambda: fetch(None)  # noqa: E731
        return AsyncPaginator(first)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncClient:
        """A copy with other defaults, sharing this client's connection pool."""
        return _copy_with(self, timeout, max_retries, headers)

    async def close(self) -> None:
        """Close the connection pool (an injected ``http_client`` stays open)."""
        await self._conn.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class _AsyncConnections:
    """An AsyncClient's connections, shared with its ``with_options`` copies: the aiohttp
    driver (default) and an httpx client, made on first use unless injected."""

    def __init__(
        self, owner: AsyncClient, inner: httpx.AsyncBaseTransport | None, driver: AiohttpDriver | None
    ) -> None:
        self.driver = driver
        self._kwargs = owner._client_kwargs()
        self._policy = owner._policy
        self._middleware = owner._middleware
        self._inner = inner
        self._http: httpx.AsyncClient | None = None
        self.closed = False
        if inner is not None:
            self._http = self._make()

    def _make(self) -> httpx.AsyncClient:
        inner = self._inner if self._inner is not None else httpx.AsyncHTTPTransport(limits=_LIMITS)
        transport = AsyncRetryTransport(inner, self._policy, self._middleware)
        if self.driver is not None:
            transport._sleep = self.driver._sleep
        from ._http import AsyncHttp

        return AsyncHttp(transport=transport, **self._kwargs)

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            if self.closed:
                raise TransportError("this client is closed; create a new one")
            self._http = self._make()
        return self._http

    def set_sleep(self, sleep: Callable[[float], Any]) -> None:
        """Replace the wait between retries (tests)."""
        if self.driver is not None:
            self.driver._sleep = sleep
        if self._http is not None:
            self._http._transport._sleep = sleep  # type: ignore[attr-defined]

    async def aclose(self) -> None:
        self.closed = True
        if self.driver is not None:
            await self.driver.aclose()
        if self._http is not None:
            await self._http.aclose()


_C = TypeVar("_C", Client, AsyncClient)


def _copy_with(
    client: _C,
    timeout: float | httpx.Timeout | NotGiven | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
) -> _C:
    """Shallow copy sharing the pool and auth; its defaults apply to each request."""
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ValidationError(
            f"max_retries must be an int >= 0, got {max_retries!r}", field="max_retries", source="argument"
        )
    if headers:
        from ._faults import check_header_values

        check_header_values(headers, "with_options")
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
