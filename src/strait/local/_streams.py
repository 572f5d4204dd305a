"""Server-Sent Events, framed as the server frames them (``internal/api/stream.go``,
``event_trigger_stream.go``, ``activity_stream.go``): ``data: <json>\\n\\n`` for a run's
events (410 once the run is terminal), ``event: status`` frames for a trigger (the
trigger first, closing after the first non-waiting status; a finished trigger is sent
once), ``event: activity`` change events for a project; ``: keepalive`` every 15 s."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable

from aiohttp import web

from ._api import find_run
from ._emulator import operation
from ._events import find_trigger
from ._http import ApiFailure, Call, Reply

KEEPALIVE_SECS = 15.0
_HEADERS = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _response(call: Call) -> web.StreamResponse:
    """The stream's answer, not yet sent: ``prepare`` it inside the ``try`` that handles a
    client that left (aiohttp ignores an unsent answer whose client is gone)."""
    response = web.StreamResponse(status=200, headers=_HEADERS)
    response.headers["X-Request-Id"] = call.request_id
    return response


async def _pump(
    call: Call,
    channel: str,
    prefix: bytes,
    first: bytes | None = None,
    closes: Callable[[bytes], bool] | None = None,
) -> web.StreamResponse:
    queue = call.emu.subscribe(channel)  # before opening, so nothing published meanwhile is missed
    response = _response(call)
    try:
        await response.prepare(call.request)
        if first is not None:
            await response.write(prefix + first + b"\n\n")
        while True:
            try:
                message = await asyncio.wait_for(queue.get(), KEEPALIVE_SECS)
            except TimeoutError:
                await response.write(b": keepalive\n\n")
                continue
            if message is None:  # the emulator is stopping
                break
            await response.write(prefix + message + b"\n\n")
            if closes is not None and closes(message):
                break
    except ConnectionResetError:  # the client went away
        pass
    finally:
        call.emu.unsubscribe(channel, queue)
    return response


#: A run's live channels: its events, and its stream chunks (both 410 once it finished).
_RUN_CHANNELS = {"stream-run": "run:{}", "get-run-chunk-stream": "run_stream:{}"}


@operation(*_RUN_CHANNELS)
async def stream_run(call: Call) -> Reply:
    run = find_run(call)
    if run.terminal:
        raise ApiFailure(410, "run already in terminal state")
    return await _pump(call, _RUN_CHANNELS[call.operation_id].format(run.id), b"data: ")


@operation("stream-event-trigger")
async def stream_event_trigger(call: Call) -> Reply:
    trigger = find_trigger(call)
    first = json.dumps(trigger.wire(), separators=(",", ":")).encode()
    if trigger.status != "waiting":
        response = _response(call)
        with contextlib.suppress(ConnectionResetError):  # the client went away
            await response.prepare(call.request)
            await response.write(b"event: status\ndata: " + first + b"\n\n")
        return response

    def closes(message: bytes) -> bool:
        return json.loads(message).get("status") not in ("", "waiting", None)

    return await _pump(call, f"trigger:{trigger.id}", b"event: status\ndata: ", first, closes)


@operation("stream-project-activity")
async def stream_activity(call: Call) -> Reply:
    project_id = call.params["projectID"]
    if project_id not in call.emu.state.projects:
        raise ApiFailure(404, "project not found")
    if project_id != call.project_id:
        raise ApiFailure(403, "no access to project")
    return await _pump(call, f"activity:{project_id}", b"event: activity\ndata: ")
