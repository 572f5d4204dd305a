from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class AnomalyAlert(_m.StraitObject):
    """AnomalyAlert: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    avg_7d_spend: int
    org_id: str
    severity: str
    spike_ratio: float
    today_spend: int
    top_contributor: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            avg_7d_spend: int = ...,
            org_id: str = ...,
            severity: str = ...,
            spike_ratio: float = ...,
            today_spend: int = ...,
            top_contributor: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "avg_7d_spend": ("avg_7d_spend", _m.INT),
        "org_id": ("org_id", _m.STR),
        "severity": ("severity", _m.STR),
        "spike_ratio": ("spike_ratio", _m.FLOAT),
        "today_spend": ("today_spend", _m.INT),
        "top_contributor": ("top_contributor", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "avg_7d_spend",
        "org_id",
        "severity",
        "spike_ratio",
        "today_spend",
        "top_contributor",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AnomalyAlert"]
