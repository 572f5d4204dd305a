"""Request context, the server's error envelope, JSON answers and cursor pages."""

from __future__ import annotations

import ipaddress
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TypeVar
from urllib.parse import urlsplit

from aiohttp import web

from strait._types import JSONInput, JSONObject, JSONValue

from ._clock import format_time, parse_time
from ._core import EmulatorCore, random_hex
from ._json import as_int, as_list, as_object, as_str, as_tags, go_quote

__all__ = [
    "ApiFailure",
    "as_int",
    "as_list",
    "as_object",
    "as_str",
    "as_tags",
    "Call",
    "Handler",
    "Reply",
    "error_response",
    "failed_on",
    "json_response",
    "page",
    "page_limit",
    "paginate",
    "reader",
    "required",
    "validation_failed",
]

DEFAULT_PAGE_LIMIT = 50
MAX_PAGE_LIMIT = 100

#: The server's canonical error code for each status; any other status (410, 413, 415,
#: 501, ...) is ``internal_error`` (``defaultErrorCode``, api/server.go:1326-1349).
_CODES = {
    400: "bad_request",
    401: "authentication_required",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    422: "validation_failed",
    429: "rate_limited",
    503: "service_unavailable",
}


class ApiFailure(Exception):
    """Raised by a handler: answered as the server's ``{"error": ..., "request_id"}`` body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        details: list[str] | None = None,
        code: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details
        self.code = code
        self.headers = dict(headers or {})

    def response(self, request_id: str) -> web.Response:
        response = error_response(self.status, self.message, request_id, self.details, code=self.code)
        response.headers.update(self.headers)
        return response


def failed_on(name: str, tag: str) -> str:
    """A 422 detail as the server's validator words it (api/huma_bridge.go:423-437)."""
    return f"{name}: failed on '{tag}'"


def validation_failed(*details: str) -> ApiFailure:
    """The server's 422 for a request struct that fails its ``validate`` tags
    (``api/huma_bridge.go:423-437``)."""
    return ApiFailure(422, "validation failed", details=list(details))


_GO_INT = re.compile(r"[+-]?[0-9]+")
_INT64 = range(-(2**63), 2**63)


def query_int(call: Call, name: str) -> int:
    """An ``int`` query field of a typed handler, bound by ``strconv.ParseInt(v, 10, 64)``:
    0 when absent or empty, else a 400 naming the parameter and the parse error
    (api/huma_bridge.go:59-61,141-143,158-166)."""
    raw = call.query.get(name, "")
    if not raw:
        return 0
    value = int(raw) if _GO_INT.fullmatch(raw) else None
    if value is None or value not in _INT64:
        why = "invalid syntax" if value is None else "value out of range"
        raise ApiFailure(400, f'query param "{name}": strconv.ParseInt: parsing {go_quote(raw)}: {why}')
    return value


def required(body: Mapping[str, JSONValue], *names: str) -> None:
    """``validate:"required"``: absent, null or empty string (an empty list passes: the
    validator only refuses a nil slice)."""
    missing = [n for n in names if body.get(n) in (None, "")]
    if missing:
        raise validation_failed(*(failed_on(n, "required") for n in missing))


def new_request_id() -> str:
    return random_hex(8)


def error_body(
    status: int, message: str, request_id: str, details: list[str] | None = None, *, code: str | None = None
) -> JSONObject:
    error: JSONObject = {"code": code or _CODES.get(status, "internal_error"), "message": message}
    if details:
        error["details"] = list[JSONValue](details)
    return {"error": error, "request_id": request_id}


def json_response(status: int, data: JSONInput) -> web.Response:
    if status == 204:
        return web.Response(status=204)
    return web.Response(
        status=status, body=json.dumps(data, separators=(",", ":")).encode(), content_type="application/json"
    )


def error_response(
    status: int, message: str, request_id: str, details: list[str] | None = None, *, code: str | None = None
) -> web.Response:
    return json_response(status, error_body(status, message, request_id, details, code=code))


class _HasProject(Protocol):
    @property
    def project_id(self) -> str: ...


class _Listed(_HasProject, Protocol):
    @property
    def created_at(self) -> datetime: ...


_Owned = TypeVar("_Owned", bound=_HasProject)
_Row = TypeVar("_Row", bound=_Listed)


@dataclass
class Call:
    """One request as a handler sees it."""

    emu: EmulatorCore
    request: web.Request
    operation_id: str
    params: Mapping[str, str]
    request_id: str
    project_id: str = ""
    key_id: str = ""
    run_id: str = ""
    attempt: int = 0
    body: JSONValue = None
    extra: JSONObject = field(default_factory=dict)

    @property
    def query(self) -> Mapping[str, str]:
        return self.request.query

    def owned(self, table: Mapping[str, _Owned], key: str, what: str) -> _Owned:
        """``table[key]`` when it belongs to the caller's project, else 404 ``<what> not found``."""
        item = table.get(key)
        if item is None or item.project_id != self.project_id:
            raise ApiFailure(404, f"{what} not found")
        return item

    def obj(self) -> JSONObject:
        """The JSON object body (400 when it is something else)."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise ApiFailure(400, "request body must be a JSON object")
        return self.body

    def project_match(self, project_id: object) -> None:
        """A body's ``project_id``, when given, must be the caller's (403 otherwise)."""
        if project_id and project_id != self.project_id:
            raise ApiFailure(403, "project_id does not match authenticated project")

    def require(self, body: Mapping[str, JSONValue], *names: str) -> None:
        required(body, *names)


#: What a handler answers: a JSON response, or a stream it has already prepared.
Reply = web.StreamResponse
#: A handler of one operation: a plain function or a coroutine function.
Handler = Callable[[Call], Reply | Awaitable[Reply]]
_Parsed = TypeVar("_Parsed")
_Item = TypeVar("_Item")


def reader(find: Callable[[Call], _Item], wire: Callable[[_Item], JSONInput]) -> Handler:
    """The handler of a "get one" operation: 200 with ``wire(find(call))`` (``find``
    answers the 404 itself)."""

    def read(call: Call) -> Reply:
        return json_response(200, wire(find(call)))

    return read


def lister(rows: Callable[[EmulatorCore], Mapping[str, _Row]], wire: Callable[[_Row], JSONInput]) -> Handler:
    """The handler of a "list the project's ..." operation: the caller's project's rows of
    ``rows(emu)``, newest first, in cursor pages (:func:`page`)."""

    def list_rows(call: Call) -> Reply:
        mine = [row for row in rows(call.emu).values() if row.project_id == call.project_id]
        return json_response(200, page(call, mine, lambda row: row.created_at, wire))

    return list_rows


def lister_unpaged(
    rows: Callable[[EmulatorCore], Mapping[str, _Row]], wire: Callable[[_Row], JSONInput]
) -> Handler:
    """The handler of a list the server answers whole: every row of the caller's project
    in ``rows(emu)``, newest first, as a bare array."""

    def list_rows(call: Call) -> Reply:
        mine = [row for row in rows(call.emu).values() if row.project_id == call.project_id]
        return json_response(
            200, [wire(row) for row in sorted(mine, key=lambda row: row.created_at, reverse=True)]
        )

    return list_rows


_ESCAPE = re.compile(r"%(?![0-9a-fA-F]{2})")
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_PORT = re.compile(r"(:[0-9]*)?")
_USERINFO = re.compile(r"[A-Za-z0-9\-._:~!$&'()*+,;=%@]*")
#: ASCII a host may hold unescaped (net/url shouldEscape in encodeHost mode).
_HOST = re.compile(r"[%A-Za-z0-9\-._~!$&'()*+,;=:\[\]<>\"\x80-\U0010ffff]*")


@dataclass(frozen=True)
class _GoURL:
    scheme: str
    host: str
    fragment: str
    opaque: str


def _go_host_ok(host: str) -> bool:
    """net/url parseHost: a bracketed literal's ``]`` and port, else a numeric port, and
    only host characters and escapes of non-ASCII bytes (``%25`` aside)."""
    if host.startswith("["):
        end = host.rfind("]")
        if end < 0 or not _PORT.fullmatch(host[end + 1 :]):
            return False
        literal = host[1:end].partition("%25")[0]  # Go 1.25+: an IPv6 address, zone aside
        try:
            ipaddress.IPv6Address(literal)
        except ValueError:
            return False
    elif "[" in host:
        return False  # Go 1.26: an IP literal only at the start of the host
    elif ":" in host and not _PORT.fullmatch(host[host.rindex(":") :]):
        return False
    if _ESCAPE.search(host) or not _HOST.fullmatch(host):
        return False
    return all(m.group() == "%25" or int(m.group()[1], 16) >= 8 for m in re.finditer(r"%..", host))


def _go_parse(raw: str, *, via_request: bool) -> _GoURL | None:
    """Go's ``url.Parse`` (``url.ParseRequestURI`` with ``via_request``): the parts the
    validator reads, or None where Go answers an error."""
    fragment = ""
    if not via_request:
        raw, _, fragment = raw.partition("#")
        if _ESCAPE.search(fragment):
            return None
    if any(ord(c) < 0x20 or c == "\x7f" for c in raw):
        return None  # "invalid control character in URL" (a fragment may hold them)
    if raw.startswith(":"):
        return None  # "missing protocol scheme"
    match = _SCHEME.match(raw)
    scheme, rest = (match.group(1).lower(), raw[match.end() :]) if match else ("", raw)
    rest = rest.partition("?")[0]
    if not rest.startswith("/"):
        if scheme:
            return _GoURL(scheme, "", fragment, rest)
        if via_request:
            return None  # "invalid URI for request"
    host = ""
    if (scheme or not via_request) and rest.startswith("//") and not rest.startswith("///"):
        authority, slash, path = rest[2:].partition("/")
        rest = slash + path
        userinfo, at, host = authority.rpartition("@")
        bad_userinfo = at and (_ESCAPE.search(userinfo) or not _USERINFO.fullmatch(userinfo))
        if bad_userinfo or not _go_host_ok(host):
            return None
    if _ESCAPE.search(rest):
        return None  # "invalid URL escape"
    return _GoURL(scheme, host, fragment, "")


def matches_url_rule(value: str) -> bool:
    """The validator's ``url`` tag (go-playground/validator v10 ``isURL``, lower-cased
    first): a ``file:/`` URI that parses as a request URI, else a URL that parses with a
    scheme and a host, a fragment or an opaque part."""
    lowered = value.lower()
    if lowered.startswith("file:/") and _go_parse(lowered, via_request=True) is not None:
        return True
    parts = _go_parse(lowered, via_request=False)
    return parts is not None and bool(parts.scheme) and bool(parts.host or parts.fragment or parts.opaque)


def is_http_url(value: str) -> bool:
    """An http(s) URL with a host: the server's endpoint check, private hosts allowed (the
    emulator's relaxation of ``ALLOW_PRIVATE_ENDPOINTS``; api/server.go:1371-1385)."""
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def check_webhook_url(url: object) -> str:
    """worker/validate.go:12-30 as api/server.go:1431-1443 words it (private hosts allowed)."""
    if not is_http_url(str(url)):
        if urlsplit(str(url)).scheme not in ("http", "https"):
            raise ApiFailure(400, "url must use http or https scheme")
        raise ApiFailure(400, "url must have a host")
    return str(url)


def _query_value(call: Call, name: str, parse: Callable[[str], _Parsed], message: str) -> _Parsed | None:
    """The query parameter ``name`` parsed by ``parse``; None when absent or empty, a 400
    with ``message`` when it does not parse."""
    raw = call.query.get(name, "")
    if not raw:
        return None
    try:
        return parse(raw)
    except ValueError:
        raise ApiFailure(400, message) from None


def page_limit(call: Call) -> int:
    """``limit``: a positive integer, at most 100, default 50 (api/server.go:531-532)."""
    bad_limit = "limit must be a positive integer"
    limit = _query_value(call, "limit", int, bad_limit)
    if limit is None:
        return DEFAULT_PAGE_LIMIT
    if limit <= 0:
        raise ApiFailure(400, bad_limit)
    return min(limit, MAX_PAGE_LIMIT)


def paginate(call: Call) -> tuple[int, datetime | None]:
    """``limit`` and ``cursor`` as the server parses them (cursor: an RFC 3339 time)."""
    limit = page_limit(call)  # checked first, as before the cursor
    return limit, _query_value(call, "cursor", parse_time, "cursor must be a valid RFC3339 timestamp")


def page(
    call: Call,
    items: Iterable[_Item],
    created: Callable[[_Item], datetime],
    wire: Callable[[_Item], JSONInput],
) -> dict[str, JSONInput]:
    """Newest first, ``created < cursor``, ``limit`` items; ``next_cursor`` is the last
    item's creation time and ``has_more`` says whether one more existed."""
    limit, cursor = paginate(call)
    chosen: list[_Item] = []
    for item in sorted(items, key=created, reverse=True):
        if cursor is not None and created(item) >= cursor:
            continue
        chosen.append(item)
        if len(chosen) > limit:
            break
    if len(chosen) > limit:
        chosen = chosen[:limit]
        return {
            "data": [wire(i) for i in chosen],
            "next_cursor": format_time(created(chosen[-1])),
            "has_more": True,
        }
    return {"data": [wire(i) for i in chosen], "has_more": False}
