from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class WorkflowGraphResponseAdjacency(_m.StraitObject):
    """WorkflowGraphResponseAdjacency: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {}
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = False
    _extra: ClassVar[Decoder | None] = _m.ListOf(_m.STR)


__all__ = ["WorkflowGraphResponseAdjacency"]
