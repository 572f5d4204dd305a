"""The emulator's tokens, signed with its key: run tokens minted by
:func:`strait._auth.mint_run_token` (the SDK's one run-token minter), the short-lived SSE
token, and the server-side checks of both (dispatch signatures come from
:mod:`strait._signing`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from strait import _auth
from strait._auth import RUN_TOKEN_ISSUER
from strait._types import JSONInput, JSONObject

__all__ = [
    "SSE_TOKEN_ISSUER",
    "TokenError",
    "decode_run_token",
    "decode_sse_token",
    "decode_token",
    "mint_run_token",
    "mint_sse_token",
    "mint_token",
]

SSE_TOKEN_ISSUER = "strait:sse"  # api/sse_token.go:15


class TokenError(Exception):
    pass


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def mint_token(key: bytes, claims: Mapping[str, JSONInput]) -> str:
    """An HS256 JWT of ``claims`` signed with ``key`` (for the SSE token, whose claims are
    not a run token's)."""
    header = _b64(b'{"alg":"HS256","typ":"JWT"}')
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(key, f"{header}.{body}".encode(), hashlib.sha256).digest()
    return f"{header}.{body}.{_b64(signature)}"


def mint_run_token(
    key: bytes, run_id: str, attempt: int, issued_at: int, expires_at: int, assignment_id: str = ""
) -> str:
    """A run token signed with the emulator's ``key`` (:func:`strait._auth.mint_run_token`)."""
    return _auth.mint_run_token(
        run_id, attempt, key=key, issued_at=issued_at, expires_at=expires_at, assignment_id=assignment_id
    )


def mint_sse_token(key: bytes, project_id: str, scopes: list[str], issued_at: int, expires_at: int) -> str:
    """The short-lived token of create-sse-token (api/sse_token.go:18-23,44-56)."""
    claims: JSONObject = {"iss": SSE_TOKEN_ISSUER, "sub": project_id, "exp": expires_at, "iat": issued_at}
    claims["pid"] = project_id
    if scopes:
        claims["scp"] = [*scopes]
    return mint_token(key, claims)


def decode_run_token(key: bytes, token: str, now: int) -> dict[str, Any]:
    """The claims of a valid run token (see :func:`decode_token`)."""
    return decode_token(key, token, now, RUN_TOKEN_ISSUER)


def decode_sse_token(key: bytes, token: str, now: int) -> dict[str, Any]:
    """The claims of a valid SSE token (api/sse_token.go:159-174)."""
    return decode_token(key, token, now, SSE_TOKEN_ISSUER)


def decode_token(key: bytes, token: str, now: int, issuer: str) -> dict[str, Any]:
    """The claims of a valid token: HMAC signature, required ``exp`` in the future, issuer."""
    try:
        header_b64, body_b64, signature_b64 = token.split(".")
        header = json.loads(_unb64(header_b64))
        claims = json.loads(_unb64(body_b64))
        signature = _unb64(signature_b64)
    except (ValueError, TypeError) as exc:
        raise TokenError("malformed") from exc
    if not isinstance(header, dict) or header.get("alg") not in ("HS256", "HS384", "HS512"):
        raise TokenError("unexpected signing method")
    expected = hmac.new(key, f"{header_b64}.{body_b64}".encode(), hashlib.sha256).digest()
    if header.get("alg") != "HS256" or not hmac.compare_digest(signature, expected):
        raise TokenError("bad signature")
    if not isinstance(claims, dict):
        raise TokenError("claims")
    exp = claims.get("exp")
    if not isinstance(exp, int | float) or exp <= now:
        raise TokenError("expired or no exp")
    if claims.get("iss") != issuer:
        raise TokenError("issuer")
    return claims
