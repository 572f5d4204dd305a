from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ReplayWorkflowSubtreeResponse200(_m.StraitObject):
    """ReplayWorkflowSubtreeResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    reset_steps: int

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "reset_steps": ("reset_steps", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("reset_steps",)
    _closed: ClassVar[bool] = False


__all__ = ["ReplayWorkflowSubtreeResponse200"]
