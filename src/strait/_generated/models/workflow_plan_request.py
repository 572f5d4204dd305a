from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .step_override import StepOverride


class WorkflowPlanRequest(_m.StraitObject):
    """WorkflowPlanRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    step_overrides: list[StepOverride]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            step_overrides: Sequence[StepOverride | Mapping[str, Any]] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "step_overrides": (
            "step_overrides",
            _m.ListOf(_m.Model("step_override", "StepOverride")),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowPlanRequest"]
