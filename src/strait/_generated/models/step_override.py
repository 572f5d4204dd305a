from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class StepOverride(_m.StraitObject):
    """StepOverride: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    enabled: bool
    step_ref: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            enabled: bool = ...,
            step_ref: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "enabled": ("enabled", _m.BOOL),
        "step_ref": ("step_ref", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["StepOverride"]
