"""The shared homes: one backoff, one redaction rule, one table of server limits, every
exception in ``strait.errors``."""

from __future__ import annotations

import importlib
import inspect

import pytest

import strait
import strait.errors
from strait._backoff import Backoff
from strait._limits import GRPC_MAX_RECEIVE_BYTES, MAX_ERROR_MESSAGE_BYTES, cut_utf8
from strait._redact import describe_request, is_secret_name, redact_url
from strait._retry import RetryPolicy
from strait._sse import ReconnectPolicy


def test_backoff_grows_caps_and_jitters() -> None:
    b = Backoff(0.5, 4.0, jitter=0.25)
    assert [b.delay(n, 0.0) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert b.delay(0, 1.0) == pytest.approx(0.375)
    assert b.delay(10_000, 0.0) == 4.0  # no OverflowError
    assert 0.375 <= b.delay(0) <= 0.5
    assert b.with_floor(10.0).delay(0, 0.0) == 10.0


def test_retries_streams_and_workers_share_the_formula() -> None:
    policy = RetryPolicy(initial_delay=0.2, max_delay=1.0, jitter=0.5)
    assert policy._delay(3, 1.0) == Backoff(0.2, 1.0, jitter=0.5).delay(3, 0.0) == 1.0
    stream = ReconnectPolicy(initial_delay=0.5, max_delay=30.0, jitter=0.5)
    assert stream.backoff(2, None, 0.5) == Backoff(0.5, 30.0, jitter=0.5).delay(2, 0.5)
    assert stream.backoff(0, 45.0, 0.0) == 45.0  # the server's retry: hint wins over the cap


@pytest.mark.parametrize(
    "name", ["token", "access_token", "sig", "password", "api_key", "X-Signing-Secret", "session_id"]
)
def test_secret_names(name: str) -> None:
    assert is_secret_name(name)


def test_redact_url_masks_every_secret_looking_value_and_the_userinfo() -> None:
    url = "https://user:hunter2@h.example/v1/runs?access_token=a1&sig=s2&password=p3&limit=5"
    shown = redact_url(url)
    for secret in ("hunter2", "a1", "s2", "p3", "user"):
        assert secret not in shown
    assert "limit=5" in shown
    assert describe_request("GET", url) == f"GET {shown}"
    assert redact_url("https://h.example/v1/runs") == "https://h.example/v1/runs"
    assert "s3cr3t" not in redact_url("not a url?token=s3cr3t")


def test_cut_utf8_never_splits_a_character() -> None:
    text = "é" * MAX_ERROR_MESSAGE_BYTES  # two bytes each
    cut = cut_utf8(text, MAX_ERROR_MESSAGE_BYTES)
    assert len(cut.encode()) <= MAX_ERROR_MESSAGE_BYTES
    assert cut == "é" * (MAX_ERROR_MESSAGE_BYTES // 2)
    assert cut_utf8("short", 10) == "short"
    assert GRPC_MAX_RECEIVE_BYTES == 1 << 20


def test_every_public_exception_is_in_strait_errors() -> None:
    exported = {name for name in strait.errors.__all__ if inspect.isclass(getattr(strait.errors, name))}
    for module_name in ("strait", "strait.fsm", "strait._sse", "strait._pagination", "strait.worker._core"):
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            ours = inspect.isclass(value) and value.__module__.startswith("strait")
            if ours and issubclass(value, BaseException) and not name.startswith("_"):
                assert name in exported, f"{module_name}.{name} is not in strait.errors"
                assert value is getattr(strait._errors, name)  # defined there, once
                assert value.__module__ == "strait.errors"  # and shown under its public name
