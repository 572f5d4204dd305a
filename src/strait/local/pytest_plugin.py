"""The ``local_strait`` pytest fixture (registered through the ``pytest11`` entry point).

::

    def test_checkout(local_strait):
        client = local_strait.client()
        job = client.jobs.create({...})

One emulator serves the whole session; each test gets it empty (``reset``), so the
fixture costs a millisecond or two per test. Set the ini option ``strait_local_spec``
to an OpenAPI file (or override the session fixture ``strait_local_validator`` to return
a :class:`strait.local.Validator`) and every test fails if the emulator accepted or
answered anything that spec does not allow.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("strait_local_spec", "OpenAPI file the local_strait fixture validates against", default="")


@pytest.fixture(scope="session")
def strait_local_validator(pytestconfig: pytest.Config) -> Any:
    """A ``strait.local.Validator`` for the ``strait_local_spec`` ini option, else None."""
    spec = str(pytestconfig.getini("strait_local_spec") or "")
    if not spec:
        return None
    from strait.local._validate import Validator

    return Validator(pytestconfig.rootpath / spec)


@pytest.fixture(scope="session")
def local_strait_server(strait_local_validator: Any) -> Iterator[Any]:
    """The session's emulator (prefer ``local_strait``, which empties it for each test)."""
    from strait.local import LocalStrait

    with LocalStrait(validator=strait_local_validator, grpc=_grpc_available()) as strait:
        yield strait


@pytest.fixture
def local_strait(local_strait_server: Any, strait_local_validator: Any) -> Iterator[Any]:
    """A running local Strait with an empty state: ``.client()``, ``.advance(s)``, ``.reset()``."""
    local_strait_server.reset()
    before = len(strait_local_validator.figures.mismatches) if strait_local_validator is not None else 0
    yield local_strait_server
    if strait_local_validator is not None:
        new = strait_local_validator.figures.mismatches[before:]
        assert not new, "strait.local broke the spec:\n" + "\n".join(new)


def _grpc_available() -> bool:
    try:
        import grpc  # noqa: F401

        from strait.local import _grpc  # noqa: F401
    except ImportError:
        return False
    return True
