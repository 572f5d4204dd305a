"""Raw HTTP against a ``LocalStrait``, for the conformance tests: the status, headers and
body exactly as a server would send them, with no client in between."""

from __future__ import annotations

import itertools
import time
from typing import Any

import httpx

from local.endpoint import serve_endpoint
from strait.local import LocalStrait
from strait.local._core import ApiKey, hash_key

__all__ = ["Api", "error", "serve_endpoint", "wait"]

_slugs = itertools.count(1)


class Api:
    def __init__(self, strait: LocalStrait, api_key: str | None = None) -> None:
        self.strait = strait
        self.project = strait.project_id
        self.http = httpx.Client(
            base_url=strait.base_url,
            headers={"Authorization": f"Bearer {api_key or strait.api_key}"},
            timeout=10,
        )

    def __call__(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        if body is not None:
            kwargs["json"] = body
        return self.http.request(method, path, headers=headers, **kwargs)

    def ok(self, method: str, path: str, body: Any = None, **kwargs: Any) -> Any:
        response = self(method, path, body, **kwargs)
        assert response.status_code < 300, (response.status_code, response.text)
        return response.json() if response.content else None

    def job(self, **fields: Any) -> dict[str, Any]:
        """A job (worker mode unless an endpoint is given: its runs wait, queued)."""
        n = next(_slugs)
        body: dict[str, Any] = {"project_id": self.project, "name": f"Job {n}", "slug": f"job-{n}"}
        if "endpoint_url" not in fields:
            body["execution_mode"] = "worker"
        body.update(fields)
        return self.ok("POST", "/v1/jobs", body)  # type: ignore[no-any-return]

    def trigger(self, job_id: str, body: Any = None, **kwargs: Any) -> httpx.Response:
        return self("POST", f"/v1/jobs/{job_id}/trigger", {} if body is None else body, **kwargs)

    def run(self, run_id: str) -> dict[str, Any]:
        return self.ok("GET", f"/v1/runs/{run_id}")  # type: ignore[no-any-return]

    def other_project(self, project_id: str = "proj_other") -> Api:
        """A client of another project: the project is made over HTTP, its key is put straight
        into the emulator's state on the emulator's own thread. The caller closes it."""
        self.ok("POST", "/v1/projects", {"id": project_id, "org_id": "org_x", "name": "Other"})
        emu, raw = self.strait.emulator, "strait_" + "8" * 40

        def add_key() -> None:
            key = ApiKey("key_other", project_id, "other", raw[:12], ["*"], emu.clock.now())
            emu.state.keys[hash_key(raw)] = key

        self.strait.call(add_key)
        return Api(self.strait, raw)

    def close(self) -> None:
        self.http.close()


def error(response: httpx.Response) -> tuple[int, str]:
    """``(status, message)`` of a server error envelope."""
    return response.status_code, response.json()["error"]["message"]


def wait(api: Api, run_id: str, *statuses: str, timeout: float = 10.0) -> dict[str, Any]:
    """The run once its status is one of ``statuses`` (asserted)."""
    deadline = time.monotonic() + timeout
    while True:
        run = api.run(run_id)
        if run["status"] in statuses or time.monotonic() > deadline:
            assert run["status"] in statuses, run
            return run
        time.sleep(0.005)
