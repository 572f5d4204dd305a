from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UpdateAnomalyConfigRequest(_m.StraitObject):
    """UpdateAnomalyConfigRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    critical_threshold: float
    warning_threshold: float

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            critical_threshold: float = ...,
            warning_threshold: float = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "critical_threshold": ("critical_threshold", _m.FLOAT),
        "warning_threshold": ("warning_threshold", _m.FLOAT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateAnomalyConfigRequest"]
