from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class TriggerJobResponse201Type2(_m.StraitObject):
    """TriggerJobResponse201Type2: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    buffered: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            buffered: bool = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "buffered": ("buffered", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ("buffered",)
    _closed: ClassVar[bool] = False


__all__ = ["TriggerJobResponse201Type2"]
