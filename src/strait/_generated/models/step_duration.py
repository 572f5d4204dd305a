from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class StepDuration(_m.StraitObject):
    """StepDuration: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_ms: float
    count: int
    failure_rate: float
    p95_ms: float
    step_ref: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_ms: float = ...,
            count: int = ...,
            failure_rate: float = ...,
            p95_ms: float = ...,
            step_ref: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_ms": ("avg_ms", _m.FLOAT),
        "count": ("count", _m.INT),
        "failure_rate": ("failure_rate", _m.FLOAT),
        "p95_ms": ("p95_ms", _m.FLOAT),
        "step_ref": ("step_ref", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_ms",
        "count",
        "failure_rate",
        "p95_ms",
        "step_ref",
    )
    _closed: ClassVar[bool] = True


__all__ = ["StepDuration"]
