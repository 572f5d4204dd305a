from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TopFailingTag(_m.StraitObject):
    """TopFailingTag: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    failed: int
    failure_rate: float
    tag_key: str
    tag_value: str
    total: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            failed: int = ...,
            failure_rate: float = ...,
            tag_key: str = ...,
            tag_value: str = ...,
            total: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "failed": ("failed", _m.INT),
        "failure_rate": ("failure_rate", _m.FLOAT),
        "tag_key": ("tag_key", _m.STR),
        "tag_value": ("tag_value", _m.STR),
        "total": ("total", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "failed",
        "failure_rate",
        "tag_key",
        "tag_value",
        "total",
    )
    _closed: ClassVar[bool] = True


__all__ = ["TopFailingTag"]
