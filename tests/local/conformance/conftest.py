"""Conformance: one test per server rule the local Strait follows, each citing the server
code (strait-dev/strait at ``strait._limits.SERVER_COMMIT``, paths under
``apps/strait/internal/``) in its docstring.

These run against a local Strait without the spec validator: they hold the emulator to the
server's code, which in places accepts what the spec calls invalid (``max_attempts: 0``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from strait.local import LocalStrait

from ._api import Api


@pytest.fixture(scope="session")
def conformance_strait() -> Iterator[LocalStrait]:
    with LocalStrait() as strait:
        yield strait


@pytest.fixture
def local_strait(conformance_strait: LocalStrait) -> LocalStrait:
    conformance_strait.reset()
    return conformance_strait


@pytest.fixture
def api(local_strait: LocalStrait) -> Iterator[Api]:
    client = Api(local_strait)
    yield client
    client.close()
