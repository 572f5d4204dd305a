"""What the ``_ops_*`` areas share: create bodies, id lists, the server's validator-style
422, and calling another operation's handler."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping

from aiohttp import web

from strait._types import JSONObject, JSONValue

from ._emulator import OPERATIONS
from ._http import ApiFailure, Call, required, validation_failed

__all__ = [
    "creation_body",
    "id_list",
    "invoke",
    "required",
    "validation_failed",
]


def creation_body(call: Call, *names: str, check: Callable[[JSONObject], None] | None = None) -> JSONObject:
    """A create request's body: its ``validate`` tags first (required ``project_id`` and
    ``names``, then ``check``), then the project must be the caller's (403)."""
    body = call.obj()
    required(body, "project_id", *names)
    if check is not None:
        check(body)
    call.project_match(body["project_id"])
    return body


def id_list(call: Call, name: str, maximum: int) -> list[str]:
    """A bulk request's ids: ``validate:"required,min=1,max=<maximum>"``."""
    body = call.obj()
    required(body, name)
    ids = body[name]
    if not isinstance(ids, list):
        raise ApiFailure(400, "invalid request body")
    if not ids:
        raise validation_failed(f"{name}: failed on 'min'")
    if len(ids) > maximum:
        raise validation_failed(f"{name}: failed on 'max'")
    return [str(i) for i in ids]


async def invoke(
    call: Call, operation_id: str, params: Mapping[str, str], body: JSONValue = None
) -> JSONValue:
    """Another operation for the same caller, as the server's bulk handlers reuse its
    single-item path: its JSON answer (``None`` for 204), or its ``ApiFailure``."""
    inner = Call(
        call.emu,
        call.request,
        operation_id,
        params,
        call.request_id,
        project_id=call.project_id,
        key_id=call.key_id,
        body=body,
    )
    reply = OPERATIONS[operation_id](inner)
    answer = await reply if inspect.isawaitable(reply) else reply
    raw = answer.body if isinstance(answer, web.Response) else None
    decoded: JSONValue = json.loads(raw) if isinstance(raw, bytes) and raw else None
    return decoded
