"""Execution: timeouts, retries, fallback, cancel, replay, redirects (issue 16 items 12-15
and the emulator's own safety)."""

from __future__ import annotations

import time

import pytest

from strait.local import LocalStrait
from strait.local._engine import begin_attempt, classify_text, fail_attempt, retry_delay

from ._api import Api, error, serve_endpoint, wait


def test_last_attempt_out_of_time_is_timed_out(api: Api, local_strait: LocalStrait) -> None:
    """A last attempt over ``timeout_secs`` ends ``timed_out``, ``execution timed out``, class
    ``transient`` (worker/executor_dispatch.go:94-96, worker/executor_timeout.go:13,32-44,
    worker/executor_transitions.go:86-97)."""
    with serve_endpoint(held=True) as endpoint:
        job = api.job(endpoint_url=endpoint.url, timeout_secs=30, max_attempts=1)
        run = api.trigger(job["id"]).json()
        wait(api, run["id"], "executing")
        local_strait.advance(31)
        ended = wait(api, run["id"], "timed_out")
    assert (ended["error"], ended["error_class"]) == ("execution timed out", "transient")


def test_earlier_attempt_out_of_time_is_retried(api: Api, local_strait: LocalStrait) -> None:
    """An attempt out of time with attempts left is retried as ``transient``
    (worker/executor_transitions.go:86-93)."""
    with serve_endpoint(held=True) as endpoint:
        job = api.job(endpoint_url=endpoint.url, timeout_secs=30, max_attempts=2)
        run = api.trigger(job["id"]).json()
        wait(api, run["id"], "executing")
        local_strait.advance(31)
        retried = wait(api, run["id"], "queued", "executing")
    assert (retried["attempt"], retried["error"], retried["error_class"]) == (
        2,
        "execution timed out",
        "transient",
    )


@pytest.mark.parametrize(
    "strategy", [{"retry_strategy": "fixed"}, {"retry_strategy": "custom", "retry_delays_secs": [600]}]
)
def test_retry_backoff_ignores_the_job_strategy(strategy: dict[str, object]) -> None:
    """Every retry backs off exponentially from 1 s (x2, cap 3600 s, +-20 %), whatever the
    job's ``retry_strategy``/``retry_delays_secs`` (worker/executor_dispatch_policy.go:11-19,
    worker/backoff.go:143-190); the delay is computed from the attempt only."""
    for attempt, step in ((1, 1), (2, 2), (5, 16), (13, 3600), (40, 3600)):
        delays = [retry_delay(attempt) for _ in range(200)]
        assert all(0.8 * step - 1e-9 <= d <= 1.2 * step + 1e-9 for d in delays), (
            attempt,
            min(delays),
            max(delays),
        )
        assert max(delays) - min(delays) > 0.2 * step  # jitter both ways


def test_http_retry_uses_the_exponential_delay(api: Api) -> None:
    """A 500 with attempts left: ``queued``, ``attempt`` 2, ``next_retry_at`` about 1 s on,
    even with ``retry_strategy: custom`` of 600 s (worker/executor_dispatch_policy.go:11-19)."""
    with serve_endpoint() as endpoint:
        endpoint.respond = lambda seen: (500, {}, b"{}")
        job = api.job(
            endpoint_url=endpoint.url, max_attempts=3, retry_strategy="custom", retry_delays_secs=[600]
        )
        run = api.trigger(job["id"]).json()
        queued = wait(api, run["id"], "queued", "executing")
        while queued["attempt"] < 2:
            queued = api.run(run["id"])
    assert (queued["error"], queued["error_class"]) == ("endpoint returned 500", "server")


def test_retry_raises_priority_by_the_boost(api: Api, local_strait: LocalStrait) -> None:
    """A retried run's priority rises by ``retry_priority_boost`` (default 1, at most 10)
    (worker/executor_transitions.go:50-68, api/job_create.go:262-264)."""
    with serve_endpoint() as endpoint:
        endpoint.respond = lambda seen: (503, {}, b"{}")
        job = api.job(endpoint_url=endpoint.url, max_attempts=3)
        run = api.trigger(job["id"], {"priority": 9}).json()
        first = wait(api, run["id"], "queued")
        assert first["priority"] == 10
        local_strait.advance(2)
        wait(api, run["id"], "queued", "dead_letter")
        local_strait.advance(5)
        assert wait(api, run["id"], "dead_letter")["priority"] == 10


def test_fallback_endpoint_for_transient_failures(api: Api) -> None:
    """``fallback_endpoint_url`` is called for rate-limited, transient, connection and timeout
    failures, not for a 500 (worker/executor_dispatch.go:85-93,133-140,
    worker/executor_errors.go:135-137)."""
    with serve_endpoint() as primary, serve_endpoint() as fallback:
        fallback.respond = lambda seen: (200, {}, b'{"from": "fallback"}')
        primary.respond = lambda seen: (429, {}, b"{}")
        job = api.job(endpoint_url=primary.url, fallback_endpoint_url=fallback.url, max_attempts=1)
        done = wait(api, api.trigger(job["id"]).json()["id"], "completed")
        assert done["result"] == {"from": "fallback"}
        primary.respond = lambda seen: (500, {}, b"{}")
        dead = wait(api, api.trigger(job["id"]).json()["id"], "dead_letter")
    assert dead["error_class"] == "server"
    assert len(fallback.seen) == 1


def test_dispatch_never_follows_redirects(api: Api) -> None:
    """A 3xx from the endpoint is its answer: the executor's client does not follow it, so
    no run token or signature reaches another origin (worker/executor_http_client.go:38-40)."""
    with serve_endpoint() as elsewhere, serve_endpoint() as endpoint:
        endpoint.respond = lambda seen: (307, {"Location": elsewhere.url}, b"")
        job = api.job(endpoint_url=endpoint.url, max_attempts=1, endpoint_signing_secret="s" * 32)
        dead = wait(api, api.trigger(job["id"]).json()["id"], "dead_letter")
    assert dead["error"] == "endpoint returned 307"
    assert elsewhere.seen == []


def test_cancel_sets_the_error_and_cancels_spawned_children(api: Api) -> None:
    """Cancel: ``error: canceled by user``; runs it spawned, and theirs, are canceled with
    ``parent run canceled`` (api/runs.go:153-179, api/run_child_cancellation.go:10-46)."""
    with serve_endpoint(held=True) as endpoint:
        child_job = api.job()
        job = api.job(endpoint_url=endpoint.url)
        parent = api.trigger(job["id"]).json()
        wait(api, parent["id"], "executing")
        while not endpoint.seen:
            time.sleep(0.005)
        token = endpoint.seen[0].headers["X-Run-Token"]
        child = api.ok(
            "POST",
            f"/sdk/v1/runs/{parent['id']}/spawn",
            {"job_slug": child_job["slug"], "project_id": api.project},
            headers={"Authorization": f"Bearer {token}"},
        )
        canceled = api.ok("DELETE", f"/v1/runs/{parent['id']}")
    assert (canceled["status"], canceled["error"]) == ("canceled", "canceled by user")
    child_run = api.run(child["id"])
    assert (child_run["status"], child_run["error"]) == ("canceled", "parent run canceled")


def test_replay_from_checkpoint(api: Api) -> None:
    """Replay ``?from_checkpoint=N`` starts from that checkpoint's state with ``debug_mode``;
    an unknown one is 404 (api/runs.go:269-290)."""
    with serve_endpoint() as endpoint:

        def checkpoint_then_fail(seen: object) -> tuple[int, dict[str, str], bytes]:
            headers = seen.headers  # type: ignore[attr-defined]
            auth = {"Authorization": f"Bearer {headers['X-Run-Token']}"}
            run_id = headers["X-Run-ID"]
            api.ok("POST", f"/sdk/v1/runs/{run_id}/checkpoint", {"state": {"cursor": 7}}, headers=auth)
            return 400, {}, b"{}"

        endpoint.respond = checkpoint_then_fail
        job = api.job(endpoint_url=endpoint.url, max_attempts=1)
        run = api.trigger(job["id"], {"payload": {"cursor": 0}}).json()
        wait(api, run["id"], "dead_letter")
    api.strait.call(lambda: setattr(api.strait.emulator.state.runs[run["id"]], "status", "failed"))
    replay = api.ok("POST", f"/v1/runs/{run['id']}/replay?from_checkpoint=1")
    assert (replay["payload"], replay["debug_mode"]) == ({"cursor": 7}, True)
    assert error(api("POST", f"/v1/runs/{run['id']}/replay?from_checkpoint=2")) == (
        404,
        "checkpoint not found",
    )


def test_worker_failure_text_is_classified() -> None:
    """A worker's failure text: ``out of memory``/``OOM``/``ENOMEM`` -> ``oom``, ``budget
    exceeded``/``cost limit`` -> ``budget``; neither is retried
    (worker/executor_errors.go:16-35,72-97)."""
    assert classify_text("process killed: OOM") == "oom"
    assert classify_text("ENOMEM while allocating") == "oom"
    assert classify_text("budget exceeded for tenant") == "budget"
    assert classify_text("cost limit reached") == "budget"
    assert classify_text("boom") == "unknown"


def test_worker_oom_failure_is_not_retried(api: Api, local_strait: LocalStrait) -> None:
    """A worker-mode failure reported as ``out of memory`` dead-letters at once, class
    ``oom`` (worker/executor_errors.go:72-79, engine's retry rule)."""
    job = api.job(max_attempts=3)
    run = api.trigger(job["id"]).json()
    emu = local_strait.emulator

    def fail() -> None:
        live = emu.state.runs[run["id"]]
        begin_attempt(emu, live)
        fail_attempt(emu, live, "worker: out of memory", "unknown")

    local_strait.call(fail)
    dead = api.run(run["id"])
    assert (dead["status"], dead["attempt"], dead["error_class"]) == ("dead_letter", 1, "oom")
