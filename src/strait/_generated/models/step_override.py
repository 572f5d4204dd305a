from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class StepOverride(_m.StraitObject):
    """StepOverride: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    enabled: bool
    step_ref: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "enabled": ("enabled", _m.BOOL),
        "step_ref": ("step_ref", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["StepOverride"]
