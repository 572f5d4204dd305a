from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class AnomalyConfigResponse(_m.StraitObject):
    """AnomalyConfigResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    critical_threshold: float
    warning_threshold: float

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "critical_threshold": ("critical_threshold", _m.FLOAT),
        "warning_threshold": ("warning_threshold", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "critical_threshold",
        "warning_threshold",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AnomalyConfigResponse"]
