"""Every operation is reachable from both clients, with the official SDK's names and
identical sync/async signatures."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from spec_samples import spec

from strait import AsyncClient, Client
from strait._core import Operation
from strait._generated.services import SERVICES
from strait._generated.services._index import OPERATIONS

ROOT = Path(__file__).resolve().parent.parent
OFFICIAL = json.loads((ROOT / "openapi" / "official-sdk-methods.json").read_text())


def _spec_operations() -> dict[str, tuple[str, str]]:
    return {
        op["operationId"]: (method.upper(), path)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }


def _service_class(service: str, kind: str) -> type:
    """The class of ``client.<service>``: the generated one, or its facade (strait._facade)."""
    module = importlib.import_module(f"strait._generated.services.{service}")
    sync_name, async_name = SERVICES[service]
    name = async_name if kind == "async" else sync_name
    cls: type = getattr(importlib.import_module("strait._facade"), name, None) or getattr(module, name)
    return cls


def _sse_operations() -> set[str]:
    return {
        op["operationId"]
        for item in spec()["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
        and any("text/event-stream" in r.get("content", {}) for r in op["responses"].values())
    }


def _is_follow(fn: Any) -> bool:
    """A live-stream method of the hand-written facade (strait._facade)."""
    return bool(fn.__module__ == "strait._facade" and fn.__name__.startswith("follow"))


def _operations_reached(kind: str) -> dict[str, str]:
    """operationId -> 'service.method', found by walking the service classes."""
    reached: dict[str, str] = {}
    for op_id in _sse_operations():  # reached through the follow methods only
        service, name = OPERATIONS[op_id]
        if _is_follow(getattr(_service_class(service, kind), name)):
            reached[op_id] = f"{service}.{name}"
    for service in SERVICES:
        module = importlib.import_module(f"strait._generated.services.{service}")
        ops = {id(v): v for v in vars(module).values() if isinstance(v, Operation)}
        cls = _service_class(service, kind)
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            for const in fn.__code__.co_names:
                op = getattr(module, const, None)
                if isinstance(op, Operation) and id(op) in ops:
                    reached.setdefault(op.operation_id, f"{service}.{name}")
    return reached


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_every_spec_operation_is_reachable(kind: str) -> None:
    reached = _operations_reached(kind)
    assert set(reached) == set(_spec_operations())
    assert len(reached) == 307


def test_index_matches_spec_and_methods() -> None:
    assert set(OPERATIONS) == set(_spec_operations())
    for service, method in OPERATIONS.values():
        assert callable(getattr(_service_class(service, "sync"), method))
        assert callable(getattr(_service_class(service, "async"), method))


def test_operation_metadata_matches_spec() -> None:
    ops = _spec_operations()
    for service in SERVICES:
        module = importlib.import_module(f"strait._generated.services.{service}")
        for value in vars(module).values():
            if isinstance(value, Operation):
                assert (value.http_method, value.path) == ops[value.operation_id]


def _norm(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_official_sdk_names_are_kept() -> None:
    by_route = {(m, _norm(p)): op for op, (m, p) in _spec_operations().items()}
    matched = 0
    for entry in OFFICIAL:
        op = by_route.get((entry["http_method"], _norm(entry["path"])))
        if op is None:
            continue  # the official SDK calls a route the server does not have
        matched += 1
        assert OPERATIONS[op] == (entry["service"], entry["method"]), entry
    assert matched == 228


def _public_methods(cls: type) -> dict[str, Any]:
    """The generated methods (not the hand-written stream mixins' ones)."""
    return {n: f for n, f in vars(cls).items() if not n.startswith("_") and callable(f) and not _is_follow(f)}


def test_sse_operations_are_follow_streams_only() -> None:
    """issue 9 #7: a Server-Sent Events operation has no plain request method that would
    block until the server closes the stream; its name is the mixin's follow method."""
    assert len(_sse_operations()) == 4
    for op_id in _sse_operations():
        service, name = OPERATIONS[op_id]
        module = importlib.import_module(f"strait._generated.services.{service}")
        assert not any(isinstance(v, Operation) and v.operation_id == op_id for v in vars(module).values())
        for kind in ("sync", "async"):
            assert _is_follow(getattr(_service_class(service, kind), name)), (op_id, kind)
    with Client(base_url="http://127.0.0.1:9", api_key=API_KEY) as c:
        stream = c.runs.stream("run_1", timeout=1)  # returns at once: opens on first read
        from strait._streams import EventStream

        assert isinstance(stream, EventStream)
        stream.close()


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_sync_async_parity(service: str) -> None:
    sync_cls, async_cls = _service_class(service, "sync"), _service_class(service, "async")
    sync_methods, async_methods = _public_methods(sync_cls), _public_methods(async_cls)
    assert sync_methods.keys() == async_methods.keys()
    for name, fn in sync_methods.items():
        s, a = inspect.signature(fn), inspect.signature(async_methods[name])
        assert list(s.parameters.values()) == list(a.parameters.values()), f"{service}.{name}"
        assert fn.__doc__ == async_methods[name].__doc__


def test_client_parity() -> None:
    def surface(cls: type) -> set[str]:
        return {n for n in dir(cls) if not n.startswith("_")}

    assert surface(Client) - {"close"} == surface(AsyncClient) - {"close", "aclose"}
    assert set(SERVICES) <= surface(Client)


def test_documented_calls_exist() -> None:
    with Client(base_url="http://x.example", api_key=API_KEY) as c:
        for path in (
            "jobs.list",
            "jobs.create",
            "jobs.trigger",
            "jobs.get",
            "runs.get",
            "runs.list",
            "workflows.create",
            "workflow_runs.approve_step",
            "event_triggers.send",
            "sdk_runs.log_run",
            "sdk_runs.progress_run",
            "sdk_runs.complete_run",
            "sdk_runs.wait_for_event",
            "sdk_runs.wait_for_event_run",
            "health.list",
        ):
            service, method = path.split(".")
            assert callable(getattr(getattr(c, service), method)), path
        trigger = inspect.signature(c.jobs.trigger)
        assert list(trigger.parameters)[:2] == ["job_id", "body"]
        assert "query" in inspect.signature(c.jobs.list).parameters


def test_services_are_cached_and_bound() -> None:
    with Client(base_url="http://x.example", api_key=API_KEY) as c:
        assert c.jobs is c.jobs
        assert c.jobs._client is c


@pytest.mark.parametrize("service", sorted(SERVICES))
def test_annotations_resolve(service: str) -> None:
    """Users' type checkers and typing.get_type_hints see real types (not undefined names)."""
    import typing

    module = importlib.import_module(f"strait._generated.services.{service}")
    for kind in ("sync", "async"):
        for name, fn in _public_methods(_service_class(service, kind)).items():
            hints = typing.get_type_hints(fn, globalns=vars(module))
            assert "return" in hints, f"{service}.{name}"


# -- list results are dicts (issue 10) and the walk cannot loop (issue 13 #2) ----------


class _JobPages:
    """Serves ``total`` jobs, ``size`` per page, like the server (``next_cursor`` with
    ``has_more``); ``repeat`` makes every page answer the same cursor."""

    def __init__(self, total: int, size: int, *, repeat: bool = False) -> None:
        from spec_samples import component

        self.jobs = [
            component("Job", id=f"job_{i}", created_at=f"2026-01-01T00:00:{i:02d}Z") for i in range(total)
        ]
        self.size, self.repeat = size, repeat
        self.cursors: list[str | None] = []

    def body(self, cursor: str | None) -> dict[str, Any]:
        start = 0 if cursor is None or self.repeat else int(cursor) + 1
        chunk = self.jobs[start : start + self.size]
        more = self.repeat or start + self.size < len(self.jobs)
        body: dict[str, Any] = {"data": chunk, "has_more": more}
        if more:
            body["next_cursor"] = "0" if self.repeat else str(start + len(chunk) - 1)
        return body

    def __call__(self, request: Any) -> Any:
        from werkzeug import Response

        cursor = request.args.get("cursor")
        self.cursors.append(cursor)
        return Response(json.dumps(self.body(cursor)), content_type="application/json")


def test_page_is_the_servers_body_and_walks_every_item(httpserver: HTTPServer) -> None:
    from strait import SyncPage
    from strait._generated.models import Job

    pages = _JobPages(7, 3)
    httpserver.expect_request("/v1/jobs").respond_with_handler(pages)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        page = c.jobs.list(limit=3)
        assert isinstance(page, SyncPage) and isinstance(page, dict)
        body = pages.body(None)
        assert page == body and json.dumps(page) == json.dumps(body) and page["data"] == body["data"]
        assert {**page} == body and page.to_dict() == body and dict(page) == body
        assert page.has_more and page.next_cursor == "2" and len(page.data) == 3
        assert all(isinstance(job, Job) for job in page.data) and page.data[0].id == "job_0"
        assert json.dumps(page) == json.dumps(body)  # still the wire JSON after typed reads
        assert [job.id for job in page] == [f"job_{i}" for i in range(7)]
        assert [job.id for job in c.jobs.list(limit=3).auto_paging_iter()] == [f"job_{i}" for i in range(7)]
        assert [len(p.data) for p in c.jobs.list(limit=3).iter_pages()] == [3, 3, 1]
    assert pages.cursors[:3] == [None, "2", "5"]


def test_null_data_page_stays_the_wire_body(httpserver: HTTPServer) -> None:
    body = {"data": None, "has_more": False}
    httpserver.expect_request("/v1/jobs").respond_with_json(body)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        page = c.jobs.list()
        assert page.data == [] and list(page) == []
        assert page == body and json.dumps(page) == json.dumps(body)


async def test_async_page_is_the_servers_body_and_walks_every_item(httpserver: HTTPServer) -> None:
    from strait import AsyncPage

    pages = _JobPages(7, 3)
    httpserver.expect_request("/v1/jobs").respond_with_handler(pages)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        page = await c.jobs.list(limit=3)
        assert isinstance(page, AsyncPage) and page == pages.body(None)
        assert json.dumps(page) == json.dumps(pages.body(None))
        assert [job.id async for job in page] == [f"job_{i}" for i in range(7)]
        assert [job.id async for job in c.jobs.list(limit=3)] == [f"job_{i}" for i in range(7)]
        assert [job.id async for job in page.auto_paging_iter()] == [f"job_{i}" for i in range(7)]
        assert [job.id async for job in c.jobs.list(limit=3).auto_paging_iter()] == [
            f"job_{i}" for i in range(7)
        ]


def test_repeated_cursor_ends_the_walk_with_a_typed_error(httpserver: HTTPServer) -> None:
    from strait import PaginationError, StraitError

    pages = _JobPages(3, 3, repeat=True)
    httpserver.expect_request("/v1/jobs").respond_with_handler(pages)
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        seen = []
        with pytest.raises(PaginationError, match=r"list-jobs.*'0'") as err:
            for job in c.jobs.list(limit=3):
                seen.append(job.id)
        assert isinstance(err.value, StraitError) and err.value.cursor == "0"
        assert err.value.operation == "list-jobs"
        assert len(pages.cursors) == 2 and len(seen) == 6  # two pages, then it stops
        with pytest.raises(PaginationError):
            list(c.jobs.list(limit=3).iter_pages())


async def test_async_repeated_cursor_ends_the_walk_with_a_typed_error(httpserver: HTTPServer) -> None:
    from strait import PaginationError

    pages = _JobPages(3, 3, repeat=True)
    httpserver.expect_request("/v1/jobs").respond_with_handler(pages)
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        with pytest.raises(PaginationError, match="list-jobs") as err:
            _ = [job async for job in c.jobs.list(limit=3)]
        assert err.value.cursor == "0" and len(pages.cursors) == 2
        with pytest.raises(PaginationError):
            _ = [p async for p in (await c.jobs.list(limit=3)).iter_pages()]
