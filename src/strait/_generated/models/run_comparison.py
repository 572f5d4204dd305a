from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .step_comparison import StepComparison
    from .string_diff import StringDiff


class RunComparison(_m.StraitObject):
    """RunComparison: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    run_a: str
    run_b: str
    step_diffs: list[StepComparison] | None
    status_diff: StringDiff | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            run_a: str = ...,
            run_b: str = ...,
            step_diffs: Sequence[StepComparison | Mapping[str, Any]] | None = ...,
            status_diff: StringDiff | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "run_a": ("run_a", _m.STR),
        "run_b": ("run_b", _m.STR),
        "step_diffs": (
            "step_diffs",
            _m.Union(_m.ListOf(_m.Model("step_comparison", "StepComparison")), _m.NONE),
        ),
        "status_diff": (
            "status_diff",
            _m.Union(_m.Model("string_diff", "StringDiff"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "run_a",
        "run_b",
        "step_diffs",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RunComparison"]
