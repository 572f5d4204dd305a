"""The generated package: complete, importable, round-trips a real HTTP call, cheap to import."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from spec_samples import component, spec

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


def test_null_list_parses_as_empty() -> None:
    from strait._generated.models import PaginatedJob

    page = PaginatedJob.from_dict({"data": None, "has_more": False})
    assert not page.data


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
