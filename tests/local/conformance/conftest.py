"""Conformance: one test per server rule the local Strait follows, each citing the server
code (strait-dev/strait at ``strait._limits.SERVER_COMMIT``, paths under
``apps/strait/internal/``) in its docstring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from strait.local import LocalStrait

from ._api import Api


@pytest.fixture
def api(local_strait: LocalStrait) -> Iterator[Api]:
    client = Api(local_strait)
    yield client
    client.close()
