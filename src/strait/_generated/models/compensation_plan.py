from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .compensation_step import CompensationStep


class CompensationPlan(_m.StraitObject):
    """CompensationPlan: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    steps: list[CompensationStep] | None
    workflow_run_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            steps: Sequence[CompensationStep | Mapping[str, Any]] | None = ...,
            workflow_run_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "steps": (
            "Steps",
            _m.Union(
                _m.ListOf(_m.Model("compensation_step", "CompensationStep")), _m.NONE
            ),
        ),
        "workflow_run_id": ("WorkflowRunID", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "Steps",
        "WorkflowRunID",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CompensationPlan"]
