"""The operations of the ``_ops_*`` area modules: importing this registers them all."""

from . import _ops_runs  # noqa: F401
