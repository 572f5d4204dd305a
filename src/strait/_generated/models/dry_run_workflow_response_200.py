from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class DryRunWorkflowResponse200(_m.StraitObject):
    """DryRunWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_count: int
    valid: bool

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "step_count": ("step_count", _m.INT),
        "valid": ("valid", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "step_count",
        "valid",
    )
    _closed: ClassVar[bool] = False


__all__ = ["DryRunWorkflowResponse200"]
