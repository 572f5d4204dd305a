"""Every exception of the SDK (``from strait.errors import NotFoundError``, as Strait's
docs write it); the same classes are importable from :mod:`strait`."""

from strait import _errors
from strait._errors import *  # noqa: F403

__all__ = _errors.__all__
