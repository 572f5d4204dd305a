"""The ``local_strait`` pytest fixture (registered through the ``pytest11`` entry point).

::

    def test_checkout(local_strait):
        client = local_strait.client()
        job = client.jobs.create({...})

One emulator serves the whole session; each test gets it empty (``reset``), so the
fixture costs a millisecond or two per test. Set the ini option ``strait_local_spec``
to ``bundled`` (the OpenAPI spec shipped in the package, the one it was generated from)
or to an OpenAPI file relative to the rootdir (or override the session fixture
``strait_local_validator`` to return a :class:`strait.local.Validator`) and every test
fails if the emulator accepted or answered anything that spec does not allow.
Validation needs ``jsonschema``, which the ``local`` extra installs.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import strait

if TYPE_CHECKING:  # imported when a fixture runs: the plugin loads in every pytest session
    from strait.local import LocalStrait
    from strait.local._validate import Validator

BUNDLED = "bundled"
_SPEC_NAME = "strait.openapi.json"


def bundled_spec() -> Path:
    """The spec shipped in the wheel (``strait/local/strait.openapi.json``), or in a source
    checkout (an editable install) the repository's ``openapi/strait.openapi.json``."""
    shipped = Path(str(resources.files("strait.local") / _SPEC_NAME))
    if shipped.is_file():
        return shipped
    return Path(strait.__file__).resolve().parents[2] / "openapi" / _SPEC_NAME


def spec_path(value: str, rootpath: Path) -> Path:
    """The spec file an ``strait_local_spec`` value names; a missing one is a usage error."""
    path = bundled_spec() if value == BUNDLED else rootpath / value
    if not path.is_file():
        raise pytest.UsageError(
            f"strait_local_spec = {value}: no such file {path}"
            + ("" if value == BUNDLED else f" (or use `strait_local_spec = {BUNDLED}`)")
        )
    return path


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "strait_local_spec",
        f"OpenAPI file the local_strait fixture validates against ('{BUNDLED}': the one in the package)",
        default="",
    )


@pytest.fixture(scope="session")
def strait_local_validator(pytestconfig: pytest.Config) -> Validator | None:
    """A ``strait.local.Validator`` for the ``strait_local_spec`` ini option, else None."""
    value = str(pytestconfig.getini("strait_local_spec") or "")
    if not value:
        return None
    path = spec_path(value, pytestconfig.rootpath)
    # loaded here, not at import: the plugin is registered in every pytest session
    from strait.local._validate import Validator

    try:
        return Validator(path)  # imports jsonschema
    except ImportError as exc:
        raise pytest.UsageError(
            f"strait_local_spec needs jsonschema ({exc}): pip install 'strait-python[local]'"
        ) from None


@pytest.fixture(scope="session")
def local_strait_server(strait_local_validator: Validator | None) -> Iterator[LocalStrait]:
    """The session's emulator (prefer ``local_strait``, which empties it for each test)."""
    from strait.local import LocalStrait

    with LocalStrait(validator=strait_local_validator, grpc=_grpc_available()) as strait:
        yield strait


@pytest.fixture
def local_strait(
    local_strait_server: LocalStrait, strait_local_validator: Validator | None
) -> Iterator[LocalStrait]:
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
