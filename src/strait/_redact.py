"""One rule for what of a URL or header may be shown: in error messages, logs, middleware
contexts, ``repr()`` and trace attributes alike.

A URL loses its user-info (a password in ``base_url``) and the value of every query
parameter whose name looks secret: a name containing any of :data:`SECRET_NAME_PARTS`
(``token``, ``access_token``, ``sig``, ``password``, ``api_key`` ...), case-insensitive.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

__all__ = ["MASK", "SECRET_NAME_PARTS", "describe_request", "is_secret_name", "redact_url"]

MASK = "***"
#: Parts of a query-parameter or header name whose value is never shown.
SECRET_NAME_PARTS = (
    "token",
    "key",
    "secret",
    "sig",
    "password",
    "passwd",
    "auth",
    "code",
    "credential",
    "cookie",
    "session",
)


def is_secret_name(name: str) -> bool:
    """Whether a value named ``name`` (a query parameter or header) must be masked."""
    lowered = name.lower()
    return any(part in lowered for part in SECRET_NAME_PARTS)


def redact_url(url: httpx.URL | str) -> str:
    """``url`` as it may be shown: no user-info, secret-looking query values masked.

    Text that is not a URL comes back with everything after ``?`` dropped, so nothing
    secret can pass through a parse failure.
    """
    text = str(url)
    if "@" not in text and "?" not in text:
        return text  # the common case: nothing to hide, no parse
    try:
        u = httpx.URL(url)
    except Exception:
        return text.split("?", 1)[0].rsplit("@", 1)[-1]
    if u.userinfo:
        u = u.copy_with(username=None, password=None)
    if not u.query:
        return str(u)
    shown = "&".join(
        f"{quote(k, safe='')}={MASK if is_secret_name(k) else quote(v, safe='')}"
        for k, v in u.params.multi_items()
    )
    return f"{u.copy_with(query=None)}?{shown}"


def describe_request(method: str, url: httpx.URL | str) -> str:
    """``"GET https://host:port/v1/runs?limit=10"`` for messages, by :func:`redact_url`."""
    return f"{method} {redact_url(url)}"
