from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DataFlowEdge(_m.StraitObject):
    """DataFlowEdge: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    from_step_ref: str
    to_step_ref: str
    data_size_bytes: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            from_step_ref: str = ...,
            to_step_ref: str = ...,
            data_size_bytes: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "from_step_ref": ("from_step_ref", _m.STR),
        "to_step_ref": ("to_step_ref", _m.STR),
        "data_size_bytes": ("data_size_bytes", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "from_step_ref",
        "to_step_ref",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DataFlowEdge"]
