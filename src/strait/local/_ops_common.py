"""What the ``_ops_*`` areas share: their tables in the emulator's state, the server's
validator-style 422, and cursor pages over stored wire dicts."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from strait._types import JSONValue

from ._clock import format_time
from ._core import EmulatorCore
from ._emulator import OPERATIONS
from ._http import ApiFailure, Call, required, validation_failed

__all__ = [
    "creation_body",
    "id_list",
    "invoke",
    "owned_record",
    "public",
    "required",
    "stamp",
    "table",
    "validation_failed",
]


def table(emu: EmulatorCore, area: str) -> dict[str, dict[str, Any]]:
    """The area's records by id (plain JSON, so ``--db`` saves them with the rest).
    Keys starting with ``_`` are the emulator's own and never leave it."""
    return emu.state.extras.setdefault(area, {})


def stamp(emu: EmulatorCore) -> str:
    return format_time(emu.clock.stamp())


def public(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def owned_record(call: Call, area: str, record_id: str, what: str) -> dict[str, Any]:
    """The caller's project's record, else 404 ``<what> not found``."""
    record = table(call.emu, area).get(record_id)
    if record is None or record["project_id"] != call.project_id:
        raise ApiFailure(404, f"{what} not found")
    return record


def creation_body(
    call: Call, *names: str, check: Callable[[dict[str, Any]], None] | None = None
) -> dict[str, Any]:
    """A create request's body: its ``validate`` tags first (required ``project_id`` and
    ``names``, then ``check``), then the project must be the caller's (403)."""
    body = call.obj()
    required(body, "project_id", *names)
    if check is not None:
        check(body)
    if body["project_id"] != call.project_id:
        raise ApiFailure(403, "project_id does not match authenticated project")
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
