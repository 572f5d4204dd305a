"""A new user's second hour (issue 20): the definitions' client forms, one project rule
for both ``define_job`` forms, a decorated job called as its handler, and the job's
signing secret, each through the public API against a local Strait."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import strait
from strait.authoring import JobOptions, define_job
from strait.local import AsgiServer, LocalStrait
from strait.testing import create_async_test_context, create_test_context
from strait.worker import asgi_app

SECRET = "s" * 32


# --- item 4: job.deploy(async_client) -------------------------------------------------------


def test_sync_deploy_with_an_async_client_names_async_deploy(local_strait: LocalStrait) -> None:
    job = define_job(name="Resize", slug="resize", endpoint_url="https://w.example/run")

    async def main() -> None:
        async with local_strait.async_client() as aclient:
            with pytest.raises(strait.ValidationError, match=r"await definition\.async_deploy\(client\)"):
                job.deploy(aclient)
            with pytest.raises(strait.ValidationError, match=r"async_trigger"):
                job.trigger(aclient)

    gc.collect()  # earlier tests' garbage, so that what is caught below is this test's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
        gc.collect()
    never_awaited = [w for w in caught if "was never awaited" in str(w.message)]
    assert never_awaited == []


def test_async_deploy_updates_by_slug_the_second_time(local_strait: LocalStrait) -> None:
    job = define_job(name="Resize", slug="resize", endpoint_url="https://w.example/run")
    changed = define_job(name="Resize v2", slug="resize", endpoint_url="https://w.example/run")

    async def main() -> tuple[Any, Any]:
        async with local_strait.async_client() as aclient:
            first = await job.async_deploy(aclient)
            second = await changed.async_deploy(aclient)  # an update, not a 409
            return first, second

    first, second = asyncio.run(main())
    assert first["id"] == second["id"] and second["name"] == "Resize v2"
    refused = pytest.raises(strait.ValidationError, match=r"definition\.deploy\(client\)")
    with local_strait.client() as client, refused:
        asyncio.run(job.async_deploy(client))


# --- item 6: define_job(name=..., slug=...) takes the client's project -----------------------


def test_keyword_form_takes_the_clients_project_like_the_options_form(local_strait: LocalStrait) -> None:
    by_keywords = define_job(name="A", slug="a", endpoint_url="https://w.example/a")
    by_options = define_job(JobOptions(name="B", slug="b", endpoint_url="https://w.example/b"))
    with local_strait.client() as client:
        for job in (by_keywords, by_options):
            deployed = job.deploy(client)
            assert deployed["project_id"] == local_strait.project_id


async def test_keyword_form_takes_the_async_clients_project(local_strait: LocalStrait) -> None:
    job = define_job(name="A", slug="a", endpoint_url="https://w.example/a")
    async with local_strait.async_client() as aclient:
        assert (await job.async_deploy(aclient))["project_id"] == local_strait.project_id


# --- item 7: a decorated job is callable as its handler -----------------------------------


@define_job(name="Process Order", slug="process-order", endpoint_url="https://w.example/run")
def handle(ctx: Any, payload: dict[str, Any]) -> dict[str, Any]:
    ctx.progress(30)
    return {"processed": payload["sku"]}


@define_job(name="Process Order", slug="process-order-async", endpoint_url="https://w.example/run")
async def ahandle(ctx: Any, payload: dict[str, Any]) -> dict[str, Any]:
    await ctx.progress(30)
    return {"processed": payload["sku"]}


def test_decorated_job_runs_in_the_readme_unit_test_recipe() -> None:
    ctx, record = create_test_context(run_id="test-run", payload={"sku": "A"})
    assert ctx.run(handle) == {"processed": "A"}
    assert record.result == {"processed": "A"} and record.progress[-1]["percent"] == 30
    assert handle(ctx, {"sku": "B"}) == {"processed": "B"}


async def test_decorated_async_job_runs_in_the_async_test_context() -> None:
    ctx, record = create_async_test_context(run_id="test-run", payload={"sku": "A"})
    assert await ctx.run(ahandle) == {"processed": "A"}
    assert record.result == {"processed": "A"}


@pytest.mark.parametrize("handler", [handle, ahandle], ids=["sync", "async"])
def test_a_decorated_job_serves_in_a_slug_mapping(local_strait: LocalStrait, handler: Any) -> None:
    """A decorated job is its handler, so ``{slug: job}`` works like ``{slug: fn}``."""
    with AsgiServer(None) as server:
        job = define_job(
            replace(
                handler.options, endpoint_url=f"{server.url}/{handler.slug}", endpoint_signing_secret=SECRET
            ),
            handler=None,
        )
        server.app = asgi_app({handler.slug: handler}, signing_secret=SECRET, base_url=local_strait.base_url)
        with local_strait.client() as client:
            job.deploy(client)
            run = job.trigger_and_wait(client, {"sku": "A"}, timeout=10, interval=0.05)
    assert run["status"] == "completed" and run["result"] == {"processed": "A"}


# --- item 12: JobOptions.endpoint_signing_secret ------------------------------------------


def test_endpoint_signing_secret_is_an_option_and_signs_the_dispatch(local_strait: LocalStrait) -> None:
    with AsgiServer(None) as server:
        options = JobOptions(
            name="Sign", slug="sign", endpoint_url=server.url + "/sign", endpoint_signing_secret=SECRET
        )
        assert SECRET not in repr(options)

        def sign(ctx: Any, payload: dict[str, Any]) -> dict[str, Any]:
            ctx.log("signed dispatch")  # reports to base_url= (the README's testing recipe)
            return {"seen": payload["n"]}

        job = define_job(options, handler=sign)
        assert job.to_request()["endpoint_signing_secret"] == SECRET
        keywords = define_job(
            name="Sign", slug="sign", endpoint_url=server.url + "/sign", endpoint_signing_secret=SECRET
        )
        assert keywords.options == options
        # the adapter refuses a dispatch signed with another secret, so a completed run
        # proves the job was created with this one
        server.app = asgi_app([job], signing_secret=SECRET, base_url=local_strait.base_url)
        with local_strait.client() as client:
            job.deploy(client)
            run = job.trigger_and_wait(client, {"n": 1}, timeout=10, interval=0.05)
            assert run["status"] == "completed" and run["result"] == {"seen": 1}
            logs = [e for e in client.runs.list_events(run["id"]) if "signed dispatch" in str(e)]
            assert logs, "ctx.log did not reach the local Strait"
    # code from before the option, which passed it through extra=, keeps working
    via_extra = define_job(
        name="A", slug="a", endpoint_url="https://w.example/a", extra={"endpoint_signing_secret": SECRET}
    )
    assert via_extra.to_request()["endpoint_signing_secret"] == SECRET
    with pytest.raises(strait.ValidationError, match="extra repeats named options"):
        define_job(
            name="A",
            slug="a",
            endpoint_url="https://w.example/a",
            endpoint_signing_secret=SECRET,
            extra={"endpoint_signing_secret": SECRET},
        )
    with pytest.raises(strait.ValidationError, match="16 to 4096") as short:
        define_job(name="A", slug="a", endpoint_url="https://w.example/a", endpoint_signing_secret="short")
    assert short.value.field == "endpoint_signing_secret"


# --- item 12: examples close their clients -----------------------------------------------


def test_the_demo_is_clean_under_warnings_as_errors() -> None:
    pytest.importorskip("grpc")
    demo = Path(__file__).resolve().parent.parent / "examples" / "demo.py"
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRAIT_")}
    proc = subprocess.run(
        [sys.executable, "-W", "error", "-X", "dev", str(demo)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "ResourceWarning" not in output and "Unclosed" not in output and "Traceback" not in output
