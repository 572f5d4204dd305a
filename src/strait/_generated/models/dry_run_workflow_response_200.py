from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class DryRunWorkflowResponse200(_m.StraitObject):
    """DryRunWorkflowResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_count: int
    valid: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            step_count: int = ...,
            valid: bool = ...,
        ) -> None: ...

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
