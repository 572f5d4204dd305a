"""A local Strait: the REST API (and worker gRPC service) of the server, in memory.

``python -m strait.local`` serves it on loopback and prints the ``STRAIT_*`` lines a
script can read; :class:`strait.testing.LocalStrait` runs it in-process for tests, and
the ``local_strait`` pytest fixture gives each test a fresh one. Needs the ``local``
extra (``pip install "strait-python[local]"``) for its gRPC side.
"""

from ._areas import AREAS
from ._asgi import AsgiServer
from ._emulator import OPERATIONS, REMOVED_OPERATIONS, Emulator, routes
from ._runner import LocalStrait, Server
from ._validate import Validator  # jsonschema itself is loaded only when one is made

__all__ = [
    "AREAS",
    "OPERATIONS",
    "AsgiServer",
    "Emulator",
    "LocalStrait",
    "Server",
    "Validator",
    "implemented_operations",
    "routes",
]


def implemented_operations() -> list[str]:
    """The operationIds this emulator implements (every other one answers 501; the
    removed routes answer 404 and are not counted)."""
    return sorted(set(OPERATIONS) - REMOVED_OPERATIONS)
