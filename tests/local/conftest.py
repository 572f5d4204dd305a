"""Every test here runs against one in-process local Strait that checks each request it
accepts and each answer it sends against ``openapi/strait.openapi.json``; a test fails
on any mismatch, and the session prints the figures."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from strait.local._validate import Validator

from .endpoint import Endpoint, Seen, serve_endpoint

__all__ = ["Endpoint", "Seen", "answer_assignment", "wait_for_status"]

_Answer = TypeVar("_Answer")

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "strait.openapi.json"
_VALIDATOR = Validator(SPEC)


@pytest.fixture(scope="session")
def strait_local_validator() -> Validator:
    return _VALIDATOR


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = _VALIDATOR.figures
    if figures.requests_validated:
        terminalreporter.section("strait.local spec validation")
        terminalreporter.write_line(figures.summary())
        for (operation, status), count in sorted(figures.undocumented.items()):
            terminalreporter.write_line(f"  server-vs-spec: {operation} answered {status} x{count}")


def answer_assignment(
    kind: Callable[..., _Answer], run_id: str, assignment: Any, status: str, output_json: bytes
) -> _Answer:
    """A worker's answer (``pb.TaskResult``, ``pb.InFlightTask``) for ``assignment``: its id and attempt."""
    return kind(
        run_id=run_id,
        status=status,
        output_json=output_json,
        assignment_id=assignment.assignment_id,
        attempt=assignment.attempt,
    )


def wait_for_status(client: Any, run_id: str, *statuses: str, timeout: float = 10.0) -> Any:
    """The run once its status is one of ``statuses``; fails naming the status it is still
    in after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        run = client.runs.get(run_id)
        if run["status"] in statuses:
            return run
        assert time.monotonic() < deadline, f"run {run_id} still {run['status']!r} after {timeout}s"
        time.sleep(0.005)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    with serve_endpoint() as state:
        yield state
