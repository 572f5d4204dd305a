"""create-sse-token and its use as ``?token=`` on the SSE routes (server:
``api/sse_token.go``, ``api/middleware.go:251-282``, ``api/routes.go:205-206,231-232``
at ac094a3c8)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import httpx

from strait.local import LocalStrait


def _claims(token: str) -> dict[str, object]:
    body = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))))


def test_sse_token_claims(local_strait: LocalStrait) -> None:
    """201 with a five-minute HS256 token: issuer ``strait:sse``, subject and ``pid`` the
    project, ``scp`` the key's scopes (api/sse_token.go:13-79)."""
    with local_strait.client() as client:
        answer = client.authentication.create_sse_token()
    claims = _claims(answer["token"])
    assert (claims["iss"], claims["sub"], claims["pid"], claims["scp"]) == (
        "strait:sse",
        local_strait.project_id,
        local_strait.project_id,
        ["*"],
    )
    assert claims["exp"] - claims["iat"] == 300  # type: ignore[operator]
    expires = datetime.fromisoformat(answer["expires_at"].replace("Z", "+00:00"))
    assert abs(expires.timestamp() - claims["exp"]) < 1  # type: ignore[operator]
    assert expires > datetime.now(UTC)


def test_sse_token_opens_the_activity_stream_without_a_header(local_strait: LocalStrait) -> None:
    """``?token=`` authenticates the project activity stream when no Authorization header
    is sent; a bad token falls back to API-key auth and is 401 (api/middleware.go:251-282)."""
    with local_strait.client() as client:
        token = client.authentication.create_sse_token()["token"]
    url = f"{local_strait.base_url}/v1/projects/{local_strait.project_id}/activity/stream"
    with httpx.stream("GET", url, params={"token": token}, timeout=5) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
    assert httpx.get(url, params={"token": token + "x"}, timeout=5).status_code == 401
    assert (
        httpx.get(f"{local_strait.base_url}/v1/jobs", params={"token": token}, timeout=5).status_code == 401
    )
