"""The httpx clients the SDK makes for itself: the same as httpx's, without a cookie jar.

The API authenticates with tokens, and httpx's cookie handling (a urllib request built
for every response) costs about a fifth of a ``runs.get``'s client CPU. The aiohttp
driver keeps no cookies either. Loaded when the first client is made, not on
``import strait``.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["AsyncHttp", "SyncHttp"]


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps and sends nothing."""

    def extract_cookies(self, response: httpx.Response) -> None:
        return None

    def set_cookie_header(self, request: httpx.Request) -> None:
        return None


_NO_COOKIES = _NoCookies()


class _Cookieless:
    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, value: Any) -> None:
        return None


class SyncHttp(_Cookieless, httpx.Client):
    """The sync client's httpx client."""


class AsyncHttp(_Cookieless, httpx.AsyncClient):
    """The async client's httpx client (streams, ``client.generated``, ``http_client=``)."""
