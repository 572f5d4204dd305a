from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CompensationStep(_m.StraitObject):
    """CompensationStep: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    compensation_job_id: str
    original_output: Any
    step_ref: str
    step_run_id: str
    timeout_secs: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            compensation_job_id: str = ...,
            original_output: Any = ...,
            step_ref: str = ...,
            step_run_id: str = ...,
            timeout_secs: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "compensation_job_id": ("CompensationJobID", _m.STR),
        "original_output": ("OriginalOutput", _m.ANY),
        "step_ref": ("StepRef", _m.STR),
        "step_run_id": ("StepRunID", _m.STR),
        "timeout_secs": ("TimeoutSecs", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "CompensationJobID",
        "OriginalOutput",
        "StepRef",
        "StepRunID",
        "TimeoutSecs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CompensationStep"]
