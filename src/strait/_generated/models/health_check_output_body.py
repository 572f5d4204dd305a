from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class HealthCheckOutputBody(_m.StraitObject):
    """HealthCheckOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    status: str
    edition: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            status: str = ...,
            edition: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "status": ("status", _m.STR),
        "edition": ("edition", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("status",)
    _closed: ClassVar[bool] = True


__all__ = ["HealthCheckOutputBody"]
