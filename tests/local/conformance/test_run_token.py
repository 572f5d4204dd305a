"""Run-token endpoints, /sdk/v1 (issue 16 items 16-18)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from strait.local import implemented_operations
from strait.local._http import error_body

from ._api import Api, error, serve_endpoint, wait


@contextmanager
def executing(api: Api, **job_fields: Any) -> Iterator[tuple[dict[str, Any], dict[str, str]]]:
    """A run held ``executing`` by its endpoint, and the headers carrying its run token."""
    with serve_endpoint(held=True) as endpoint:
        job = api.job(endpoint_url=endpoint.url, **job_fields)
        run = api.trigger(job["id"]).json()
        wait(api, run["id"], "executing")
        while not endpoint.seen:
            time.sleep(0.005)
        yield run, {"Authorization": f"Bearer {endpoint.seen[0].headers['X-Run-Token']}"}


def test_removed_routes_answer_404(api: Api) -> None:
    """``usage``, ``tool-call`` and ``iteration`` are not mounted under a run's SDK routes:
    with a valid run token, the router's 404 (api/routes.go:685-715 mounts none of them)."""
    with executing(api) as (run, token):
        for path in ("usage", "tool-call", "iteration"):
            answer = api("POST", f"/sdk/v1/runs/{run['id']}/{path}", {}, headers=token)
            assert (answer.status_code, answer.text) == (404, "404 page not found\n"), path


def test_every_removed_operation_answers_404_and_is_not_counted(api: Api) -> None:
    """Every operation the spec keeps as ``deprecated`` with ``x-strait-removed-in`` is
    gone from the server's router: the router's 404, and not counted as implemented. An
    absence: api/routes.go mounts none of them (the ``/v1`` tree 252-683, with
    ``/jobs/{jobID}`` 307-324, ``/runs/{runID}`` 359-379 and ``/analytics`` 449-506; the
    ``/sdk/v1/runs/{runID}`` tree 685-715)."""
    spec = json.loads((Path(__file__).resolve().parents[3] / "openapi" / "strait.openapi.json").read_text())
    removed = {
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if "x-strait-removed-in" in op
    }
    assert len(removed) == 15
    assert not {op for _, _, op in removed} & set(implemented_operations())
    for method, path, op in removed:
        if path.startswith("/sdk/"):
            continue  # run-token routes: covered above with a real token
        concrete = re.sub(r"\{[^}]+\}", "x1", path)
        answer = api(method, concrete, {} if method == "POST" else None)
        assert (answer.status_code, answer.text) == (404, "404 page not found\n"), op


def test_continue_only_creates_the_successor(api: Api) -> None:
    """``continue`` makes the successor (``triggered_by: manual``, ``continuation_of``,
    ``lineage_depth`` + 1); the caller stays ``executing`` (api/sdk_terminal.go:338-392)."""
    with executing(api) as (run, token):
        successor = api.ok(
            "POST", f"/sdk/v1/runs/{run['id']}/continue", {"payload": {"page": 2}}, headers=token
        )
        assert api.run(run["id"])["status"] == "executing"
    assert (successor["triggered_by"], successor["continuation_of"], successor["lineage_depth"]) == (
        "manual",
        run["id"],
        1,
    )
    assert successor["payload"] == {"page": 2}


def test_continue_stops_at_lineage_depth_10(api: Api) -> None:
    """A run at lineage depth 10 cannot continue: 400 (api/sdk_terminal.go:353-356)."""
    with executing(api) as (run, token):
        api.strait.call(lambda: setattr(api.strait.emulator.state.runs[run["id"]], "lineage_depth", 10))
        answer = api("POST", f"/sdk/v1/runs/{run['id']}/continue", {}, headers=token)
    assert error(answer) == (400, "max lineage depth (10) exceeded")


def test_result_schema_enforced_on_complete(api: Api) -> None:
    """``result_schema`` checked on complete: 422 ``result_schema_validation_failed``
    (api/sdk_terminal.go:44-57)."""
    schema = {"type": "object", "required": ["total"]}
    with executing(api, result_schema=schema) as (run, token):
        bad = api("POST", f"/sdk/v1/runs/{run['id']}/complete", {"result": {"n": 1}}, headers=token)
        assert bad.status_code == 422
        assert bad.json()["error"] == {
            "code": "result_schema_validation_failed",
            "message": "result schema validation failed",
            "details": ["$.total is required"],
        }
        good = api.ok("POST", f"/sdk/v1/runs/{run['id']}/complete", {"result": {"total": 1}}, headers=token)
    assert good["status"] == "completed"


def test_any_log_level_is_kept(api: Api) -> None:
    """Any level string is accepted; an empty one is ``info``; data defaults to ``{}``
    (api/sdk.go:395-420)."""
    with executing(api) as (run, token):
        loud = api.ok(
            "POST", f"/sdk/v1/runs/{run['id']}/log", {"message": "m", "level": "critical"}, headers=token
        )
        plain = api.ok("POST", f"/sdk/v1/runs/{run['id']}/log", {"message": "m"}, headers=token)
    assert (loud["level"], plain["level"], plain["data"]) == ("critical", "info", {})


def test_deleting_a_missing_memory_key_is_204(api: Api) -> None:
    """Deleting a memory key that is not there: 204 (api/sdk_memory.go, routes.go:712)."""
    with executing(api) as (run, token):
        answer = api("DELETE", f"/sdk/v1/runs/{run['id']}/memory/nothing", headers=token)
    assert answer.status_code == 204


def test_state_and_annotation_limits(api: Api) -> None:
    """A state value over 64 KB, a key over 256, more than 50 annotations: 400
    (api/sdk_state.go:27-32, api/sdk.go:503-505)."""
    with executing(api) as (run, token):
        base = f"/sdk/v1/runs/{run['id']}"
        big = api("POST", f"{base}/state", {"key": "k", "value": "x" * 65536}, headers=token)
        long_key = api("POST", f"{base}/state", {"key": "k" * 257, "value": 1}, headers=token)
        many = api(
            "POST", f"{base}/annotate", {"annotations": {f"a{i}": "v" for i in range(51)}}, headers=token
        )
    assert error(big) == (400, "state value must not exceed 64KB")
    assert error(long_key) == (400, "state key must be 256 characters or fewer")
    assert error(many) == (400, "too many annotations (max 50)")


def test_wait_for_event_keys_up_to_512(api: Api) -> None:
    """Event keys up to 512 characters; longer is 400 (api/event_triggers.go:28-40,
    api/sdk_wait_event.go:52-54)."""
    with executing(api) as (run, token):
        path = f"/sdk/v1/runs/{run['id']}/wait-for-event"
        too_long = api("POST", path, {"event_key": "k" * 513}, headers=token)
        fits = api("POST", path, {"event_key": "k" * 512}, headers=token)
    assert error(too_long) == (400, "event key must be at most 512 characters")
    assert fits.status_code == 200


def test_410_and_413_carry_internal_error(api: Api) -> None:
    """The codes of 410 and 413 fall to ``internal_error`` (api/server.go:1326-1349). With the
    default limits a result over ``MAX_RESULT_SIZE`` (1 MiB) cannot arrive: its body is over
    ``MAX_REQUEST_BODY_SIZE`` (1 MiB) too, is cut, and fails to decode first: 400
    (config/config.go:111,272, api/sdk_terminal.go:36, api/server.go:1351)."""
    with executing(api) as (run, token):
        big = api(
            "POST", f"/sdk/v1/runs/{run['id']}/complete", {"result": "x" * (1024 * 1024)}, headers=token
        )
        api.ok("POST", f"/sdk/v1/runs/{run['id']}/complete", {"result": 1}, headers=token)
        gone = api("POST", f"/sdk/v1/runs/{run['id']}/log", {"message": "late"}, headers=token)
    assert big.status_code == 400 and big.json()["error"]["message"].startswith("invalid request body")
    assert (gone.status_code, gone.json()["error"]["code"]) == (410, "internal_error")
    assert error_body(413, "too big", "r")["error"] == {"code": "internal_error", "message": "too big"}


def test_sse_log_frame_without_data_carries_empty_object(api: Api) -> None:
    """A log published without data carries ``"data": {}`` on the run's live stream
    (api/sdk.go:409-412)."""
    with executing(api) as (run, token):
        emu = api.strait.emulator
        queue = api.strait.call(lambda: emu.subscribe(f"run:{run['id']}"))
        api.ok("POST", f"/sdk/v1/runs/{run['id']}/log", {"message": "hello"}, headers=token)
        frame = api.strait.call(queue.get_nowait)
    assert frame is not None and b'"data":{}' in frame
