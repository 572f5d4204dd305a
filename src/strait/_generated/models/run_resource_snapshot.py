from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder


class RunResourceSnapshot(_m.StraitObject):
    """RunResourceSnapshot: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cpu_percent: float
    created_at: datetime.datetime
    id: str
    memory_limit_mb: float
    memory_mb: float
    network_rx_bytes: int
    network_tx_bytes: int
    run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cpu_percent: float = ...,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            memory_limit_mb: float = ...,
            memory_mb: float = ...,
            network_rx_bytes: int = ...,
            network_tx_bytes: int = ...,
            run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cpu_percent": ("cpu_percent", _m.FLOAT),
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "memory_limit_mb": ("memory_limit_mb", _m.FLOAT),
        "memory_mb": ("memory_mb", _m.FLOAT),
        "network_rx_bytes": ("network_rx_bytes", _m.INT),
        "network_tx_bytes": ("network_tx_bytes", _m.INT),
        "run_id": ("run_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "cpu_percent",
        "created_at",
        "id",
        "memory_limit_mb",
        "memory_mb",
        "network_rx_bytes",
        "network_tx_bytes",
        "run_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunResourceSnapshot"]
