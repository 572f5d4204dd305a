from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKProgressRequest(_m.StraitObject):
    """SDKProgressRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    message: str
    eta_seconds: int
    percent: float
    step: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            message: str = ...,
            eta_seconds: int = ...,
            percent: float = ...,
            step: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "message": ("message", _m.STR),
        "eta_seconds": ("eta_seconds", _m.INT),
        "percent": ("percent", _m.FLOAT),
        "step": ("step", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("message",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKProgressRequest"]
