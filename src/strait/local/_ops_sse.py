"""create-sse-token: a five-minute token for the SSE routes that browsers open without
headers (``api/sse_token.go``); the emulator's auth accepts it as ``?token=`` there."""

from __future__ import annotations

from datetime import timedelta

from ._clock import format_time
from ._emulator import json_ok, operation
from ._http import Call, Reply
from ._tokens import mint_sse_token

SSE_TOKEN_TTL_SECS = 300  # api/sse_token.go:14


@operation("create-sse-token")
def create_sse_token(call: Call) -> Reply:
    """Claims: issuer ``strait:sse``, subject and ``pid`` the project, ``scp`` the API
    key's scopes (api/sse_token.go:33-79)."""
    key = next((k for k in call.emu.state.keys.values() if k.id == call.key_id), None)
    now = call.emu.clock.now()
    expires = now + timedelta(seconds=SSE_TOKEN_TTL_SECS)
    token = mint_sse_token(
        call.emu.signing_key,
        call.project_id,
        list(key.scopes) if key is not None else [],
        int(now.timestamp()),
        int(expires.timestamp()),
    )
    return json_ok({"token": token, "expires_at": format_time(expires)}, 201)
