"""Strait's request signatures: the server's scheme (HMAC-SHA256 over ``ts + "." + body``,
``v1=<hex>``; body-only ``sha256=<hex>``), and every way verification must refuse."""

from __future__ import annotations

import hashlib
import hmac
import time

import pytest

import strait
from strait._signing import sign, sign_body, signature_headers, verify_signature

SECRET = "whsec_test_secret"
BODY = b'{"order_id":"ord_1","amount":42}'


def _independent_v1(secret: str, ts: str, body: bytes) -> str:
    # Written from the server's description (sign.go), not from strait._signing.
    return "v1=" + hmac.new(secret.encode(), ts.encode() + b"." + body, hashlib.sha256).hexdigest()


def test_sign_matches_the_server_scheme() -> None:
    ts = "1767225600"
    assert sign(SECRET, ts, BODY) == _independent_v1(SECRET, ts, BODY)
    assert sign(SECRET, int(ts), BODY.decode()) == _independent_v1(SECRET, ts, BODY)
    assert sign_body(SECRET, BODY) == "sha256=" + hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert len(sign(SECRET, ts, b"")) == len("v1=") + 64


def test_valid_signature_is_accepted_and_returns_the_timestamp() -> None:
    headers = signature_headers(SECRET, BODY)
    assert verify_signature(BODY, headers, SECRET) == int(headers["X-Strait-Timestamp"])
    # the top-level export is the same function
    assert strait.verify_signature is verify_signature


def test_header_names_are_case_insensitive_and_pairs_work() -> None:
    headers = signature_headers(SECRET, BODY, body_signature=True)
    lower = {k.lower(): v for k, v in headers.items()}
    assert verify_signature(BODY, lower, SECRET)
    asgi_pairs = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    assert verify_signature(BODY, asgi_pairs, SECRET)


def test_tampered_body_is_rejected() -> None:
    headers = signature_headers(SECRET, BODY)
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY.replace(b"42", b"43"), headers, SECRET)
    assert info.value.reason == "mismatch"
    assert isinstance(info.value, strait.StraitError)


def test_wrong_secret_is_rejected_and_never_echoed() -> None:
    headers = signature_headers(SECRET, BODY)
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, headers, "another_secret")
    assert info.value.reason == "mismatch"
    assert "another_secret" not in str(info.value)
    assert SECRET not in str(info.value)


def test_rotation_accepts_any_listed_secret() -> None:
    headers = signature_headers(SECRET, BODY)
    assert verify_signature(BODY, headers, ["new_secret", SECRET])
    with pytest.raises(strait.SignatureVerificationError):
        verify_signature(BODY, headers, ["new_secret", "older_secret"])


def test_stale_and_future_timestamps_are_rejected() -> None:
    now = time.time()
    old = signature_headers(SECRET, BODY, timestamp=int(now) - 301)
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, old, SECRET, now=now)
    assert info.value.reason == "stale_timestamp"
    assert "old" in str(info.value)
    future = signature_headers(SECRET, BODY, timestamp=int(now) + 400)
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, future, SECRET, now=now)
    assert "future" in str(info.value)
    # inside the tolerance, and a custom tolerance
    assert verify_signature(BODY, signature_headers(SECRET, BODY, timestamp=int(now) - 299), SECRET, now=now)
    assert verify_signature(BODY, old, SECRET, tolerance=600, now=now)


def test_a_replayed_signature_under_a_fresh_timestamp_fails() -> None:
    # An attacker who keeps an old signature cannot refresh the timestamp header.
    old = signature_headers(SECRET, BODY, timestamp=int(time.time()) - 3600)
    replay = {**old, "X-Strait-Timestamp": str(int(time.time()))}
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, replay, SECRET)
    assert info.value.reason == "mismatch"


@pytest.mark.parametrize("drop", ["X-Strait-Timestamp", "X-Strait-Signature"])
def test_missing_headers_are_rejected(drop: str) -> None:
    headers = signature_headers(SECRET, BODY)
    del headers[drop]
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, headers, SECRET)
    assert info.value.reason == "missing_header"
    assert drop in str(info.value)
    with pytest.raises(strait.SignatureVerificationError):
        verify_signature(BODY, {}, SECRET)


def test_malformed_headers_and_missing_secret() -> None:
    headers = signature_headers(SECRET, BODY)
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, {**headers, "X-Strait-Timestamp": "yesterday"}, SECRET)
    assert info.value.reason == "malformed_header"
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, {**headers, "X-Strait-Signature": "sha256=abc"}, SECRET)
    assert info.value.reason == "malformed_header"
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, headers, "")
    assert info.value.reason == "no_secret"


def test_body_signature_when_present_must_match_too() -> None:
    headers = signature_headers(SECRET, BODY, body_signature=True)
    assert verify_signature(BODY, headers, SECRET)
    bad = {**headers, "X-Strait-Signature-256": sign_body(SECRET, b"other")}
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, bad, SECRET)
    assert info.value.reason == "mismatch"


def test_empty_body_is_signed_like_the_server_signs_a_run_without_payload() -> None:
    headers = signature_headers(SECRET, b"")
    assert verify_signature(b"", headers, SECRET)
    with pytest.raises(strait.SignatureVerificationError):
        verify_signature(b"{}", headers, SECRET)


def test_a_receiver_with_the_previous_secret_verifies_x_strait_signature_old() -> None:
    """Item 13. During a webhook secret rotation's grace period Strait signs with the new
    secret in X-Strait-Signature and with the previous one in X-Strait-Signature-Old, over
    the same timestamp (webhook/event_notify.go:1078-1085)."""
    ts = str(int(time.time()))
    headers = {
        "X-Strait-Timestamp": ts,
        "X-Strait-Signature": _independent_v1("new-secret", ts, BODY),
        "X-Strait-Signature-Old": _independent_v1("old-secret", ts, BODY),
    }
    assert verify_signature(BODY, headers, "old-secret") == int(ts)
    assert verify_signature(BODY, headers, "new-secret") == int(ts)
    assert verify_signature(BODY, headers, ["other", "old-secret"]) == int(ts)
    assert signature_headers("new-secret", BODY, timestamp=int(ts), previous_secret="old-secret") == headers
    with pytest.raises(strait.SignatureVerificationError) as info:
        verify_signature(BODY, headers, "a-third-secret")
    assert info.value.reason == "mismatch"
    with pytest.raises(strait.SignatureVerificationError):  # the old signature alone covers this body only
        verify_signature(BODY + b" ", headers, "old-secret")
    only_old = {k: v for k, v in headers.items() if k != "X-Strait-Signature"}
    with pytest.raises(strait.SignatureVerificationError) as info:  # the current signature is required
        verify_signature(BODY, only_old, "old-secret")
    assert info.value.reason == "missing_header"


def test_the_configured_secret_is_the_argument_else_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 16: one rule for "a secret is configured" (argument, else STRAIT_SIGNING_SECRET)."""
    from strait._signing import configured_signing_secret

    monkeypatch.delenv("STRAIT_SIGNING_SECRET", raising=False)
    assert configured_signing_secret() is None
    assert configured_signing_secret("") is None and configured_signing_secret([]) is None
    monkeypatch.setenv("STRAIT_SIGNING_SECRET", "from-env")
    assert configured_signing_secret() == "from-env"
    assert configured_signing_secret("arg") == "arg"
    assert configured_signing_secret(["a", "", "b"]) == ["a", "b"]
