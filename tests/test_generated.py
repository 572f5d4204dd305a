"""The generated package: complete, importable, round-trips a real HTTP call, cheap to import."""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest
from conftest import API_KEY
from pytest_httpserver import HTTPServer
from spec_samples import component, sample, spec

from strait import AsyncClient, Client
from strait._generated.services._index import OPERATIONS

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def _operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        (op["operationId"], method, path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def test_spec_has_307_operations() -> None:
    assert len(_operations()) == 307


@pytest.mark.parametrize(("operation_id", "method", "path", "op"), _operations(), ids=lambda v: str(v)[:40])
def test_every_operation_has_a_generated_module(operation_id: str, method: str, path: str, op: Any) -> None:
    tag = op["tags"][0].lower().replace(" ", "_")
    module = importlib.import_module(f"strait._generated.api.{tag}.{operation_id.replace('-', '_')}")
    for fn in ("sync_detailed", "asyncio_detailed", "_get_kwargs", "_parse_response"):
        assert callable(getattr(module, fn)), f"{module.__name__}.{fn}"
    assert operation_id in OPERATIONS


def test_generated_call_round_trips(httpserver: HTTPServer) -> None:
    from strait._generated import AuthenticatedClient
    from strait._generated.api.runs import get_run
    from strait._generated.models import JobRun

    run = component("JobRun", id="run_1", status="executing")
    httpserver.expect_request("/v1/runs/run_1", method="GET").respond_with_json(run)
    client = AuthenticatedClient(base_url=httpserver.url_for(""), token="t")
    response = get_run.sync_detailed("run_1", client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, JobRun)
    assert response.parsed.id == "run_1"
    assert response.parsed.to_dict()["status"] == "executing"
    assert json.loads(response.content)["id"] == "run_1"


async def test_generated_async_call_round_trips(httpserver: HTTPServer) -> None:
    from strait._generated import AuthenticatedClient
    from strait._generated.api.jobs import create_job
    from strait._generated.models import CreateJobRequest, Job

    httpserver.expect_request("/v1/jobs", method="POST").respond_with_json(
        component("Job", id="job_9"), status=201
    )
    body = CreateJobRequest.from_dict(component("CreateJobRequest", name="n", slug="s"))
    client = AuthenticatedClient(base_url=httpserver.url_for(""), token="t")
    response = await create_job.asyncio_detailed(client=client, body=body)
    assert isinstance(response.parsed, Job)
    assert response.parsed.id == "job_9"
    sent = httpserver.log[0][0]
    assert json.loads(sent.data)["slug"] == "s"


def test_unknown_enum_value_and_fields_still_parse() -> None:
    from strait._generated.models import JobRun

    data = component("JobRun", id="r", status="executing")
    data["status"] = "a_state_from_the_future"
    data["brand_new_field"] = {"x": 1}
    run = JobRun.from_dict(data)
    assert run.status == "a_state_from_the_future"
    assert run["id"] == "r" and "id" in run and run.get("nope") is None
    assert run["brand_new_field"] == {"x": 1}  # unknown fields are kept


def test_null_list_parses_as_empty() -> None:
    from strait._generated.models import PaginatedJob

    # a Go server sends an empty slice as null
    page = PaginatedJob.from_dict({"data": None, "has_more": False})
    assert page.data == [] and page["data"] is None


def test_model_is_the_wire_dict_with_typed_attributes() -> None:
    from strait._generated.models import ExecutionTrace, JobRun

    data = sample(spec()["components"]["schemas"]["JobRun"], full=True)
    data["created_at"] = "2026-03-01T10:00:00.5Z"
    data["execution_trace"] = {"total_ms": 12}
    wire = json.dumps(data)
    run = JobRun(json.loads(wire))
    assert isinstance(run, dict) and run == data
    assert run["created_at"] == "2026-03-01T10:00:00.5Z"  # the wire value stays a string
    assert run.created_at == datetime(2026, 3, 1, 10, 0, 0, 500000, tzinfo=UTC)
    trace = run.execution_trace
    assert isinstance(trace, ExecutionTrace) and trace.total_ms == 12
    assert run.execution_trace is trace  # converted once, kept in the dict
    assert json.dumps(run) == wire  # lossless, also after typed reads
    assert {**run} == data and run.to_dict() == data and type(run.to_dict()) is dict


def test_absent_field_is_attribute_error_naming_it() -> None:
    from strait._generated.models import JobRun

    run = JobRun({"id": "r"})
    with pytest.raises(AttributeError, match=r"JobRun.error: the field 'error' was absent from the response"):
        _ = run.error
    assert getattr(run, "error", None) is None and not hasattr(run, "status")
    with pytest.raises(AttributeError, match="has no field 'no_such_field'"):
        _ = run.no_such_field  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("attempt", "3", "expected int"),
        ("created_at", "yesterday", "expected an ISO 8601 date-time string"),
        ("debug_mode", 1, "expected bool"),
        ("execution_trace", [1], r"expected an object \(ExecutionTrace\) or null"),
        ("status", None, "expected str"),
    ],
)
def test_wrong_type_is_decode_error_when_read(field: str, value: Any, expected: str) -> None:
    from strait import DecodeError, StraitError
    from strait._generated.models import JobRun

    run = JobRun(component("JobRun", **{field: value}))  # building never fails
    with pytest.raises(DecodeError, match=f"JobRun.{field}: {expected}, got {re.escape(repr(value))}") as err:
        getattr(run, field)
    assert isinstance(err.value, StraitError)


def test_models_build_from_attribute_names_and_store_wire_values() -> None:
    from strait._generated.models import CreateJobRequest, RescheduleRunRequest

    at = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    body = RescheduleRunRequest(scheduled_at=at)
    assert body == {"scheduled_at": "2026-05-01T12:00:00Z"} and body.scheduled_at == at
    job = CreateJobRequest(name="n", slug="s")
    job.description = "d"
    assert job == {"name": "n", "slug": "s", "description": "d"}
    del job.description
    assert "description" not in job


def test_field_shadowing_a_dict_method_reads_with_underscore() -> None:
    from strait._generated import models

    shadowed = [
        (name, attr, wire)
        for name in dir(models)
        if hasattr(cls := getattr(models, name), "_fields")
        for attr, (wire, _) in cls._fields.items()
        if attr != wire
    ]
    items = [s for s in shadowed if s[2] in dir(dict)]
    assert items, "the spec has fields named like dict methods (e.g. items)"
    name, attr, wire = items[0]
    cls = getattr(models, name)
    obj = cls({wire: []})
    assert callable(obj.items) and getattr(obj, attr) == []


def test_field_reads_are_the_same_before_and_after_the_class_learns_its_fields() -> None:
    """The first field read of a class goes through ``__getattr__`` and installs a reader
    per field on the class; every later read uses it. Both must answer alike."""
    from strait import DecodeError
    from strait._generated.models import JobRun
    from strait._model import STR, Decoder, StraitObject

    class Fresh(JobRun):  # a class nobody has read a field of yet
        __slots__ = ()

    class Renamed(Fresh):  # a subclass with fields of its own reads those
        __slots__ = ()
        _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {**JobRun._fields, "status": ("state", STR)}

    def outcomes(cls: type[StraitObject]) -> list[Any]:
        seen: list[Any] = []
        for body in ({"status": "queued", "attempt": 2.0}, {"status": 5}, {}):
            obj = cls(body)
            for name in ("status", "attempt", "nope"):
                try:
                    seen.append(getattr(obj, name))
                except (AttributeError, DecodeError) as exc:
                    seen.append((type(exc).__name__, str(exc).replace(cls.__name__, "M")))
        return seen

    first = outcomes(Fresh)
    assert "status" in vars(Fresh) and "items" not in vars(Fresh)  # installed, dict methods kept
    assert outcomes(Fresh) == first
    assert first[:2] == ["queued", 2.0] and first[3][0] == "DecodeError" and first[6][0] == "AttributeError"
    assert Renamed({"state": "running", "status": 1}).status == "running"
    with pytest.raises(AttributeError):
        _ = Fresh.status  # a field is not a class attribute


def _served(httpserver: HTTPServer, path: str, body: bytes | str, status: int = 200) -> None:
    httpserver.expect_request(path).respond_with_data(body, status=status, content_type="application/json")


def test_empty_2xx_body_is_a_typed_empty_dict(client: Client, httpserver: HTTPServer) -> None:
    from strait._generated.models import JobRun

    _served(httpserver, "/v1/runs/run_1", "")
    run = client.runs.get("run_1")
    assert run == {} and isinstance(run, JobRun)


def test_lenient_by_default_strict_on_request(httpserver: HTTPServer) -> None:
    from strait import DecodeError

    body = component("JobRun", id="run_1")
    del body["status"]
    body["attempt"] = "three"
    body["from_a_newer_server"] = True
    _served(httpserver, "/v1/runs/run_1", json.dumps(body))
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        run = c.runs.get("run_1")  # off the spec: the call still succeeds
        assert run.id == "run_1" and run == body
        with pytest.raises(AttributeError, match="absent"):
            _ = run.status
        with pytest.raises(DecodeError, match="attempt"):
            _ = run.attempt
    with Client(base_url=httpserver.url_for(""), api_key=API_KEY, strict=True) as c:
        with pytest.raises(DecodeError, match=r"get-run\.(status|attempt)") as err:
            c.runs.get("run_1")
        assert err.value.response is None or err.value.response.status_code == 200


async def test_strict_async(httpserver: HTTPServer) -> None:
    from strait import DecodeError

    _served(httpserver, "/v1/runs/run_1", json.dumps({"id": "run_1"}))
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY, strict=True) as c:
        with pytest.raises(DecodeError, match="required"):
            await c.runs.get("run_1")
    async with AsyncClient(base_url=httpserver.url_for(""), api_key=API_KEY) as c:
        assert (await c.runs.get("run_1")).id == "run_1"


@pytest.mark.parametrize("operation", ["bulk_trigger", "batch"])
def test_list_items_missing_required_fields_stay_typed(
    client: Client, httpserver: HTTPServer, operation: str
) -> None:
    """issue 9 #9: items that miss required fields are still models, never raw dicts."""
    from strait._generated.models import BatchCreateJobsResponse, BulkTriggerResponse, BulkTriggerResult, Job

    items: list[Any] | None
    cls: type[Any]
    if operation == "bulk_trigger":
        _served(httpserver, "/v1/jobs/job_1/trigger/bulk", json.dumps({"results": [{}, {"id": "r"}]}), 201)
        out = client.jobs.bulk_trigger("job_1", {"items": [{}, {}]})
        assert isinstance(out, BulkTriggerResponse)
        items, cls = out.results, BulkTriggerResult
    else:
        _served(httpserver, "/v1/jobs/batch", json.dumps({"created": [{}], "errors": []}), 201)
        created = client.jobs.batch({"jobs": [JOB_BODY]})
        assert isinstance(created, BatchCreateJobsResponse)
        items, cls = created.created, Job
    assert items and all(type(item) is cls for item in items)
    with pytest.raises(AttributeError, match="was absent from the response"):
        _ = items[0].id


def _all_operations() -> list[Any]:
    from strait._core import Operation
    from strait._generated.services import SERVICES

    found: list[Any] = []
    for service in SERVICES:
        module = importlib.import_module(f"strait._generated.services.{service}")
        found.extend(v for v in vars(module).values() if isinstance(v, Operation))
    return sorted(found, key=lambda op: op.operation_id)


def test_every_operation_turns_deep_json_into_decode_error() -> None:
    """issue 9 #4, every operation: the parse both clients share never lets RecursionError out."""
    import httpx

    from strait import DecodeError

    deep = b'{"data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    checked = 0
    for op in _all_operations():
        response = httpx.Response(200, content=deep, headers={"content-type": "application/json"})
        for strict in (False, True):
            try:
                op.parse(response, strict=strict)
            except DecodeError as exc:
                assert "nested too deeply" in str(exc), (op.operation_id, exc)
                checked += 1
            else:  # only an answer the caller asked for in another media type is kept raw
                assert op.raw_body and op.accept, op.operation_id
    assert checked >= 2 * 290


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_deeply_nested_body_is_decode_error(httpserver: HTTPServer, kind: str) -> None:
    """issue 9 #4: a 2xx JSON body nested ~1,000 deep (10 kB) is a DecodeError, not RecursionError."""
    from strait import DecodeError

    deep = "[" * 5000 + "]" * 5000
    for path in ("/v1/runs/run_1", "/v1/jobs"):
        _served(httpserver, path, deep)
    url = httpserver.url_for("")
    if kind == "sync":
        with Client(base_url=url, api_key=API_KEY) as c:
            with pytest.raises(DecodeError, match="nested too deeply"):
                c.runs.get("run_1")
            with pytest.raises(DecodeError, match="nested too deeply"):
                c.jobs.list()
    else:
        async with AsyncClient(base_url=url, api_key=API_KEY) as ac:
            with pytest.raises(DecodeError, match="nested too deeply"):
                await ac.runs.get("run_1")
            with pytest.raises(DecodeError, match="nested too deeply"):
                await ac.jobs.list()


def test_import_strait_loads_no_models_or_endpoints() -> None:
    code = (
        "import sys, strait; "
        "pre = ('strait._generated.models', 'strait._generated.api'); "
        "bad = [m for m in sys.modules if m.startswith(pre)]; "
        "print(len(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_models_package_is_lazy() -> None:
    code = (
        "import sys; from strait._generated.models import Job; "
        "print(sum(m.startswith('strait._generated.models.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) < 20


def test_every_model_parses_a_full_sample_and_round_trips() -> None:
    """Every component with a model class parses a fully populated instance and writes it back."""
    from spec_samples import sample

    from strait._generated import models

    checked = 0
    for name, schema in spec()["components"]["schemas"].items():
        cls = getattr(models, name, None)
        if cls is None or not hasattr(cls, "from_dict"):
            continue
        data = sample(schema, full=True)
        parsed = cls.from_dict(data)
        again = cls.from_dict(parsed.to_dict())
        assert again.to_dict() == parsed.to_dict(), name
        checked += 1
    assert checked > 250


JOB_BODY = {"name": "n", "slug": "s", "project_id": "proj_1", "endpoint_url": "https://w.example/run"}
