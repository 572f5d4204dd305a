"""Module attributes imported on first use (a package's ``__getattr__``, PEP 562).

One loader serves ``strait``, ``strait.authoring`` and ``strait.worker``, so that
``import strait`` stays cheap and the optional extras are loaded only when used.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

# Import errors that mean the `worker` extra (grpcio, protobuf) is not installed.
_WORKER_EXTRA_MODULES = ("grpc", "google")


def lazy_getattr(
    namespace: dict[str, Any], names: Mapping[str, str | tuple[str, str]], *, extra: str | None = None
) -> Callable[[str], Any]:
    """A ``__getattr__`` for the module whose globals are ``namespace``.

    ``names`` maps an attribute to its submodule (relative to the package, same name) or to
    an absolute ``(module, attribute)``. The value is cached in ``namespace`` on first use.
    With ``extra``, a missing grpc/protobuf becomes an ImportError naming the pip extra.
    """
    package = str(namespace["__name__"])

    def __getattr__(name: str) -> Any:
        found = names.get(name)
        if found is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, attribute = (f"{package}.{found}", name) if isinstance(found, str) else found
        try:
            value = getattr(import_module(module), attribute)
        except ImportError as exc:
            if extra is not None and (exc.name in _WORKER_EXTRA_MODULES or "protobuf" in str(exc)):
                raise ImportError(
                    f"{package}.{name} needs the {extra} extra: pip install 'strait-python[{extra}]' ({exc})"
                ) from exc
            raise
        namespace[name] = value
        return value

    return __getattr__
