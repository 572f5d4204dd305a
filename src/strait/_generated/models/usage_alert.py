from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UsageAlert(_m.StraitObject):
    """UsageAlert: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    dimension: str
    message: str
    severity: str
    threshold: int
    type_: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            dimension: str = ...,
            message: str = ...,
            severity: str = ...,
            threshold: int = ...,
            type_: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "dimension": ("dimension", _m.STR),
        "message": ("message", _m.STR),
        "severity": ("severity", _m.STR),
        "threshold": ("threshold", _m.INT),
        "type_": ("type", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "dimension",
        "message",
        "severity",
        "threshold",
        "type",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageAlert"]
