"""Authentication: one ``httpx.Auth`` per credential kind, shared by both clients, and the
one place that reads and writes run tokens (:func:`decode_run_token`, :func:`mint_run_token`).

``apiKey`` and ``bearer`` send ``Authorization: Bearer <key>``. ``runToken`` sends the
run token the same way, after checking (without verifying the signature, which only
the server can) that it really is a Strait run token: issuer exactly
``strait:run-token``, a subject (the run id) and an expiry.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ._config import redact
from ._errors import ValidationError

RUN_TOKEN_ISSUER = "strait:run-token"
#: How long a minted token lives when no expiry is given. The server issues tokens for the
#: job's timeout plus 60 s, or up to the run's own expiry; a day covers every test run.
DEFAULT_RUN_TOKEN_LIFETIME = 86_400


@dataclass(frozen=True)
class RunTokenClaims:
    """The claims of a run token the SDK relies on."""

    run_id: str
    attempt: int | None
    expires_at: float | None
    issued_at: float | None
    raw: dict[str, Any]

    def expired(self, now: float | None = None) -> bool:
        return self.expires_at is not None and (now if now is not None else time.time()) >= self.expires_at


def decode_run_token(token: str) -> RunTokenClaims:
    """Decode a run token's payload and check that it is a Strait run token.

    Raises:
        ValidationError: not a JWT, unreadable payload, wrong issuer, or no run id.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise ValidationError(
            "the run token is not a JWT (expected three dot-separated parts)",
            field="run_token",
            source="argument",
        )
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (binascii.Error, ValueError, UnicodeError):
        raise ValidationError(
            "the run token's payload is not base64url JSON", field="run_token", source="argument"
        ) from None
    if not isinstance(claims, dict):
        raise ValidationError(
            "the run token's payload is not a JSON object", field="run_token", source="argument"
        )
    issuer = claims.get("iss")
    if issuer != RUN_TOKEN_ISSUER:
        raise ValidationError(
            f"not a Strait run token: issuer is {issuer!r}, expected {RUN_TOKEN_ISSUER!r}",
            field="run_token",
            source="argument",
        )
    run_id = claims.get("sub")
    if not isinstance(run_id, str) or not run_id:
        raise ValidationError("the run token has no subject (run id)", field="run_token", source="argument")
    attempt = claims.get("attempt")
    exp = claims.get("exp")
    iat = claims.get("iat")
    return RunTokenClaims(
        run_id=run_id,
        attempt=attempt if isinstance(attempt, int) and not isinstance(attempt, bool) else None,
        expires_at=float(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None,
        issued_at=float(iat) if isinstance(iat, (int, float)) and not isinstance(iat, bool) else None,
        raw=claims,
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


_JWT_HEADER = _b64(b'{"alg":"HS256","typ":"JWT"}')  # golang-jwt's header for HS256, keys sorted


def mint_run_token(
    run_id: str,
    attempt: int = 1,
    *,
    key: bytes | str,
    issued_at: int | None = None,
    expires_at: int | None = None,
    assignment_id: str = "",
    claims: Mapping[str, object] | None = None,
) -> str:
    """A run token as the server issues it: an HS256 JWT signed with ``key`` (the server's
    JWT signing key), claims ``attempt``, ``assignment_id`` (only when given; gRPC
    dispatch sets it), ``iss`` ``strait:run-token``, ``sub`` the run id, ``exp`` and
    ``iat`` in whole seconds.

    ``issued_at`` defaults to now and ``expires_at`` to :data:`DEFAULT_RUN_TOKEN_LIFETIME`
    after it. ``claims`` are merged last (a test may replace any claim, e.g. an issuer the
    server refuses). For emulators and tests: only a server that knows ``key`` accepts
    the token.

    Raises:
        ValidationError: an empty run id, an attempt < 1 (the server refuses such a
            token on the SDK plane) or an expiry not after the issue time.
    """
    if not isinstance(run_id, str) or not run_id:
        raise ValidationError("run_id must be a non-empty string", field="run_id", source="argument")
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        raise ValidationError(
            f"attempt must be an int >= 1, got {attempt!r}", field="attempt", source="argument"
        )
    iat = int(time.time()) if issued_at is None else int(issued_at)
    exp = iat + DEFAULT_RUN_TOKEN_LIFETIME if expires_at is None else int(expires_at)
    if exp <= iat:
        raise ValidationError(
            f"expires_at ({exp}) must be after issued_at ({iat})", field="expires_at", source="argument"
        )
    body: dict[str, Any] = {"attempt": attempt}
    if assignment_id:
        body["assignment_id"] = assignment_id
    body.update(iss=RUN_TOKEN_ISSUER, sub=run_id, exp=exp, iat=iat)
    body.update(claims or {})
    secret = key.encode() if isinstance(key, str) else key
    payload = _b64(json.dumps(body, separators=(",", ":")).encode())
    signing_input = f"{_JWT_HEADER}.{payload}"
    signature = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <token>``; never shows the token in ``repr()``."""

    __slots__ = ("_header", "_token")

    def __init__(self, token: str) -> None:
        self._token = token
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}(token={redact(self._token)})"


class RunTokenAuth(BearerAuth):
    """Bearer auth with a run token whose claims were checked up front."""

    __slots__ = ("claims",)

    def __init__(self, token: str) -> None:
        self.claims = decode_run_token(token)
        super().__init__(token)
