"""Failures while sending, mapped by type to :class:`strait.StraitError` subclasses.

Every driver speaks httpx's exception vocabulary to the retry flow (the aiohttp driver
maps aiohttp's exceptions onto it by type, in :mod:`strait._aiohttp`), so one policy
decides retries for all of them and one function here turns what is left into ours.
Messages never carry a header value: the types whose text can quote the request's
headers (a local protocol error) get a fixed message, and the client's own secret is
masked in every message as a last line of defence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NoReturn

import httpx

from ._core import absolute_url, base_prefix
from ._errors import DecodeError, RequestTimeoutError, StraitError, TransportError, ValidationError
from ._redact import redact_url

__all__ = [
    "raise_transport_error",
    "request_description",
    "request_url",
    "transport_error",
]


def request_url(base_url: str, path: str, params: Mapping[str, object] | None) -> str:
    """The URL a request below ``base_url`` is sent to (:func:`~strait._core.absolute_url`)
    as it may be shown (messages, a span's ``url.full``), by
    :func:`~strait._redact.redact_url`; ``""`` when it is no URL."""
    try:
        return redact_url(absolute_url(base_prefix(base_url), path, params))
    except Exception:
        return ""


def request_description(base_url: str, method: str, path: str, params: Mapping[str, object] | None) -> str:
    """:func:`~strait._redact.describe_request` of a request below ``base_url``."""
    url = request_url(base_url, path, params)
    return f"{method} {url}" if url else method


def raise_transport_error(
    operation: str, exc: Exception, *, closed: bool = False, secret: str = "", request: str = ""
) -> NoReturn:
    """Re-raise ``exc``, raised while sending, as a :class:`StraitError` (cause chained).

    Callers wrap the send in a plain ``try``, which costs nothing when nothing is raised.
    ``closed`` says whether the client had been closed (decided by state, not by text);
    ``request`` (:func:`describe_request`) names the method and URL in the message.
    """
    if isinstance(exc, StraitError):
        raise exc
    where = f"{operation} ({request})" if request else operation
    raise transport_error(where, exc, closed=closed, secret=secret) from exc


_FIXED: dict[type[BaseException], str] = {
    httpx.LocalProtocolError: "the request could not be written: a header or URL value is not valid HTTP",
    httpx.ProxyError: "the proxy refused or failed the request",
    httpx.UnsupportedProtocol: "the base URL's scheme is not http or https",
}


def transport_error(
    operation: str, exc: BaseException, *, closed: bool = False, secret: str = ""
) -> StraitError:
    """The :class:`StraitError` for an exception raised while sending, chosen by its type."""
    name = type(exc).__name__
    if closed:
        return TransportError(f"{operation}: the client is closed; create a new one")
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{operation}: request timed out ({name})")
    for kind, text in _FIXED.items():
        if isinstance(exc, kind):
            return TransportError(f"{operation}: {text} ({name})")
    if isinstance(exc, httpx.DecodingError):
        return DecodeError(f"{operation}: the response body does not match its Content-Encoding ({name})")
    if isinstance(exc, httpx.TooManyRedirects):
        return TransportError(f"{operation}: too many redirects ({name})")
    if isinstance(exc, httpx.InvalidURL):
        return ValidationError(f"{operation}: the request URL is not valid ({name})", source="argument")
    if isinstance(exc, httpx.HTTPError):  # TransportError, StreamError, ...
        return TransportError(_scrub(f"{operation}: {name}: {exc}", secret))
    if isinstance(exc, UnicodeError):
        return ValidationError(f"{operation}: a header or URL value is not ASCII ({name})", source="argument")
    if isinstance(exc, OSError):
        return TransportError(_scrub(f"{operation}: {name}: {exc}", secret))
    if isinstance(exc, RuntimeError):  # httpx's "client has been closed" and the like
        return TransportError(f"{operation}: the request could not be sent ({name})")
    return TransportError(f"{operation}: unexpected failure while sending ({name})")


def _scrub(message: str, secret: str) -> str:
    return message.replace(secret, "***") if secret else message
