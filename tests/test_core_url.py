"""``absolute_url`` builds, with one URL parse, the URL httpx builds with three.

Both drivers send it (the sync one through ``httpx.Client.build_request``, the aiohttp one
as an already encoded ``yarl.URL``), so it must equal httpx's own URL byte for byte for
every base URL, path and query a call can produce.
"""

from __future__ import annotations

import json
import string
from typing import Any

import httpx
import pytest
from conftest import API_KEY
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from strait import AsyncClient, Client
from strait._core import absolute_url, base_prefix
from strait._faults import request_url
from strait._redact import redact_url

BASES = [
    "http://127.0.0.1:8080",
    "http://127.0.0.1:8080/",
    "https://api.example.test/strait",
    "https://api.example.test/strait/",
    "https://API.Example.test:443/a%20b/",
    "http://[::1]:9000/v",
    "http://Example.COM:80/Api",
]

_text = st.text(alphabet=string.printable + "é€☃/?&=#%+ ", max_size=12)
_number = st.one_of(st.integers(-(10**12), 10**12), st.floats(allow_nan=False))
_scalar = st.one_of(_text, _number, st.booleans(), st.none())
_params = st.dictionaries(
    st.text(alphabet=string.ascii_letters + "_[]. é", min_size=1, max_size=8),
    st.one_of(_scalar, st.lists(_scalar, max_size=3)),
    max_size=4,
)
_segment = st.text(alphabet=string.ascii_letters + string.digits + "-_.~%20 é{|^:@", min_size=1, max_size=10)
_path = st.lists(_segment, min_size=1, max_size=4).map(lambda parts: "/v1/" + "/".join(parts))


_CLIENTS = {base: httpx.Client(base_url=base) for base in BASES}


def _httpx_url(base: str, path: str, params: dict[str, object] | None) -> str:
    http = _CLIENTS.get(base) or httpx.Client(base_url=base)
    return str(http.build_request("GET", path, params=params).url)  # type: ignore[arg-type]


@pytest.mark.parametrize("base", BASES)
def test_the_prefix_is_where_httpx_puts_the_root(base: str) -> None:
    assert base_prefix(base) == _httpx_url(base, "/", None)
    assert base_prefix(base).endswith("/")


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(BASES), path=_path, params=st.one_of(st.none(), _params))
def test_the_url_is_the_one_httpx_builds(base: str, path: str, params: dict[str, object] | None) -> None:
    expected = _httpx_url(base, path, params)
    built = absolute_url(base_prefix(base), path, params)
    assert built == expected
    # sent through build_request, it is parsed to itself
    assert str(_CLIENTS[base].build_request("GET", built).url) == expected
    # messages and spans show the same URL, secrets masked
    assert request_url(base, path, params) == redact_url(expected)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/runs?status=queued", {"limit": 5}),
        ("/v1/runs?limit=1", {"limit": 5}),
        ("/v1/runs?", {"a": "b"}),
        ("/v1/runs?", {}),
        ("/v1/./runs/../jobs?x=1", {"y": 2}),
    ],
)
def test_a_query_in_the_path_is_kept_and_params_merged_into_it(path: str, params: dict[str, Any]) -> None:
    """do_request moves a query written in its path into the call's params (httpx alone
    would drop it when given params); the URL sent and the URL shown are the merge."""
    base = "https://api.example.test/strait"
    with Client(base_url=base, api_key=API_KEY) as client:
        options = client._raw_request("GET", path, params, None, None)
    merged = str(httpx.URL(base + path).copy_merge_params(params))
    assert absolute_url(base_prefix(base), options.url, options.params) == merged
    assert request_url(base, options.url, options.params) == merged  # messages and spans show it


def test_a_name_in_both_takes_the_params_value() -> None:
    with Client(base_url="http://h", api_key=API_KEY) as client:
        options = client._raw_request("GET", "/v1/runs?status=queued&limit=1", {"limit": 5}, None, None)
    assert absolute_url(base_prefix("http://h"), options.url, options.params) == (
        "http://h/v1/runs?status=queued&limit=5"
    )


def _query_seen(httpserver: HTTPServer) -> list[str]:
    seen: list[str] = []

    def handler(request: Request) -> Response:
        seen.append(request.query_string.decode())
        return Response(json.dumps({"ok": True}), content_type="application/json")

    httpserver.expect_request("/v1/x").respond_with_handler(handler)
    return seen


async def test_do_request_merges_query_into_the_paths_own_on_every_driver(httpserver: HTTPServer) -> None:
    seen = _query_seen(httpserver)
    url, path, query = httpserver.url_for(""), "/v1/x?status=queued&limit=1", {"limit": 5, "q": "a b"}
    with Client(base_url=url, api_key=API_KEY) as client:
        assert client.do_request("GET", path, query=query) == {"ok": True}
    async with AsyncClient(base_url=url, api_key=API_KEY) as aclient:
        assert await aclient.do_request("GET", path, query=query) == {"ok": True}
    async with (
        httpx.AsyncClient() as http,
        AsyncClient(base_url=url, api_key=API_KEY, http_client=http) as injected,
    ):
        assert await injected.do_request("GET", path, query=query) == {"ok": True}
    assert seen == ["status=queued&limit=5&q=a+b"] * 3
