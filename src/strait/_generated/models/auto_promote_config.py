from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class AutoPromoteConfig(_m.StraitObject):
    """AutoPromoteConfig: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    enabled: bool
    failure_rate_threshold: float
    interval: int
    latency_p99_threshold: int
    steps: list[int]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            enabled: bool = ...,
            failure_rate_threshold: float = ...,
            interval: int = ...,
            latency_p99_threshold: int = ...,
            steps: Sequence[int] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "enabled": ("enabled", _m.BOOL),
        "failure_rate_threshold": ("failure_rate_threshold", _m.FLOAT),
        "interval": ("interval", _m.INT),
        "latency_p99_threshold": ("latency_p99_threshold", _m.INT),
        "steps": ("steps", _m.ListOf(_m.INT)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["AutoPromoteConfig"]
