"""The names and keywords of strait-python 0.1.1 (the official SDK), mapped onto ours.

Nothing here is a second code path. :class:`RetryPolicy` is the one policy of
:mod:`strait._retry` (it takes and reads back the 0.1.1 field names itself); the
constructor keywords of the clients (``bearer_token=``, ``auth=AuthMode(...)``,
``timeout_ms=``, ``default_headers=``, ``retry=``) are translated once, here, by
:func:`client_settings`, into the canonical settings that :func:`strait._config.resolve_config`
resolves; and the 0.1.1 middleware context types are our one context under their names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, NamedTuple, TypedDict

import httpx

from ._config import (
    AuthMode,
    AuthType,
    AuthTypeName,
    ClientConfig,
    resolve_config,
    timeout_ms_setting,
    timeout_seconds_setting,
    with_arguments,
)
from ._core import NOT_GIVEN, NotGiven
from ._errors import ValidationError
from ._retry import Middleware, RequestContext, RetryIf, RetryPolicy, ShouldRetry, default_retry_if

__all__ = [
    "ClientOptions",
    "ClientSettings",
    "JitterStrategy",
    "MiddlewareErrorContext",
    "MiddlewareRequestContext",
    "MiddlewareResponseContext",
    "RetryFields",
    "RetryPolicy",
    "client_settings",
    "default_retry_if",
]


class JitterStrategy(StrEnum):
    """``FULL``: wait a random part of each delay; ``NONE``: wait exactly the delay."""

    FULL = "full"
    NONE = "none"


JitterName = Literal["full", "equal", "none"]


class RetryFields(TypedDict, total=False):
    """The keywords of :class:`RetryPolicy` (for ``with_retry(fn, attempts=5, ...)``)."""

    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float
    jitter: float | JitterStrategy | JitterName
    attempts: int
    delay_ms: float
    max_delay_ms: float
    factor: float
    multiplier: float
    should_retry: ShouldRetry
    retry_if: RetryIf


class ClientOptions(TypedDict, total=False):
    """The constructor's keywords, for ``from_env(**options)`` / ``from_file(**options)``."""

    base_url: str | None
    api_key: str | None
    run_token: str | None
    auth_type: AuthTypeName | AuthType | None
    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int | None
    middleware: Sequence[Middleware | Mapping[str, Any]]
    http_client: Any
    headers: Mapping[str, str] | None
    project_id: str | None
    strict: bool | None
    bearer_token: str | None
    auth: AuthMode | None
    timeout_ms: float | None
    default_headers: Mapping[str, str] | None
    retry: RetryPolicy | NotGiven | None
    tracing: bool


class ClientSettings(NamedTuple):
    """What a client is built from: the resolved config, an explicit ``httpx.Timeout``
    (None: no timeout; ``NOT_GIVEN``: from ``config.timeout_ms``) and the retry policy."""

    config: ClientConfig
    timeout: httpx.Timeout | NotGiven | None
    policy: RetryPolicy


def _conflict(first: str, second: str) -> ValidationError:
    return ValidationError(f"give {first}= or {second}=, not both", field=second, source="argument")


def _credential(
    api_key: str | None,
    run_token: str | None,
    auth_type: str | None,
    bearer_token: str | None,
    auth: AuthMode | None,
    names: dict[str, str],
) -> tuple[str | None, str | None, str | None]:
    """``(api_key, run_token, auth_type)`` from ours and the 0.1.1 credential keywords."""
    given = [n for n, v in (("api_key", api_key), ("bearer_token", bearer_token)) if v is not None]
    if run_token is not None:
        given.append("run_token")
    if len(given) > 1:
        raise ValidationError(
            f"give one credential, not {' and '.join(n + '=' for n in given)}",
            field=given[1],
            source="argument",
        )
    if bearer_token is not None:
        if auth_type is not None and auth_type != "bearer":
            raise _conflict("auth_type", "bearer_token")
        api_key, auth_type, names["token_name"] = bearer_token, "bearer", "bearer_token"
    if auth is not None:  # an explicit AuthMode wins over the other credential keywords
        if not isinstance(auth, AuthMode):
            raise ValidationError(
                f"auth must be a strait.AuthMode, got {type(auth).__name__}", field="auth", source="argument"
            )
        kind = AuthType(auth.type)
        api_key = run_token = None
        if kind == AuthType.RUN_TOKEN:
            run_token = auth.token
        else:
            api_key, names["token_name"] = auth.token, "auth.token"
        auth_type = kind.value
    return api_key, run_token, auth_type


def _timeout(
    timeout: float | httpx.Timeout | NotGiven | None, timeout_ms: float | None
) -> tuple[int | None, httpx.Timeout | NotGiven | None]:
    """``(timeout_ms for the config, explicit httpx.Timeout)`` from ``timeout=`` / ``timeout_ms=``."""
    if timeout_ms is not None:
        if not isinstance(timeout, NotGiven):
            raise _conflict("timeout", "timeout_ms")
        return timeout_ms_setting(timeout_ms, "argument"), NOT_GIVEN
    if isinstance(timeout, httpx.Timeout):
        seconds = timeout.read if timeout.read is not None else timeout.connect
        return (None if seconds is None else max(1, round(seconds * 1000))), timeout
    if timeout is None:
        return None, None
    if isinstance(timeout, NotGiven):
        return None, NOT_GIVEN
    return timeout_seconds_setting(timeout, "argument"), NOT_GIVEN


def _retry(
    retry: RetryPolicy | NotGiven | None, max_retries: int | None
) -> tuple[RetryPolicy | None, int | None]:
    """``(explicit policy, max_retries)`` from ``retry=`` / ``max_retries=``."""
    if isinstance(retry, NotGiven):
        return None, max_retries
    if max_retries is not None:
        raise _conflict("max_retries", "retry")
    if retry is None:
        return None, 0
    if isinstance(retry, RetryPolicy):
        return retry, retry.max_retries
    raise ValidationError(
        f"retry must be a strait.RetryPolicy (or None), got {type(retry).__name__}",
        field="retry",
        source="argument",
    )


def client_settings(
    *,
    base_url: str | None,
    api_key: str | None,
    run_token: str | None,
    auth_type: str | None,
    timeout: float | httpx.Timeout | NotGiven | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
    project_id: str | None,
    strict: bool | None,
    config: ClientConfig | None,
    bearer_token: str | None,
    auth: AuthMode | None,
    timeout_ms: float | None,
    default_headers: Mapping[str, str] | None,
    retry: RetryPolicy | NotGiven | None,
) -> ClientSettings:
    """The client constructor's keywords (ours and strait-python 0.1.1's), translated into
    the canonical settings and resolved (arguments > ``STRAIT_*`` > strait.json > default).

    Raises:
        ValidationError: a missing or malformed setting, or two spellings of one setting.
    """
    names: dict[str, str] = {}
    api_key, run_token, auth_type = _credential(api_key, run_token, auth_type, bearer_token, auth, names)
    config_timeout_ms, explicit_timeout = _timeout(timeout, timeout_ms)
    if default_headers is not None:
        if headers is not None:
            raise _conflict("headers", "default_headers")
        headers, names["headers"] = default_headers, "argument (default_headers)"
    policy, max_retries = _retry(retry, max_retries)
    arguments: dict[str, Any] = {
        "base_url": base_url,
        "api_key": api_key,
        "run_token": run_token,
        "auth_type": auth_type,
        "timeout_ms": config_timeout_ms,
        "max_retries": max_retries,
        "headers": headers,
        "project_id": project_id,
        "strict": strict,
    }
    if config is None:
        resolved = resolve_config(**arguments, arg_sources=names)
    else:
        resolved = with_arguments(config, arguments, names)
    resolved.require_complete()
    return ClientSettings(
        resolved,
        explicit_timeout,
        policy if policy is not None else RetryPolicy(max_retries=resolved.max_retries),
    )


@dataclass
class _HookContext(RequestContext):
    attempt: int = 1


# strait-python 0.1.1 passes three context types to the hooks; ours pass one
# RequestContext (method, url, headers, status, duration_ms, error, attempt ...) to all
# of them. These are that type under the old names, constructible as before.


class MiddlewareRequestContext(_HookContext):
    """strait-python 0.1.1's ``on_request`` context: a :class:`strait.RequestContext`."""


class MiddlewareResponseContext(_HookContext):
    """strait-python 0.1.1's ``on_response`` context: a :class:`strait.RequestContext`."""


class MiddlewareErrorContext(_HookContext):
    """strait-python 0.1.1's ``on_error`` context: a :class:`strait.RequestContext`."""
