from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKResourceSnapshotRequest(_m.StraitObject):
    """SDKResourceSnapshotRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    cpu_percent: float
    memory_limit_mb: float
    memory_mb: float
    network_rx_bytes: int
    network_tx_bytes: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            cpu_percent: float = ...,
            memory_limit_mb: float = ...,
            memory_mb: float = ...,
            network_rx_bytes: int = ...,
            network_tx_bytes: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "cpu_percent": ("cpu_percent", _m.FLOAT),
        "memory_limit_mb": ("memory_limit_mb", _m.FLOAT),
        "memory_mb": ("memory_mb", _m.FLOAT),
        "network_rx_bytes": ("network_rx_bytes", _m.INT),
        "network_tx_bytes": ("network_tx_bytes", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SDKResourceSnapshotRequest"]
