"""Strait's request signatures: produce them (:func:`sign`, :func:`signature_headers`) and
check them (:func:`verify_signature`).

Strait signs every HTTP dispatch to a job's ``endpoint_url`` (when the job has an
``endpoint_signing_secret``) and every webhook with an HMAC-SHA256 over
``<unix timestamp> + "." + <raw body>``, sent as::

    X-Strait-Timestamp: 1767225600
    X-Strait-Signature: v1=<64 lowercase hex digits>

Notification-channel webhooks (and the reaper's) also carry ``X-Strait-Signature-256:
sha256=<hex HMAC(secret, body)>``, a body-only signature without a timestamp
(``crypto/hmac_signing.go:21-38``, called from ``notification/webhook.go:109`` and
``scheduler/reaper.go:1684``); subscription and run-completion webhooks do not
(``webhook/event_notify.go``). :func:`verify_signature` requires the timestamped ``v1``
signature (a body-only signature cannot stop a replay) and, when the ``sha256`` one is
present too, checks that as well.

While a webhook subscription's secret is being rotated, Strait signs with the new secret
in ``X-Strait-Signature`` and, during the grace period, with the previous one in
``X-Strait-Signature-Old`` (``webhook/event_notify.go:1078-1085``): a receiver still
holding only the previous secret keeps verifying. Pass several secrets (a list) to
accept any of them while you rotate your own.

A secret can also come from the ``STRAIT_SIGNING_SECRET`` environment variable
(:func:`configured_signing_secret`): the HTTP adapters and ``RunContext.from_headers``
verify whenever one is configured.

Besides the SDK's error types this module uses the standard library only, so test servers
(for example the local Strait emulator) can use :func:`signature_headers` to sign what they send.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Iterable, Mapping

from ._errors import SignatureVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_256_HEADER",
    "SIGNATURE_HEADER",
    "SIGNATURE_OLD_HEADER",
    "SIGNING_SECRET_ENV",
    "TIMESTAMP_HEADER",
    "SignatureVerificationError",
    "SigningSecret",
    "configured_signing_secret",
    "sign",
    "sign_body",
    "signature_headers",
    "verify_signature",
]

TIMESTAMP_HEADER = "X-Strait-Timestamp"
SIGNATURE_HEADER = "X-Strait-Signature"
SIGNATURE_256_HEADER = "X-Strait-Signature-256"
SIGNATURE_OLD_HEADER = "X-Strait-Signature-Old"  # the previous secret's, while rotating
SIGNING_SECRET_ENV = "STRAIT_SIGNING_SECRET"
DEFAULT_TOLERANCE = 300  # seconds either side of now

Secret = str | bytes
#: One signing secret, or several (any of them is accepted) while rotating.
SigningSecret = str | bytes | Iterable[str | bytes]
HeadersLike = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]


def _key(secret: Secret) -> bytes:
    return secret.encode() if isinstance(secret, str) else bytes(secret)


def _body(body: bytes | str) -> bytes:
    return body.encode() if isinstance(body, str) else bytes(body)


def sign(secret: Secret, timestamp: int | str, body: bytes | str) -> str:
    """The ``X-Strait-Signature`` value for ``body`` sent at ``timestamp``: ``v1=<hex>``."""
    mac = hmac.new(_key(secret), str(timestamp).encode() + b"." + _body(body), hashlib.sha256)
    return "v1=" + mac.hexdigest()


def sign_body(secret: Secret, body: bytes | str) -> str:
    """The ``X-Strait-Signature-256`` value for ``body``: ``sha256=<hex HMAC(secret, body)>``."""
    return "sha256=" + hmac.new(_key(secret), _body(body), hashlib.sha256).hexdigest()


def signature_headers(
    secret: Secret,
    body: bytes | str,
    *,
    timestamp: int | None = None,
    body_signature: bool = False,
    previous_secret: Secret | None = None,
) -> dict[str, str]:
    """The headers Strait adds to a signed request (``timestamp`` defaults to now).

    ``body_signature=True`` adds ``X-Strait-Signature-256`` as Strait's notification-channel
    webhooks do; HTTP dispatches to job endpoints and subscription webhooks carry only the
    timestamped signature. ``previous_secret``
    adds ``X-Strait-Signature-Old``, as a webhook sent during a secret rotation carries.
    """
    ts = str(int(time.time()) if timestamp is None else timestamp)
    headers = {TIMESTAMP_HEADER: ts, SIGNATURE_HEADER: sign(secret, ts, body)}
    if previous_secret:
        headers[SIGNATURE_OLD_HEADER] = sign(previous_secret, ts, body)
    if body_signature:
        headers[SIGNATURE_256_HEADER] = sign_body(secret, body)
    return headers


def configured_signing_secret(secret: SigningSecret | None = None) -> SigningSecret | None:
    """``secret`` when given, else ``STRAIT_SIGNING_SECRET`` from the environment, else None.

    An empty string (or an empty list) counts as "not configured".
    """
    if secret is not None:
        if isinstance(secret, (str, bytes)):
            return secret or None
        secrets = [s for s in secret if s]
        return secrets or None
    return os.environ.get(SIGNING_SECRET_ENV) or None


def _header_map(headers: HeadersLike) -> dict[str, str]:
    """Lower-cased header names to values; accepts a mapping or ASGI/WSGI-style pairs."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, str] = {}
    for name, value in items:
        key = (name.decode("latin-1") if isinstance(name, bytes) else name).lower()
        out.setdefault(key, value.decode("latin-1") if isinstance(value, bytes) else value)
    return out


def _candidates(value: str, prefix: str) -> list[str]:
    """The hex digests carrying ``prefix`` in a header (one, or several comma-separated)."""
    out = []
    for part in value.replace(" ", ",").split(","):
        if part.startswith(prefix):
            out.append(part[len(prefix) :])
    return out


def _matches(candidates: list[str], expected: list[str]) -> bool:
    # Compare every pair, always: constant time in the secret and the digests.
    found = False
    for got in candidates:
        for want in expected:
            found |= hmac.compare_digest(got.encode(), want.encode())
    return found


def verify_signature(
    body: bytes | str,
    headers: HeadersLike,
    secret: SigningSecret,
    tolerance: float = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> int:
    """Check that a request really comes from Strait and is fresh; return its timestamp.

    ``body`` is the raw request body exactly as received (not re-serialized JSON);
    ``headers`` a mapping (any case) or ``(name, value)`` pairs, str or bytes, as ASGI and
    WSGI servers give them; ``secret`` the job's ``endpoint_signing_secret`` (or a list of
    secrets while rotating one). The request is accepted when its ``X-Strait-Timestamp`` is
    within ``tolerance`` seconds of now and its ``X-Strait-Signature`` (or, during a
    webhook secret rotation, ``X-Strait-Signature-Old``) matches one of the secrets, and
    ``X-Strait-Signature-256``, if present, matches too. Digests are compared in
    constant time.

    Raises :class:`~strait.SignatureVerificationError` (a ``StraitError``) with ``reason``
    one of ``"missing_header"``, ``"malformed_header"``, ``"stale_timestamp"``,
    ``"mismatch"`` or ``"no_secret"``. Its message never contains the secret.
    """
    secrets = [secret] if isinstance(secret, (str, bytes)) else list(secret)
    secrets = [s for s in secrets if s]
    if not secrets:
        raise SignatureVerificationError(
            "no signing secret configured: pass the job's endpoint_signing_secret", reason="no_secret"
        )
    found = _header_map(headers)
    ts_text = found.get(TIMESTAMP_HEADER.lower())
    sig_text = found.get(SIGNATURE_HEADER.lower())
    if not ts_text or not sig_text:
        missing = [h for h, v in ((TIMESTAMP_HEADER, ts_text), (SIGNATURE_HEADER, sig_text)) if not v]
        raise SignatureVerificationError(
            f"request is not signed by Strait: missing {' and '.join(missing)}", reason="missing_header"
        )
    try:
        timestamp = int(ts_text.strip())
    except ValueError:
        raise SignatureVerificationError(
            f"{TIMESTAMP_HEADER} is not a unix timestamp", reason="malformed_header"
        ) from None
    candidates = _candidates(sig_text.strip(), "v1=")
    old_text = found.get(SIGNATURE_OLD_HEADER.lower())
    if old_text:  # signed with the previous secret too (event_notify.go:1081-1085)
        candidates += _candidates(old_text.strip(), "v1=")
    if not candidates:
        raise SignatureVerificationError(
            f"{SIGNATURE_HEADER} has no v1= signature", reason="malformed_header"
        )
    age = (time.time() if now is None else now) - timestamp
    if abs(age) > tolerance:
        raise SignatureVerificationError(
            f"{TIMESTAMP_HEADER} is {abs(age):.0f}s {'old' if age > 0 else 'in the future'}, "
            f"outside the {tolerance:g}s tolerance (a replay, or a clock out of sync)",
            reason="stale_timestamp",
        )
    raw = _body(body)
    if not _matches(candidates, [sign(s, ts_text.strip(), raw)[3:] for s in secrets]):
        raise SignatureVerificationError(
            "signature does not match: the body was altered, or the signing secret is not this job's",
            reason="mismatch",
        )
    body_sig = found.get(SIGNATURE_256_HEADER.lower())
    if body_sig is not None:
        digests = _candidates(body_sig.strip(), "sha256=")
        if not _matches(digests, [sign_body(s, raw)[7:] for s in secrets]):
            raise SignatureVerificationError(
                f"{SIGNATURE_256_HEADER} does not match the body", reason="mismatch"
            )
    return timestamp
