from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ReplayWorkflowSubtreeResponse200(_m.StraitObject):
    """ReplayWorkflowSubtreeResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    reset_steps: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            reset_steps: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "reset_steps": ("reset_steps", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = ("reset_steps",)
    _closed: ClassVar[bool] = False


__all__ = ["ReplayWorkflowSubtreeResponse200"]
