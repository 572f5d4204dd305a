"""strait._auth.mint_run_token: the one run-token minter, in the server's format."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest

from strait import ValidationError
from strait._auth import DEFAULT_RUN_TOKEN_LIFETIME, RUN_TOKEN_ISSUER, decode_run_token, mint_run_token
from strait.local._tokens import TokenError
from strait.local._tokens import decode_run_token as verify_like_the_server

KEY = b"the-server-jwt-signing-key"


def _part(text: str) -> dict[str, object]:
    decoded = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    assert isinstance(decoded, dict)
    return decoded


def test_http_dispatch_token_has_the_servers_claims_and_hs256_signature() -> None:
    """worker/executor_dispatch_headers.go:120-139: HS256 over {attempt, iss
    "strait:run-token", sub run id, exp, iat} with the JWT signing key; numeric dates in
    whole seconds; no assignment_id on HTTP dispatch (omitempty, line 126)."""
    token = mint_run_token("run_1", 2, key=KEY, issued_at=1_000, expires_at=4_660)
    header_b64, body_b64, signature_b64 = token.split(".")
    assert _part(header_b64) == {"alg": "HS256", "typ": "JWT"}
    assert _part(body_b64) == {
        "attempt": 2,
        "iss": RUN_TOKEN_ISSUER,
        "sub": "run_1",
        "exp": 4_660,
        "iat": 1_000,
    }
    expected = hmac.new(KEY, f"{header_b64}.{body_b64}".encode(), hashlib.sha256).digest()
    assert base64.urlsafe_b64decode(signature_b64 + "=" * (-len(signature_b64) % 4)) == expected


def test_grpc_dispatch_token_carries_the_assignment_id() -> None:
    """api/grpc/dispatch.go:536-560: the worker-mode token adds assignment_id."""
    token = mint_run_token("run_2", 1, key="k", issued_at=10, expires_at=20, assignment_id="asg_9")
    assert _part(token.split(".")[1])["assignment_id"] == "asg_9"


def test_the_token_passes_the_server_checks_and_the_sdk_reads_it() -> None:
    """api/sdk.go:194 (signature, exp required, issuer) and :206 (attempt > 0): the
    emulator's verifier, which follows those lines, accepts the token; the client's
    decoder reads the same claims."""
    now = int(time.time())
    token = mint_run_token("run_3", 3, key=KEY)
    claims = verify_like_the_server(KEY, token, now)
    assert claims["sub"] == "run_3" and claims["attempt"] == 3
    assert claims["exp"] - claims["iat"] == DEFAULT_RUN_TOKEN_LIFETIME
    read = decode_run_token(token)
    assert (read.run_id, read.attempt, read.expires_at) == ("run_3", 3, float(claims["exp"]))


def test_another_key_does_not_verify() -> None:
    """api/sdk.go:187-194: only the server's own key verifies a token."""
    token = mint_run_token("run_4", key=b"other-key")
    with pytest.raises(TokenError):
        verify_like_the_server(KEY, token, int(time.time()))


def test_claims_override_for_negative_tests() -> None:
    token = mint_run_token("run_5", key=KEY, claims={"iss": "strait:sse"})
    with pytest.raises(ValidationError, match="issuer"):
        decode_run_token(token)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"run_id": ""}, "run_id"),
        ({"run_id": "r", "attempt": 0}, "attempt"),
        ({"run_id": "r", "attempt": True}, "attempt"),
        ({"run_id": "r", "issued_at": 100, "expires_at": 100}, "expires_at"),
    ],
)
def test_bad_input_is_a_validation_error(kwargs: dict[str, object], field: str) -> None:
    """api/sdk.go:206: the server refuses attempt <= 0, so such a token is never minted."""
    with pytest.raises(ValidationError) as info:
        mint_run_token(key=KEY, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
